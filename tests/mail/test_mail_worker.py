"""The outbox worker on SQLite: delivery, retries, purging, claiming, background mode."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from mail_helpers import (
    RECIPIENT,
    SENDER,
    START,
    SUBJECT,
    Db,
    FakeClock,
    RecordingTransport,
    SinkHandler,
    free_port,
    make_sqlite_db,
)
from sqlalchemy import text, update

from mypage_desktop.db.mail_models import MailOutbox
from mypage_desktop.mail.maildir import read_maildir
from mypage_desktop.mail.outbox import list_outbox
from mypage_desktop.mail.templates import registration_notice
from mypage_desktop.mail.transport import (
    MaildirTransport,
    PermanentMailError,
    SmtpTransport,
    TransientMailError,
)
from mypage_desktop.mail.worker import (
    DeliveryReport,
    OutboxWorker,
    backoff_delay,
)

KEY = "83619247"


def _notice() -> tuple[str, str]:
    mail = registration_notice(
        key=KEY,
        expires_at=START + timedelta(minutes=30),
        validity_minutes=30,
        sender=SENDER,
        office_name="ハローワークやまがた",
        helpdesk="0570-077450",
    )
    return mail.subject, mail.body


def _smtp(port: int) -> SmtpTransport:
    return SmtpTransport("127.0.0.1", port, False, "", "", 5.0)


def _db_bytes(path: Path | None) -> bytes:
    assert path is not None
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")) if p.is_file())


# ---------------------------------------------------------------------------- delivery


def test_delivers_to_maildir_and_reads_back(db: Db, clock: FakeClock, tmp_path: Path) -> None:
    subject, body = _notice()
    outbox_id = db.add_mail(now=clock(), subject=subject, body=body)
    worker = OutboxWorker(db.session_factory, MaildirTransport(tmp_path / "mailbox"), SENDER, clock)

    assert worker.run_once() == DeliveryReport(sent=1, retried=0, failed=0)

    mails = read_maildir(tmp_path / "mailbox")
    assert [m.subject for m in mails] == ["パスワード登録申込受付通知"]
    assert mails[0].body == body
    row = db.row(outbox_id)
    assert row.sent_at == clock()
    assert row.attempts == 1
    assert row.failed_at is None and row.last_error is None
    assert worker.run_once() == DeliveryReport()  # nothing left: never sent twice


def test_real_smtp_delivery_decodes_to_the_japanese_text(db: Db, clock: FakeClock, smtp_server_factory: Any) -> None:
    server = smtp_server_factory()
    server.start()
    subject, body = _notice()
    db.add_mail(now=clock(), subject=subject, body=body)
    worker = OutboxWorker(db.session_factory, _smtp(server.port), SENDER, clock)

    assert worker.run_once().sent == 1

    [envelope] = server.handler.envelopes
    assert envelope.mail_from == SENDER
    assert envelope.rcpt_tos == [RECIPIENT]
    [message] = server.handler.parsed()
    assert str(message["Subject"]) == "パスワード登録申込受付通知"
    assert message.get_content() == body
    assert "認証キー：8361 9247" in message.get_content()
    assert message["Message-ID"].endswith("@mail.hellowork.mhlw.go.jp>")


def test_server_down_keeps_the_mail_then_delivers_once_after_backoff(
    db: Db, clock: FakeClock, smtp_server_factory: Any
) -> None:
    """Nothing is lost while the SMTP server is down; after the backoff it goes out once."""
    port = free_port()  # nothing listens here yet
    ids = [db.add_mail(now=clock(), body=f"本文{i}\n") for i in range(3)]
    worker = OutboxWorker(db.session_factory, _smtp(port), SENDER, clock)

    assert worker.run_once() == DeliveryReport(sent=0, retried=3, failed=0)
    for outbox_id in ids:
        row = db.row(outbox_id)
        assert row.sent_at is None and row.failed_at is None
        assert row.attempts == 1
        assert row.next_attempt_at == START + timedelta(seconds=30)
        assert row.last_error == "connection-refused"
        assert row.body.startswith("本文")  # still there to be sent

    server = smtp_server_factory(port=port)
    server.start()
    clock.advance(29)
    assert worker.run_once() == DeliveryReport()  # not due yet
    assert server.handler.envelopes == []
    clock.advance(1)
    assert worker.run_once() == DeliveryReport(sent=3)
    assert worker.run_once() == DeliveryReport()
    assert sorted(m.get_content() for m in server.handler.parsed()) == ["本文0\n", "本文1\n", "本文2\n"]
    for outbox_id in ids:
        row = db.row(outbox_id)
        assert row.sent_at == START + timedelta(seconds=30)
        assert row.attempts == 2 and row.body == ""


def test_backoff_doubles_and_caps_then_fails_after_max_attempts(db: Db, clock: FakeClock) -> None:
    assert [backoff_delay(n).total_seconds() for n in range(1, 10)] == [
        30, 60, 120, 240, 480, 960, 1920, 3600, 3600,
    ]  # fmt: skip
    assert backoff_delay(500) == timedelta(hours=1)

    class Down:
        def send(self, message: EmailMessage) -> None:
            raise TransientMailError("timeout")

    outbox_id = db.add_mail(now=clock(), body=f"認証キー：{KEY}\n")
    worker = OutboxWorker(db.session_factory, Down(), SENDER, clock, max_attempts=4)
    waits = []
    for attempt in range(1, 4):
        assert worker.run_once() == DeliveryReport(retried=1)
        row = db.row(outbox_id)
        assert row.attempts == attempt
        waits.append((row.next_attempt_at - clock()).total_seconds())
        clock.now = row.next_attempt_at
    assert waits == [30, 60, 120]
    assert worker.run_once() == DeliveryReport(failed=1)
    row = db.row(outbox_id)
    assert row.failed_at == clock() and row.attempts == 4
    assert row.last_error == "timeout"
    assert row.body == ""  # docs/security.md K2: an undeliverable key does not stay in the DB
    clock.advance(86400)
    assert worker.run_once() == DeliveryReport()


def test_permanent_rejection_marks_failed_at_once(db: Db, clock: FakeClock, smtp_server_factory: Any) -> None:
    """docs/security.md P1, K2: a 5xx fails the row at once; last_error has the code, not the
    server's text (which quotes the address); the body is purged."""
    handler = SinkHandler(reject_rcpt="550 5.1.1 <{address}>: Recipient address rejected")
    server = smtp_server_factory(handler=handler)
    server.start()
    outbox_id = db.add_mail(now=clock(), body=f"認証キー：{KEY}\n")
    worker = OutboxWorker(db.session_factory, _smtp(server.port), SENDER, clock)

    assert worker.run_once() == DeliveryReport(failed=1)
    row = db.row(outbox_id)
    assert row.failed_at == clock() and row.sent_at is None
    assert row.attempts == 1
    assert row.last_error == "smtp-rcpt-550"
    assert row.body == ""
    clock.advance(7200)
    assert worker.run_once() == DeliveryReport()
    assert handler.envelopes == []


def test_temporary_rejection_is_retried(db: Db, clock: FakeClock, smtp_server_factory: Any) -> None:
    handler = SinkHandler(reject_rcpt="450 4.2.1 <{address}>: mailbox busy")
    server = smtp_server_factory(handler=handler)
    server.start()
    outbox_id = db.add_mail(now=clock())
    worker = OutboxWorker(db.session_factory, _smtp(server.port), SENDER, clock)
    assert worker.run_once() == DeliveryReport(retried=1)
    assert db.row(outbox_id).last_error == "smtp-rcpt-450"
    handler.reject_rcpt = None
    clock.advance(30)
    assert worker.run_once() == DeliveryReport(sent=1)
    assert len(handler.envelopes) == 1


def test_header_injection_in_a_row_is_refused_and_nothing_is_sent(
    db: Db, clock: FakeClock, recorder: RecordingTransport
) -> None:
    """docs/security.md I2: a CR/LF in a stored subject or address never reaches the wire."""
    bad_subject = db.add_mail(now=clock(), subject="件名\r\nBcc: evil@example.com")
    bad_recipient = db.add_mail(now=clock(), recipient="taro@example.jp\r\nBcc: evil@example.com")
    good = db.add_mail(now=clock())
    worker = OutboxWorker(db.session_factory, recorder, SENDER, clock)

    assert worker.run_once() == DeliveryReport(sent=1, failed=2)
    assert len(recorder.messages) == 1
    assert recorder.messages[0]["Bcc"] is None
    for outbox_id in (bad_subject, bad_recipient):
        row = db.row(outbox_id)
        assert row.failed_at is not None and row.last_error == "invalid-header"
    assert db.row(good).sent_at is not None


def test_unexpected_transport_error_keeps_the_mail(db: Db, clock: FakeClock) -> None:
    class Buggy:
        def send(self, message: EmailMessage) -> None:
            raise RuntimeError(f"bug while sending to {message['To']}")

    outbox_id = db.add_mail(now=clock())
    assert OutboxWorker(db.session_factory, Buggy(), SENDER, clock).run_once() == DeliveryReport(retried=1)
    row = db.row(outbox_id)
    assert row.last_error == "error-RuntimeError"
    assert row.sent_at is None and row.failed_at is None


# ---------------------------------------------------------------------------- K2 purge


def test_body_is_purged_and_key_absent_from_db_files_after_delivery(db: Db, clock: FakeClock, tmp_path: Path) -> None:
    """docs/security.md K2: after delivery the 認証キー is gone from the row, the SQL dump and the
    bytes of the ``.sqlite3`` and ``-wal`` files (secure_delete + the worker's checkpoint)."""
    subject, body = _notice()
    needle = b"8361 9247"
    outbox_id = db.add_mail(now=clock(), subject=subject, body=body)
    # Sanity check: the key really is in the files before delivery, so the test can fail.
    assert needle in _db_bytes(db.path)

    worker = OutboxWorker(db.session_factory, MaildirTransport(tmp_path / "mailbox"), SENDER, clock)
    assert worker.run_once().sent == 1

    assert db.row(outbox_id).body == ""
    assert db.path is not None
    wal = db.path.with_name(db.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    assert needle not in _db_bytes(db.path)
    assert "認証キー".encode() not in _db_bytes(db.path)
    db.engine.dispose()
    with sqlite3.connect(db.path) as plain:
        dump = "\n".join(plain.iterdump())
    plain.close()
    assert "8361 9247" not in dump and KEY not in dump
    assert needle not in _db_bytes(db.path)
    # The mail itself still carries the key (that is its purpose).
    assert "8361 9247" in read_maildir(tmp_path / "mailbox")[0].body


def test_checkpoint_with_an_open_reader_does_not_stall_and_catches_up(db: Db, clock: FakeClock, tmp_path: Path) -> None:
    """docs/security.md K2, D3: a reader elsewhere (another PC's window) keeps the checkpoint from
    truncating the WAL; the worker waits only briefly, and the next checkpoint finishes."""
    subject, body = _notice()
    db.add_mail(now=clock(), subject=subject, body=body)
    assert db.path is not None
    reader = sqlite3.connect(db.path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM mail_outbox").fetchone()  # holds a snapshot
        worker = OutboxWorker(db.session_factory, MaildirTransport(tmp_path / "mailbox"), SENDER, clock)
        assert worker.run_once().sent == 1  # the pinned WAL does not hold the delivery up
        assert b"8361 9247" in _db_bytes(db.path)  # still in the WAL: the reader pins it
        reader.execute("COMMIT")
    finally:
        reader.close()
    worker.checkpoint()
    assert b"8361 9247" not in _db_bytes(db.path)


# ---------------------------------------------------------------------------- claiming


def test_a_row_claimed_elsewhere_is_not_sent_again(db: Db, clock: FakeClock) -> None:
    """Deterministic race: while worker A sends row 1, worker B runs a full pass. B must skip
    row 1 (leased) and A must skip the rows B took, though it had already listed them."""
    ids = [db.add_mail(now=clock(), body=f"本文{i}\n") for i in range(5)]
    transport_b = RecordingTransport()
    worker_b = OutboxWorker(db.session_factory, transport_b, SENDER, clock)
    reports_b: list[DeliveryReport] = []

    def during_first_send(message: EmailMessage) -> None:
        if not reports_b:
            reports_b.append(worker_b.run_once())

    transport_a = RecordingTransport(on_send=during_first_send)
    worker_a = OutboxWorker(db.session_factory, transport_a, SENDER, clock)

    report_a = worker_a.run_once()
    assert report_a == DeliveryReport(sent=1)
    assert reports_b == [DeliveryReport(sent=4)]
    all_ids = transport_a.message_ids + transport_b.message_ids
    assert len(all_ids) == 5 and len(set(all_ids)) == 5
    assert all(db.row(i).attempts == 1 and db.row(i).sent_at is not None for i in ids)


def test_two_workers_on_one_database_deliver_each_mail_exactly_once(tmp_path: Path, clock: FakeClock) -> None:
    """docs/security.md D3/D4 spirit: two processes sharing the file (two engines, threads) never
    send the same mail twice and lose none."""
    first = make_sqlite_db(tmp_path)
    second_engine_db = make_sqlite_db(tmp_path)  # same file, its own engine and pool
    try:
        count = 60
        for i in range(count):
            first.add_mail(now=clock(), body=f"本文{i}\n")
        transport = RecordingTransport(on_send=lambda _m: time.sleep(0.001))
        workers = [
            OutboxWorker(first.session_factory, transport, SENDER, clock),
            OutboxWorker(second_engine_db.session_factory, transport, SENDER, clock),
            OutboxWorker(first.session_factory, transport, SENDER, clock),
            OutboxWorker(second_engine_db.session_factory, transport, SENDER, clock),
        ]
        barrier = threading.Barrier(len(workers))
        reports: list[DeliveryReport] = []
        errors: list[BaseException] = []

        def run(worker: OutboxWorker) -> None:
            try:
                barrier.wait()
                reports.append(worker.run_once(limit=count))
            except BaseException as exc:  # surfaced below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(w,)) for w in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        assert sum(r.sent for r in reports) == count
        assert len(transport.message_ids) == count
        assert len(set(transport.message_ids)) == count
        bodies = sorted(m.get_content() for m in transport.messages)
        assert bodies == sorted(f"本文{i}\n" for i in range(count))
        with first.session_factory() as session:
            assert (
                session.execute(
                    text("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL OR attempts <> 1")
                ).scalar()
                == 0
            )
    finally:
        first.engine.dispose()
        second_engine_db.engine.dispose()


class Crash(BaseException):
    """Stands in for a process killed in the middle of an SMTP conversation."""


def test_crashed_worker_leaves_a_lease_that_expires(db: Db, clock: FakeClock) -> None:
    def crash(message: EmailMessage) -> None:
        raise Crash()

    outbox_id = db.add_mail(now=clock())
    with pytest.raises(Crash):
        OutboxWorker(db.session_factory, RecordingTransport(on_send=crash), SENDER, clock).run_once()
    row = db.row(outbox_id)
    assert row.attempts == 1 and row.sent_at is None
    assert row.next_attempt_at == START + timedelta(minutes=10)

    other = RecordingTransport()
    worker = OutboxWorker(db.session_factory, other, SENDER, clock)
    clock.advance(9 * 60)
    assert worker.run_once() == DeliveryReport()
    clock.advance(60)
    assert worker.run_once() == DeliveryReport(sent=1)
    assert db.row(outbox_id).attempts == 2
    # The Message-ID is stable, so a receiver can recognise a duplicate after a crash.
    assert other.message_ids[0].startswith(f"<mypage.{outbox_id}.")


# ---------------------------------------------------------------------------- listing, logs


def test_list_outbox_masks_addresses(db: Db, clock: FakeClock) -> None:
    """docs/security.md P1: the admin listing shows masked addresses and no bodies."""
    sent = db.add_mail(now=clock(), recipient="hanako@example.jp")
    OutboxWorker(db.session_factory, RecordingTransport(), SENDER, clock).run_once()
    pending = db.add_mail(now=clock(), recipient="jiro@example.jp", kind="password_registered")

    entries = list_outbox(db.session_factory)
    assert [e.id for e in entries] == [pending]
    [entry] = entries
    assert entry.recipient == "j***@example.jp"
    assert entry.subject == SUBJECT
    assert (entry.kind, entry.status, entry.attempts) == ("password_registered", "pending", 0)
    assert entry.next_attempt_at == START and entry.sent_at is None
    assert not hasattr(entry, "body")

    everything = list_outbox(db.session_factory, include_sent=True)
    assert [(e.id, e.status) for e in everything] == [(sent, "sent"), (pending, "pending")]
    assert everything[0].recipient == "h***@example.jp"


def test_list_outbox_statuses_for_retry_and_failure(db: Db, clock: FakeClock) -> None:
    class Refuse:
        def send(self, message: EmailMessage) -> None:
            if "retry" in str(message["Subject"]):
                raise TransientMailError("connection-refused")
            raise PermanentMailError("smtp-rcpt-550")

    retry = db.add_mail(now=clock(), subject="retry")
    fail = db.add_mail(now=clock(), subject="fail")
    OutboxWorker(db.session_factory, Refuse(), SENDER, clock).run_once()
    statuses = {e.id: (e.status, e.last_error) for e in list_outbox(db.session_factory)}
    assert statuses == {retry: ("retrying", "connection-refused"), fail: ("failed", "smtp-rcpt-550")}


def test_logs_hold_no_address_body_or_key(
    db: Db, clock: FakeClock, smtp_server_factory: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """docs/security.md P1: at DEBUG (SQLAlchemy at INFO, with its SQL) no log line carries the
    address, the body or the 認証キー, whether the mail is sent, retried or refused."""
    caplog.set_level(logging.DEBUG)
    # SQLAlchemy pins itself to WARNING. INFO logs every statement (parameters hidden by
    # hide_parameters=True). Its DEBUG level would also log *result rows* (recipient, body,
    # key): the app's logging set-up must never put "sqlalchemy" below INFO.
    caplog.set_level(logging.INFO, logger="sqlalchemy")
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")  # the app pins it to WARNING
    subject, body = _notice()
    ok_server = smtp_server_factory()
    ok_server.start()
    reject = smtp_server_factory(handler=SinkHandler(reject_rcpt="550 5.1.1 <{address}> unknown user"))
    reject.start()
    for transport in (_smtp(ok_server.port), _smtp(free_port()), _smtp(reject.port)):
        db.add_mail(now=clock(), subject=subject, body=body)
        OutboxWorker(db.session_factory, transport, SENDER, clock).run_once()
        clock.advance(3600)
    # Everything the application process logs; aiosmtpd's own "mail.log" is the test server.
    ours = [r for r in caplog.records if not r.name.startswith(("mail.log", "asyncio"))]
    assert any(r.name.startswith("sqlalchemy") for r in ours), "SQLAlchemy should log at DEBUG"
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in ours)
    for secret in (RECIPIENT, "taro.yamada", "8361 9247", KEY, "求職者マイページのパスワード登録申込"):
        assert secret not in logged
    assert "outbox 1 sent" in logged


# ---------------------------------------------------------------------------- background


# Generous bounds: each wait returns as soon as its condition holds, and only fails the test on
# a hang (a busy 2-core CI machine can take seconds to schedule a thread; timing is bench/'s).
SETTLE_SECONDS = 30.0


def _wait_until(predicate: Any, seconds: float = SETTLE_SECONDS) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return bool(predicate())


def test_background_worker_wakes_and_stops_promptly(db: Db, tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    worker = OutboxWorker(db.session_factory, MaildirTransport(folder), SENDER, poll_seconds=60)
    worker.start()
    try:
        assert worker.running
        db.add_mail(now=datetime.now(UTC))
        worker.wake()  # without it the mail would wait for the 60 s poll
        assert _wait_until(lambda: len(read_maildir(folder)) == 1)
    finally:
        assert worker.stop(SETTLE_SECONDS)  # True: the thread ended within the timeout
    assert not worker.running
    assert worker.stop(SETTLE_SECONDS)  # idempotent


def test_background_worker_sleeps_until_the_next_due_time(db: Db, tmp_path: Path) -> None:
    folder = tmp_path / "mailbox"
    due_soon = datetime.now(UTC) + timedelta(milliseconds=300)
    outbox_id = db.add_mail(now=datetime.now(UTC))
    with db.session_factory.begin() as session:
        session.execute(update(MailOutbox).where(MailOutbox.id == outbox_id).values(next_attempt_at=due_soon))
    worker = OutboxWorker(db.session_factory, MaildirTransport(folder), SENDER, poll_seconds=60)
    worker.start()
    try:
        assert _wait_until(lambda: len(read_maildir(folder)) == 1)
        assert datetime.now(UTC) >= due_soon
    finally:
        assert worker.stop(SETTLE_SECONDS)


def test_stop_does_not_wait_for_a_hanging_send(db: Db, clock: FakeClock) -> None:
    """App exit is never held up by more than the stop timeout, even mid-send."""
    entered, release = threading.Event(), threading.Event()

    def hang(message: EmailMessage) -> None:
        entered.set()
        release.wait(10)

    db.add_mail(now=clock())
    worker = OutboxWorker(db.session_factory, RecordingTransport(on_send=hang), SENDER, clock)
    worker.start()
    try:
        assert entered.wait(SETTLE_SECONDS)
        assert worker.stop(0.3) is False  # returned at its timeout while the send still hangs
    finally:
        release.set()
        assert _wait_until(lambda: not worker.running)


def test_background_worker_survives_a_failing_pass(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    broken = make_sqlite_db(tmp_path)
    with broken.engine.begin() as connection:
        connection.execute(text("DROP TABLE mail_outbox"))
    worker = OutboxWorker(broken.session_factory, RecordingTransport(), SENDER, poll_seconds=0.05)
    try:
        worker.start()
        assert _wait_until(lambda: "outbox worker pass failed" in caplog.text)
        assert worker.running
    finally:
        assert worker.stop(SETTLE_SECONDS)
        broken.engine.dispose()


def test_naive_clock_is_refused(db: Db) -> None:
    worker = OutboxWorker(db.session_factory, RecordingTransport(), SENDER, lambda: datetime(2025, 1, 1))
    with pytest.raises(ValueError):
        worker.run_once()
