"""Run Alembic migrations programmatically (``mypage-admin db upgrade`` and start-up)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "heads") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    """The database's revision(s), ``+``-joined while branches are unmerged."""
    with engine.connect() as connection:
        heads = MigrationContext.configure(connection).get_current_heads()
    return "+".join(sorted(heads)) or None


def head_revision(engine: Engine) -> str | None:
    """The newest revision(s) the code knows (several only while branches are unmerged)."""
    heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    return "+".join(sorted(heads)) or None


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision(engine)


SCHEMA_TOO_OLD = ("データベースのスキーマが古いため起動できません。"
                  "サーバーで `mypage-admin db upgrade` を実行してください")
SCHEMA_TOO_NEW = ("データベースのスキーマがこのプログラムより新しいため起動できません。"
                  "サーバーのプログラムを、データベースを移行した版に更新してください")
SCHEMA_UNREADABLE = ("データベースのスキーマ版を読めないため起動できません。サーバーで "
                     "`mypage-admin db grant-server-role ロール名` を実行して、接続に使うロールに権限を付けてください")


class SchemaVersionError(Exception):
    """The database's schema is not the one this code was written for; ``message`` says what
    to run. ``current`` and ``expected`` are the revisions found and wanted."""

    def __init__(self, message: str, current: frozenset[str], expected: frozenset[str]) -> None:
        super().__init__(message)
        self.message = message
        self.current = current
        self.expected = expected


class SchemaTooOld(SchemaVersionError):
    """No schema yet, or one that ``mypage-admin db upgrade`` would migrate."""


class SchemaTooNew(SchemaVersionError):
    """A revision this code does not know: a newer version migrated the database."""


def schema_status(engine: Engine) -> tuple[frozenset[str], frozenset[str]]:
    """(the database's current revisions, the revisions this code expects); the first is
    empty for a database that was never migrated. Only reads: safe for the server's role."""
    with engine.connect() as connection:
        current = frozenset(MigrationContext.configure(connection).get_current_heads())
    return current, frozenset(ScriptDirectory.from_config(alembic_config(engine)).get_heads())


def require_current_schema(engine: Engine) -> None:
    """Raise :class:`SchemaTooOld` or :class:`SchemaTooNew` unless the database is exactly at
    this code's revision. For processes that must not migrate (the office server)."""
    try:
        current, expected = schema_status(engine)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient privilege
            raise
        raise SchemaVersionError(SCHEMA_UNREADABLE, frozenset(), frozenset()) from None
    if current == expected:
        return
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config(engine)).walk_revisions()}
    unknown = current - known
    if unknown:
        raise SchemaTooNew(f"{SCHEMA_TOO_NEW}（データベース: {'+'.join(sorted(current))}、"
                           f"このプログラム: {'+'.join(sorted(expected))}）", current, expected)
    raise SchemaTooOld(SCHEMA_TOO_OLD, current, expected)
