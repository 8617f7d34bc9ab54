"""Writing 求人 and keeping the free-word index in step, on both engines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.jobs import PostingInput, monthly_equivalent
from mypage_desktop.domain.textsearch import DocumentTokens, document_tokens, tsvector_literal

CHUNK = 500


@dataclass(frozen=True)
class UpsertReport:
    inserted: int
    updated: int


def _values(posting: PostingInput, now: datetime) -> dict[str, object]:
    values = asdict(posting)
    values["wage_unit"] = posting.wage_unit.value
    values["wage_monthly"] = monthly_equivalent(posting.wage_min, posting.wage_unit)
    values["updated_at"] = now
    return values


def _tokens_of_row(row: JobPosting) -> DocumentTokens:
    return document_tokens(row.occupation, row.description, row.company_name, row.prefecture, row.municipality)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _index(session: Session, entries: list[tuple[int, DocumentTokens]]) -> None:
    if not entries:
        return
    if _is_sqlite(session):
        session.execute(
            text("INSERT INTO fts_job(rowid, grams, tails) VALUES (:id, :grams, :tails)"),
            [{"id": i, "grams": t.grams_text(), "tails": t.tails_text()} for i, t in entries],
        )
    else:
        session.execute(
            text("UPDATE job_posting SET search_tsv = CAST(:tsv AS tsvector) WHERE id = :id"),
            [{"id": i, "tsv": tsvector_literal(t)} for i, t in entries],
        )


def _unindex(session: Session, entries: list[tuple[int, DocumentTokens]]) -> None:
    # A contentless FTS5 table forgets a row only when given the exact tokens it was indexed
    # with; they are recomputed from the stored row (the tokenizer is deterministic).
    if entries and _is_sqlite(session):
        session.execute(
            text("INSERT INTO fts_job(fts_job, rowid, grams, tails) VALUES ('delete', :id, :grams, :tails)"),
            [{"id": i, "grams": t.grams_text(), "tails": t.tails_text()} for i, t in entries],
        )


def upsert_postings(session: Session, postings: Sequence[PostingInput], now: datetime) -> UpsertReport:
    """Insert new 求人 and update known ones (by 求人番号), inside the caller's transaction."""
    inserted = updated = 0
    for start in range(0, len(postings), CHUNK):
        chunk = postings[start : start + CHUNK]
        existing = {
            row.job_number: row
            for row in session.scalars(
                select(JobPosting).where(JobPosting.job_number.in_([p.job_number for p in chunk]))
            )
        }
        fresh = [p for p in chunk if p.job_number not in existing]
        changed = [p for p in chunk if p.job_number in existing]
        if changed:
            _unindex(session, [(existing[p.job_number].id, _tokens_of_row(existing[p.job_number])) for p in changed])
            for posting in changed:
                row = existing[posting.job_number]
                session.execute(update(JobPosting).where(JobPosting.id == row.id).values(**_values(posting, now)))
            _index(session, [(existing[p.job_number].id, document_tokens(*p.search_fields())) for p in changed])
            updated += len(changed)
        if fresh:
            ids = session.execute(
                insert(JobPosting).returning(JobPosting.id, JobPosting.job_number, sort_by_parameter_order=True),
                [{**_values(p, now), "first_seen_at": now} for p in fresh],
            ).all()
            _index(session, [(row_id, document_tokens(*p.search_fields()))
                             for (row_id, _number), p in zip(ids, fresh, strict=True)])
            inserted += len(fresh)
        session.expire_all()
    return UpsertReport(inserted, updated)


def close_postings(session: Session, job_numbers: Sequence[str], now: datetime) -> int:
    """Mark postings closed (募集終了); they stop matching searches but kept lists still show them."""
    result = session.execute(
        update(JobPosting).where(JobPosting.job_number.in_(list(job_numbers))).values(closed=True, updated_at=now)
    )
    return int(getattr(result, "rowcount", 0))
