"""Mail leaves from the office server, and from one of its worker processes at a time: the
sender holds a PostgreSQL session lock; when it goes, another process takes over."""

from __future__ import annotations

import dataclasses
import time

import pytest

from mypage_desktop.config import Paths, Settings, load_settings
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.server import state as server_state
from mypage_desktop.server.state import open_server_state

pytestmark = pytest.mark.postgres


@pytest.fixture
def settings(tmp_path) -> Settings:  # type: ignore[no-redef,no-untyped-def]
    return load_settings(env={}, paths=Paths(tmp_path / "cfg", tmp_path / "site", tmp_path / "data"))


def wait_for(check, seconds: float = 10) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return False


def test_one_worker_process_sends_and_another_takes_over(pg_url: str, settings: Settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(server_state, "ELECTION_SECONDS", 0.05)
    engine = create_db_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    office = dataclasses.replace(settings, database_url=pg_url, demo_mode=False)
    first = open_server_state(office)
    second = open_server_state(office)
    try:
        assert wait_for(lambda: first.mail_sender is not None and first.mail_sender.sending)
        time.sleep(0.3)  # several election rounds
        assert second.mail_sender is not None and not second.mail_sender.sending
        first.close()
        assert wait_for(lambda: second.mail_sender is not None and second.mail_sender.sending)
    finally:
        second.close()
