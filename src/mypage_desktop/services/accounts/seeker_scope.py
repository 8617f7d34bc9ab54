"""A call on behalf of a logged-in seeker (docs/security.md A2): the session scope, rows the seeker
owns, and the registration's state (an expiry is persisted when it is first seen). Every
seeker-side service (求人, 求職活動) runs through :func:`seeker_call`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.domain import validity
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.domain.timefmt import jst_midnight, today_jst
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.login import session_seeker
from mypage_desktop.services.context import ServiceContext

T = TypeVar("T")


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


def registration_active(session: Session, seeker_id: int, now: datetime, terminal: str) -> bool:
    """For services outside this group (search): observe, persist an expiry, answer 有効 or not."""
    return observe_registration(session, seeker_id, now, terminal)[1].status is SeekerStatus.ACTIVE


INACTIVE_ERROR = FieldError("registration", validity.INACTIVE)


def rowcount(result: object) -> int:
    assert isinstance(result, CursorResult)
    return result.rowcount
