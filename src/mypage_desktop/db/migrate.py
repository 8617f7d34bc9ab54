"""Run Alembic migrations programmatically (``mypage-admin db upgrade`` and start-up)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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
