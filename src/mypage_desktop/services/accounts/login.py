"""Login, sessions and logout (docs/security.md C2, L1, E1, E2, S1, S2, S4; N5).

Every attempt is reserved against the address's counters before the password is verified
(:mod:`mypage_desktop.services.throttle`); session activity, status and clean-up live in :mod:`.sessions`."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mypage_desktop.config import Settings
from mypage_desktop.db.account_models import AuthSession, LoginAccount, LoginThrottle
from mypage_desktop.domain.account_dto import LoginResult, SeekerProfile
from mypage_desktop.domain.caller import Caller
from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.domain.password import normalize_password
from mypage_desktop.domain.session_policy import SessionLimits, end_reason
from mypage_desktop.domain.text import nfkc
from mypage_desktop.services import audit, throttle
from mypage_desktop.services.accounts.seeker_registration import profile_of
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.throttle import Reservation

LOGIN_FAILED = "login.failed"
# Consecutive failures reached login_failure_cap: only a password reset or staff unlock help.
# The same for unknown addresses (their counters work alike), so it reveals nothing (E1).
LOGIN_BLOCKED = "login.blocked"


def seeker_session_limits(settings: Settings, caller: Caller) -> SessionLimits:
    """A shared PC (kiosk, counter): 5 min idle, 4 h in all; own PC: 15 min, 12 h (docs/security.md
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
    reservation: Reservation


def _reserve_attempt(ctx: ServiceContext, digest: str, address: str) -> _Attempt:
    """Counts the attempt before anything is verified (N5); the same statements whether or
    not the address is known (E2)."""
    with ctx.session_factory.begin() as session:
        reservation = throttle.reserve(session, LoginThrottle, digest, ctx.clock(), ctx.settings)
        account = session.scalar(select(LoginAccount).where(LoginAccount.email == address))
        usable = account is not None and account.opened_at is not None and not account.disabled
        return _Attempt(account.id if account and usable else None,
                        account.password_hash if account and usable else None, reservation)


def login(ctx: ServiceContext, email: str, password: str) -> LoginResult:
    address = nfkc(email).strip().lower()
    digest = email_digest(email)
    attempt = _reserve_attempt(ctx, digest, address)
    secret = normalize_password(password)
    if not attempt.reservation.granted:
        # Still verified against the dummy so that waiting, locked, unknown and wrong all
        # take the same time (docs/security.md E2); the outcome does not depend on it.
        ctx.hasher.verify(None, secret)
        return failed_login(attempt.reservation)
    if not ctx.hasher.verify(attempt.password_hash, secret) or attempt.account_id is None:
        return _record_failure(ctx, attempt)
    new_hash = ctx.hasher.hash(secret) if ctx.hasher.needs_rehash(attempt.password_hash or "") else None
    return _start_session(ctx, digest, attempt, new_hash)


def failed_login(reservation: Reservation) -> LoginResult:
    if reservation.blocked:
        return LoginResult(None, None, LOGIN_BLOCKED, 0)
    return LoginResult(None, None, LOGIN_FAILED, reservation.wait_seconds)


def clear_login_throttle(session: Session, email: str) -> bool:
    """Unlocks the seeker login for ``email`` (a reset, a password change, staff): the timed
    lock and the consecutive failures alike; True if there were counts."""
    return throttle.clear(session, LoginThrottle, email_digest(email))


def _record_failure(ctx: ServiceContext, attempt: _Attempt) -> LoginResult:
    """The failure was counted by the reservation; this writes its audit row."""
    reservation = attempt.reservation
    with ctx.session_factory.begin() as session:
        audit.record(session, at=ctx.clock(), action="account_locked" if reservation.locks else "login_failed",
                     result="blocked" if reservation.blocked else "failed", terminal=ctx.terminal,
                     target_type="account" if attempt.account_id else None, target_id=attempt.account_id)
    return failed_login(reservation)


def _start_session(ctx: ServiceContext, digest: str, attempt: _Attempt, new_hash: str | None) -> LoginResult:
    token = secrets.token_urlsafe(16)  # 128 bits from the OS CSPRNG
    limits = seeker_session_limits(ctx.settings, ctx.caller)
    assert attempt.account_id is not None
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        account = session.get_one(LoginAccount, attempt.account_id)
        if account.password_hash != attempt.password_hash or account.disabled:
            refusal: Reservation | None = Reservation(False, attempt.reservation.wait_seconds)  # reset meanwhile
        else:
            refusal = throttle.confirm_success(session, LoginThrottle, digest, attempt.reservation, now)
        if refusal is not None:
            # Locked by others (or the password changed) while it was being verified: the
            # success does not count, and the reservation stays counted as a failure.
            audit.record(session, at=now, action="login_failed", result="locked", terminal=ctx.terminal,
                         target_type="account", target_id=account.id)
            return failed_login(refusal)
        if new_hash is not None:
            account.password_hash = new_hash  # C2: upgraded in the same transaction
        # One session per account (S4): a login elsewhere ends the old one.
        session.execute(
            update(AuthSession)
            .where(AuthSession.account_id == account.id, AuthSession.revoked_at.is_(None))
            .values(revoked_at=now, revoke_reason="superseded")
        )
        session.add(AuthSession(token_hash=token_digest(token), account_id=account.id, terminal=ctx.terminal,
                                created_at=now, last_seen_at=now, expires_at=now + limits.absolute,
                                idle_seconds=int(limits.idle.total_seconds()), last_activity_at=now))
        audit.record(session, at=now, action="login", result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account.id, target_type="account", target_id=account.id)
        profile = profile_of(session, account)
    return LoginResult(token, profile)


def session_end_reason(row: AuthSession, now: datetime) -> str | None:
    return end_reason(revoked_at=row.revoked_at, revoke_reason=row.revoke_reason, expires_at=row.expires_at,
                      last_activity_at=row.last_activity_at, idle=timedelta(seconds=row.idle_seconds),
                      now=now)


def require_session(session: Session, token: str, now: datetime) -> AuthSession:
    """The live session for ``token``, or :class:`SessionInvalid`. Every seeker call uses it.
    Revoked, past the absolute limit and idle too long (S2) are refused alike. Validating is
    not activity: only :func:`.sessions.touch` (user input) moves the idle clock;
    ``last_seen_at`` records the last call."""
    row = session.scalar(select(AuthSession).where(AuthSession.token_hash == token_digest(token)))
    if row is None or session_end_reason(row, now) is not None:
        raise SessionInvalid()
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
