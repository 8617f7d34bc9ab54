"""Shared by the 求職活動 services (issue 5): the validity extension after a referral or an online
application, posting snapshots and generated numbers. The seeker's session scope is
:mod:`mypage_desktop.services.accounts.seeker_scope`."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.activity_models import PostingSnapshot as SnapshotRow
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain import validity
from mypage_desktop.domain.activity_dto import PostingSnapshot
from mypage_desktop.domain.jobs import wage_text
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.services.accounts.seeker_scope import rowcount

# Session scope (docs/security.md A2) -----------------------------------------------------------------












# Registration validity ----------------------------------------------------------------------






def extend_for_activity(session: Session, seeker: JobSeeker, today: date) -> bool:
    """A referral or an online application in the last month: one month more. Conditional on
    the end date read, so two at once extend once."""
    new_end = validity.extended_valid_until(seeker.valid_until, today)
    if new_end is None or seeker.status != SeekerStatus.ACTIVE.value:
        return False
    changed = rowcount(session.execute(
        update(JobSeeker).where(JobSeeker.id == seeker.id, JobSeeker.valid_until == seeker.valid_until)
        .values(valid_until=new_end)
    ))
    session.refresh(seeker)
    return changed == 1


# Snapshots and numbers ----------------------------------------------------------------------


def snapshot_of(job: JobPosting, now: datetime) -> PostingSnapshot:
    return PostingSnapshot(
        job.id, job.job_number, job.company_name, job.occupation, job.description, job.category,
        job.employment_type, job.occupation_group, job.prefecture, job.municipality,
        wage_text(job.wage_unit, job.wage_min, job.wage_max), job.working_hours, job.holidays,
        job.age_requirement, job.received_on, job.expires_on, job.online_application, job.employer_has_mypage, now,
    )


def take_snapshot(session: Session, job: JobPosting, now: datetime) -> SnapshotRow:
    content = snapshot_of(job, now)
    row = SnapshotRow(job_id=job.id, job_number=job.job_number, company_name=job.company_name,
                      occupation=job.occupation, work_location=content.work_location,
                      content_json=content.to_json(), taken_at=now)
    session.add(row)
    session.flush()
    return row


def posting_closed(job: JobPosting, today: date) -> bool:
    return job.closed or job.expires_on < today


def generate_number(prefix: str, office_code: str) -> str:
    """``R06010-12345678`` (紹介番号) / ``A06010-12345678`` (応募番号): unguessable digits."""
    return f"{prefix}{office_code}-{secrets.randbelow(10**8):08d}"


def add_numbered(session: Session, make: Callable[[str], Any], prefix: str, office_code: str) -> Any:
    """Adds the row ``make(number)`` returns, drawing a new number on the (rare) collision.
    Other integrity errors (a duplicate application) propagate."""
    for _attempt in range(5):
        row = make(generate_number(prefix, office_code))
        try:
            with session.begin_nested():
                session.add(row)
                session.flush()
            return row
        except IntegrityError as exc:
            if "number" not in str(exc.orig).lower():
                raise
    raise RuntimeError("could not allocate a unique number")


