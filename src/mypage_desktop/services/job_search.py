"""求人情報検索: the same conditions give the same rows on SQLite and PostgreSQL.

SQLite's plans live here; PostgreSQL's in ``search_pg``; what both share (structured
conditions, order, cursor, summaries) in ``search_query``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, Integer, bindparam, column, func, select, text
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.job_dto import JobDetail, JobSummary
from mypage_desktop.domain.jobs import SortOrder, ValidConditions, wage_text
from mypage_desktop.domain.textsearch import fts5_query

from . import search_pg
from .search_query import (
    SUMMARY_COLUMNS,
    AnySelect,
    Cursor,
    after,
    kept_ids,
    ordered,
    sort_key,
    structured_filters,
    summaries,
)

# SQLite, a page of results: with more free-word matches than this, walking the sorted partial
# index and checking each row against the FTS result set stops after one page, while looking up
# and sorting every match grows with their number (bench/search.py, 1,000,000 postings, 介護:
# 37 ms vs 226 ms). With few matches the walk could run the whole index (no hit: ~80 ms), so
# the number of matches, capped, is counted first.
WALK_INDEX_ABOVE = 5_000


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _many_matches(session: Session, conditions: ValidConditions) -> bool:
    if not conditions.phrases:
        return False
    capped = text("SELECT count(*) FROM (SELECT 1 FROM fts_job WHERE fts_job MATCH :fts LIMIT :n)")
    found = session.scalar(capped, {"fts": fts5_query(list(conditions.phrases)), "n": WALK_INDEX_ABOVE + 1})
    return int(found or 0) > WALK_INDEX_ABOVE


def _free_words(conditions: ValidConditions, walk_index: bool = False) -> ColumnElement[bool] | None:
    if not conditions.phrases:
        return None
    matches = text("SELECT rowid FROM fts_job WHERE fts_job MATCH :fts").bindparams(
        bindparam("fts", fts5_query(list(conditions.phrases)))).columns(column("rowid", Integer))
    # ``id + 0`` is not indexable, so the planner walks the sort index instead of the matches.
    return (JobPosting.id + 0 if walk_index else JobPosting.id).in_(matches)


def filters(dialect: str, conditions: ValidConditions, today: date,
            walk_index: bool = False) -> list[ColumnElement[bool]]:
    if dialect != "sqlite":
        return search_pg.filters(conditions, today)
    clauses = structured_filters(dialect, conditions, today)
    words = _free_words(conditions, walk_index)
    return clauses if words is None else [clauses[0], words, *clauses[1:]]


def first_page(session: Session, conditions: ValidConditions, sort: SortOrder, today: date, limit: int,
               seeker_id: int | None = None, cursor: Cursor | None = None) -> tuple[list[JobSummary], bool]:
    dialect = _dialect(session)
    if dialect != "sqlite":
        return search_pg.first_page(session, conditions, sort, today, limit, seeker_id, cursor)
    base: AnySelect = select(*SUMMARY_COLUMNS)
    walk = _many_matches(session, conditions)
    query = ordered(base.where(*filters(dialect, conditions, today, walk), after(sort, cursor)), sort)
    rows = session.execute(query.limit(limit + 1)).all()
    return summaries(session, rows[:limit], seeker_id), len(rows) > limit


def page_cursor(session: Session, sort: SortOrder, job_id: int) -> Cursor:
    key = session.scalar(select(sort_key(sort)).where(JobPosting.id == job_id))
    return Cursor(key, job_id)


def matching_ids(session: Session, conditions: ValidConditions, sort: SortOrder, today: date,
                 cap: int) -> list[int]:
    dialect = _dialect(session)
    if dialect != "sqlite":
        return search_pg.matching_ids(session, conditions, sort, today, cap)
    query = ordered(select(JobPosting.id).where(*filters(dialect, conditions, today)), sort).limit(cap)
    return list(session.scalars(query))


def count_matching(session: Session, conditions: ValidConditions, today: date, extra: ColumnElement[bool] | None = None
                   ) -> int:
    dialect = _dialect(session)
    if dialect != "sqlite":
        return search_pg.count_matching(session, conditions, today, extra)
    clauses = filters(dialect, conditions, today) + ([extra] if extra is not None else [])
    return int(session.scalar(select(func.count()).select_from(JobPosting).where(*clauses)) or 0)


def estimate_count(session: Session, conditions: ValidConditions, today: date) -> int | None:
    """An estimate of ``count_matching`` that is cheap at any size (shown as 「約N件」 before the
    exact count); None: no estimate."""
    if _dialect(session) != "sqlite":
        return search_pg.estimate_count(session, conditions, today)
    return None


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


__all__ = ["Cursor", "count_matching", "detail", "estimate_count", "filters", "first_page", "matching_ids",
           "ordered", "page_cursor", "rows_by_ids", "SUMMARY_COLUMNS"]
