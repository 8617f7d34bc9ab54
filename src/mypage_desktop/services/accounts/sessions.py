"""Seeker session activity, status and clean-up (docs/security.md S2, S3, S4).

:func:`.login.require_session` only *validates* (every call, including background ones);
:func:`touch` records *user activity* and is the only thing that moves the idle clock, so a
polling timer or a background refresh never keeps an abandoned kiosk session alive.
:func:`session_status` is the UI's periodic check: it never extends the session and tells
why a session ended (a login elsewhere, idle, a password reset …).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import AuthSession
from mypage_desktop.db.staff_models import StaffSession
from mypage_desktop.domain.account_dto import SessionStatus
from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.domain.session_policy import END_EXPIRED, END_IDLE, END_UNKNOWN, seconds_until
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.login import session_end_reason, token_digest
from mypage_desktop.services.context import ServiceContext

# Reasons that have their own text (domain.messages ``session.<reason>``).
KNOWN_REASONS = frozenset({
    "logout", "superseded", END_IDLE, END_EXPIRED, "password_reset", "password_changed", "email_changed",
    "staff_revoked", "locked", "stale",
})
ENDED = SessionStatus(False, END_UNKNOWN, "session.ended", 0, 0, 0)
S = TypeVar("S", AuthSession, StaffSession)


def message_code(reason: str) -> str:
    return f"session.{reason}" if reason in KNOWN_REASONS else "session.ended"


def status_of(*, reason: str | None, last_activity_at: datetime, idle_seconds: int, expires_at: datetime,
              now: datetime) -> SessionStatus:
    if reason is not None:
        return SessionStatus(False, reason, message_code(reason), idle_seconds, 0, 0)
    return SessionStatus(
        active=True,
        end_reason=None,
        message_code=None,
        idle_timeout_seconds=idle_seconds,
        idle_seconds_left=seconds_until(last_activity_at + timedelta(seconds=idle_seconds), now),
        absolute_seconds_left=seconds_until(expires_at, now),
    )


def _find(session: Session, token: str) -> AuthSession | None:
    return session.scalar(select(AuthSession).where(AuthSession.token_hash == token_digest(token)))


def _owner(row: AuthSession | StaffSession) -> tuple[str, str, int]:
    """(actor type, target type, id) of the session's owner, for the audit row."""
    if isinstance(row, StaffSession):
        return "staff", "staff", row.staff_id
    return "seeker", "account", row.account_id


def record_end(ctx: ServiceContext, session: Session, row: AuthSession | StaffSession, reason: str,
               now: datetime) -> None:
    """An idle or expired session found by a check is revoked there and then, so the row and
    the audit log say when and why it ended (seeker and staff sessions alike)."""
    row.revoked_at = now
    row.revoke_reason = reason
    actor_type, target_type, owner = _owner(row)
    audit.record(session, at=now, action="session_ended", result=reason, terminal=ctx.terminal,
                 actor_type=actor_type, actor_id=owner, target_type=target_type, target_id=owner)


def session_status(ctx: ServiceContext, token: str) -> SessionStatus:
    """For the UI's check every few seconds (S4: a login elsewhere ends this one; S2: the
    idle limit). Never raises SessionInvalid and never extends the session."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        found = _find(session, token)
        if found is None:
            return ENDED
        row = found
        reason = session_end_reason(row, now)
        if reason in (END_IDLE, END_EXPIRED) and row.revoked_at is None:
            record_end(ctx, session, row, reason, now)
        return status_of(reason=reason, last_activity_at=row.last_activity_at,
                         idle_seconds=row.idle_seconds, expires_at=row.expires_at, now=now)


def touch(ctx: ServiceContext, token: str) -> SessionStatus:
    """The user did something (a key press, a click): the idle clock starts again. A session
    that is already over stays over (SessionInvalid): activity cannot revive it."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        found = _find(session, token)
        reason = END_UNKNOWN if found is None else session_end_reason(found, now)
        if found is not None and reason is None:
            found.last_activity_at = now
            return status_of(reason=None, last_activity_at=now, idle_seconds=found.idle_seconds,
                             expires_at=found.expires_at, now=now)
        if found is not None and reason in (END_IDLE, END_EXPIRED) and found.revoked_at is None:
            record_end(ctx, session, found, reason, now)
    raise SessionInvalid()


def revoke_account_sessions(session: Session, account_id: int, now: datetime, reason: str,
                            *, keep_session_id: int | None = None) -> int:
    """Ends every live session of the account (but ``keep_session_id``) inside the caller's
    transaction: after a reset, a password or email change, or a staff action (S4, C6). The
    caller's audit row records the event; returns how many sessions ended."""
    query = update(AuthSession).where(AuthSession.account_id == account_id, AuthSession.revoked_at.is_(None))
    if keep_session_id is not None:
        query = query.where(AuthSession.id != keep_session_id)
    result = session.execute(query.values(revoked_at=now, revoke_reason=reason))
    assert isinstance(result, CursorResult)
    return result.rowcount


def revoke_stale(ctx: ServiceContext, model: type[S], terminal: str | None = None) -> int:
    """At start-up: sessions this PC left open (a crash, kill -9, power loss) are revoked
    before anyone sits down (S3). Returns how many."""
    place = ctx.terminal if terminal is None else terminal
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        stale = list(session.scalars(
            select(model).where(model.terminal == place, model.revoked_at.is_(None)).with_for_update()))
        for row in stale:
            row.revoked_at = now
            row.revoke_reason = "stale"
            _actor_type, target_type, owner = _owner(row)
            audit.record(session, at=now, action="sessions_revoked_stale", result="stale", terminal=ctx.terminal,
                         target_type=target_type, target_id=owner)
        return len(stale)


def revoke_stale_sessions(ctx: ServiceContext, terminal: str | None = None) -> int:
    """The seeker sessions this PC left open (S3)."""
    return revoke_stale(ctx, AuthSession, terminal)
