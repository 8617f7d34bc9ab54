"""Synthetic 求人 (issue #4): deterministic, realistic, and the bulk path indexes them exactly as
upsert_postings does (same search results on SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.demo.job_words import OCCUPATION_GROUPS, municipalities
from mypage_desktop.demo.jobs import (
    bulk_load,
    expiry_for,
    fast_tokens,
    generate_postings,
    next_serial,
    seed_demo_jobs,
)
from mypage_desktop.domain.demo_data import DEMO_OFFICE_JOBS
from mypage_desktop.domain.jobs import (
    CATEGORIES,
    EMPLOYMENT_TYPES,
    JobConditions,
    SortOrder,
    WageUnit,
    validate_conditions,
)
from mypage_desktop.domain.prefectures import PREFECTURES
from mypage_desktop.domain.textsearch import document_tokens, normalize
from mypage_desktop.services.jobs import search
from mypage_desktop.services.jobs.index_writer import upsert_postings

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def sample() -> list:  # type: ignore[type-arg]
    return list(generate_postings(20_000, 42, TODAY))


def share(sample, word: str) -> float:  # type: ignore[no-untyped-def]
    return sum(normalize(word) in normalize("\n".join(p.search_fields())) for p in sample) / len(sample)


def test_same_seed_same_postings() -> None:
    assert list(generate_postings(300, 7, TODAY)) == list(generate_postings(300, 7, TODAY))
    assert list(generate_postings(300, 7, TODAY)) != list(generate_postings(300, 8, TODAY))
    shifted = list(generate_postings(3, 7, TODAY, first_serial=1001))
    assert [p.job_number[-8:] for p in shifted] == ["00001001", "00001002", "00001003"]


def test_every_prefecture_with_real_municipalities(sample) -> None:  # type: ignore[no-untyped-def]
    assert {p.prefecture for p in sample} == set(PREFECTURES)
    for posting in sample[:2000]:
        assert posting.municipality in {name for name, _ in municipalities(posting.prefecture)}
    counts = Counter(p.prefecture for p in sample)
    assert counts["東京都"] > 5 * counts["鳥取県"]  # weighted by population
    yamagata = Counter(p.municipality for p in sample if p.prefecture == "山形県")
    assert yamagata.most_common(1)[0][0] == "山形市" and len(municipalities("山形県")) >= 10
    assert all(len(municipalities(p)) >= 7 for p in PREFECTURES)


@pytest.mark.parametrize(("word", "low", "high"), [
    ("介護", 0.08, 0.25), ("事務", 0.10, 0.25), ("福祉", 0.04, 0.20), ("寮", 0.02, 0.12),
    ("データ入力", 0.02, 0.12), ("Excel", 0.04, 0.18), ("手話", 0.0001, 0.005), ("介護福祉士", 0.02, 0.10),
])
def test_free_words_occur_at_believable_rates(sample, word: str, low: float, high: float) -> None:  # type: ignore[no-untyped-def]
    assert low <= share(sample, word) <= high


def test_fields_are_consistent(sample) -> None:  # type: ignore[no-untyped-def]
    numbers = [p.job_number for p in sample]
    assert len(set(numbers)) == len(numbers) and all(re.fullmatch(r"\d{5}-\d{8}", n) for n in numbers)
    for p in sample:
        assert p.job_number[:2] == f"{PREFECTURES.index(p.prefecture) + 1:02d}"
        assert p.category in CATEGORIES and p.employment_type in EMPLOYMENT_TYPES
        assert p.occupation_group in OCCUPATION_GROUPS
        assert p.wage_min <= p.wage_max
        if p.category in ("一般", "一般（障害者）", "新卒・既卒"):
            assert p.wage_unit is WageUnit.MONTHLY and 160_000 <= p.wage_min <= p.wage_max <= 400_000
        elif p.category.startswith("パート"):
            assert p.wage_unit is WageUnit.HOURLY and 950 <= p.wage_min <= p.wage_max <= 1_800
            assert p.employment_type == "パート労働者"
        else:
            assert p.wage_unit is WageUnit.DAILY
        assert TODAY - timedelta(days=90) < p.received_on <= TODAY
        assert p.expires_on == expiry_for(p.received_on)
    rates = {name: sum(getattr(p, name) for p in sample) / len(sample)
             for name in ("online_application", "employer_has_mypage", "closed")}
    assert 0.08 <= rates["online_application"] <= 0.12
    assert 0.27 <= rates["employer_has_mypage"] <= 0.33
    assert 0.01 <= rates["closed"] <= 0.03
    assert 0.25 <= sum(p.category == "パート" for p in sample) / len(sample) <= 0.50


def test_expiry_is_the_end_of_the_month_after_next() -> None:
    assert expiry_for(date(2026, 11, 25)) == date(2027, 1, 31)
    assert expiry_for(date(2026, 10, 1)) == date(2026, 12, 31)
    assert expiry_for(date(2026, 12, 31)) == date(2027, 2, 28)
    assert expiry_for(date(2027, 12, 1)) == date(2028, 2, 29)


def test_fast_tokens_equal_document_tokens(sample) -> None:  # type: ignore[no-untyped-def]
    for posting in sample[:3000]:
        assert fast_tokens(posting.search_fields()) == document_tokens(*posting.search_fields())


WORDS = ["介護", "事務", "福祉士", "データ入力", "寮", "山形", "excel", "市", "介護 山形", "ｶｲｺﾞ", "手話", "株式会社",
         "２ｔ"]


def test_bulk_index_gives_the_same_results_as_upsert(ctx) -> None:  # type: ignore[no-untyped-def]
    """The same 1,500 postings twice in one database: once by the bulk path (serials from 1),
    once by upsert_postings (serials + 50,000,000). Every search must find both copies."""
    report = bulk_load(ctx.session_factory, 1_500, 5, TODAY, batch=400, now=NOW, first_serial=1)
    assert report.inserted == 1_500
    copies = [dataclasses.replace(p, job_number=f"{p.job_number[:6]}{int(p.job_number[6:]) + 50_000_000:08d}")
              for p in generate_postings(1_500, 5, TODAY, first_serial=1)]
    with ctx.session_factory.begin() as session:
        upsert_postings(session, copies, NOW)
    with ctx.session_factory() as session:
        number_of = {r.id: r.job_number for r in session.execute(select(JobPosting.id, JobPosting.job_number))}
        found_any = 0
        for words in WORDS:
            valid = validate_conditions(JobConditions(free_words=words), TODAY)
            ids = search.matching_ids(session, valid, SortOrder.NEWEST, TODAY, 10_000)
            serials = Counter(int(number_of[i][6:]) % 50_000_000 for i in ids)
            assert set(serials.values()) <= {2}, words  # each match found in both copies
            found_any += bool(ids)
            assert search.count_matching(session, valid, TODAY) == len(ids)
    assert found_any >= len(WORDS) - 2


def test_next_serial_continues_after_stored_postings(ctx) -> None:  # type: ignore[no-untyped-def]
    assert next_serial(ctx.session_factory) == 1
    bulk_load(ctx.session_factory, 50, 1, TODAY, now=NOW)
    bulk_load(ctx.session_factory, 50, 1, TODAY, now=NOW)  # no clash: serials continue
    assert next_serial(ctx.session_factory) == 101
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(JobPosting)) == 100


def test_demo_seed_is_small_and_once(ctx) -> None:  # type: ignore[no-untyped-def]
    """Its speed is measured in bench/, not asserted here (CI machines are busy)."""
    assert seed_demo_jobs(ctx) == 3_000
    assert seed_demo_jobs(ctx) == 0
    valid = validate_conditions(JobConditions(free_words="介護"), ctx.clock().date())
    with ctx.session_factory() as session:
        rows, more = search.first_page(session, valid, SortOrder.NEWEST, ctx.clock().date(), 50)
    assert len(rows) == 50 and more


def test_demo_mode_backend_seeds_jobs_once(settings) -> None:  # type: ignore[no-untyped-def]
    from mypage_desktop.facade.local.backend import open_local_backend

    # 3,000 generated + the office's own postings the demo activity adds (hardly any generated
    # one fits the demo seeker's wishes); the second start finds them and adds none.
    seeded = 3_000 + len(DEMO_OFFICE_JOBS)
    for expected in (seeded, seeded):
        backend = open_local_backend(settings, start_mail_worker=False)
        try:
            with backend.context.session_factory() as session:
                assert session.scalar(select(func.count()).select_from(JobPosting)) == expected
        finally:
            backend.close()
