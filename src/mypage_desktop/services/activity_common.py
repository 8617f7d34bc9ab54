"""Shared by the activity services (issue 5): the session scope (docs/security.md A2), observing the
registration's validity (persisting an expiry when it is first seen), the validity extension
after a referral or an online application, posting snapshots and generated numbers."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mypage_desktop.db.activity_models import PostingSnapshot as SnapshotRow
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.models import JobSeeker, LoginAccount
from mypage_desktop.domain import validity
from mypage_desktop.domain.activity_dto import PostingSnapshot
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.jobs import wage_text
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.services import audit
from mypage_desktop.services.auth import session_seeker
from mypage_desktop.services.context import ServiceContext

T = TypeVar("T")
INACTIVE_ERROR = FieldError("registration", validity.INACTIVE)


def today_jst(now: datetime) -> date:
    return now.astimezone(JST).date()


def jst_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), JST).astimezone(UTC)


def rowcount(result: object) -> int:
    assert isinstance(result, CursorResult)
    return result.rowcount


# Session scope (docs/security.md A2) -----------------------------------------------------------------


@dataclass(frozen=True)
class SeekerScope:
    seeker_id: int
    now: datetime
    today: date


class ForeignAccess(Exception):
    """A seeker asked for a row that exists but belongs to someone else. Answered exactly
    like a missing row (no enumeration), and audited."""

    def __init__(self, seeker_id: int, target_type: str, target_id: int, error: FieldError) -> None:
        super().__init__(target_type)
        self.seeker_id = seeker_id
        self.target_type = target_type
        self.target_id = target_id
        self.error = error


def owned(row: T | None, row_seeker_id: int | None, scope: SeekerScope, target_type: str, target_id: int,
          error: FieldError) -> T:
    """``row`` when it belongs to the session's seeker; otherwise refused (A2)."""
    if row is None:
        raise ValidationFailed([error])
    if row_seeker_id != scope.seeker_id:
        raise ForeignAccess(scope.seeker_id, target_type, target_id, error)
    return row


def account_id_of(session: Session, seeker_id: int) -> int | None:
    return session.scalar(select(LoginAccount.id).where(LoginAccount.seeker_id == seeker_id))


def seeker_call(ctx: ServiceContext, token: str, work: Callable[[Session, SeekerScope], T], *,
                need_active: bool = False) -> T:
    """Runs ``work`` in one transaction scoped to the session's seeker. With ``need_active``
    a 無効 registration is refused with ``registration.inactive`` — after committing, so that
    an expiry observed on the way is persisted."""
    try:
        with ctx.session_factory.begin() as session:
            now = ctx.clock()
            scope = SeekerScope(session_seeker(session, token, now), now, today_jst(now))
            active = True
            if need_active:
                _seeker, state = observe_registration(session, scope.seeker_id, now, ctx.terminal)
                active = state.status is SeekerStatus.ACTIVE
            if active:
                return work(session, scope)
    except ForeignAccess as denied:
        with ctx.session_factory.begin() as session:
            audit.record(session, at=ctx.clock(), action="access_denied", result="denied", terminal=ctx.terminal,
                         actor_type="seeker", actor_id=account_id_of(session, denied.seeker_id),
                         target_type=denied.target_type, target_id=denied.target_id)
        raise ValidationFailed([denied.error]) from None
    raise ValidationFailed([INACTIVE_ERROR])


# Registration validity ----------------------------------------------------------------------


def state_of(seeker: JobSeeker) -> validity.RegistrationState:
    status = SeekerStatus(seeker.status)
    if status is SeekerStatus.ACTIVE:
        return validity.RegistrationState(status, seeker.valid_until)
    reason = validity.InactiveReason(seeker.inactive_reason or validity.InactiveReason.SEEKER.value)
    return validity.RegistrationState(status, seeker.valid_until, today_jst(seeker.status_changed_at), reason)


def observe_registration(session: Session, seeker_id: int, now: datetime,
                         terminal: str) -> tuple[JobSeeker, validity.RegistrationState]:
    """The seeker and their state as of now. A 有効 registration past its end date becomes
    無効 (expired) here, persisted with the first 無効 day as the change time."""
    seeker = session.get_one(JobSeeker, seeker_id)
    stored = state_of(seeker)
    state = validity.observe(stored, today_jst(now))
    if state.status is not stored.status and state.inactive_since is not None:
        changed = rowcount(session.execute(
            update(JobSeeker)
            .where(JobSeeker.id == seeker_id, JobSeeker.status == SeekerStatus.ACTIVE.value,
                   JobSeeker.valid_until == seeker.valid_until)
            .values(status=SeekerStatus.INACTIVE.value, inactive_reason=validity.InactiveReason.EXPIRED.value,
                    status_changed_at=jst_midnight(state.inactive_since))
        ))
        if changed == 1:
            audit.record(session, at=now, action="registration_expired", result="ok", terminal=terminal,
                         actor_type="system", target_type="seeker", target_id=seeker_id)
        session.refresh(seeker)
    return seeker, state


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


def registration_active(session: Session, seeker_id: int, now: datetime, terminal: str) -> bool:
    """For services outside this group (search): observe, persist an expiry, answer 有効 or not."""
    return observe_registration(session, seeker_id, now, terminal)[1].status is SeekerStatus.ACTIVE
