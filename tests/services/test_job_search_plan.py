"""SQLite's search plans (services/jobs/sqlite_plan.py, issue 14) on a generated database of a few
thousand postings: every plan gives the same pages, snapshots and counts; the planner walks for a
dense word and uses the index for a rare one (by the structure of the plan, never by time); the
estimate is exact where its sample covers everything and close where it extrapolates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.demo.jobs import bulk_load
from mypage_desktop.domain.jobs import Area, JobConditions, SortOrder, ValidConditions, WageUnit, validate_conditions
from mypage_desktop.services.jobs import search, sqlite_plan as search_plan
from mypage_desktop.services.jobs.search_query import Plan
from mypage_desktop.services.jobs.sqlite_plan import Probe

TODAY = date(2026, 11, 25)
COUNT = 3_000

Factory = sessionmaker[Session]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Factory]:
    path: Path = tmp_path_factory.mktemp("plans") / "jobs.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    factory = make_session_factory(engine)
    bulk_load(factory, COUNT, 3, TODAY)
    yield factory
    engine.dispose()


def valid(**conditions: object) -> ValidConditions:
    return validate_conditions(JobConditions(**conditions), TODAY)  # type: ignore[arg-type]


CONDITIONS = [
    {"free_words": "介護"}, {"free_words": "事務"}, {"free_words": "手話"}, {"free_words": "寮 株式会社"},
    {"free_words": "データ入力"}, {"free_words": "介護福祉士"}, {"free_words": "鍼灸"},
    {"areas": (Area("東京都"),), "min_wage": "200000", "wage_unit": WageUnit.MONTHLY},
    {"free_words": "事務", "areas": (Area("東京都"), Area("大阪府")), "categories": ("一般",),
     "posted_within_days": 30},
    {"categories": ("パート",), "online_application_only": True},
]


def pages(db: Factory, conditions: ValidConditions, sort: SortOrder, plan: Plan | None) -> list[int]:
    seen: list[int] = []
    cursor = None
    with db() as session:
        while True:
            rows, more = search.first_page(session, conditions, sort, TODAY, 37, cursor=cursor, plan=plan)
            seen += [r.job_id for r in rows]
            if not more:
                return seen
            cursor = search.page_cursor(session, sort, rows[-1].job_id)


@pytest.mark.parametrize("sort", list(SortOrder))
@pytest.mark.parametrize("conditions", CONDITIONS, ids=lambda c: "+".join(str(v) for v in c.values()))
def test_every_plan_gives_the_same_pages_snapshot_and_count(db: Factory, conditions: dict[str, object],
                                                            sort: SortOrder) -> None:
    wanted = valid(**conditions)
    reference = pages(db, wanted, sort, Plan.INDEX)
    for plan in [None, *Plan]:
        assert pages(db, wanted, sort, plan) == reference, plan
        with db() as session:
            assert search.matching_ids(session, wanted, sort, TODAY, 100_000, plan=plan) == reference, plan
            assert search.count_matching(session, wanted, TODAY, plan=plan) == len(reference), plan
    assert reference or conditions == {"free_words": "鍼灸"}


def _query_plan(session: Session, plan: Plan, conditions: ValidConditions) -> str:
    query = search.page_query(conditions, SortOrder.NEWEST, TODAY, 51, None, plan)
    sql = str(query.compile(bind=session.get_bind(), compile_kwargs={"literal_binds": True}))
    return "\n".join(str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


def test_planner_walks_for_a_dense_word_and_uses_the_index_for_a_rare_one(db: Factory) -> None:
    dense, rare, absent = valid(free_words="介護"), valid(free_words="手話"), valid(free_words="鍼灸")
    with db() as session:
        assert 300 < search.count_matching(session, dense, TODAY) < COUNT // 2
        assert 0 < search.count_matching(session, rare, TODAY) < 30
        # A probe of 100 matches stands for PROBE_CAP at this size.
        walking = search_plan.plan_for(session, dense, SortOrder.NEWEST, 51, cap=100)
        indexed_by = search_plan.plan_for(session, rare, SortOrder.NEWEST, 51, cap=100)
        assert search_plan.plan_for(session, absent, SortOrder.NEWEST, 51, cap=100) is None
        assert walking is not None and indexed_by is not None
        walk, index = walking.plan, indexed_by.plan
        assert walk in (Plan.WALK, Plan.WALK_SET) and index is Plan.INDEX
        assert walking.listed is None and indexed_by.listed is not None  # the rare word's ids, reused
        walked, indexed = _query_plan(session, walk, dense), _query_plan(session, index, rare)
    # The walk reads the newest-first index and needs no sort; the index plan starts from FTS5.
    assert "ix_job_open_newest" in walked and "TEMP B-TREE FOR ORDER BY" not in walked
    assert "SCAN fts_job VIRTUAL TABLE" in indexed and "TEMP B-TREE FOR ORDER BY" in indexed


def test_the_probe_reads_more_only_where_its_first_matches_leave_the_choice_open(
        db: Factory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A dense word is walked on the first step's evidence; a rarer one gets the full probe and
    the index plan with every match listed (one FTS5 pass each)."""
    caps: list[int] = []
    real_probe = search_plan.probe

    def recording_probe(session: Session, fts: str, cap: int = search_plan.PROBE_CAP) -> Probe:
        caps.append(cap)
        return real_probe(session, fts, cap)

    monkeypatch.setattr(search_plan, "probe", recording_probe)
    dense, rare = valid(free_words="介護"), valid(free_words="警備")  # ~590 and ~50 of 3,000
    with db() as session:
        text_query = search_plan.fts_text(rare)
        assert text_query is not None
        rare_count = real_probe(session, text_query, 10_000).found  # closed and expired ones too
        assert 10 <= rare_count < 100
        monkeypatch.setattr(search_plan, "FIRST_PROBE_CAP", rare_count // 2)
        walking = search_plan.plan_for(session, dense, SortOrder.NEWEST, 51, cap=100)
        assert walking is not None and walking.plan is not Plan.INDEX and caps == [rare_count // 2]
        caps.clear()
        indexed = search_plan.plan_for(session, rare, SortOrder.NEWEST, 51, cap=100)
        assert indexed is not None and indexed.plan is Plan.INDEX and caps == [rare_count // 2, 100]
        assert indexed.listed is not None and len(indexed.listed.strip("[]").split(",")) >= rare_count
        caps.clear()
        monkeypatch.setattr(search_plan, "FIRST_PROBE_CAP", rare_count + 50)  # all seen at once
        again = search_plan.plan_for(session, rare, SortOrder.NEWEST, 51, cap=100)
        assert again == indexed and caps == [rare_count + 50]
        caps.clear()  # two words: FTS5 intersects from the start on every query, so one step
        assert search_plan.plan_for(session, valid(free_words="介護 東京"), SortOrder.NEWEST, 51, cap=100)
        assert caps == [100]


def test_cost_model_at_a_million_postings() -> None:
    """The choices the probes measured at 1,000,000 postings lead to (docs/search.md)."""
    million = 1_000_000
    介護 = Probe(found=2_000, last_id=10_570, cap=2_000, max_id=million)  # ~190,000 matches
    介護福祉士 = Probe(found=2_000, last_id=40_000, cap=2_000, max_id=million)  # ~50,000
    員食 = Probe(found=2_000, last_id=198_000, cap=2_000, max_id=million)  # ~10,000
    手話 = Probe(found=634, last_id=998_000, cap=2_000, max_id=million)
    assert search_plan.choose(介護, 51, 1, SortOrder.NEWEST) is Plan.WALK
    assert search_plan.choose(介護福祉士, 51, 4, SortOrder.NEWEST) is Plan.WALK_SET
    assert search_plan.choose(員食, 51, 1, SortOrder.NEWEST) is Plan.WALK_SET
    assert search_plan.choose(員食, 51, 1, SortOrder.WAGE) is Plan.INDEX  # skewed by pay
    assert search_plan.choose(手話, 51, 1, SortOrder.NEWEST) is Plan.INDEX
    assert search_plan.choose(介護, 100_001, 1, SortOrder.NEWEST) is not Plan.WALK  # a snapshot
    assert search_plan.choose(介護, 51, 1, SortOrder.NEWEST, prefix=True) is Plan.WALK_SET  # café: FTS5 per row
    # Walked with search_text (every phrase has a needle): a row costs an instr, not an FTS5 call.
    text = search_plan.WalkCheck.TEXT
    assert search_plan.choose(介護福祉士, 51, 4, SortOrder.NEWEST, walk=text) is Plan.WALK
    assert search_plan.choose(介護, 51, 1, SortOrder.NEWEST, prefix=True, walk=text) is Plan.WALK  # excel, 寮
    assert search_plan.choose(介護, 51, 1, SortOrder.NEWEST, prefix=True,
                              walk=search_plan.WalkCheck.TEXT_FTS) is not Plan.WALK
    assert search_plan.choose(手話, 51, 1, SortOrder.NEWEST, walk=text) is Plan.INDEX


def test_planner_never_checks_a_prefix_row_by_row(db: Factory, monkeypatch: pytest.MonkeyPatch) -> None:
    """An ASCII word or a lone character is a prefix query: FTS5 expands it on every call, so
    such a phrase is walked only where search_text decides it alone (here with FTS5 forced).
    (Listing and looking up made dear here, so that a word without a prefix gets the row checks.)"""
    monkeypatch.setattr(search_plan, "SET_PER_MATCH", 1_000.0)
    monkeypatch.setattr(search_plan, "INDEX_PER_MATCH", 1_000.0)
    with db() as session:
        planned = search_plan.plan_for(session, valid(free_words="介護"), SortOrder.NEWEST, 51, cap=20)
        assert planned is not None and planned.plan is Plan.WALK
        for word in ("寮", "excel", "市"):
            planned = search_plan.plan_for(session, valid(free_words=word), SortOrder.NEWEST, 51, cap=20)
            assert planned is not None and planned.plan is Plan.WALK, word  # by search_text
        monkeypatch.setattr(search_plan, "walk_kind", lambda phrases: search_plan.WalkCheck.FTS)
        for word in ("寮", "excel", "市"):
            planned = search_plan.plan_for(session, valid(free_words=word), SortOrder.NEWEST, 51, cap=20)
            assert planned is not None and planned.plan is not Plan.WALK, word


@pytest.mark.parametrize("conditions", CONDITIONS, ids=lambda c: "+".join(str(v) for v in c.values()))
def test_estimate_is_exact_when_its_sample_holds_every_candidate(db: Factory, conditions: dict[str, object]) -> None:
    wanted = valid(**conditions)
    with db() as session:
        assert search.estimate_count(session, wanted, TODAY) == search.count_matching(session, wanted, TODAY)


def test_estimate_extrapolates_from_its_windows(db: Factory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_plan, "WINDOW_ROWS", 25)
    monkeypatch.setattr(search_plan, "WINDOW_ROWS_STRUCTURED", 150)
    sampled = ({"free_words": "介護"}, {"free_words": "事務"}, {"free_words": "市"}, {"categories": ("パート",)})
    for conditions in sampled:
        wanted = valid(**conditions)
        with db() as session:
            exact = search.count_matching(session, wanted, TODAY)
            estimate = search.estimate_count(session, wanted, TODAY)
        assert estimate is not None and exact > 200
        assert abs(estimate - exact) < 0.3 * exact, (conditions, estimate, exact)


def test_search_page_brings_an_estimate_when_there_is_more_on_sqlite(ctx, facade) -> None:  # type: ignore[no-untyped-def]
    """The façade's first page carries 「約N件」 on SQLite (PostgreSQL's is search_pg's); here the
    sample holds every match, so it equals the exact count the UI asks for next."""
    from mypage_desktop.services.jobs.index_writer import upsert_postings
    from services.helpers import GOOD_PASSWORD, open_account
    from services.job_fixtures import FIXTURES

    with ctx.session_factory() as session:
        if session.get_bind().dialect.name != "sqlite":
            pytest.skip("PostgreSQL's estimate belongs to services/jobs/pg_plan.py")
    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, datetime(2026, 11, 25, 1, 0, tzinfo=UTC))
    open_account(ctx)
    token = facade.login("taro.yamagata@example.jp", GOOD_PASSWORD).token
    assert token
    everything = JobConditions()
    page = facade.search_jobs(token, everything, SortOrder.NEWEST, limit=3)
    assert page.has_more and page.estimated_total == facade.count_jobs(token, everything) == 8
    page = facade.search_jobs(token, JobConditions(free_words="介護"), SortOrder.NEWEST, limit=3)
    assert not page.has_more and page.estimated_total is None
