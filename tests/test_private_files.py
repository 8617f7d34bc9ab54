"""The data directory is 0700 and the database (with -wal/-shm) and the log 0600, also under
the usual umask 022 (issue #13: they were 0755 and 0644, readable by every account)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.private_files import ensure_data_dir

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_a_new_data_dir_and_its_missing_parents_are_0700(tmp_path: Path, umask_022: None) -> None:
    data = tmp_path / "home" / ".local" / "share" / "mypage-desktop"
    ensure_data_dir(data)
    assert mode(data) == 0o700
    assert mode(data.parent) == 0o700  # created by us, so ours alone too


def test_an_existing_0755_data_dir_becomes_0700(tmp_path: Path, umask_022: None) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    assert mode(data) == 0o755
    ensure_data_dir(data)
    assert mode(data) == 0o700


def test_the_sqlite_file_and_its_wal_and_shm_are_0600(tmp_path: Path, umask_022: None) -> None:
    database = tmp_path / "mypage.sqlite3"
    engine = create_db_engine(f"sqlite:///{database}")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (x TEXT)"))
            connection.execute(text("INSERT INTO t VALUES ('山形 太郎')"))
        with engine.connect() as connection:  # WAL mode: -wal and -shm exist while connected
            assert connection.execute(text("SELECT x FROM t")).scalar_one() == "山形 太郎"
            wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
            assert wal.exists() and shm.exists()
            assert (mode(database), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    finally:
        engine.dispose()
