"""Engine and session factory: the single gateway to the database."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.private_files import create_private_file

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = (
    "journal_mode=WAL",
    "busy_timeout=5000",
    "foreign_keys=ON",
    # FULL, not NORMAL: a committed password or key must survive a power loss (docs/security.md D1).
    "synchronous=FULL",
    # Deleted key material is overwritten, not left in free pages (docs/security.md K2).
    "secure_delete=ON",
)


class UnsupportedDatabasePath(ValueError):
    """SQLite on a network share: WAL does not work over a network filesystem (D2)."""


def _check_sqlite_path(database: str | None) -> None:
    if database and re.match(r"^(\\\\|//)[^\\/]+[\\/]", database):
        raise UnsupportedDatabasePath(
            "SQLite のデータベースをネットワーク上の共有フォルダに置くことはできません。"
            "複数のパソコンで使う場合は PostgreSQL を設定してください。"
        )


def _create_sqlite_file(database: str | None) -> None:
    """A new database file is created 0600 (its folder 0700 when missing): SQLite gives
    ``-wal``/``-shm`` the database file's mode, so they are private too (docs/security.md D1). An
    empty file is a valid empty database."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    create_private_file(Path(database))


def create_db_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        _check_sqlite_path(parsed.database)
        _create_sqlite_file(parsed.database)
        if parsed.drivername == "sqlite":
            parsed = parsed.set(drivername="sqlite+pysqlite")
        engine = create_engine(parsed, hide_parameters=True, connect_args={"timeout": 5}, **kwargs)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # let us issue BEGIN ourselves
            for pragma in SQLITE_PRAGMAS:
                dbapi_connection.execute(f"PRAGMA {pragma}")

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            # IMMEDIATE: read-then-write units never fail with "database is locked"
            # (docs/tech-notes.md §sqlite-locking: 845/1200 failures with DEFERRED, 0 with IMMEDIATE).
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(
        parsed,
        hide_parameters=True,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5},
        **kwargs,
    )


def driver_connection(session: Session) -> Any:
    """The DB-API connection under ``session``, in its transaction: for the few statements
    whose SQLAlchemy overhead matters (a COPY; the search planner's probe, docs/search.md)."""
    return session.connection().connection.driver_connection


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def checkpoint_wal(engine: Engine, busy_ms: int = 200) -> None:
    """SQLite only: move the WAL into the database and truncate it, so deleted data does not
    survive as old page images in ``-wal``. Best effort: with a reader still open the
    checkpoint may be partial, and the next call tries again."""
    if engine.dialect.name != "sqlite":
        return
    try:
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            # A TRUNCATE checkpoint waits for readers and holds writers back meanwhile: wait
            # briefly only, so other writers never see "database is locked".
            cursor.execute("PRAGMA busy_timeout")
            current = cursor.fetchone()
            previous = int(current[0]) if current else 5000
            cursor.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
            try:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                busy = cursor.fetchone()
            finally:
                cursor.execute(f"PRAGMA busy_timeout={previous}")
                cursor.close()
        finally:
            raw.close()
        if busy and busy[0]:
            log.debug("wal checkpoint incomplete (readers active)")
    except Exception as exc:
        log.warning("wal checkpoint failed (%s)", type(exc).__name__)
