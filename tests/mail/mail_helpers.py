"""Helpers for the mail tests (imported by conftest.py and the test modules)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.mail_models import MailOutbox
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.mail.outbox import enqueue

SENDER = "system@mail.hellowork.mhlw.go.jp"
RECIPIENT = "taro.yamada@example.jp"
SUBJECT = "パスワード登録申込受付通知"
START = datetime(2025, 4, 1, 0, 0, tzinfo=UTC)


class FakeClock:
    """An aware-UTC clock the test moves by hand (no sleeping through backoffs)."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Db:
    path: Path | None  # None for PostgreSQL
    engine: Engine
    session_factory: sessionmaker[Session]

    def add_mail(
        self,
        *,
        now: datetime,
        recipient: str = RECIPIENT,
        subject: str = SUBJECT,
        body: str = "本文です。\n",
        kind: str = "registration",
    ) -> int:
        with self.session_factory.begin() as session:
            row = enqueue(session, recipient=recipient, subject=subject, body=body, kind=kind, now=now)
            return row.id

    def row(self, outbox_id: int) -> MailOutbox:
        with self.session_factory() as session:
            row = session.get(MailOutbox, outbox_id)
            assert row is not None
            session.expunge(row)
            return row


def make_sqlite_db(directory: Path, name: str = "t.sqlite3") -> Db:
    path = directory / name
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    return Db(path, engine, make_session_factory(engine))


@dataclass
class RecordingTransport:
    """Keeps every message it is given; optionally runs a hook during send."""

    messages: list[EmailMessage] = field(default_factory=list)
    on_send: Callable[[EmailMessage], None] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def send(self, message: EmailMessage) -> None:
        if self.on_send is not None:
            self.on_send(message)
        with self.lock:
            self.messages.append(message)

    @property
    def message_ids(self) -> list[str]:
        with self.lock:
            return [str(m["Message-ID"]) for m in self.messages]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SinkHandler:
    """aiosmtpd handler that stores envelopes; ``reject_rcpt`` answers RCPT with that reply."""

    def __init__(self, reject_rcpt: str | None = None) -> None:
        self.envelopes: list[Any] = []
        self.reject_rcpt = reject_rcpt

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if self.reject_rcpt is not None:
            # Real servers quote the address back: it must never reach last_error or logs.
            return self.reject_rcpt.format(address=address)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def parsed(self) -> list[EmailMessage]:
        parser = BytesParser(policy=default_policy)
        result = []
        for envelope in self.envelopes:
            message = parser.parsebytes(envelope.content)
            assert isinstance(message, EmailMessage)
            result.append(message)
        return result


class SmtpServer:
    def __init__(self, port: int, handler: SinkHandler, **kwargs: Any) -> None:
        self.port = port
        self.handler = handler
        self.controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
        self.running = False

    def start(self) -> None:
        self.controller.start()
        self.running = True

    def stop(self) -> None:
        if self.running:
            self.controller.stop()
            self.running = False
