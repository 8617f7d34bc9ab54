"""SQLite durability and concurrency (docs/security.md D1, D2, D3)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.audit_models import AuditLog
from mypage_desktop.db.engine import UnsupportedDatabasePath, create_db_engine, make_session_factory
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.services.accounts.seeker_registration import register_seeker

SRC = Path(__file__).resolve().parents[2] / "src"

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from mypage_desktop.db.engine import create_db_engine, make_session_factory
    from mypage_desktop.db.audit_models import AuditLog
    factory = make_session_factory(create_db_engine(sys.argv[1]))
    i = int(sys.argv[2])
    while True:
        with factory.begin() as s:
            s.add(AuditLog(at=datetime.now(UTC), actor_type="test", action="d1", target_id=i,
                           terminal="", result="ok"))
        print(i, flush=True)  # acknowledged only after COMMIT returned
        i += 1
    """
)


def test_D1_pragmas_wal_full_secure_delete(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_D1_every_acknowledged_row_survives_kill_9(tmp_path: Path) -> None:
    """kill -9 a writer at random moments, ten times: no row it acknowledged is lost."""
    url = f"sqlite:///{tmp_path / 'd1.sqlite3'}"
    upgrade(create_db_engine(url))
    acknowledged: list[int] = []
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    rng = random.Random(7)
    for _round in range(10):
        start = (acknowledged[-1] + 1) if acknowledged else 0
        proc = subprocess.Popen([sys.executable, "-c", WRITER, url, str(start)], stdout=subprocess.PIPE,
                                text=True, env=env)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # wait until it is writing
        acknowledged.append(int(first))
        time.sleep(rng.uniform(0.05, 0.3))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        acknowledged += [int(line) for line in out.split() if line.strip().isdigit()]
    factory = make_session_factory(create_db_engine(url))
    with factory() as session:
        stored = set(session.scalars(select(AuditLog.target_id).where(AuditLog.action == "d1")))
    missing = set(acknowledged) - stored
    assert len(acknowledged) > 10 and not missing


@pytest.mark.parametrize("path", [r"\\server\share\mypage.sqlite3", "//server/share/mypage.sqlite3"])
def test_D2_network_share_refused_with_message(path: str) -> None:
    with pytest.raises(UnsupportedDatabasePath, match="PostgreSQL"):
        create_db_engine(f"sqlite:///{path}")


def test_D3_eight_writers_lose_nothing(ctx) -> None:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(10):
                register_seeker(ctx, name=f"並行 {n}-{i}", name_kana="ヘイコウ", birthdate=date(1990, 1, 1),
                                applied_on=date(2026, 11, 1), email=f"w{n}.{i}@example.jp")
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(JobSeeker)) == 80 + 2  # + demo seekers
