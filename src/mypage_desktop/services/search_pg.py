"""求人情報検索 on PostgreSQL: the free words as semi-joins on ``fts_job_segment`` (GIN), and
the first page, id snapshot, count and estimate (issue 14 brings a plan per query)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Boolean, ColumnElement, and_, bindparam, cast, func, literal_column, select, text
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.job_dto import JobSummary
from mypage_desktop.domain.jobs import SortOrder, ValidConditions
from mypage_desktop.domain.textsearch import tsquery_literal

from .search_query import SUMMARY_COLUMNS, AnySelect, Cursor, after, ordered, structured_filters, summaries


def free_words(conditions: ValidConditions) -> ColumnElement[bool] | None:
    if not conditions.phrases:
        return None
    # One semi-join per phrase: a posting's segments are separate rows, and two phrases may lie
    # in different segments of one long text (db/search_index.py).
    tsv: ColumnElement[Any] = literal_column("fts_job_segment.tsv")
    return and_(*(
        JobPosting.id.in_(select(literal_column("fts_job_segment.job_id")).select_from(text("fts_job_segment"))
                          .where(tsv.op("@@", return_type=Boolean)(
                              cast(bindparam(f"tsq{n}", tsquery_literal([phrase])), TSQUERY))))
        for n, phrase in enumerate(conditions.phrases)))


def filters(conditions: ValidConditions, today: date) -> list[ColumnElement[bool]]:
    clauses = structured_filters("postgresql", conditions, today)
    words = free_words(conditions)
    return clauses if words is None else [clauses[0], words, *clauses[1:]]


def first_page(session: Session, conditions: ValidConditions, sort: SortOrder, today: date, limit: int,
               seeker_id: int | None, cursor: Cursor | None) -> tuple[list[JobSummary], bool]:
    base: AnySelect = select(*SUMMARY_COLUMNS)
    query = ordered(base.where(*filters(conditions, today), after(sort, cursor)), sort)
    rows = session.execute(query.limit(limit + 1)).all()
    return summaries(session, rows[:limit], seeker_id), len(rows) > limit


def matching_ids(session: Session, conditions: ValidConditions, sort: SortOrder, today: date, cap: int) -> list[int]:
    query = ordered(select(JobPosting.id).where(*filters(conditions, today)), sort).limit(cap)
    return list(session.scalars(query))


def count_matching(session: Session, conditions: ValidConditions, today: date,
                   extra: ColumnElement[bool] | None = None) -> int:
    clauses = filters(conditions, today) + ([extra] if extra is not None else [])
    return int(session.scalar(select(func.count()).select_from(JobPosting).where(*clauses)) or 0)


def estimate_count(session: Session, conditions: ValidConditions, today: date) -> int | None:
    """An estimate of ``count_matching`` that is cheap at any size; None: no estimate yet."""
    return None
