"""Writing 求人 and keeping the free-word index in step, on both engines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.search_index import erase_index, tokens_of_row, write_index
from mypage_desktop.domain.jobs import PostingInput, monthly_equivalent
from mypage_desktop.domain.textsearch import document_tokens

CHUNK = 500


@dataclass(frozen=True)
class UpsertReport:
    inserted: int
    updated: int


def _values(posting: PostingInput, now: datetime, stored: bool = False) -> dict[str, object]:
    """The row's columns. ``stored``: the posting exists, so without a 事業所番号 of its own it
    keeps the stored one; a new posting gets the number derived from its 事業所名."""
    values = asdict(posting)
    if stored and not posting.employer_number:
        del values["employer_number"]
    else:
        values["employer_number"] = posting.employer()
    values["wage_unit"] = posting.wage_unit.value
    values["wage_monthly"] = monthly_equivalent(posting.wage_min, posting.wage_unit)
    values["updated_at"] = now
    return values


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
            erase_index(session, [(existing[p.job_number].id, tokens_of_row(existing[p.job_number]))
                                  for p in changed])
            for posting in changed:
                row = existing[posting.job_number]
                values = _values(posting, now, stored=True)
                session.execute(update(JobPosting).where(JobPosting.id == row.id).values(**values))
            write_index(session, [(existing[p.job_number].id, document_tokens(*p.search_fields())) for p in changed])
            updated += len(changed)
        if fresh:
            ids = session.execute(
                insert(JobPosting).returning(JobPosting.id, JobPosting.job_number, sort_by_parameter_order=True),
                [{**_values(p, now), "first_seen_at": now} for p in fresh],
            ).all()
            write_index(session, [(row_id, document_tokens(*p.search_fields()))
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
