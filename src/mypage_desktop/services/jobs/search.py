"""求人情報検索: the same conditions give the same rows on SQLite and PostgreSQL.

The dispatch and SQLite's queries live here, SQLite's choice of plan in ``sqlite_plan``,
PostgreSQL's plans in ``pg_plan``; what both share (structured conditions, order, cursor,
summaries) in ``search_query``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, Date, TextClause, bindparam, func, select, text
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.job_dto import JobDetail, JobSummary
from mypage_desktop.domain.jobs import SortOrder, ValidConditions, wage_text
from mypage_desktop.services.jobs import pg_plan, sqlite_plan as search_plan
from mypage_desktop.services.jobs.search_query import (
    SUMMARY_COLUMNS,
    AnySelect,
    Cursor,
    Plan,
    after,
    kept_ids,
    ordered,
    sort_key,
    summaries,
)
from mypage_desktop.services.jobs.sqlite_plan import OPEN_BY_ID, Planned


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def filters(dialect: str, conditions: ValidConditions, today: date, plan: Plan = Plan.INDEX
            ) -> list[ColumnElement[bool]]:
    if dialect != "sqlite":
        return pg_plan.filters(conditions, today)
    return search_plan.filters(conditions, today, plan)


def page_query(conditions: ValidConditions, sort: SortOrder, today: date, limit: int, cursor: Cursor | None,
               plan: Plan, listed: str | None = None) -> AnySelect:
    """SQLite: the summary rows of a page by ``plan`` (``listed``: search_plan.Planned)."""
    base: AnySelect = select(*SUMMARY_COLUMNS)
    query = ordered(base.where(*search_plan.filters(conditions, today, plan, listed), after(sort, cursor)), sort)
    return search_plan.walk_hint(query, conditions, sort, plan).limit(limit)


def first_page(session: Session, conditions: ValidConditions, sort: SortOrder, today: date, limit: int,
               seeker_id: int | None = None, cursor: Cursor | None = None, plan: Plan | None = None
               ) -> tuple[list[JobSummary], bool]:
    """One page in ``sort`` order after ``cursor``; ``plan`` forces a plan (tests, bench),
    None lets the planner pick (services/jobs/sqlite_plan.py)."""
    dialect = _dialect(session)
    if dialect != "sqlite":
        return pg_plan.first_page(session, conditions, sort, today, limit, seeker_id, cursor)
    chosen = Planned(plan) if plan else search_plan.plan_for(session, conditions, sort, limit + 1)
    if chosen is None:
        return [], False
    rows = session.execute(page_query(conditions, sort, today, limit + 1, cursor, chosen.plan, chosen.listed)).all()
    return summaries(session, rows[:limit], seeker_id), len(rows) > limit


def page_cursor(session: Session, sort: SortOrder, job_id: int) -> Cursor:
    key = session.scalar(select(sort_key(sort)).where(JobPosting.id == job_id))
    return Cursor(key, job_id)


def _free_words_only(conditions: ValidConditions, extra: ColumnElement[bool] | None) -> bool:
    return bool(conditions.phrases) and extra is None and not search_plan.has_structured(conditions)


def _open_matches(conditions: ValidConditions, today: date, head: str, tail: str = "") -> TextClause:
    """FTS5's matches joined with the narrow covering index of open postings (migration 0110):
    counting or sorting many matches reads it instead of the wide rows. Written out because the
    index must be named (SQLite prefers the table's own id lookup, 3× slower here)."""
    return text(f"{head} FROM fts_job JOIN job_posting INDEXED BY {OPEN_BY_ID} "
                "ON job_posting.id = fts_job.rowid WHERE fts_job MATCH :fts AND job_posting.closed = 0 "
                f"AND job_posting.expires_on >= :today {tail}").bindparams(
        bindparam("fts", search_plan.fts_text(conditions)), bindparam("today", today, type_=Date()))


def matching_ids(session: Session, conditions: ValidConditions, sort: SortOrder, today: date,
                 cap: int, plan: Plan | None = None) -> list[int]:
    dialect = _dialect(session)
    if dialect != "sqlite":
        return pg_plan.matching_ids(session, conditions, sort, today, cap)
    # Free words alone: the covering index lists and sorts every match at ~1 µs each, cheaper
    # than any walk to a 100,000-id cap (a walk re-reads wide rows: 介護, 1M: 190 vs 540 ms).
    covering = _free_words_only(conditions, None)
    planned = Planned(plan or Plan.INDEX) if plan or covering else search_plan.plan_for(session, conditions, sort, cap)
    if planned is None:
        return []
    chosen = planned.plan
    if chosen is Plan.INDEX and covering:
        key = "received_on" if sort is SortOrder.NEWEST else "wage_monthly"
        order = f"ORDER BY job_posting.{key} DESC, job_posting.id DESC LIMIT :cap"
        listed = _open_matches(conditions, today, "SELECT job_posting.id", order).bindparams(cap=cap)
        return [int(i) for i in session.scalars(listed)]
    query = ordered(select(JobPosting.id).where(*search_plan.filters(conditions, today, chosen, planned.listed)), sort)
    return list(session.scalars(search_plan.walk_hint(query, conditions, sort, chosen).limit(cap)))


def count_matching(session: Session, conditions: ValidConditions, today: date, extra: ColumnElement[bool] | None = None,
                   plan: Plan | None = None) -> int:
    """The exact number of open postings that match (and ``extra``, e.g. new since a date)."""
    dialect = _dialect(session)
    if dialect != "sqlite":
        return pg_plan.count_matching(session, conditions, today, extra)
    chosen = plan or (Plan.WALK if conditions.employer_number and conditions.phrases else Plan.INDEX)
    if chosen is Plan.INDEX and _free_words_only(conditions, extra):
        return int(session.scalar(_open_matches(conditions, today, "SELECT count(*)")) or 0)
    clauses = search_plan.filters(conditions, today, chosen) + ([extra] if extra is not None else [])
    return int(session.scalar(select(func.count()).select_from(JobPosting).where(*clauses)) or 0)


def estimate_count(session: Session, conditions: ValidConditions, today: date) -> int | None:
    """An estimate of ``count_matching`` that is cheap at any size (shown as 「約N件」 before the
    exact count); None: no estimate."""
    if conditions.employer_number:  # one employer's postings are few: count them (ix_job_open_employer)
        return count_matching(session, conditions, today)
    if _dialect(session) != "sqlite":
        return pg_plan.estimate_count(session, conditions, today)
    # A rough figure when few sampled rows match (1M: 山形県・月給20万円以上 sampled as 1,375 for
    # 2,546); the exact count follows, and falling back to it here cost 80–130 ms under load.
    return search_plan.estimate(session, conditions, today)


def rows_by_ids(session: Session, job_ids: Sequence[int], seeker_id: int | None) -> list[JobSummary]:
    """Rows for a page of the id snapshot, in the snapshot's order (closed ones included)."""
    if not job_ids:
        return []
    rows = {r.id: r for r in session.execute(select(*SUMMARY_COLUMNS).where(JobPosting.id.in_(list(job_ids))))}
    ordered_rows = [rows[i] for i in job_ids if i in rows]
    return summaries(session, ordered_rows, seeker_id)


def detail(session: Session, job_id: int, seeker_id: int | None, today: date) -> JobDetail | None:
    row = session.get(JobPosting, job_id)
    if row is None:
        return None
    kept = bool(kept_ids(session, seeker_id, [job_id]))
    return JobDetail(
        row.id, row.job_number, row.company_name, row.occupation, row.description, row.category,
        row.employment_type, row.occupation_group, row.prefecture, row.municipality,
        wage_text(row.wage_unit, row.wage_min, row.wage_max), row.working_hours, row.holidays,
        row.age_requirement, row.received_on, row.expires_on, row.online_application, row.employer_has_mypage,
        row.closed or row.expires_on < today, kept, row.employer_number,
    )


__all__ = ["Cursor", "Plan", "count_matching", "detail", "estimate_count", "filters", "first_page",
           "matching_ids", "ordered", "page_cursor", "rows_by_ids", "SUMMARY_COLUMNS"]
