"""求人情報検索: the same conditions give the same rows on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    Select,
    and_,
    bindparam,
    cast,
    column,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting, KeptJob
from mypage_desktop.domain.job_dto import JobDetail, JobSummary
from mypage_desktop.domain.jobs import SortOrder, ValidConditions, wage_text
from mypage_desktop.domain.textsearch import fts5_query, tsquery_literal

AnySelect = Select[*tuple[Any, ...]]
_Query = TypeVar("_Query", bound=AnySelect)

SUMMARY_COLUMNS = (
    JobPosting.id, JobPosting.job_number, JobPosting.occupation, JobPosting.company_name, JobPosting.category,
    JobPosting.employment_type, JobPosting.prefecture, JobPosting.municipality, JobPosting.wage_unit,
    JobPosting.wage_min, JobPosting.wage_max, JobPosting.received_on, JobPosting.online_application,
    JobPosting.closed,
)


def _open_postings(dialect: str, today: date) -> ColumnElement[bool]:
    # Spelled as the partial indexes are, so the planners can use them.
    is_open = text("job_posting.closed = 0") if dialect == "sqlite" else text("NOT job_posting.closed")
    return and_(is_open, JobPosting.expires_on >= today)


# SQLite, a page of results: with more free-word matches than this, walking the sorted partial
# index and checking each row against the FTS result set stops after one page, while looking up
# and sorting every match grows with their number (bench/search.py, 1,000,000 postings, 介護:
# 37 ms vs 226 ms). With few matches the walk could run the whole index (no hit: ~80 ms), so
# the number of matches, capped, is counted first.
WALK_INDEX_ABOVE = 5_000


def _many_matches(session: Session, dialect: str, conditions: ValidConditions) -> bool:
    if dialect != "sqlite" or not conditions.phrases:
        return False
    capped = text("SELECT count(*) FROM (SELECT 1 FROM fts_job WHERE fts_job MATCH :fts LIMIT :n)")
    found = session.scalar(capped, {"fts": fts5_query(list(conditions.phrases)), "n": WALK_INDEX_ABOVE + 1})
    return int(found or 0) > WALK_INDEX_ABOVE


def _free_words(dialect: str, conditions: ValidConditions, walk_index: bool = False) -> ColumnElement[bool] | None:
    if not conditions.phrases:
        return None
    phrases = list(conditions.phrases)
    if dialect == "sqlite":
        matches = text("SELECT rowid FROM fts_job WHERE fts_job MATCH :fts").bindparams(
            bindparam("fts", fts5_query(phrases))).columns(column("rowid", Integer))
        # ``id + 0`` is not indexable, so the planner walks the sort index instead of the matches.
        return (JobPosting.id + 0 if walk_index else JobPosting.id).in_(matches)
    # One semi-join per phrase: a posting's segments are separate rows, and two phrases may lie
    # in different segments of one long text (db/search_index.py).
    tsv: ColumnElement[Any] = literal_column("fts_job_segment.tsv")
    return and_(*(
        JobPosting.id.in_(select(literal_column("fts_job_segment.job_id")).select_from(text("fts_job_segment"))
                          .where(tsv.op("@@", return_type=Boolean)(
                              cast(bindparam(f"tsq{n}", tsquery_literal([phrase])), TSQUERY))))
        for n, phrase in enumerate(phrases)))


def filters(dialect: str, conditions: ValidConditions, today: date,
            walk_index: bool = False) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [_open_postings(dialect, today)]
    words = _free_words(dialect, conditions, walk_index)
    if words is not None:
        clauses.append(words)
    if conditions.job_number:
        clauses.append(JobPosting.job_number == conditions.job_number)
    if conditions.categories:
        clauses.append(JobPosting.category.in_(conditions.categories))
    if conditions.employment_types:
        clauses.append(JobPosting.employment_type.in_(conditions.employment_types))
    if conditions.occupation_group:
        clauses.append(JobPosting.occupation_group == conditions.occupation_group)
    if conditions.areas:
        clauses.append(or_(*(
            and_(JobPosting.prefecture == a.prefecture,
                 JobPosting.municipality == a.municipality if a.municipality else true())
            for a in conditions.areas)))
    if conditions.min_wage is not None:
        clauses.append(and_(JobPosting.wage_unit == conditions.wage_unit.value,
                            JobPosting.wage_min >= conditions.min_wage))
    if conditions.posted_since is not None:
        clauses.append(JobPosting.received_on >= conditions.posted_since)
    if conditions.online_application_only:
        clauses.append(JobPosting.online_application.is_(True))
    return clauses


def _sort_key(sort: SortOrder) -> Any:
    return JobPosting.received_on if sort is SortOrder.NEWEST else JobPosting.wage_monthly


def ordered(query: _Query, sort: SortOrder) -> _Query:
    return query.order_by(_sort_key(sort).desc(), JobPosting.id.desc())


@dataclass(frozen=True)
class Cursor:
    """Keyset position: the sort value and id of the last row shown (stable paging)."""

    key: Any
    job_id: int


def _after(sort: SortOrder, cursor: Cursor | None) -> ColumnElement[bool]:
    if cursor is None:
        return true()
    key = _sort_key(sort)
    return or_(key < cursor.key, and_(key == cursor.key, JobPosting.id < cursor.job_id))


def _kept_ids(session: Session, seeker_id: int | None, job_ids: Sequence[int]) -> set[int]:
    if seeker_id is None or not job_ids:
        return set()
    return set(session.scalars(select(KeptJob.job_id).where(KeptJob.seeker_id == seeker_id,
                                                            KeptJob.job_id.in_(list(job_ids)))))


def _summaries(session: Session, rows: Sequence[Any], seeker_id: int | None) -> list[JobSummary]:
    kept = _kept_ids(session, seeker_id, [r.id for r in rows])
    return [
        JobSummary(r.id, r.job_number, r.occupation, r.company_name, r.category, r.employment_type, r.prefecture,
                   r.municipality, wage_text(r.wage_unit, r.wage_min, r.wage_max), r.received_on,
                   r.online_application, r.id in kept, r.closed)
        for r in rows
    ]


def first_page(session: Session, conditions: ValidConditions, sort: SortOrder, today: date, limit: int,
               seeker_id: int | None = None, cursor: Cursor | None = None) -> tuple[list[JobSummary], bool]:
    dialect = session.get_bind().dialect.name
    base: AnySelect = select(*SUMMARY_COLUMNS)
    walk = _many_matches(session, dialect, conditions)
    query = ordered(base.where(*filters(dialect, conditions, today, walk), _after(sort, cursor)), sort)
    rows = session.execute(query.limit(limit + 1)).all()
    return _summaries(session, rows[:limit], seeker_id), len(rows) > limit


def page_cursor(session: Session, sort: SortOrder, job_id: int) -> Cursor:
    key = session.scalar(select(_sort_key(sort)).where(JobPosting.id == job_id))
    return Cursor(key, job_id)


def matching_ids(session: Session, conditions: ValidConditions, sort: SortOrder, today: date,
                 cap: int) -> list[int]:
    dialect = session.get_bind().dialect.name
    query = ordered(select(JobPosting.id).where(*filters(dialect, conditions, today)), sort).limit(cap)
    return list(session.scalars(query))


def count_matching(session: Session, conditions: ValidConditions, today: date, extra: ColumnElement[bool] | None = None
                   ) -> int:
    from sqlalchemy import func

    dialect = session.get_bind().dialect.name
    clauses = filters(dialect, conditions, today) + ([extra] if extra is not None else [])
    return int(session.scalar(select(func.count()).select_from(JobPosting).where(*clauses)) or 0)


def rows_by_ids(session: Session, job_ids: Sequence[int], seeker_id: int | None) -> list[JobSummary]:
    """Rows for a page of the id snapshot, in the snapshot's order (closed ones included)."""
    if not job_ids:
        return []
    rows = {r.id: r for r in session.execute(select(*SUMMARY_COLUMNS).where(JobPosting.id.in_(list(job_ids))))}
    ordered_rows = [rows[i] for i in job_ids if i in rows]
    return _summaries(session, ordered_rows, seeker_id)


def detail(session: Session, job_id: int, seeker_id: int | None, today: date) -> JobDetail | None:
    row = session.get(JobPosting, job_id)
    if row is None:
        return None
    kept = bool(_kept_ids(session, seeker_id, [job_id]))
    return JobDetail(
        row.id, row.job_number, row.company_name, row.occupation, row.description, row.category,
        row.employment_type, row.occupation_group, row.prefecture, row.municipality,
        wage_text(row.wage_unit, row.wage_min, row.wage_max), row.working_hours, row.holidays,
        row.age_requirement, row.received_on, row.expires_on, row.online_application, row.employer_has_mypage,
        row.closed or row.expires_on < today, kept,
    )


__all__ = ["Cursor", "count_matching", "detail", "first_page", "matching_ids", "rows_by_ids"]
