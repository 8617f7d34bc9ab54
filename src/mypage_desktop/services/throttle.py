"""Security counters that concurrency cannot exceed (docs/security.md L1, E2; issue 10, N5).

Every password check against a failure counter (seeker login and パスワード変更, staff
sign-in, re-authentication and password change) takes three steps:

1. :func:`reserve`, in its own short write transaction: the counter row is created if
   missing (``INSERT … ON CONFLICT DO NOTHING``) and locked (``SELECT … FOR UPDATE`` on
   PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` already serialises writers). While the account is
   locked, waiting or blocked the attempt is refused; otherwise it is counted as a failure
   *before* the password is verified, so N parallel attempts from N PCs or worker processes
   get at most as many real checks as the counter allows.
2. The caller verifies outside any transaction (argon2 takes tens of milliseconds): the
   stored hash if the attempt was granted, the dummy hash if it was refused, so every path
   costs the same (E2). A failure needs nothing more: it was counted in step 1.
3. :func:`confirm_success`, in the transaction that acts on the success: the row is locked
   again; a lock or block that *other* attempts committed while this one was being verified
   makes the success fail. Otherwise the counters are cleared.

Two counts: ``failures`` (towards the timed lock, ``login_lock_failures`` within one round;
a new round starts when the lock runs out) and ``consecutive_failures`` (since the last
success, password reset or staff unlock; never reset by time). At ``login_failure_cap``
consecutive failures the key is blocked (``blocked_at``) until staff unlock it or the
password is reset: a guesser cannot go on at ten tries per quarter hour for ever. Both are
kept per digest of what was typed, for unknown addresses too, so nothing is enumerable.

The per-address and per-PC key-request limits count rows written by earlier requests;
:func:`serialize` makes concurrent requests for one scope take turns.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from mypage_desktop.config import Settings
from mypage_desktop.db.account_models import LoginThrottle
from mypage_desktop.db.staff_models import StaffLoginThrottle
from mypage_desktop.domain.login import wait_after_failures

Counter = LoginThrottle | StaffLoginThrottle
C = TypeVar("C", LoginThrottle, StaffLoginThrottle)


@dataclass(frozen=True)
class Reservation:
    """The outcome of :func:`reserve` (or a refused :func:`confirm_success`).

    ``granted``: verify for real; refused attempts are verified against the dummy only.
    ``wait_seconds``: refused: until the next attempt may be checked; granted: the wait to
    show should this attempt fail. ``blocked``: the key is (refused) or will be, should this
    attempt fail (granted), blocked until staff or a reset. ``locks``: granted, and a failure
    of this attempt locks or blocks the account. ``consecutive``: the count after this
    reservation, by which :func:`confirm_success` recognises failures counted since."""

    granted: bool
    wait_seconds: int
    blocked: bool = False
    locks: bool = False
    consecutive: int = 0


def throttle_wait(row: Counter | None, now: datetime) -> int:
    """Seconds before the next attempt may be checked: the timed lock, or from the 3rd
    failure a growing wait. 0 when it may be checked now (a block is separate: ``blocked_at``)."""
    if row is None or row.last_failure_at is None:
        return 0
    if row.locked_until is not None:
        return int((row.locked_until - now).total_seconds()) + 1 if row.locked_until > now else 0
    delay = wait_after_failures(row.failures)
    if not delay:  # no wait yet, even if another PC's clock put the last failure ahead of ours
        return 0
    return max(0, int((row.last_failure_at + delay - now).total_seconds() + 0.999))


def is_locked(row: Counter | None, now: datetime) -> bool:
    """Locked by time or blocked at the cap (what staff see and unlock)."""
    return row is not None and (row.blocked_at is not None
                                or (row.locked_until is not None and row.locked_until > now))


def _key_column(model: type[C]) -> str:
    return str(inspect(model).primary_key[0].key)


def _locked_row(session: Session, model: type[C], key: str) -> C | None:
    return session.get(model, key, with_for_update=True, populate_existing=True)


def reserve(session: Session, model: type[C], key: str, now: datetime, settings: Settings) -> Reservation:
    """Step 1: refuse, or count this attempt as a failure before its secret is verified."""
    column = _key_column(model)
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(model).values({column: key, "failures": 0, "consecutive_failures": 0})
                    .on_conflict_do_nothing(index_elements=[column]))
    row = _locked_row(session, model, key)
    assert row is not None  # inserted above or already there, and never deleted while locked
    if row.locked_until is not None and row.locked_until <= now:
        row.failures, row.locked_until = 0, None  # the lock ran out: a new round (the streak stays)
    if row.blocked_at is None and row.consecutive_failures >= settings.login_failure_cap:
        row.blocked_at = now  # the cap was lowered since these failures were counted
    if row.blocked_at is not None:
        return Reservation(False, 0, blocked=True, consecutive=row.consecutive_failures)
    wait = throttle_wait(row, now)
    if wait > 0:
        return Reservation(False, wait, consecutive=row.consecutive_failures)
    row.failures += 1
    row.consecutive_failures += 1
    row.last_failure_at = now
    if row.consecutive_failures >= settings.login_failure_cap:
        row.blocked_at = now
        return Reservation(True, 0, blocked=True, locks=True, consecutive=row.consecutive_failures)
    if row.failures >= settings.login_lock_failures:
        row.locked_until = now + timedelta(minutes=settings.login_lock_minutes)
        return Reservation(True, settings.login_lock_minutes * 60, locks=True,
                           consecutive=row.consecutive_failures)
    return Reservation(True, int(wait_after_failures(row.failures).total_seconds()),
                       consecutive=row.consecutive_failures)


def confirm_success(session: Session, model: type[C], key: str, reservation: Reservation,
                    now: datetime) -> Reservation | None:
    """Step 3, for a granted attempt whose secret was right: None when the success stands
    (the counters are then cleared), else the refusal to report. A lock or block that this
    attempt's own reservation set does not stand in its way; one that failures counted
    since then set does."""
    row = _locked_row(session, model, key)
    if row is None:
        return None  # cleared meanwhile (another success, a reset, staff)
    if row.consecutive_failures != reservation.consecutive:
        if row.blocked_at is not None:
            return Reservation(False, 0, blocked=True, consecutive=row.consecutive_failures)
        if row.locked_until is not None and row.locked_until > now:
            return Reservation(False, throttle_wait(row, now), consecutive=row.consecutive_failures)
    session.delete(row)
    return None


def clear(session: Session, model: type[C], key: str) -> bool:
    """Removes every count of ``key`` (a password reset, staff); True if there were any."""
    row = _locked_row(session, model, key)
    if row is None:
        return False
    session.delete(row)
    return True


def serialize(session: Session, scope: str, key: str) -> None:
    """Until this transaction ends, other transactions calling this with the same scope and
    key wait here, so a count made after it sees every row they wrote (PostgreSQL: a
    transaction-level advisory lock; under READ COMMITTED each later statement reads what
    they committed). SQLite's ``BEGIN IMMEDIATE`` already runs one writer at a time."""
    if session.get_bind().dialect.name != "postgresql":
        return
    digest = hashlib.sha256(f"{scope}\0{key}".encode()).digest()
    session.execute(select(func.pg_advisory_xact_lock(int.from_bytes(digest[:8], "big", signed=True))))
