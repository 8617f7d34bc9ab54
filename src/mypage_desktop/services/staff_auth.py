"""Staff sign-in, staff sessions and re-authentication (SECURITY A1, A3, E1, E2, L1, S1–S4).

Staff sessions live in their own table: a seeker token is never found here and a staff
token is never found among seeker sessions, so neither opens the other's calls. The
lockout works like the seekers' (its own counters, same settings); an unknown 職員ID is
checked against the dummy hash and counted like a real one.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.models import StaffAccount
from mypage_desktop.db.security_models import StaffLoginThrottle, StaffSession
from mypage_desktop.domain.errors import FieldError, NotPermitted, SessionInvalid, ValidationFailed
from mypage_desktop.domain.password import PersonalData, normalize_password, password_errors
from mypage_desktop.domain.security_dto import (
    ROLE_ADMIN,
    PasswordChangeRequired,
    ReauthRequired,
    SessionStatus,
    StaffLoginResult,
    StaffProfile,
)
from mypage_desktop.domain.session_policy import END_EXPIRED, END_IDLE, END_UNKNOWN, end_reason
from mypage_desktop.domain.text import nfkc

from . import audit
from .auth import count_failure, throttle_wait, token_digest
from .context import ServiceContext
from .sessions import ENDED, record_end, revoke_stale, status_of

STAFF_LOGIN_FAILED = "staff.login_failed"
CURRENT_FIELD = "current_password"


def login_digest(login_id: str) -> str:
    return hashlib.sha256(("staff:" + nfkc(login_id).strip().lower()).encode()).hexdigest()


def _profile(staff: StaffAccount) -> StaffProfile:
    return StaffProfile(staff.id, staff.login_id, staff.display_name, staff.role, staff.must_change_password)


@dataclass(frozen=True)
class _Attempt:
    staff_id: int | None
    password_hash: str | None
    wait_seconds: int


def _load_attempt(ctx: ServiceContext, digest: str, login_id: str) -> _Attempt:
    with ctx.session_factory() as session:
        now = ctx.clock()
        wait = throttle_wait(session.get(StaffLoginThrottle, digest), now)
        staff = session.scalar(select(StaffAccount).where(StaffAccount.login_id == login_id))
        if staff is None or staff.disabled:
            return _Attempt(None, None, wait)
        return _Attempt(staff.id, staff.password_hash, wait)


def staff_login(ctx: ServiceContext, login_id: str, password: str) -> StaffLoginResult:
    """One generic failure for an unknown id, a wrong password, a disabled or locked account
    (E1), with the same argon2 work on every path (E2)."""
    normalized = nfkc(login_id).strip().lower()
    digest = login_digest(login_id)
    attempt = _load_attempt(ctx, digest, normalized)
    secret = normalize_password(password)
    if attempt.wait_seconds > 0:
        ctx.hasher.verify(None, secret)
        return StaffLoginResult(None, None, STAFF_LOGIN_FAILED, attempt.wait_seconds)
    if not ctx.hasher.verify(attempt.password_hash, secret) or attempt.staff_id is None:
        with ctx.session_factory.begin() as session:
            now = ctx.clock()
            _locked, wait = _count_failure(ctx, session, digest, attempt.staff_id, now, "staff_login_failed")
        return StaffLoginResult(None, None, STAFF_LOGIN_FAILED, wait)
    new_hash = ctx.hasher.hash(secret) if ctx.hasher.needs_rehash(attempt.password_hash or "") else None
    token = secrets.token_urlsafe(16)  # 128 bits from the OS CSPRNG
    settings = ctx.settings
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        staff = session.get_one(StaffAccount, attempt.staff_id)
        if new_hash is not None:
            staff.password_hash = new_hash  # C2
        throttle = session.get(StaffLoginThrottle, digest)
        if throttle is not None:
            session.delete(throttle)
        _revoke_staff_sessions(session, staff.id, now, "superseded")  # one session per account (S4)
        session.add(StaffSession(
            token_hash=token_digest(token), staff_id=staff.id, terminal=ctx.terminal, created_at=now,
            last_activity_at=now, idle_seconds=settings.staff_idle_minutes * 60,
            expires_at=now + timedelta(hours=settings.staff_session_hours)))
        audit.record(session, at=now, action="staff_login", result="ok", terminal=ctx.terminal,
                     actor_type="staff", actor_id=staff.id, target_type="staff", target_id=staff.id)
        return StaffLoginResult(token, _profile(staff))


def _count_failure(ctx: ServiceContext, session: Session, digest: str, staff_id: int | None, now: datetime,
                   action: str) -> tuple[bool, int]:
    """A failed sign-in (anonymous actor), re-authentication or password change (the signed-in
    staff member); the lock also ends the account's sessions."""
    locked, wait = count_failure(session, StaffLoginThrottle, StaffLoginThrottle.login_digest, digest, now,
                                 ctx.settings)
    if locked and staff_id is not None:
        _revoke_staff_sessions(session, staff_id, now, "locked")
    signed_in = action != "staff_login_failed"
    audit.record(session, at=now, action="staff_locked" if locked else action, result="failed",
                 terminal=ctx.terminal, actor_type="staff" if signed_in else "anonymous",
                 actor_id=staff_id if signed_in else None,
                 target_type="staff" if staff_id else None, target_id=staff_id)
    return locked, wait


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
        wait = throttle_wait(session.get(StaffLoginThrottle, digest), now)
        stored = staff.password_hash
    secret = normalize_password(password)
    if wait > 0:
        ctx.hasher.verify(None, secret)
        raise ValidationFailed([FieldError("password", "password.current_wait", {"seconds": wait})])
    if not ctx.hasher.verify(stored, secret):
        _refuse_wrong_password(ctx, digest, actor.staff_id, "staff_reauth_failed", "staff.reauth_failed")
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        require_staff(session, token, now)
        row = session.get_one(StaffSession, actor.session_id)
        row.reauth_at = now
        row.last_activity_at = now  # typing the password is user input
        throttle = session.get(StaffLoginThrottle, digest)
        if throttle is not None:
            session.delete(throttle)
        audit.record(session, at=now, action="staff_reauth", result="ok", terminal=ctx.terminal,
                     actor_type="staff", actor_id=actor.staff_id, target_type="staff", target_id=actor.staff_id)


def _refuse_wrong_password(ctx: ServiceContext, digest: str, staff_id: int, action: str, code: str) -> NoReturn:
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        locked, _wait = _count_failure(ctx, session, digest, staff_id, now, action)
    if locked:
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
        now = ctx.clock()
        actor = require_staff(session, token, now, password_change=True)
        staff = session.get_one(StaffAccount, actor.staff_id)
        digest, stored, login_id = login_digest(staff.login_id), staff.password_hash, staff.login_id
        wait = throttle_wait(session.get(StaffLoginThrottle, digest), now)
    problems = password_errors(new_password, new_password_confirm, personal=PersonalData(email=login_id),
                               is_common=ctx.is_common_password)
    if problems:
        raise ValidationFailed(problems)
    secret = normalize_password(current_password)
    if wait > 0:
        ctx.hasher.verify(None, secret)
        raise ValidationFailed([FieldError(CURRENT_FIELD, "password.current_wait", {"seconds": wait})])
    if not ctx.hasher.verify(stored, secret):
        _refuse_wrong_password(ctx, digest, actor.staff_id, "staff_password_change_failed", "password.current_wrong")
    if normalize_password(new_password) == secret:
        raise ValidationFailed([FieldError("password", "password.same_as_current")])
    new_hash = ctx.hasher.hash(normalize_password(new_password))
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now, password_change=True)
        staff = session.get_one(StaffAccount, actor.staff_id)
        if staff.password_hash != stored:
            raise ValidationFailed([FieldError(CURRENT_FIELD, "password.current_wrong")])
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
