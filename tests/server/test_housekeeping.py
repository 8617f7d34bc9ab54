"""The office server deletes expired 仮登録 while it runs (server/housekeeping.py), not only when
it starts: a long-running server would otherwise keep them until its next restart."""

from __future__ import annotations

import dataclasses
import threading
import time

from sqlalchemy import func, select

from mypage_desktop.config import Paths, Settings, load_settings
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.db.prereg_models import Preregistration
from mypage_desktop.server.housekeeping import Housekeeping
from mypage_desktop.server.state import open_server_state
from mypage_desktop.services.preregistration import seeker
from services.prereg_helpers import draft_only


def wait_for(check, seconds: float = 10) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return False


def test_housekeeping_repeats_survives_a_failure_and_stops() -> None:
    calls: list[int] = []
    third = threading.Event()

    def task() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the database is away")
        if len(calls) >= 3:
            third.set()

    keeping = Housekeeping(task, interval=0.01)
    keeping.start()
    try:
        assert third.wait(10)  # the failure in the first round did not end the thread
    finally:
        keeping.stop()
    stopped_at = len(calls)
    time.sleep(0.05)
    assert len(calls) == stopped_at  # nothing runs after stop


def test_the_server_purges_expired_forms_while_it_runs(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    engine = create_db_engine(url)
    upgrade(engine)
    engine.dispose()
    settings: Settings = dataclasses.replace(
        load_settings(env={}, paths=Paths(tmp_path / "cfg", tmp_path / "site", tmp_path / "data")),
        database_url=url, demo_mode=False)
    state = open_server_state(settings, clock=clock, start_mail_worker=False, purge_interval=0.02)
    try:
        ctx = state.context
        seeker.save_draft(ctx, draft_only(), "")

        def stored() -> int:
            with ctx.session_factory() as session:
                return int(session.scalar(select(func.count()).select_from(Preregistration)) or 0)

        assert stored() == 1
        clock.advance(days=ctx.settings.preregistration_valid_days, seconds=1)
        assert wait_for(lambda: stored() == 0)
    finally:
        state.close()
