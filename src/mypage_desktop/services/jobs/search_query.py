"""The parts of a 求人 search that do not depend on the engine's free-word index: the open
postings, the structured conditions, the sort order with its keyset cursor, and turning rows
into ``JobSummary``. ``search`` (SQLite's plans and the dispatch) and ``pg_plan``
(PostgreSQL's plans) build on them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, or_, select, text, true
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting, KeptJob
from mypage_desktop.domain.job_dto import JobSummary
from mypage_desktop.domain.jobs import SortOrder, ValidConditions, wage_text

AnySelect = Select[*tuple[Any, ...]]
_Query = TypeVar("_Query", bound=AnySelect)

SUMMARY_COLUMNS = (
    JobPosting.id, JobPosting.job_number, JobPosting.occupation, JobPosting.company_name, JobPosting.category,
    JobPosting.employment_type, JobPosting.prefecture, JobPosting.municipality, JobPosting.wage_unit,
    JobPosting.wage_min, JobPosting.wage_max, JobPosting.received_on, JobPosting.online_application,
    JobPosting.closed,
)


class Plan(StrEnum):
    """How a search reads the postings; every plan gives the same rows in the same order
    (the equivalence tests run each one, forced). None where a plan is asked for: the engine's
    planner picks per query."""

    INDEX = "index"  # the most selective index drives: the free-word index, else a structured one
    WALK = "walk"  # walk the sort order (or a structured index) and check each row, up to a page
    WALK_SET = "walk_set"  # the same walk, checking each row against the free-word matches listed once


def open_postings(dialect: str, today: date) -> ColumnElement[bool]:
    # Spelled as the partial indexes are, so the planners can use them.
    is_open = text("job_posting.closed = 0") if dialect == "sqlite" else text("NOT job_posting.closed")
    return and_(is_open, JobPosting.expires_on >= today)


def structured_filters(dialect: str, conditions: ValidConditions, today: date) -> list[ColumnElement[bool]]:
    """Every condition but the free words, the open postings first."""
    clauses: list[ColumnElement[bool]] = [open_postings(dialect, today)]
    if conditions.job_number:
        clauses.append(JobPosting.job_number == conditions.job_number)
    if conditions.employer_number:  # ix_job_open_employer serves it (docs/search.md)
        clauses.append(JobPosting.employer_number == conditions.employer_number)
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


def sort_key(sort: SortOrder) -> Any:
    return JobPosting.received_on if sort is SortOrder.NEWEST else JobPosting.wage_monthly


def ordered(query: _Query, sort: SortOrder) -> _Query:
    return query.order_by(sort_key(sort).desc(), JobPosting.id.desc())


@dataclass(frozen=True)
class Cursor:
    """Keyset position: the sort value and id of the last row shown (stable paging)."""

    key: Any
    job_id: int


def after(sort: SortOrder, cursor: Cursor | None) -> ColumnElement[bool]:
    if cursor is None:
        return true()
    key = sort_key(sort)
    return or_(key < cursor.key, and_(key == cursor.key, JobPosting.id < cursor.job_id))


def kept_ids(session: Session, seeker_id: int | None, job_ids: Sequence[int]) -> set[int]:
    if seeker_id is None or not job_ids:
        return set()
    return set(session.scalars(select(KeptJob.job_id).where(KeptJob.seeker_id == seeker_id,
                                                            KeptJob.job_id.in_(list(job_ids)))))


def summaries(session: Session, rows: Sequence[Any], seeker_id: int | None) -> list[JobSummary]:
    """``rows``: the SUMMARY_COLUMNS, in that order. Unpacked by position: reading 13 columns of
    50 rows by name cost ~0.5 ms a page, a quarter of a dense word's whole first page
    (docs/search.md)."""
    kept = kept_ids(session, seeker_id, [row[0] for row in rows])
    return [
        JobSummary(job_id, number, occupation, company, category, employment, prefecture, municipality,
                   wage_text(unit, wage_min, wage_max), received_on, online, job_id in kept, closed)
        for (job_id, number, occupation, company, category, employment, prefecture, municipality, unit,
             wage_min, wage_max, received_on, online, closed) in rows
    ]
