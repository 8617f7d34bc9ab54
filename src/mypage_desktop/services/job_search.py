"""求人情報検索: the same conditions give the same rows on SQLite and PostgreSQL.

SQLite's plans live here; PostgreSQL's in ``search_pg``; what both share (structured
conditions, order, cursor, summaries) in ``search_query``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, func, select, text
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.job_dto import JobDetail, JobSummary
from mypage_desktop.domain.jobs import SortOrder, ValidConditions, wage_text

from . import search_pg, search_plan
from .search_plan import OPEN_BY_ID, SORT_INDEX
from .search_query import (
    SUMMARY_COLUMNS,
    AnySelect,
    Cursor,
    Plan,
    after,
    kept_ids,
    ordered,
    sort_key,
    structured_filters,
    summaries,
)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def filters(dialect: str, conditions: ValidConditions, today: date, plan: Plan = Plan.INDEX
            ) -> list[ColumnElement[bool]]:
    if dialect != "sqlite":
        return search_pg.filters(conditions, today)
    return search_plan.filters(conditions, today, plan)


def _planned(session: Session, conditions: ValidConditions, sort: SortOrder, rows_wanted: int, plan: Plan | None
             ) -> Plan | None:
    """The plan to run (``plan`` when forced); None: no free-word match at all, so no row."""
    fts = search_plan.fts_text(conditions)
    if fts is None:
        return plan or Plan.INDEX
    if plan is not None:
        return plan
    found = search_plan.probe(session, fts)
    if not found.found:
        return None
    return search_plan.choose(found, rows_wanted, search_plan.longest_phrase(conditions), sort)


def _walk_hint(query: AnySelect, conditions: ValidConditions, sort: SortOrder, plan: Plan) -> AnySelect:
    # Structured conditions alone, walked: the sort order's index, not the one SQLite prefers
    # (with free words both walks already keep SQLite from driving by FTS5).
    if plan is not Plan.INDEX and not conditions.phrases:
        return query.with_hint(JobPosting.__table__, f"INDEXED BY {SORT_INDEX[sort]}", "sqlite")
    return query


def first_page(session: Session, conditions: ValidConditions, sort: SortOrder, today: date, limit: int,
               seeker_id: int | None = None, cursor: Cursor | None = None, plan: Plan | None = None
               ) -> tuple[list[JobSummary], bool]:
    """One page in ``sort`` order after ``cursor``; ``plan`` forces a plan (tests, bench),
    None lets the planner pick (services/search_plan.py)."""
    dialect = _dialect(session)
    if dialect != "sqlite":
        return search_pg.first_page(session, conditions, sort, today, limit, seeker_id, cursor)
    chosen = _planned(session, conditions, sort, limit + 1, plan)
    if chosen is None:
        return [], False
    base: AnySelect = select(*SUMMARY_COLUMNS)
    query = ordered(base.where(*search_plan.filters(conditions, today, chosen), after(sort, cursor)), sort)
    rows = session.execute(_walk_hint(query, conditions, sort, chosen).limit(limit + 1)).all()
    return summaries(session, rows[:limit], seeker_id), len(rows) > limit


def page_cursor(session: Session, sort: SortOrder, job_id: int) -> Cursor:
    key = session.scalar(select(sort_key(sort)).where(JobPosting.id == job_id))
    return Cursor(key, job_id)


def _free_words_only(conditions: ValidConditions, extra: ColumnElement[bool] | None) -> bool:
    return bool(conditions.phrases) and extra is None and not search_plan.has_structured(conditions)


def _open_matches(conditions: ValidConditions, today: date) -> AnySelect:
    """FTS5's matches joined with the narrow covering index of open postings (migration 0110):
    counting or sorting many matches reads it instead of the wide rows."""
    fts = search_plan.fts_text(conditions)
    join = search_plan.FTS.join(JobPosting.__table__, JobPosting.id == search_plan.FTS.c.rowid)
    query: AnySelect = select(JobPosting.id).select_from(join).where(
        text("fts_job MATCH :fts").bindparams(fts=fts), *structured_filters("sqlite", conditions, today))
    return query.with_hint(JobPosting.__table__, f"INDEXED BY {OPEN_BY_ID}", "sqlite")


def matching_ids(session: Session, conditions: ValidConditions, sort: SortOrder, today: date,
                 cap: int, plan: Plan | None = None) -> list[int]:
    dialect = _dialect(session)
    if dialect != "sqlite":
        return search_pg.matching_ids(session, conditions, sort, today, cap)
    chosen = _planned(session, conditions, sort, cap, plan)
    if chosen is None:
        return []
    if chosen is Plan.INDEX and _free_words_only(conditions, None):
        return list(session.scalars(ordered(_open_matches(conditions, today), sort).limit(cap)))
    query = ordered(select(JobPosting.id).where(*search_plan.filters(conditions, today, chosen)), sort)
    return list(session.scalars(_walk_hint(query, conditions, sort, chosen).limit(cap)))


def count_matching(session: Session, conditions: ValidConditions, today: date, extra: ColumnElement[bool] | None = None,
                   plan: Plan | None = None) -> int:
    """The exact number of open postings that match (and ``extra``, e.g. new since a date)."""
    dialect = _dialect(session)
    if dialect != "sqlite":
        return search_pg.count_matching(session, conditions, today, extra)
    chosen = plan or Plan.INDEX
    if chosen is Plan.INDEX and _free_words_only(conditions, extra):
        return int(session.scalar(select(func.count()).select_from(_open_matches(conditions, today).subquery())) or 0)
    clauses = search_plan.filters(conditions, today, chosen) + ([extra] if extra is not None else [])
    return int(session.scalar(select(func.count()).select_from(JobPosting).where(*clauses)) or 0)


def estimate_count(session: Session, conditions: ValidConditions, today: date) -> int | None:
    """An estimate of ``count_matching`` that is cheap at any size (shown as 「約N件」 before the
    exact count); None: no estimate."""
    if _dialect(session) != "sqlite":
        return search_pg.estimate_count(session, conditions, today)
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
        row.closed or row.expires_on < today, kept,
    )


__all__ = ["Cursor", "Plan", "count_matching", "detail", "estimate_count", "filters", "first_page",
           "matching_ids", "ordered", "page_cursor", "rows_by_ids", "SUMMARY_COLUMNS"]
