"""Login, sessions and logout (SECURITY C2, L1, E1, E2, S1, S4)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from mypage_desktop.db.models import AuthSession, LoginAccount, LoginThrottle
from mypage_desktop.domain.dto import LoginResult, SeekerProfile
from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.domain.login import wait_after_failures
from mypage_desktop.domain.password import normalize_password
from mypage_desktop.domain.text import nfkc

from . import audit
from .context import ServiceContext
from .seekers import profile_of

LOGIN_FAILED = "login.failed"
SESSION_HOURS_PERSONAL = 12
SESSION_HOURS_KIOSK = 4


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
        throttle = session.get(LoginThrottle, digest)
        wait = 0
        if throttle is not None and throttle.last_failure_at is not None:
            if throttle.locked_until is not None and throttle.locked_until > now:
                wait = int((throttle.locked_until - now).total_seconds()) + 1
            elif throttle.locked_until is None:
                ready_at = throttle.last_failure_at + wait_after_failures(throttle.failures)
                wait = max(0, int((ready_at - now).total_seconds() + 0.999))
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


def _record_failure(ctx: ServiceContext, digest: str, account_id: int | None) -> LoginResult:
    settings = ctx.settings
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        throttle = session.get(LoginThrottle, digest)
        if throttle is not None and throttle.locked_until is not None and throttle.locked_until <= now:
            session.delete(throttle)  # the lock has run out: count afresh
            session.flush()
        insert = pg_insert if session.bind is not None and session.bind.dialect.name == "postgresql" \
            else sqlite_insert
        statement = insert(LoginThrottle).values(email_digest=digest, failures=1, last_failure_at=now)
        session.execute(statement.on_conflict_do_update(
            index_elements=[LoginThrottle.email_digest],
            set_={"failures": LoginThrottle.failures + 1, "last_failure_at": now},
        ))
        throttle = session.get_one(LoginThrottle, digest, populate_existing=True)
        locked = throttle.failures >= settings.login_lock_failures
        if locked:
            throttle.locked_until = now + timedelta(minutes=settings.login_lock_minutes)
            wait = settings.login_lock_minutes * 60
        else:
            wait = int(wait_after_failures(throttle.failures).total_seconds())
        audit.record(session, at=now, action="account_locked" if locked else "login_failed",
                     result="failed", terminal=ctx.terminal,
                     target_type="account" if account_id else None, target_id=account_id)
    return LoginResult(None, None, LOGIN_FAILED, wait)


def _start_session(ctx: ServiceContext, digest: str, account_id: int, new_hash: str | None) -> LoginResult:
    token = secrets.token_urlsafe(16)  # 128 bits from the OS CSPRNG
    hours = SESSION_HOURS_KIOSK if ctx.settings.kiosk_mode else SESSION_HOURS_PERSONAL
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
        session.add(AuthSession(token_hash=token_digest(token), account_id=account_id, terminal=ctx.terminal,
                                created_at=now, last_seen_at=now, expires_at=now + timedelta(hours=hours)))
        audit.record(session, at=now, action="login", result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account_id, target_type="account", target_id=account_id)
        profile = profile_of(session, account)
    return LoginResult(token, profile)


def require_session(session: Session, token: str, now: datetime) -> AuthSession:
    """The live session for ``token``, or :class:`SessionInvalid`. Every seeker call uses it."""
    row = session.scalar(select(AuthSession).where(AuthSession.token_hash == token_digest(token)))
    if row is None or row.revoked_at is not None or row.expires_at <= now:
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
