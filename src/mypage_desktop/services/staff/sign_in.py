"""Staff sign-in, staff sessions and re-authentication (docs/security.md A1, A3, E1, E2, L1, S1–S4; N5).

Staff sessions live in their own table: a seeker token is never found here and a staff
token is never found among seeker sessions, so neither opens the other's calls. The
lockout works like the seekers' (its own counters, same settings, reserved before the
password is verified: :mod:`mypage_desktop.services.throttle`); an unknown 職員ID is checked against the dummy
hash and counted like a real one. At ``login_failure_cap`` consecutive failures the 職員ID
is blocked until ``mypage-admin reset-staff-password``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.staff_models import StaffAccount, StaffLoginThrottle, StaffSession
from mypage_desktop.domain.account_dto import SessionStatus
from mypage_desktop.domain.errors import FieldError, NotPermitted, SessionInvalid, ValidationFailed
from mypage_desktop.domain.password import PersonalData, normalize_password, password_errors
from mypage_desktop.domain.session_policy import END_EXPIRED, END_IDLE, END_UNKNOWN, end_reason
from mypage_desktop.domain.staff_dto import (
    ROLE_ADMIN,
    PasswordChangeRequired,
    ReauthRequired,
    StaffLoginResult,
    StaffProfile,
)
from mypage_desktop.domain.text import nfkc
from mypage_desktop.services import audit, throttle
from mypage_desktop.services.accounts.login import token_digest
from mypage_desktop.services.accounts.sessions import ENDED, record_end, revoke_stale, status_of
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.throttle import Reservation

STAFF_LOGIN_FAILED = "staff.login_failed"
STAFF_LOGIN_BLOCKED = "staff.login_blocked"
CURRENT_FIELD = "current_password"


def login_digest(login_id: str) -> str:
    return hashlib.sha256(("staff:" + nfkc(login_id).strip().lower()).encode()).hexdigest()


def _profile(staff: StaffAccount) -> StaffProfile:
    return StaffProfile(staff.id, staff.login_id, staff.display_name, staff.role, staff.must_change_password)


@dataclass(frozen=True)
class _Attempt:
    staff_id: int | None
    password_hash: str | None
    reservation: Reservation


def _reserve_attempt(ctx: ServiceContext, digest: str, login_id: str) -> _Attempt:
    with ctx.session_factory.begin() as session:
        reservation = throttle.reserve(session, StaffLoginThrottle, digest, ctx.clock(), ctx.settings)
        staff = session.scalar(select(StaffAccount).where(StaffAccount.login_id == login_id))
        if staff is None or staff.disabled:
            return _Attempt(None, None, reservation)
        return _Attempt(staff.id, staff.password_hash, reservation)


def _failed_login(reservation: Reservation) -> StaffLoginResult:
    if reservation.blocked:
        return StaffLoginResult(None, None, STAFF_LOGIN_BLOCKED, 0)
    return StaffLoginResult(None, None, STAFF_LOGIN_FAILED, reservation.wait_seconds)


def staff_login(ctx: ServiceContext, login_id: str, password: str) -> StaffLoginResult:
    """One generic failure for an unknown id, a wrong password, a disabled or locked account
    (E1), with the same argon2 work on every path (E2)."""
    normalized = nfkc(login_id).strip().lower()
    digest = login_digest(login_id)
    attempt = _reserve_attempt(ctx, digest, normalized)
    secret = normalize_password(password)
    if not attempt.reservation.granted:
        ctx.hasher.verify(None, secret)
        return _failed_login(attempt.reservation)
    if not ctx.hasher.verify(attempt.password_hash, secret) or attempt.staff_id is None:
        with ctx.session_factory.begin() as session:
            _record_failure(ctx, session, attempt.reservation, attempt.staff_id, ctx.clock(), "staff_login_failed")
        return _failed_login(attempt.reservation)
    new_hash = ctx.hasher.hash(secret) if ctx.hasher.needs_rehash(attempt.password_hash or "") else None
    token = secrets.token_urlsafe(16)  # 128 bits from the OS CSPRNG
    settings = ctx.settings
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        staff = session.get_one(StaffAccount, attempt.staff_id)
        if staff.password_hash != attempt.password_hash or staff.disabled:  # reset meanwhile
            refusal: Reservation | None = Reservation(False, attempt.reservation.wait_seconds)
        else:
            refusal = throttle.confirm_success(session, StaffLoginThrottle, digest, attempt.reservation, now)
        if refusal is not None:  # locked by others while it was being verified
            _record_failure(ctx, session, refusal, None, now, "staff_login_failed", target_id=staff.id)
            return _failed_login(refusal)
        if new_hash is not None:
            staff.password_hash = new_hash  # C2
        _revoke_staff_sessions(session, staff.id, now, "superseded")  # one session per account (S4)
        session.add(StaffSession(
            token_hash=token_digest(token), staff_id=staff.id, terminal=ctx.terminal, created_at=now,
            last_activity_at=now, idle_seconds=settings.staff_idle_minutes * 60,
            expires_at=now + timedelta(hours=settings.staff_session_hours)))
        audit.record(session, at=now, action="staff_login", result="ok", terminal=ctx.terminal,
                     actor_type="staff", actor_id=staff.id, target_type="staff", target_id=staff.id)
        return StaffLoginResult(token, _profile(staff))


def _record_failure(ctx: ServiceContext, session: Session, reservation: Reservation, staff_id: int | None,
                    now: datetime, action: str, *, target_id: int | None = None) -> None:
    """A failed sign-in (anonymous actor), re-authentication or password change (the signed-in
    staff member), already counted by its reservation; a failure that locks also ends the
    account's sessions."""
    if reservation.locks and staff_id is not None:
        _revoke_staff_sessions(session, staff_id, now, "locked")
    signed_in = action != "staff_login_failed"
    target = staff_id if staff_id is not None else target_id
    audit.record(session, at=now, action="staff_locked" if reservation.locks else action,
                 result="blocked" if reservation.blocked else "failed",
                 terminal=ctx.terminal, actor_type="staff" if signed_in else "anonymous",
                 actor_id=staff_id if signed_in else None,
                 target_type="staff" if target else None, target_id=target)


def _refusal_error(field: str, refusal: Reservation, wrong_code: str) -> ValidationFailed:
    """Blocked, waiting, or (no wait: the password was replaced meanwhile) simply wrong."""
    if refusal.blocked:
        return ValidationFailed([FieldError(field, STAFF_LOGIN_BLOCKED)])
    if refusal.wait_seconds == 0:
        return ValidationFailed([FieldError(field, wrong_code)])
    return ValidationFailed([FieldError(field, "password.current_wait", {"seconds": refusal.wait_seconds})])


def _revoke_staff_sessions(session: Session, staff_id: int, now: datetime, reason: str,
                           *, keep_session_id: int | None = None) -> None:
    query = update(StaffSession).where(StaffSession.staff_id == staff_id, StaffSession.revoked_at.is_(None))
    if keep_session_id is not None:
        query = query.where(StaffSession.id != keep_session_id)
    session.execute(query.values(revoked_at=now, revoke_reason=reason))


def _end_reason(row: StaffSession, now: datetime) -> str | None:
    return end_reason(revoked_at=row.revoked_at, revoke_reason=row.revoke_reason, expires_at=row.expires_at,
                      last_activity_at=row.last_activity_at, idle=timedelta(seconds=row.idle_seconds), now=now)


@dataclass(frozen=True)
class StaffActor:
    """Who is acting, for the service that validated the staff session."""

    session_id: int
    staff_id: int
    role: str


def require_staff(
    session: Session,
    token: str,
    now: datetime,
    *,
    admin: bool = False,
    reauth_within: timedelta | None = None,
    password_change: bool = False,
) -> StaffActor:
    """The live staff session for ``token`` (SessionInvalid otherwise, including for any
    seeker token). ``admin``: 管理者 only (NotPermitted); ``reauth_within``: the password must
    have been entered again that recently (ReauthRequired, A3). Until the one-time password
    is changed only ``password_change`` calls pass (PasswordChangeRequired, A1)."""
    row = session.scalar(select(StaffSession).where(StaffSession.token_hash == token_digest(token)))
    if row is None or _end_reason(row, now) is not None:
        raise SessionInvalid()
    staff = session.get_one(StaffAccount, row.staff_id)
    if staff.disabled:
        raise SessionInvalid()
    if staff.must_change_password and not password_change:
        raise PasswordChangeRequired()
    if admin and staff.role != ROLE_ADMIN:
        raise NotPermitted("staff.admin_only")
    if reauth_within is not None and (row.reauth_at is None or now - row.reauth_at > reauth_within):
        raise ReauthRequired()
    return StaffActor(row.id, staff.id, staff.role)


def reauth_window(ctx: ServiceContext) -> timedelta:
    return timedelta(minutes=ctx.settings.staff_reauth_minutes)


def reauthenticate(ctx: ServiceContext, token: str, password: str) -> None:
    """A3: the staff member enters their password again; sensitive actions are allowed for
    ``staff_reauth_minutes`` afterwards. A wrong password counts like a failed sign-in; the
    lock ends the session (SessionInvalid)."""
    if password == "":
        raise ValidationFailed([FieldError("password", "password.required")])
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        staff = session.get_one(StaffAccount, actor.staff_id)
        digest = login_digest(staff.login_id)
        reservation = throttle.reserve(session, StaffLoginThrottle, digest, now, ctx.settings)
        stored = staff.password_hash
    secret = normalize_password(password)
    if not reservation.granted:
        ctx.hasher.verify(None, secret)
        raise _refusal_error("password", reservation, "staff.reauth_failed")
    if not ctx.hasher.verify(stored, secret):
        _refuse_wrong_password(ctx, reservation, actor.staff_id, "staff_reauth_failed", "staff.reauth_failed")
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        require_staff(session, token, now)
        refusal = _confirm(session, digest, stored, actor.staff_id, reservation, now)
        if refusal is not None:
            raise _refusal_error("password", refusal, "staff.reauth_failed")
        row = session.get_one(StaffSession, actor.session_id)
        row.reauth_at = now
        row.last_activity_at = now  # typing the password is user input
        audit.record(session, at=now, action="staff_reauth", result="ok", terminal=ctx.terminal,
                     actor_type="staff", actor_id=actor.staff_id, target_type="staff", target_id=actor.staff_id)


def _confirm(session: Session, digest: str, verified_hash: str, staff_id: int, reservation: Reservation,
             now: datetime) -> Reservation | None:
    """The success of a signed-in staff member's password, unless the password was replaced
    or others locked the 職員ID while it was being verified."""
    if session.get_one(StaffAccount, staff_id).password_hash != verified_hash:
        return Reservation(False, 0)
    return throttle.confirm_success(session, StaffLoginThrottle, digest, reservation, now)


def _refuse_wrong_password(ctx: ServiceContext, reservation: Reservation, staff_id: int, action: str,
                           code: str) -> NoReturn:
    with ctx.session_factory.begin() as session:
        _record_failure(ctx, session, reservation, staff_id, ctx.clock(), action)
    if reservation.locks:
        raise SessionInvalid()
    raise ValidationFailed([FieldError(CURRENT_FIELD if action == "staff_password_change_failed" else "password",
                                       code)])


def change_staff_password(ctx: ServiceContext, token: str, current_password: str, new_password: str,
                          new_password_confirm: str) -> StaffProfile:
    """The one-time password must be changed at first sign-in (A1); later changes work the
    same. The current password is required; the seekers' policy applies (C3, C4) and the new
    one must differ. Other sessions of the staff member end."""
    errors = [FieldError(CURRENT_FIELD, "password.current_required")] if current_password == "" else []
    errors += password_errors(new_password, new_password_confirm)
    if errors:
        raise ValidationFailed(errors)
    with ctx.session_factory.begin() as session:
        actor = require_staff(session, token, ctx.clock(), password_change=True)
        staff = session.get_one(StaffAccount, actor.staff_id)
        digest, stored, login_id = login_digest(staff.login_id), staff.password_hash, staff.login_id
    problems = password_errors(new_password, new_password_confirm, personal=PersonalData(email=login_id),
                               is_common=ctx.is_common_password)
    if problems:
        raise ValidationFailed(problems)
    # Reserved only now: a refused new password does not cost the staff member an attempt.
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        require_staff(session, token, now, password_change=True)
        reservation = throttle.reserve(session, StaffLoginThrottle, digest, now, ctx.settings)
    secret = normalize_password(current_password)
    if not reservation.granted:
        ctx.hasher.verify(None, secret)
        raise _refusal_error(CURRENT_FIELD, reservation, "password.current_wrong")
    if not ctx.hasher.verify(stored, secret):
        _refuse_wrong_password(ctx, reservation, actor.staff_id, "staff_password_change_failed",
                               "password.current_wrong")
    if normalize_password(new_password) == secret:
        with ctx.session_factory.begin() as session:  # the current password was right: a success
            refusal = _confirm(session, digest, stored, actor.staff_id, reservation, ctx.clock())
        raise _refusal_error(CURRENT_FIELD, refusal, "password.current_wrong") if refusal else ValidationFailed(
            [FieldError("password", "password.same_as_current")])
    new_hash = ctx.hasher.hash(normalize_password(new_password))
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now, password_change=True)
        refusal = _confirm(session, digest, stored, actor.staff_id, reservation, now)
        if refusal is not None:
            raise _refusal_error(CURRENT_FIELD, refusal, "password.current_wrong")
        staff = session.get_one(StaffAccount, actor.staff_id)
        staff.password_hash = new_hash
        staff.must_change_password = False
        _revoke_staff_sessions(session, staff.id, now, "password_changed", keep_session_id=actor.session_id)
        row = session.get_one(StaffSession, actor.session_id)
        row.reauth_at = now  # they have just entered the password
        row.last_activity_at = now
        audit.record(session, at=now, action="staff_password_changed", result="ok", terminal=ctx.terminal,
                     actor_type="staff", actor_id=staff.id, target_type="staff", target_id=staff.id)
        return _profile(staff)


def _status(row: StaffSession, reason: str | None, now: datetime) -> SessionStatus:
    return status_of(reason=reason, last_activity_at=row.last_activity_at, idle_seconds=row.idle_seconds,
                     expires_at=row.expires_at, now=now)


def staff_session_status(ctx: ServiceContext, token: str) -> SessionStatus:
    """The console's periodic check; never extends the session, never raises SessionInvalid."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row = session.scalar(select(StaffSession).where(StaffSession.token_hash == token_digest(token)))
        if row is None:
            return ENDED
        reason = _end_reason(row, now)
        if reason in (END_IDLE, END_EXPIRED) and row.revoked_at is None:
            record_end(ctx, session, row, reason, now)
        return _status(row, reason, now)


def touch_staff_session(ctx: ServiceContext, token: str) -> SessionStatus:
    """User input in the console: the idle clock starts again; an ended session stays ended."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row = session.scalar(select(StaffSession).where(StaffSession.token_hash == token_digest(token)))
        reason = END_UNKNOWN if row is None else _end_reason(row, now)
        if row is not None and reason is None:
            row.last_activity_at = now
            return _status(row, None, now)
        if row is not None and reason in (END_IDLE, END_EXPIRED) and row.revoked_at is None:
            record_end(ctx, session, row, reason, now)
    raise SessionInvalid()


def staff_logout(ctx: ServiceContext, token: str, reason: str = "logout") -> None:
    """Idempotent, like the seekers' logout."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row = session.scalar(select(StaffSession).where(StaffSession.token_hash == token_digest(token)))
        if row is None or row.revoked_at is not None:
            return
        row.revoked_at = now
        row.revoke_reason = reason[:20]
        audit.record(session, at=now, action="staff_logout", result=reason[:20], terminal=ctx.terminal,
                     actor_type="staff", actor_id=row.staff_id, target_type="staff", target_id=row.staff_id)


def revoke_stale_staff_sessions(ctx: ServiceContext, terminal: str | None = None) -> int:
    """At the console's start-up: staff sessions this PC left open are revoked (S3)."""
    return revoke_stale(ctx, StaffSession, terminal)
