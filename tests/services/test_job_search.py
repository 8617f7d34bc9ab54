"""求人情報検索 correctness on a fixed set, identical on SQLite and PostgreSQL (issue #4)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.jobs import Area, JobConditions, SortOrder, WageUnit, validate_conditions
from mypage_desktop.domain.textsearch import normalize
from mypage_desktop.services import job_search
from mypage_desktop.services.job_index import upsert_postings

from .job_fixtures import FIXTURES, TODAY, posting

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


@pytest.fixture
def jobs(ctx):  # type: ignore[no-untyped-def]
    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, NOW)
    return ctx


def numbers(ctx, sort: SortOrder = SortOrder.NEWEST, **conditions: object) -> list[int]:  # type: ignore[no-untyped-def]
    valid = validate_conditions(JobConditions(**conditions), TODAY)  # type: ignore[arg-type]
    with ctx.session_factory() as session:
        rows, _more = job_search.first_page(session, valid, sort, TODAY, 100)
    return [int(r.job_number[-2:]) for r in rows]


def like_numbers(ctx, word: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The reference: substring search over the same fields, in Python."""
    with ctx.session_factory() as session:
        rows = session.scalars(select(JobPosting).where(JobPosting.closed.is_(False),
                                                        JobPosting.expires_on >= TODAY)).all()
    hits = [r for r in rows if normalize(word) in normalize(
        "\n".join((r.occupation, r.description, r.company_name, r.prefecture, r.municipality)))]
    hits.sort(key=lambda r: (r.received_on, r.id), reverse=True)
    return [int(r.job_number[-2:]) for r in hits]


@pytest.mark.parametrize("word", ["介護", "事務", "山形", "手話", "介護福祉士", "データ入力", "寮", "市", "入力",
                                  "ピッキング", "天童", "カイゴ", "会計"])
def test_free_word_equals_substring_search(jobs, word: str) -> None:  # type: ignore[no-untyped-def]
    assert numbers(jobs, free_words=word) == like_numbers(jobs, word)
    assert like_numbers(jobs, word), f"fixture has no {word}"


@pytest.mark.parametrize(("typed", "expected"), [("ｶｲｺﾞ", "カイゴ"), ("ＡＢＣ", "abc"), ("ｄａｔａ", "data")])
def test_width_variants_match_alike(jobs, typed: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert numbers(jobs, free_words=typed) == numbers(jobs, free_words=expected)


def test_several_words_are_and(jobs) -> None:  # type: ignore[no-untyped-def]
    assert numbers(jobs, free_words="介護　寮") == [2]
    assert numbers(jobs, free_words="事務 山形") == [1, 4]


def test_closed_and_expired_postings_are_excluded(jobs) -> None:  # type: ignore[no-untyped-def]
    assert 6 not in numbers(jobs) and 7 not in numbers(jobs)


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ({"categories": ("パート",)}, [8, 10, 3]),
        ({"areas": (Area("宮城県"), Area("東京都"))}, [3, 5]),
        ({"areas": (Area("山形県", "天童市"),)}, [2]),
        ({"occupation_group": "サービスの職業"}, [2, 10]),
        ({"min_wage": "２３００００", "wage_unit": WageUnit.MONTHLY}, [9, 5]),
        ({"min_wage": "1,050円", "wage_unit": WageUnit.HOURLY}, [10, 3]),
        ({"employment_types": ("パート労働者",)}, [8, 10, 3]),
        ({"posted_within_days": 2}, [9, 8, 2]),
        ({"online_application_only": True, "categories": ("パート",)}, [8, 10]),
        ({"job_number": "０６０１０００００００１０"}, [10]),
        ({"job_number": "0601000000010"}, [10]),
        ({"job_number": "06010-00000006"}, []),
        ({"free_words": "事務", "areas": (Area("山形県"),), "min_wage": "190000", "posted_within_days": 30},
         [4]),
    ],
)
def test_each_condition_alone_and_combined(jobs, conditions, expected) -> None:  # type: ignore[no-untyped-def]
    assert numbers(jobs, **conditions) == expected


def test_sort_by_wage(jobs) -> None:  # type: ignore[no-untyped-def]
    assert numbers(jobs, SortOrder.WAGE, categories=("一般",))[:2] == [5, 9]


@pytest.mark.parametrize("hostile", ['"NEAR"', "NEAR(介護 事務)", "介護 OR 事務", "-介護", "介*", '"介護',
                                     "');DROP TABLE job_posting;--", "100%", "a_b", "c:\\", "a" * 100])
def test_hostile_input_is_searched_literally(jobs, hostile: str) -> None:  # type: ignore[no-untyped-def]
    numbers(jobs, free_words=hostile)  # no exception, no SQL error
    assert len(numbers(jobs)) == 8  # the table is still there


@pytest.mark.parametrize(("hostile", "code"), [("a" * 101, "search.too_long"), ("😀", "search.nothing_searchable"),
                                               ("!!! ???", "search.nothing_searchable"),
                                               ("介護\x00", "search.control_chars"), ('"', "search.nothing_searchable"),
                                               ("%", "search.nothing_searchable"), ("_", "search.nothing_searchable")])
def test_unsearchable_input_gets_a_clear_message(jobs, hostile: str, code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationFailed) as info:
        numbers(jobs, free_words=hostile)
    assert info.value.codes() == {code}


def test_keyset_paging_has_no_duplicates_or_gaps(jobs) -> None:  # type: ignore[no-untyped-def]
    many = [posting(100 + i, received_on=FIXTURES[0].received_on) for i in range(37)]
    with jobs.session_factory.begin() as session:
        upsert_postings(session, many, NOW)
    valid = validate_conditions(JobConditions(), TODAY)
    for sort in SortOrder:
        with jobs.session_factory() as session:
            seen: list[int] = []
            cursor = None
            while True:
                rows, more = job_search.first_page(session, valid, sort, TODAY, 5, cursor=cursor)
                seen += [r.job_id for r in rows]
                if not more:
                    break
                cursor = job_search.page_cursor(session, sort, rows[-1].job_id)
            snapshot = job_search.matching_ids(session, valid, sort, TODAY, 10_000)
        assert seen == snapshot and len(set(seen)) == len(seen) == 8 + 37


def test_upsert_updates_text_and_index(jobs) -> None:  # type: ignore[no-untyped-def]
    with jobs.session_factory.begin() as session:
        report = upsert_postings(session, [posting(5, occupation="点字翻訳者", description="点字の翻訳。")], NOW)
    assert (report.inserted, report.updated) == (0, 1)
    assert numbers(jobs, free_words="手話") == []
    assert numbers(jobs, free_words="点字") == [5]
