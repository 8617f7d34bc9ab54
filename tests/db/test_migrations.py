"""Alembic migrations: one head, models and schema agree, down and up again on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from mypage_desktop.db import (  # noqa: F401 - register tables
    activity_models,
    device_models,
    job_models,
    prereg_models,
    security_models,
)
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import alembic_config, current_revision, downgrade, head_revision, upgrade
from mypage_desktop.db.models import Base


def _include(name: str | None, type_: str, _parent: object) -> bool:
    # The engines' own search structures live in migrations only (SQLite: fts_job, the
    # covering ix_job_open_by_id of migration 0110 and job_posting.search_text of 0114;
    # PostgreSQL: fts_job_segment).
    return name is None or not (name.startswith("fts_") or name in ("search_tsv", "ix_job_search_tsv",
                                                                     "ix_job_open_by_id", "search_text"))


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    else:
        url = str(request.getfixturevalue("pg_url"))
    engine = create_db_engine(url)
    yield engine
    engine.dispose()


def test_branches_are_merged_into_one_head(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    assert len(ScriptDirectory.from_config(alembic_config(engine)).get_heads()) == 1
    engine.dispose()


def test_models_match_the_migrated_schema(engine: Engine) -> None:
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _include, "compare_type": False})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_up_again(engine: Engine) -> None:
    upgrade(engine)
    downgrade(engine, "base")
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
