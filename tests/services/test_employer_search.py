"""Search by 事業所番号 (issue 12) on SQLite and PostgreSQL: the exact filter under every plan,
combined with the other conditions, closed and expired postings left out, the detail, the
generator's numbers, and the plan of "this employer's postings" (its index, no sort)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.demo.jobs import bulk_load, generate_postings
from mypage_desktop.domain.jobs import (
    Area,
    JobConditions,
    SortOrder,
    WageUnit,
    derived_employer_number,
    validate_conditions,
)
from mypage_desktop.services.jobs import pg_plan, search, sqlite_plan
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.services.jobs.search import page_query
from mypage_desktop.services.jobs.search_query import Plan, ordered
from services.job_fixtures import FIXTURES, TODAY
from services.test_job_search import Searched, numbers

NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
SAKURA = derived_employer_number("株式会社さくら")  # postings 1, 3, 5, 6 (closed), 7 (expired), 8, 10
MOGAMI = derived_employer_number("社会福祉法人もがみ会")  # posting 2


@pytest.fixture(params=[None, *Plan], ids=lambda plan: plan or "planned")
def jobs(ctx, request: pytest.FixtureRequest) -> Searched:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        engine = session.get_bind().dialect.name
    if request.param is not None and engine != "sqlite":
        pytest.skip("forced plans are SQLite's (services/jobs/sqlite_plan.py)")
    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, NOW)
    return Searched(ctx.session_factory, request.param)


def test_exact_filter_leaves_out_closed_and_expired(jobs: Searched) -> None:
    assert numbers(jobs, employer_number=SAKURA) == [8, 10, 1, 3, 5]
    assert numbers(jobs, SortOrder.WAGE, employer_number=SAKURA) == [5, 1, 3, 10, 8]
    assert numbers(jobs, employer_number=MOGAMI.replace("-", "")) == [2]
    assert numbers(jobs, employer_number=derived_employer_number("どこにもない会社")) == []


def test_combined_with_every_other_condition(jobs: Searched) -> None:
    assert numbers(jobs, employer_number=SAKURA, free_words="事務") == [1]
    assert numbers(jobs, employer_number=SAKURA, free_words="介護") == [3]
    assert numbers(jobs, employer_number=MOGAMI, free_words="介護") == [2]
    assert numbers(jobs, employer_number=SAKURA, categories=("パート",)) == [8, 10, 3]
    assert numbers(jobs, employer_number=SAKURA, employment_types=("正社員",)) == [1, 5]
    assert numbers(jobs, employer_number=SAKURA, occupation_group="サービスの職業") == [10]
    assert numbers(jobs, employer_number=SAKURA, areas=(Area("山形県", "米沢市"),)) == [8]
    assert numbers(jobs, employer_number=SAKURA, min_wage="1050", wage_unit=WageUnit.HOURLY) == [10, 3]
    assert numbers(jobs, employer_number=SAKURA, posted_within_days=5) == [8, 10, 1]
    assert numbers(jobs, employer_number=SAKURA, online_application_only=True) == [8, 10, 1, 5]
    assert numbers(jobs, employer_number=SAKURA, job_number="06010-00000003") == [3]
    assert numbers(jobs, employer_number=MOGAMI, job_number="06010-00000003") == []


def test_estimate_and_detail(jobs: Searched) -> None:
    valid = validate_conditions(JobConditions(free_words="事務", employer_number=SAKURA), TODAY)
    with jobs.session_factory() as session:
        assert search.estimate_count(session, valid, TODAY) == 1
        job_id = session.scalar(select(JobPosting.id).where(JobPosting.job_number == "06010-00000002"))
        assert job_id is not None
        found = search.detail(session, job_id, None, TODAY)
    assert found is not None and found.employer_number == MOGAMI


def test_generator_gives_one_number_per_company(ctx) -> None:  # type: ignore[no-untyped-def]
    bulk_load(ctx.session_factory, 300, seed=12, today=TODAY)
    with ctx.session_factory() as session:
        pairs = session.execute(select(JobPosting.company_name, JobPosting.employer_number).distinct()).all()
    by_company: dict[str, set[str]] = {}
    for company, number in pairs:
        by_company.setdefault(company, set()).add(number)
    assert all(numbers_ == {derived_employer_number(c)} for c, numbers_ in by_company.items())
    assert len({n for ns in by_company.values() for n in ns}) == len(by_company)
    assert len(list(generate_postings(3, 12, TODAY))) == 3


def _plan_text(session: Session, sort: SortOrder, **conditions: object) -> str:
    valid = validate_conditions(JobConditions(**conditions), TODAY)  # type: ignore[arg-type]
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        chosen = sqlite_plan.plan_for(session, valid, sort, 51)
        assert chosen is not None
        query = page_query(valid, sort, TODAY, 51, None, chosen.plan, chosen.listed)
        compiled = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        return "\n".join(str(r[-1]) for r in rows)
    query = ordered(select(JobPosting.id).where(*search.filters(dialect, valid, TODAY)), sort).limit(51)
    compiled = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
    return "\n".join(r[0] for r in session.execute(text(f"EXPLAIN {compiled}")))


def test_employer_only_plan_uses_its_index_without_a_sort(ctx) -> None:  # type: ignore[no-untyped-def]
    """The query shape, not its time: on a few thousand generated postings (statistics
    gathered) "this employer's postings" reads ix_job_open_employer in the newest-first order."""
    bulk_load(ctx.session_factory, 3000, seed=7, today=TODAY)
    with ctx.session_factory.begin() as session:
        session.execute(text("ANALYZE"))
    with ctx.session_factory() as session:
        company = session.scalar(select(JobPosting.company_name).group_by(JobPosting.company_name)
                                 .order_by(func.count().desc()).limit(1))
        assert company is not None
        number = derived_employer_number(company)
        newest = _plan_text(session, SortOrder.NEWEST, employer_number=number)
        assert "ix_job_open_employer" in newest, newest
        if session.get_bind().dialect.name == "sqlite":  # in the index's order: no sort step
            assert "TEMP B-TREE" not in newest, newest
        # PostgreSQL may read the employer's few rows by a bitmap of the index and sort them
        by_wage = _plan_text(session, SortOrder.WAGE, employer_number=number)
        assert "ix_job_open_employer" in by_wage, by_wage
        if session.get_bind().dialect.name == "sqlite":  # with words: the employer's rows, each checked
            worded = _plan_text(session, SortOrder.NEWEST, employer_number=number, free_words="介護")
            assert "ix_job_open_employer" in worded and "fts_job VIRTUAL TABLE INDEX" not in worded.split("\n")[0]
        else:  # with a common word: not a walk of the whole sort order
            valid = validate_conditions(JobConditions(employer_number=number, free_words="介護"), TODAY)
            assert pg_plan.explain_choice(session, valid, TODAY) in ("filter", "index")
