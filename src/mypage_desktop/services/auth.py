"""Login, sessions and logout (SECURITY C2, L1, E1, E2, S1, S2, S4).

The failure counters (:func:`throttle_wait`, :func:`count_failure`) are shared with the staff
sign-in (:mod:`.staff_auth`); session activity, status and clean-up live in :mod:`.sessions`."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import InstrumentedAttribute, Session

from mypage_desktop.config import Settings
from mypage_desktop.db.models import AuthSession, LoginAccount, LoginThrottle
from mypage_desktop.db.security_models import SessionActivity, StaffLoginThrottle
from mypage_desktop.domain.caller import Caller
from mypage_desktop.domain.dto import LoginResult, SeekerProfile
from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.domain.login import wait_after_failures
from mypage_desktop.domain.password import normalize_password
from mypage_desktop.domain.session_policy import SessionLimits, end_reason
from mypage_desktop.domain.text import nfkc

from . import audit
from .context import ServiceContext
from .seekers import profile_of

LOGIN_FAILED = "login.failed"
Throttle = LoginThrottle | StaffLoginThrottle
T = TypeVar("T", LoginThrottle, StaffLoginThrottle)


def seeker_session_limits(settings: Settings, caller: Caller) -> SessionLimits:
    """A shared PC (kiosk, counter): 5 min idle, 4 h in all; own PC: 15 min, 12 h (SECURITY
    S2, configurable). The calling device's kind decides, never the serving process."""
    if caller.shared:
        return SessionLimits(timedelta(minutes=settings.idle_minutes_kiosk),
                             timedelta(hours=settings.session_hours_kiosk))
    return SessionLimits(timedelta(minutes=settings.idle_minutes_personal),
                         timedelta(hours=settings.session_hours_personal))


def email_digest(email: str) -> str:
    return hashlib.sha256(nfkc(email).strip().lower().encode()).hexdigest()


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class _Attempt:
    account_id: int | None
    password_hash: str | None
    wait_seconds: int


def _load_attempt(ctx: ServiceContext, digest: str, address: str) -> _Attempt:
    with ctx.session_factory() as session:
        now = ctx.clock()
        wait = throttle_wait(session.get(LoginThrottle, digest), now)
        account = session.scalar(select(LoginAccount).where(LoginAccount.email == address))
        usable = account is not None and account.opened_at is not None and not account.disabled
        return _Attempt(account.id if account and usable else None,
                        account.password_hash if account and usable else None, wait)


def login(ctx: ServiceContext, email: str, password: str) -> LoginResult:
    address = nfkc(email).strip().lower()
    digest = email_digest(email)
    attempt = _load_attempt(ctx, digest, address)
    secret = normalize_password(password)
    if attempt.wait_seconds > 0:
        # Still verified against the dummy so that waiting, locked, unknown and wrong all
        # take the same time (SECURITY E2); the outcome does not depend on it.
        ctx.hasher.verify(None, secret)
        return LoginResult(None, None, LOGIN_FAILED, attempt.wait_seconds)
    if not ctx.hasher.verify(attempt.password_hash, secret) or attempt.account_id is None:
        return _record_failure(ctx, digest, attempt.account_id)
    new_hash = ctx.hasher.hash(secret) if ctx.hasher.needs_rehash(attempt.password_hash or "") else None
    return _start_session(ctx, digest, attempt.account_id, new_hash)


def throttle_wait(throttle: Throttle | None, now: datetime) -> int:
    """Seconds before the next attempt may be checked: the lock, or from the 3rd failure a
    growing wait (SECURITY L1). 0 when it may be checked now."""
    if throttle is None or throttle.last_failure_at is None:
        return 0
    if throttle.locked_until is not None:
        return int((throttle.locked_until - now).total_seconds()) + 1 if throttle.locked_until > now else 0
    ready_at = throttle.last_failure_at + wait_after_failures(throttle.failures)
    return max(0, int((ready_at - now).total_seconds() + 0.999))


def count_failure(session: Session, model: type[T], key_column: InstrumentedAttribute[str], key: str,
                  now: datetime, settings: Settings) -> tuple[bool, int]:
    """One more failure for ``key``: an upsert, so PCs racing on one account all count. Returns
    whether this failure locked the account and the wait to show."""
    throttle = session.get(model, key)
    if throttle is not None and throttle.locked_until is not None and throttle.locked_until <= now:
        session.delete(throttle)  # the lock has run out: count afresh
        session.flush()
    insert = pg_insert if session.bind is not None and session.bind.dialect.name == "postgresql" \
        else sqlite_insert
    statement = insert(model).values({key_column.key: key, "failures": 1, "last_failure_at": now})
    session.execute(statement.on_conflict_do_update(
        index_elements=[key_column],
        set_={"failures": model.failures + 1, "last_failure_at": now},
    ))
    throttle = session.get_one(model, key, populate_existing=True)
    if throttle.failures >= settings.login_lock_failures:
        throttle.locked_until = now + timedelta(minutes=settings.login_lock_minutes)
        return True, settings.login_lock_minutes * 60
    return False, int(wait_after_failures(throttle.failures).total_seconds())


def clear_login_throttle(session: Session, email: str) -> bool:
    """Unlocks the seeker login for ``email`` (a success, a reset, staff); True if it was set."""
    throttle = session.get(LoginThrottle, email_digest(email))
    if throttle is None:
        return False
    session.delete(throttle)
    return True


def _record_failure(ctx: ServiceContext, digest: str, account_id: int | None) -> LoginResult:
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        locked, wait = count_failure(session, LoginThrottle, LoginThrottle.email_digest, digest, now, ctx.settings)
        audit.record(session, at=now, action="account_locked" if locked else "login_failed",
                     result="failed", terminal=ctx.terminal,
                     target_type="account" if account_id else None, target_id=account_id)
    return LoginResult(None, None, LOGIN_FAILED, wait)


def _start_session(ctx: ServiceContext, digest: str, account_id: int, new_hash: str | None) -> LoginResult:
    token = secrets.token_urlsafe(16)  # 128 bits from the OS CSPRNG
    limits = seeker_session_limits(ctx.settings, ctx.caller)
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        account = session.get_one(LoginAccount, account_id)
        if new_hash is not None:
            account.password_hash = new_hash  # C2: upgraded in the same transaction
        throttle = session.get(LoginThrottle, digest)
        if throttle is not None:
            session.delete(throttle)
        # One session per account (S4): a login elsewhere ends the old one.
        session.execute(
            update(AuthSession)
            .where(AuthSession.account_id == account_id, AuthSession.revoked_at.is_(None))
            .values(revoked_at=now, revoke_reason="superseded")
        )
        row = AuthSession(token_hash=token_digest(token), account_id=account_id, terminal=ctx.terminal,
                          created_at=now, last_seen_at=now, expires_at=now + limits.absolute)
        session.add(row)
        session.flush()
        session.add(SessionActivity(session_id=row.id, idle_seconds=int(limits.idle.total_seconds()),
                                    last_activity_at=now))
        audit.record(session, at=now, action="login", result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account_id, target_type="account", target_id=account_id)
        profile = profile_of(session, account)
    return LoginResult(token, profile)


def session_end_reason(row: AuthSession, activity: SessionActivity, now: datetime) -> str | None:
    return end_reason(revoked_at=row.revoked_at, revoke_reason=row.revoke_reason, expires_at=row.expires_at,
                      last_activity_at=activity.last_activity_at, idle=timedelta(seconds=activity.idle_seconds),
                      now=now)


def require_session(session: Session, token: str, now: datetime) -> AuthSession:
    """The live session for ``token``, or :class:`SessionInvalid`. Every seeker call uses it.
    Revoked, past the absolute limit and idle too long (S2) are refused alike. Validating is
    not activity: only :func:`.sessions.touch` (user input) moves the idle clock;
    ``last_seen_at`` records the last call."""
    found = session.execute(
        select(AuthSession, SessionActivity)
        .join(SessionActivity, SessionActivity.session_id == AuthSession.id)
        .where(AuthSession.token_hash == token_digest(token))
    ).first()
    if found is None or session_end_reason(found[0], found[1], now) is not None:
        raise SessionInvalid()
    row = found[0]
    row.last_seen_at = now
    return row


def session_seeker(session: Session, token: str, now: datetime) -> int:
    """The seeker id the session belongs to: every seeker-data query is filtered by it (A2)."""
    auth = require_session(session, token, now)
    seeker_id = session.scalar(select(LoginAccount.seeker_id).where(LoginAccount.id == auth.account_id))
    if seeker_id is None:
        raise SessionInvalid()
    return seeker_id


def my_profile(ctx: ServiceContext, token: str) -> SeekerProfile:
    with ctx.session_factory.begin() as session:
        auth = require_session(session, token, ctx.clock())
        return profile_of(session, session.get_one(LoginAccount, auth.account_id))


def logout(ctx: ServiceContext, token: str, reason: str = "logout") -> None:
    """Revokes the session row; idempotent, so every path to the end of a session can call it."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row = session.scalar(select(AuthSession).where(AuthSession.token_hash == token_digest(token)))
        if row is None or row.revoked_at is not None:
            return
        row.revoked_at = now
        row.revoke_reason = reason
        audit.record(session, at=now, action="logout", result=reason, terminal=ctx.terminal,
                     actor_type="seeker", actor_id=row.account_id, target_type="account",
                     target_id=row.account_id)
