"""PostgreSQL's search plans (issue 14, docs/search-postgresql.md): every plan, forced, gives
the rows SQLite gives for the same generated postings; the planner walks for a common word
and uses the index for a rare one; the per-lexeme counts stay equal to a recount through
imports, closing, reopening and new 紹介期限日."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.db.search_index_pg import recount_terms
from mypage_desktop.demo.jobs import bulk_load, generate_postings
from mypage_desktop.domain.jobs import Area, JobConditions, SortOrder, ValidConditions, WageUnit, validate_conditions
from mypage_desktop.services.jobs import pg_plan as search_pg, search
from mypage_desktop.services.jobs.index_writer import close_postings, upsert_postings
from mypage_desktop.services.jobs.pg_plan import Plan

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
COUNT = 3000
PLANS: list[Plan | None] = [None, "walk", "filter", "index"]


def _loaded(url: str) -> Engine:
    engine = create_db_engine(url)
    upgrade(engine)
    bulk_load(make_session_factory(engine), COUNT, 1, TODAY, batch=700, now=NOW, first_serial=1)
    return engine


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Engine]]:
    """The same generated postings in SQLite (the reference) and PostgreSQL (module-scoped: the
    queries only read)."""
    import socket
    import uuid

    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    name = f"mypage_test_{uuid.uuid4().hex[:10]}"
    admin = create_db_engine("postgresql+psycopg://postgres@127.0.0.1:5432/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' "
                          "LC_COLLATE 'C.UTF-8'"))
    sqlite = _loaded(f"sqlite:///{Path(tmp_path_factory.mktemp('plans')) / 'ref.sqlite3'}")
    postgres = _loaded(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    with postgres.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE"))
    try:
        yield sqlite, postgres
    finally:
        sqlite.dispose()
        postgres.dispose()
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


YAMAGATA, MIYAGI = Area("山形県"), Area("宮城県")
CONDITIONS = {
    "common": JobConditions(free_words="介護"),
    "rare": JobConditions(free_words="手話"),
    "none": JobConditions(free_words="鍼灸"),
    "phrase": JobConditions(free_words="介護福祉士"),
    "katakana": JobConditions(free_words="データ入力"),
    "two words": JobConditions(free_words="介護 山形"),
    "prefix": JobConditions(free_words="excel"),
    "one character": JobConditions(free_words="寮"),
    "combined": JobConditions(free_words="事務", areas=(YAMAGATA, MIYAGI), categories=("一般",), min_wage="180000",
                              wage_unit=WageUnit.MONTHLY, posted_within_days=30),
    "words and place": JobConditions(free_words="介護 夜勤", areas=(Area("東京都"),)),
}


def _valid(name: str) -> ValidConditions:
    return validate_conditions(CONDITIONS[name], TODAY)


def _numbers(factory: sessionmaker[Session], valid: ValidConditions, sort: SortOrder) -> list[str]:
    """Every match, page by page (40 a page, keyset cursor), as 求人番号."""
    found: list[str] = []
    cursor = None
    with factory() as session:
        while True:
            rows, more = search.first_page(session, valid, sort, TODAY, 40, cursor=cursor)
            found += [r.job_number for r in rows]
            if not more:
                return found
            cursor = search.page_cursor(session, sort, rows[-1].job_id)


def _ids_as_numbers(factory: sessionmaker[Session], valid: ValidConditions) -> list[str]:
    with factory() as session:
        ids = search.matching_ids(session, valid, SortOrder.NEWEST, TODAY, 10_000)
        return [r.job_number for r in search.rows_by_ids(session, ids, None)]


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p or "auto")
@pytest.mark.parametrize("name", list(CONDITIONS))
def test_every_plan_gives_sqlites_rows(engines: tuple[Engine, Engine], name: str, plan: Plan | None) -> None:
    sqlite, postgres = (make_session_factory(e) for e in engines)
    valid = _valid(name)
    expected = _numbers(sqlite, valid, SortOrder.NEWEST)
    with search_pg.forcing(plan):
        assert _numbers(postgres, valid, SortOrder.NEWEST) == expected
        assert _numbers(postgres, valid, SortOrder.WAGE) == _numbers(sqlite, valid, SortOrder.WAGE)
        assert _ids_as_numbers(postgres, valid) == expected
        with postgres() as session:
            assert search.count_matching(session, valid, TODAY) == len(expected)
            recent = JobPosting.first_seen_at > NOW - timedelta(days=1)
            assert search.count_matching(session, valid, TODAY, recent) == len(expected)


def test_the_fixture_has_common_rare_and_absent_words(engines: tuple[Engine, Engine]) -> None:
    factory = make_session_factory(engines[1])
    with factory() as session:
        counts = {n: search.count_matching(session, _valid(n), TODAY) for n in ("common", "rare", "none")}
    assert counts["common"] > 200
    assert 0 < counts["rare"] < 20
    assert counts["none"] == 0


def test_the_planner_walks_for_a_common_word_and_uses_the_index_for_a_rare_one(
        engines: tuple[Engine, Engine]) -> None:
    with make_session_factory(engines[1])() as session:
        assert search_pg.explain_choice(session, _valid("common"), TODAY) == "walk"
        assert search_pg.explain_choice(session, _valid("rare"), TODAY) == "index"
        assert search_pg.explain_choice(session, _valid("none"), TODAY) == "index"
        # Counting every match: the rare word's few matches beat checking every open posting.
        assert search_pg.estimate(session, _valid("rare"), TODAY).plan(None) == "index"


def test_the_estimate_is_exact_for_one_lexeme_and_close_otherwise(engines: tuple[Engine, Engine]) -> None:
    with make_session_factory(engines[1])() as session:
        for name in ("common", "rare", "none"):
            exact = search.count_matching(session, _valid(name), TODAY)
            assert search.estimate_count(session, _valid(name), TODAY) == exact
        phrase = search.count_matching(session, _valid("phrase"), TODAY)
        estimate = search.estimate_count(session, _valid("phrase"), TODAY)
        assert estimate is not None and phrase <= estimate <= phrase * 1.5


def _counts(session: Session) -> list[tuple[str, date, int]]:
    rows = session.execute(text("SELECT term, expires_on, docs FROM fts_term_open WHERE docs <> 0 "
                                "ORDER BY term, expires_on")).all()
    return [(r.term, r.expires_on, r.docs) for r in rows]


def test_term_counts_follow_imports_closing_reopening_and_expiry(pg_url: str) -> None:
    engine = create_db_engine(pg_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    postings = list(generate_postings(60, 5, TODAY))
    with factory.begin() as session:
        upsert_postings(session, postings, NOW)  # the import's path, not the bulk one
    bulk_load(factory, 40, 6, TODAY, now=NOW)  # the bulk path (COPY)
    changed = [replace(postings[0], description="手話のできる方歓迎。寮あり。", expires_on=TODAY + timedelta(days=3)),
               replace(postings[1], closed=True), replace(postings[2], expires_on=TODAY + timedelta(days=40))]
    with factory.begin() as session:
        upsert_postings(session, changed, NOW)
        close_postings(session, [postings[3].job_number, postings[4].job_number], NOW)
        upsert_postings(session, [replace(postings[3], closed=False)], NOW)
        session.execute(text("UPDATE job_posting SET expires_on = expires_on + 7 WHERE id % 5 = 0"))
        session.execute(text("UPDATE job_posting SET closed = true WHERE id % 7 = 0"))
    with factory.begin() as session:
        kept = _counts(session)
        recount_terms(session)
        assert _counts(session) == kept
        assert kept
        # A posting's tsvector is in its row or in segment rows, never both (none is long here).
        assert session.scalar(text("SELECT count(*) FROM job_posting WHERE fts_tsv IS NOT NULL")) == 100
        assert session.scalar(text("SELECT count(*) FROM fts_job_segment")) == 0
    valid = validate_conditions(JobConditions(free_words="手話"), TODAY)
    with factory() as session:
        with search_pg.forcing("walk"):
            walked = search.count_matching(session, valid, TODAY)
        assert search.count_matching(session, valid, TODAY) == walked > 0
    engine.dispose()


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p or "auto")
def test_words_in_different_segments_of_a_long_text_are_found_by_every_plan(pg_url: str, plan: Plan | None) -> None:
    engine = create_db_engine(pg_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    base = next(generate_postings(1, 9, TODAY))
    long, sign, night = "介護業務を行います。" * 480, "手話のできる方歓迎。", "夜勤手当あり。"
    postings = [replace(base, job_number="01010-00000001", description=long + night + sign),
                replace(base, job_number="01010-00000002", description=sign + long + night),
                replace(base, job_number="01010-00000003", description="手話と介護業務。")]
    with factory.begin() as session:
        upsert_postings(session, postings, NOW)
    with factory() as session, search_pg.forcing(plan):
        for words, expected in (("介護業務 手話", {"01", "02", "03"}), ("手話 夜勤手当 介護業務", {"01", "02"}),
                                ("夜勤手当 手話", {"01", "02"})):
            valid = validate_conditions(JobConditions(free_words=words), TODAY)
            rows, _more = search.first_page(session, valid, SortOrder.NEWEST, TODAY, 50)
            assert {r.job_number[-2:] for r in rows} == expected, words
            assert search.count_matching(session, valid, TODAY) == len(expected)
    engine.dispose()
