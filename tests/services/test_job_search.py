"""求人情報検索 correctness on a fixed set, identical on SQLite and PostgreSQL (issue #4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.jobs import Area, JobConditions, SortOrder, WageUnit, validate_conditions
from mypage_desktop.domain.textsearch import normalize
from mypage_desktop.services.jobs import search
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.services.jobs.search_query import Plan
from services.job_fixtures import FIXTURES, TODAY, posting

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Searched:
    """The fixture database and the plan every search of the test is forced to (None: the
    planner's pick). SQLite's plans are forced one by one; PostgreSQL runs its own planner."""

    session_factory: sessionmaker[Session]
    plan: Plan | None


@pytest.fixture(params=[None, *Plan], ids=lambda plan: plan or "planned")
def jobs(ctx, request: pytest.FixtureRequest) -> Searched:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        engine = session.get_bind().dialect.name
    if request.param is not None and engine != "sqlite":
        pytest.skip("forced plans are SQLite's (services/jobs/sqlite_plan.py)")
    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, NOW)
    return Searched(ctx.session_factory, request.param)


def numbers(ctx: Searched, sort: SortOrder = SortOrder.NEWEST, **conditions: object) -> list[int]:
    valid = validate_conditions(JobConditions(**conditions), TODAY)  # type: ignore[arg-type]
    with ctx.session_factory() as session:
        rows, _more = search.first_page(session, valid, sort, TODAY, 100, plan=ctx.plan)
        ids = search.matching_ids(session, valid, sort, TODAY, 100, plan=ctx.plan)
        assert ids == [r.job_id for r in rows]  # the snapshot agrees with the page, in order
        assert search.count_matching(session, valid, TODAY, plan=ctx.plan) == len(ids)
    return [int(r.job_number[-2:]) for r in rows]


def like_numbers(ctx: Searched, word: str) -> list[int]:
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


# Phrases that must not join runs across symbols or fields, and phrases late in long texts:
# PostgreSQL keeps 256 positions of a lexeme per tsvector (none above 16383).
LONG = "介護業務を行います。" * 480  # 4,800 characters, 介護 and ます 480 times each
EDGES = [
    posting(21, occupation="営業職", description="勤務地は山形県（県内各地へ出張あり）"),
    posting(22, occupation="看護師", description="師長候補として病棟を担当していただきます。"),
    posting(23, occupation="看護師長", description="病棟の管理。"),
    posting(24, occupation="販売員", description="山形県内の各店舗を巡回します。"),
    posting(25, occupation="介護職員", description=LONG + "介護福祉士の資格を活かせます。"),
    posting(26, occupation="介護職員", description=LONG * 4 + "夜勤手当あり。手話のできる方歓迎。"),
]


@pytest.fixture
def edges(jobs):  # type: ignore[no-untyped-def]
    with jobs.session_factory.begin() as session:
        upsert_postings(session, EDGES, NOW)
    return jobs


@pytest.mark.parametrize(("word", "expected"), [
    ("山形県内", [24]), ("看護師長", [23]), ("看護師", [23, 22]), ("師長", [23, 22]), ("県内", [24, 21]),
    ("山形県（県内", [21]), ("介護福祉士", [2, 25]), ("活かせます", [25]), ("手話", [26, 5]),
    ("夜勤手当", [26]), ("ます", [26, 25, 24, 22, 1]), ("職寮", []),
])
def test_phrases_stay_inside_runs_and_fields_and_long_texts_are_searched_whole(
        edges, word: str, expected: list[int]) -> None:  # type: ignore[no-untyped-def]
    assert like_numbers(edges, word) == expected  # the substring reference agrees
    assert numbers(edges, free_words=word) == expected


def test_several_words_may_lie_in_different_parts_of_a_long_text(edges) -> None:  # type: ignore[no-untyped-def]
    assert numbers(edges, free_words="介護業務 手話") == [26]
    assert numbers(edges, free_words="手話 夜勤手当 介護業務") == [26]


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
                rows, more = search.first_page(session, valid, sort, TODAY, 5, cursor=cursor, plan=jobs.plan)
                seen += [r.job_id for r in rows]
                if not more:
                    break
                cursor = search.page_cursor(session, sort, rows[-1].job_id)
            snapshot = search.matching_ids(session, valid, sort, TODAY, 10_000, plan=jobs.plan)
        assert seen == snapshot and len(set(seen)) == len(seen) == 8 + 37


def test_upsert_updates_text_and_index(jobs) -> None:  # type: ignore[no-untyped-def]
    with jobs.session_factory.begin() as session:
        report = upsert_postings(session, [posting(5, occupation="点字翻訳者", description="点字の翻訳。")], NOW)
    assert (report.inserted, report.updated) == (0, 1)
    assert numbers(jobs, free_words="手話") == []
    assert numbers(jobs, free_words="点字") == [5]
