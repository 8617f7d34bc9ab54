"""``mypage-admin backup`` / ``restore`` of the embedded SQLite database (issue 16)."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from mypage_desktop.cli.main import main
from mypage_desktop.config import Settings
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import alembic_config, current_revision, head_revision, upgrade
from mypage_desktop.demo.seed import seed_demo
from mypage_desktop.facade.local.backend import build_context
from mypage_desktop.services.hashing import Hasher


def use_database(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setenv("MYPAGE_DATABASE_URL", f"sqlite:///{path}")


def count(path: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def revision_of(path: Path) -> str | None:
    engine = create_db_engine(f"sqlite:///{path}")
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


@pytest.fixture
def source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: Settings) -> Path:
    """An app database (schema at head, the demo seekers) plus a table a writer thread fills.
    No connection is left open (the CLI's commands leave theirs to the process's end)."""
    path = tmp_path / "office" / "mypage.sqlite3"
    use_database(monkeypatch, path)
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    assert seed_demo(build_context(settings, engine, hasher=Hasher(time_cost=1, memory_kib=1024, parallelism=1))) == 2
    engine.dispose()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE load_rows (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL)")
    return path


class PairWriter:
    """Inserts two rows per transaction in a loop, like the app writing while a backup runs:
    a consistent snapshot holds whole pairs only."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.stop = threading.Event()
        self.written = 0
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        connection = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        batch = 0
        while not self.stop.is_set():
            batch += 1
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO load_rows (batch) VALUES (?)", (batch,))
            connection.execute("INSERT INTO load_rows (batch) VALUES (?)", (batch,))
            connection.execute("COMMIT")
            self.written = batch * 2
        connection.close()

    def wait_for(self, rows: int) -> None:
        while self.written < rows:
            assert self.thread.is_alive(), "the writer stopped"
            self.stop.wait(0.005)


@pytest.fixture
def writer(source: Path) -> Iterator[PairWriter]:
    writer = PairWriter(source)
    writer.thread.start()
    yield writer
    writer.stop.set()
    writer.thread.join()


def test_backup_during_writes_restores_into_a_fresh_data_dir(
        source: Path, writer: PairWriter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backups" / "mypage-backup.sqlite3"
    backup.parent.mkdir()
    writer.wait_for(200)

    assert main(["backup", str(backup)]) == 0

    seen = count(backup, "load_rows")
    writer.wait_for(seen + 200)  # the writer went on during and after the backup
    writer.stop.set()
    writer.thread.join()
    assert "バックアップしました" in capsys.readouterr().out
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert seen >= 200 and seen % 2 == 0, "a backup holds whole transactions only"
    assert count(source, "load_rows") > seen
    assert integrity(backup) == "ok"

    restored = tmp_path / "fresh" / "data" / "mypage.sqlite3"
    use_database(monkeypatch, restored)
    assert main(["restore", str(backup)]) == 0

    assert "復元しました" in capsys.readouterr().out
    assert count(restored, "load_rows") == seen
    assert count(restored, "job_seeker") == count(source, "job_seeker") > 0
    assert integrity(restored) == "ok"
    assert revision_of(restored) == revision_of(source)
    assert main(["register-seeker", "--name", "庄内 一郎", "--kana", "ショウナイ イチロウ",
                 "--birthdate", "1980-01-02"]) == 0, "the restored database is usable"


def test_restore_replaces_the_old_database_and_a_wal_a_crash_left(source: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert main(["backup", str(backup)]) == 0
    wal = source.with_name(source.name + "-wal")
    with contextlib.closing(sqlite3.connect(source)) as connection:  # written after the backup
        connection.execute("PRAGMA wal_autocheckpoint=0")
        connection.executemany("INSERT INTO load_rows (batch) VALUES (?)", [(n,) for n in range(50)])
        connection.commit()
        stale = wal.read_bytes()  # as a crash of the app leaves it
    assert stale and not wal.exists()
    wal.write_bytes(stale)

    assert main(["restore", str(backup)]) == 0

    assert count(source, "load_rows") == 0
    assert integrity(source) == "ok"


def test_restore_replaces_a_database_damaged_beyond_opening(source: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert main(["backup", str(backup)]) == 0
    source.write_bytes(b"not a database any more " * 400)

    assert main(["restore", str(backup)]) == 0

    assert count(source, "job_seeker") == 2 and integrity(source) == "ok"


def test_backup_that_cannot_be_written_says_so(source: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "a-folder"
    target.mkdir()  # the name is taken by a folder: the finished copy cannot be moved there

    assert main(["backup", str(target)]) == 1

    assert "ファイルを書き込めません" in capsys.readouterr().err
    assert target.is_dir() and not list(tmp_path.glob(".a-folder.*.tmp")), "nothing left behind"


def test_restore_refuses_a_backup_from_a_newer_version(source: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert main(["backup", str(backup)]) == 0
    with contextlib.closing(sqlite3.connect(backup)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f0f0f0f0f0f0'")
        connection.commit()
    with contextlib.closing(sqlite3.connect(source)) as connection:
        connection.execute("INSERT INTO load_rows (batch) VALUES (7)")
        connection.commit()

    assert main(["restore", str(backup)]) == 1

    err = capsys.readouterr().err
    assert "このプログラムより新しい版" in err and "f0f0f0f0f0f0" in err
    assert count(source, "load_rows") == 1, "the database was left as it was"


def test_restore_migrates_a_backup_from_an_older_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.sqlite3"
    engine = create_db_engine(f"sqlite:///{old}")
    head = head_revision(engine)
    down = ScriptDirectory.from_config(alembic_config(engine)).get_revision(head).down_revision
    older = down[0] if isinstance(down, tuple) else down
    assert older
    upgrade(engine, older)
    engine.dispose()
    use_database(monkeypatch, old)
    backup = tmp_path / "old-backup.sqlite3"
    assert main(["backup", str(backup)]) == 0

    target = tmp_path / "new" / "mypage.sqlite3"
    use_database(monkeypatch, target)
    assert main(["restore", str(backup)]) == 0

    assert f"このプログラムのスキーマ版に移行しました: {head}" in capsys.readouterr().out
    assert revision_of(target) == head


def test_restore_refuses_while_the_app_has_the_database_open(source: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert main(["backup", str(backup)]) == 0
    app = create_db_engine(f"sqlite:///{source}")
    with app.connect() as connection:  # an idle, open connection, as the app's pool keeps
        connection.exec_driver_sql("SELECT count(*) FROM job_seeker").fetchone()
        connection.commit()
        with contextlib.closing(sqlite3.connect(source)) as other:
            other.execute("INSERT INTO load_rows (batch) VALUES (1)")
            other.commit()

        assert main(["restore", str(backup)]) == 1

    app.dispose()
    assert "データベースが使用中です" in capsys.readouterr().err
    assert count(source, "load_rows") == 1
    assert not list(source.parent.glob(".*.tmp")), "no temporary file is left behind"


def test_postgresql_is_refused_with_pg_dump_and_pg_restore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MYPAGE_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/hellowork")
    assert main(["backup", str(tmp_path / "b.sqlite3")]) == 1
    assert main(["restore", str(tmp_path / "b.sqlite3")]) == 1
    err = capsys.readouterr().err
    assert err.count("pg_dump") == 2 and err.count("pg_restore") == 2
    assert "docs/deployment.md" in err
    assert not (tmp_path / "b.sqlite3").exists()
