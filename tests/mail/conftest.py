"""Fixtures for the mail tests: a fresh migrated SQLite database per test, a fake clock, a
recording transport and real SMTP servers (aiosmtpd) on free loopback ports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from mail_helpers import (
    Db,
    FakeClock,
    RecordingTransport,
    SinkHandler,
    SmtpServer,
    free_port,
    make_sqlite_db,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Db]:
    database = make_sqlite_db(tmp_path)
    yield database
    database.engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def recorder() -> RecordingTransport:
    return RecordingTransport()


@pytest.fixture
def smtp_server_factory() -> Iterator[Callable[..., SmtpServer]]:
    servers: list[SmtpServer] = []

    def make(port: int | None = None, handler: SinkHandler | None = None, **kwargs: Any) -> SmtpServer:
        server = SmtpServer(port or free_port(), handler or SinkHandler(), **kwargs)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()
