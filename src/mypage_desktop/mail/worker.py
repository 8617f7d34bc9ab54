"""Delivering the transactional outbox.

Every row goes through three short transactions, none of them held open during network I/O:

1. **claim**: ``UPDATE … SET attempts = attempts + 1, next_attempt_at = now + lease WHERE id = ?
   AND attempts = <seen> AND sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now``.
   ``attempts`` changes on every claim, so it acts as a version number: when two workers
   (threads, processes or PCs sharing one database) saw the same row, exactly one UPDATE
   matches (``rowcount == 1``) on SQLite (``BEGIN IMMEDIATE`` serialises writers) and on
   PostgreSQL (READ COMMITTED re-checks the WHERE clause on the locked row, docs/security.md D4).
   The bumped ``next_attempt_at`` is a lease: a worker that crashes mid-send leaves the row
   to be retried once the lease expires, and the crash still counts as an attempt.
2. **send** through the transport, outside any transaction.
3. **finish**, conditional on ``attempts`` still being ours: on success ``sent_at`` is set and
   the body is purged (it carries the 認証キー, docs/security.md K2); a transient error schedules the
   next attempt with exponential backoff; a permanent error, or too many attempts, sets
   ``failed_at`` (and purges the body too: a key that was never delivered is useless).

On SQLite, a WAL checkpoint (TRUNCATE) follows every purge so the key's old page images do
not linger in the ``-wal`` file (``secure_delete=ON`` covers the main file).

Logs carry outbox ids, kinds and error codes only: never addresses, subjects' values or
bodies (docs/security.md P1). ``last_error`` holds the same short codes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final, cast

from sqlalchemy import Connection, CursorResult, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.engine import checkpoint_wal
from mypage_desktop.db.mail_models import MailOutbox
from mypage_desktop.mail.outbox import STATUS_FAILED, STATUS_RETRYING, STATUS_SENT
from mypage_desktop.mail.transport import (
    HeaderInjectionError,
    MailError,
    MailTransport,
    PermanentMailError,
    TransientMailError,
    build_message,
)

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

DEFAULT_MAX_ATTEMPTS: Final = 12
DEFAULT_BASE_DELAY: Final = timedelta(seconds=30)
DEFAULT_MAX_DELAY: Final = timedelta(hours=1)
# Much longer than one SMTP conversation (connect + TLS + AUTH + DATA, each with its timeout),
# so a slow send is never taken over by another PC while it is still in progress.
DEFAULT_LEASE: Final = timedelta(minutes=10)
DEFAULT_POLL_SECONDS: Final = 15.0
CHECKPOINT_BUSY_MS: Final = 200



def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class DeliveryReport:
    """What one :meth:`OutboxWorker.run_once` did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.retried + self.failed


def backoff_delay(attempts: int, base: timedelta = DEFAULT_BASE_DELAY, cap: timedelta = DEFAULT_MAX_DELAY) -> timedelta:
    """Wait after the ``attempts``-th failed attempt: 30 s, 60 s, 120 s, … capped at 1 h."""
    if attempts < 1:
        return timedelta(0)
    # Cap the exponent first: timedelta overflows long before a large shift does.
    exponent = min(attempts - 1, 32)
    return min(base * (1 << exponent), cap)


def _rowcount(result: Any) -> int:
    return int(cast(CursorResult[Any], result).rowcount)


def _pending() -> Any:
    return (MailOutbox.sent_at.is_(None)) & (MailOutbox.failed_at.is_(None))


@dataclass(frozen=True)
class _Claimed:
    id: int
    attempt: int
    recipient: str
    subject: str
    body: str
    kind: str
    created_at: datetime


class OutboxWorker:
    """Delivers due outbox rows. Use :meth:`run_once` directly (tests, ``mypage-admin outbox deliver``)
    or :meth:`start` a background daemon thread that the app :meth:`wake`-s after it
    commits a mail and :meth:`stop`-s on exit."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        transport: MailTransport,
        sender: str,
        clock: Clock = utc_now,
        *,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        base_delay: timedelta = DEFAULT_BASE_DELAY,
        max_delay: timedelta = DEFAULT_MAX_DELAY,
        lease: timedelta = DEFAULT_LEASE,
        poll_seconds: float = DEFAULT_POLL_SECONDS,
        checkpoint_after_purge: bool = True,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self._session_factory = session_factory
        self._transport = transport
        self._sender = sender
        self._clock = clock
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.lease = lease
        self.poll_seconds = poll_seconds
        self.checkpoint_after_purge = checkpoint_after_purge
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ one pass

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the worker's clock returned a naive datetime")
        return now.astimezone(UTC)

    def run_once(self, limit: int = 50) -> DeliveryReport:
        """Deliver up to ``limit`` due rows, each claimed and finished in its own transaction."""
        now = self._now()
        with self._session_factory.begin() as session:
            candidates = session.execute(
                select(MailOutbox.id, MailOutbox.attempts)
                .where(_pending(), MailOutbox.next_attempt_at <= now)
                .order_by(MailOutbox.next_attempt_at, MailOutbox.id)
                .limit(limit)
            ).all()
        sent = retried = failed = purged = 0
        for outbox_id, seen_attempts in candidates:
            if self._stop.is_set():
                break
            claimed = self._claim(outbox_id, seen_attempts)
            if claimed is None:
                continue  # another worker has it
            outcome = self._deliver(claimed)
            if outcome == STATUS_SENT:
                sent += 1
                purged += 1
            elif outcome == STATUS_FAILED:
                failed += 1
                purged += 1
            elif outcome == STATUS_RETRYING:
                retried += 1
        if purged and self.checkpoint_after_purge:
            self.checkpoint()
        return DeliveryReport(sent=sent, retried=retried, failed=failed)

    def _claim(self, outbox_id: int, seen_attempts: int) -> _Claimed | None:
        now = self._now()
        with self._session_factory.begin() as session:
            result = session.execute(
                update(MailOutbox)
                .where(
                    MailOutbox.id == outbox_id,
                    MailOutbox.attempts == seen_attempts,
                    _pending(),
                    MailOutbox.next_attempt_at <= now,
                )
                .values(attempts=seen_attempts + 1, next_attempt_at=now + self.lease)
                .execution_options(synchronize_session=False)
            )
            if _rowcount(result) != 1:
                log.debug("outbox %d: claimed by another worker", outbox_id)
                return None
            row = session.execute(
                select(
                    MailOutbox.recipient,
                    MailOutbox.subject,
                    MailOutbox.body,
                    MailOutbox.kind,
                    MailOutbox.created_at,
                ).where(MailOutbox.id == outbox_id)
            ).one()
        return _Claimed(
            id=outbox_id,
            attempt=seen_attempts + 1,
            recipient=row.recipient,
            subject=row.subject,
            body=row.body,
            kind=row.kind,
            created_at=row.created_at,
        )

    def _message_id(self, claimed: _Claimed) -> str:
        # Stable across retries, so a receiver can spot the rare duplicate (a crash between
        # the server's "250 OK" and our commit means the mail is sent again after the lease).
        stamp = int(claimed.created_at.timestamp() * 1_000_000)
        domain = self._sender.rpartition("@")[2] or "localhost"
        return f"<mypage.{claimed.id}.{stamp}@{domain}>"

    def _deliver(self, claimed: _Claimed) -> str:
        error: MailError | None = None
        try:
            message = build_message(
                self._sender,
                claimed.recipient,
                claimed.subject,
                claimed.body,
                date=self._now(),
                message_id=self._message_id(claimed),
            )
        except HeaderInjectionError:
            error = PermanentMailError("invalid-header")
        else:
            try:
                self._transport.send(message)
            except MailError as exc:
                error = exc
            except Exception as exc:  # a transport bug must not lose the mail
                error = TransientMailError(f"error-{type(exc).__name__}")
        return self._finish(claimed, error)

    def _finish(self, claimed: _Claimed, error: MailError | None) -> str:
        now = self._now()
        values: dict[str, Any]
        if error is None:
            outcome = STATUS_SENT
            values = {"sent_at": now, "body": "", "last_error": None}
        elif isinstance(error, PermanentMailError) or claimed.attempt >= self.max_attempts:
            outcome = STATUS_FAILED
            values = {"failed_at": now, "body": "", "last_error": error.code[:200]}
        else:
            outcome = STATUS_RETRYING
            delay = backoff_delay(claimed.attempt, self.base_delay, self.max_delay)
            values = {"next_attempt_at": now + delay, "last_error": error.code[:200]}

        statement = (
            update(MailOutbox)
            .where(MailOutbox.id == claimed.id, MailOutbox.attempts == claimed.attempt, _pending())
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        for attempt in range(3):
            try:
                with self._session_factory.begin() as session:
                    matched = _rowcount(session.execute(statement))
                break
            except Exception as exc:
                if attempt == 2:
                    # The row stays leased and is retried after the lease: at worst one
                    # duplicate mail, never a lost one.
                    log.error("outbox %d: could not record the result (%s)", claimed.id, type(exc).__name__)
                    return outcome
                time.sleep(0.1 * (attempt + 1))
        if matched != 1:
            log.warning("outbox %d: lease lost before the result was recorded", claimed.id)

        if outcome == STATUS_SENT:
            log.info("outbox %d sent (kind=%r, attempt %d)", claimed.id, claimed.kind, claimed.attempt)
        elif outcome == STATUS_FAILED:
            assert error is not None
            log.warning(
                "outbox %d failed (kind=%r, attempt %d, %s)",
                claimed.id,
                claimed.kind,
                claimed.attempt,
                error.code,
            )
        else:
            assert error is not None
            log.info(
                "outbox %d will be retried (kind=%r, attempt %d, %s)",
                claimed.id,
                claimed.kind,
                claimed.attempt,
                error.code,
            )
        return outcome

    def checkpoint(self) -> None:
        """Purged bodies must not survive as old page images in ``-wal`` (docs/security.md K2)."""
        with self._session_factory() as session:
            bind = session.get_bind()
        checkpoint_wal(bind.engine if isinstance(bind, Connection) else bind, CHECKPOINT_BUSY_MS)

    def seconds_until_next_due(self) -> float | None:
        """Seconds until the earliest pending row is due (0 when one is due now), or None."""
        with self._session_factory() as session:
            earliest = session.execute(select(func.min(MailOutbox.next_attempt_at)).where(_pending())).scalar()
        if earliest is None:
            return None
        # func.min keeps the column type, so this is an aware UTC datetime.
        return max(0.0, (earliest - self._now()).total_seconds())

    # ------------------------------------------------------------------ background mode

    def start(self) -> None:
        """Run in a daemon thread until :meth:`stop`. Idempotent."""
        with self._lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._stop.clear()
            self._wake.clear()
            self._thread = threading.Thread(target=self._run, name="mail-outbox-worker", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """Deliver now (call after committing a mail). Safe from any thread."""
        self._wake.set()

    def stop(self, timeout: float = 1.0) -> bool:
        """Ask the thread to end and wait up to ``timeout`` seconds. Returns True when it has
        ended. A send in progress is not interrupted; being a daemon thread it cannot delay
        interpreter exit, and its row is retried after the lease."""
        self._stop.set()
        self._wake.set()
        with self._lock:
            thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        if thread.is_alive():
            return False
        with self._lock:
            if self._thread is thread:
                self._thread = None
        return True

    @property
    def running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def _run(self) -> None:
        limit = 50
        while not self._stop.is_set():
            delay = self.poll_seconds
            try:
                report = self.run_once(limit)
                if report.total >= limit:
                    delay = 0.0
                else:
                    due = self.seconds_until_next_due()
                    if due is not None:
                        # Never spin: at least 50 ms, at most one poll interval (other PCs
                        # enqueue into a shared database without waking us).
                        delay = min(max(due, 0.05), self.poll_seconds)
            except Exception as exc:
                # Database unreachable and the like: log the class only (messages may quote
                # parameters), then try again after a poll interval.
                log.error("outbox worker pass failed (%s)", type(exc).__name__)
            if self._stop.is_set():
                break
            self._wake.wait(delay)
            self._wake.clear()
