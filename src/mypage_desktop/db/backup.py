"""Backup and restore of the embedded SQLite database (``mypage-admin backup`` / ``restore``).

Backup uses SQLite's online backup API in one step: it reads one consistent snapshot (a WAL
read transaction) while the app keeps writing, and writes it to a private (0600) temporary
file beside the target, which replaces the target only once it is complete and passes
``integrity_check``.

Restore refuses a backup whose schema is newer than this code (a newer version wrote it),
and refuses while anything holds the database open: in WAL mode every open connection keeps
a shared lock on the database file, so ``locking_mode=EXCLUSIVE`` + ``BEGIN EXCLUSIVE``
succeeds only when no app, console or server has the file open. The backup is copied to a
temporary file in the database's folder and moved over the database with ``os.replace``;
``-wal``/``-shm`` left from the old database are removed (a stale WAL would be replayed
into the restored file). A backup at an older revision is migrated afterwards (by the
caller, which owns the engine).

PostgreSQL is backed up with ``pg_dump`` / ``pg_restore`` (docs/deployment.md).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from mypage_desktop.db.migrate import MIGRATIONS
from mypage_desktop.private_files import PRIVATE_FILE_MODE, ensure_private_parent

LOCK_TIMEOUT_SECONDS = 0.5
POSTGRESQL_REFUSED = (
    "PostgreSQL のデータベースはこのコマンドでは扱えません。PostgreSQL の pg_dump でバックアップし、"
    "pg_restore で復元してください（手順: docs/deployment.md「バックアップと復元」）")
NOT_SQLITE = "SQLite のデータベースファイルではないため扱えません: {url}"


class BackupError(Exception):
    """Why a backup or restore was refused; ``message`` is Japanese, for the operator."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class BackupResult:
    path: Path
    revision: str
    size_bytes: int


@dataclass(frozen=True)
class RestoreResult:
    revision: str
    needs_upgrade: bool  # the backup is older than this code: run the migrations next


def sqlite_path(database_url: str) -> Path:
    """The database file of a SQLite URL; PostgreSQL and in-memory databases are refused."""
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        raise BackupError(POSTGRESQL_REFUSED)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise BackupError(NOT_SQLITE.format(url=url.render_as_string(hide_password=True)))
    return Path(url.database)


def _scripts() -> ScriptDirectory:
    return ScriptDirectory(str(MIGRATIONS))


def _known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def _heads() -> set[str]:
    return set(_scripts().get_heads())


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _revision(connection: sqlite3.Connection, what: str) -> str:
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError:
        raise BackupError(f"{what}は求職者マイページのデータベースではありません（スキーマ版がありません）") from None
    if not rows:
        raise BackupError(f"{what}のスキーマ版が空です")
    return "+".join(sorted(row[0] for row in rows))


def _check_integrity(connection: sqlite3.Connection, what: str) -> None:
    (result,) = connection.execute("PRAGMA integrity_check").fetchone()
    if result != "ok":
        raise BackupError(f"{what}が壊れています（integrity_check: {result}）")


def _private_temp(target: Path) -> Path:
    """A new, empty 0600 file beside ``target`` (same filesystem, so ``os.replace`` is atomic)."""
    for attempt in range(100):
        candidate = target.with_name(f".{target.name}.{os.getpid()}.{attempt}.tmp")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        except FileExistsError:
            continue
        return candidate
    raise BackupError(f"一時ファイルを作成できません: {target.parent}")


def _copy(source: sqlite3.Connection, target: Path, journal_mode: str) -> None:
    """``source`` (one consistent snapshot) into the existing empty file ``target``. A backup
    file is kept in rollback-journal mode (one self-contained file that opens read-only
    anywhere); a restored database goes back to WAL."""
    destination = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(destination)  # pages=-1: one step, one read transaction on the source
        destination.execute(f"PRAGMA journal_mode={journal_mode}")
        _check_integrity(destination, "書き出したファイル")
    finally:
        destination.close()


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def backup_sqlite(database: Path, target: Path) -> BackupResult:
    """Writes a consistent copy of ``database`` to ``target`` (0600, replaced atomically)."""
    if not database.is_file():
        raise BackupError(f"データベースがありません: {database}")
    if target.resolve() == database.resolve():
        raise BackupError("バックアップ先がデータベースそのものです。別のファイル名を指定してください")
    if not target.parent.is_dir():
        raise BackupError(f"バックアップ先のフォルダーがありません: {target.parent}")
    source = sqlite3.connect(database, timeout=5)
    try:
        revision = _revision(source, "データベース")
        temp = _private_temp(target)
        try:
            _copy(source, temp, "DELETE")
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            raise
    finally:
        source.close()
    _remove_sidecars(target)  # nothing of the copy lives in a WAL: it is one self-contained file
    return BackupResult(target, revision, target.stat().st_size)


def inspect_backup(backup: Path) -> str:
    """The backup's revision; refuses a damaged file and a schema newer than this code."""
    if not backup.is_file():
        raise BackupError(f"バックアップファイルがありません: {backup}")
    try:
        connection = _read_only(backup)
        try:
            _check_integrity(connection, "バックアップファイル")
            revision = _revision(connection, "バックアップファイル")
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"バックアップファイルを読めません（{type(exc).__name__}）") from None
    unknown = set(revision.split("+")) - _known_revisions()
    if unknown:
        raise BackupError(
            "このバックアップはこのプログラムより新しい版で作られたため復元できません"
            f"（バックアップ: {revision}、このプログラム: {'+'.join(sorted(_heads()))}）。"
            "プログラムをその版以降に更新してから復元してください")
    return revision


@contextlib.contextmanager
def _exclusive(database: Path) -> Iterator[None]:
    """Holds the database so nobody opens it meanwhile; refuses while anything has it open."""
    if not database.exists():
        yield
        return
    connection = sqlite3.connect(database, timeout=LOCK_TIMEOUT_SECONDS, isolation_level=None)
    try:
        try:
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:  # busy / locked
            raise BackupError(
                "データベースが使用中です。求職者マイページ（窓口コンソール・オフィスサーバーを含む）を"
                "すべて終了してから、もう一度実行してください") from None
        except sqlite3.DatabaseError:
            pass  # not a database any more (what a restore is for): nothing can be working on it
        yield
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
    finally:
        connection.close()


def restore_sqlite(backup: Path, database: Path) -> RestoreResult:
    """Replaces ``database`` by the copy in ``backup``. The caller migrates when asked to."""
    revision = inspect_backup(backup)
    ensure_private_parent(database)
    temp = _private_temp(database)
    try:
        with _exclusive(database):
            source = _read_only(backup)
            try:
                _copy(source, temp, "WAL")
            finally:
                source.close()
        # Our lock is released (closing it may checkpoint and drop the old WAL); whatever
        # of the old database's -wal/-shm is left must not be replayed into the restored one.
        _remove_sidecars(database)
        os.replace(temp, database)
        _remove_sidecars(database)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return RestoreResult(revision, needs_upgrade=set(revision.split("+")) != _heads())
