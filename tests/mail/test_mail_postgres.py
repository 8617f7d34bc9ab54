"""The outbox claim on PostgreSQL (READ COMMITTED): several PCs sharing one database.

Each test run creates its own database ``mypage_mail_test_<random>`` and drops it afterwards.
Set ``MYPAGE_TEST_PG_ADMIN_DSN`` to point elsewhere (default: postgres@127.0.0.1:5432)."""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import psycopg
import pytest
from mail_helpers import SENDER, Db, FakeClock, RecordingTransport
from sqlalchemy import text
from sqlalchemy.engine import make_url

from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.mail.outbox import list_outbox
from mypage_desktop.mail.transport import TransientMailError
from mypage_desktop.mail.worker import DeliveryReport, OutboxWorker

pytestmark = pytest.mark.postgres

ADMIN_DSN = os.environ.get(
    "MYPAGE_TEST_PG_ADMIN_DSN", "host=127.0.0.1 port=5432 user=postgres dbname=postgres connect_timeout=3"
)


def _admin_connect() -> psycopg.Connection[Any]:
    try:
        return psycopg.connect(ADMIN_DSN, autocommit=True)
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        pytest.skip(f"PostgreSQL not reachable ({ADMIN_DSN}): {reason}")


@pytest.fixture
def pg_url() -> Iterator[str]:
    admin = _admin_connect()
    name = f"mypage_mail_test_{secrets.token_hex(6)}"
    admin.execute(f'CREATE DATABASE "{name}"')
    info = admin.info
    url = make_url("postgresql+psycopg://").set(username=info.user, host=info.host, port=info.port, database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _pg_db(url: str) -> Db:
    engine = create_db_engine(url)
    return Db(path=None, engine=engine, session_factory=make_session_factory(engine))


@pytest.fixture
def pg_dbs(pg_url: str) -> Iterator[list[Db]]:
    """Three "PCs": three engines with their own pools on one fresh database."""
    dbs = [_pg_db(pg_url) for _ in range(3)]
    upgrade(dbs[0].engine)
    yield dbs
    for database in dbs:
        database.engine.dispose()


def test_pg_claim_race_is_deterministic(pg_dbs: list[Db], clock: FakeClock) -> None:
    """While PC A sends row 1, PC B runs a full pass: nobody sends a row twice."""
    a, b = pg_dbs[0], pg_dbs[1]
    for i in range(5):
        a.add_mail(now=clock(), body=f"本文{i}\n")
    transport_b = RecordingTransport()
    worker_b = OutboxWorker(b.session_factory, transport_b, SENDER, clock)
    reports_b: list[DeliveryReport] = []

    def during_first_send(message: EmailMessage) -> None:
        if not reports_b:
            reports_b.append(worker_b.run_once())

    transport_a = RecordingTransport(on_send=during_first_send)
    assert OutboxWorker(a.session_factory, transport_a, SENDER, clock).run_once() == DeliveryReport(sent=1)
    assert reports_b == [DeliveryReport(sent=4)]
    ids = transport_a.message_ids + transport_b.message_ids
    assert len(ids) == 5 and len(set(ids)) == 5
    assert [e.status for e in list_outbox(a.session_factory, include_sent=True)] == ["sent"] * 5


def test_pg_concurrent_workers_deliver_each_mail_exactly_once(pg_dbs: list[Db], clock: FakeClock) -> None:
    """docs/security.md D4: conditional UPDATE with rowcount==1 under READ COMMITTED; 6 workers on 3
    engines race for 80 mails; each is sent once, none is lost, body purged (K2)."""
    count = 80
    for i in range(count):
        pg_dbs[0].add_mail(now=clock(), body=f"本文{i}\n")
    transport = RecordingTransport(on_send=lambda _m: time.sleep(0.001))
    workers = [OutboxWorker(pg_dbs[i % 3].session_factory, transport, SENDER, clock) for i in range(6)]
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
    assert len(transport.message_ids) == count == len(set(transport.message_ids))
    with pg_dbs[2].session_factory() as session:
        leftovers = session.execute(
            text("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL OR attempts <> 1 OR body <> ''")
        ).scalar()
    assert leftovers == 0


def test_pg_retry_after_backoff(pg_dbs: list[Db], clock: FakeClock) -> None:
    """Transient failure on one PC; after the backoff another PC delivers it once."""

    class Down:
        def send(self, message: EmailMessage) -> None:
            raise TransientMailError("connection-refused")

    outbox_id = pg_dbs[0].add_mail(now=clock())
    assert OutboxWorker(pg_dbs[0].session_factory, Down(), SENDER, clock).run_once() == DeliveryReport(retried=1)
    up = RecordingTransport()
    worker = OutboxWorker(pg_dbs[1].session_factory, up, SENDER, clock)
    clock.advance(29)
    assert worker.run_once() == DeliveryReport()
    clock.advance(1)
    assert worker.run_once() == DeliveryReport(sent=1)
    row = pg_dbs[2].row(outbox_id)
    assert row.attempts == 2 and row.body == "" and row.sent_at == clock()
    assert len(up.messages) == 1
