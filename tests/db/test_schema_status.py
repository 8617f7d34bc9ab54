"""The schema-version check a process runs at start instead of migrating (the office server):
empty, older, current and newer-than-the-code databases, on both engines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from server_role_helpers import url_as
from sqlalchemy import Engine, text

from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import (
    SCHEMA_TOO_NEW,
    SCHEMA_TOO_OLD,
    SCHEMA_UNREADABLE,
    SchemaTooNew,
    SchemaTooOld,
    SchemaVersionError,
    head_revision,
    require_current_schema,
    schema_status,
    upgrade,
)

OLD_MESSAGE = "データベースのスキーマが古いため起動できません。サーバーで `mypage-admin db upgrade` を実行してください"


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 's.sqlite3'}" if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))
    engine = create_db_engine(url)
    yield engine
    engine.dispose()


def heads(engine: Engine) -> frozenset[str]:
    return frozenset((head_revision(engine) or "").split("+"))


def test_the_message_is_the_one_operators_are_told() -> None:
    assert SCHEMA_TOO_OLD == OLD_MESSAGE


def test_an_empty_database_is_too_old(engine: Engine) -> None:
    assert schema_status(engine) == (frozenset(), heads(engine))
    with pytest.raises(SchemaTooOld) as refusal:
        require_current_schema(engine)
    assert refusal.value.message == OLD_MESSAGE
    assert refusal.value.current == frozenset()


def test_an_older_revision_is_too_old(engine: Engine) -> None:
    upgrade(engine, "0002")
    assert schema_status(engine) == (frozenset({"0002"}), heads(engine))
    with pytest.raises(SchemaTooOld, match="mypage-admin db upgrade"):
        require_current_schema(engine)


def test_one_unmerged_branch_is_too_old(engine: Engine) -> None:
    upgrade(engine, "0003a")
    with pytest.raises(SchemaTooOld):
        require_current_schema(engine)


def test_the_current_revision_passes(engine: Engine) -> None:
    upgrade(engine)
    current, expected = schema_status(engine)
    assert current == expected == heads(engine)
    require_current_schema(engine)


def test_an_unknown_newer_revision_says_the_program_is_older(engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    with pytest.raises(SchemaTooNew) as refusal:
        require_current_schema(engine)
    assert refusal.value.message.startswith(SCHEMA_TOO_NEW)
    assert "0099_from_the_future" in refusal.value.message and "古い" not in refusal.value.message
    assert not isinstance(refusal.value, SchemaTooOld)


def test_a_role_without_grants_is_told_to_grant_them(pg_url: str, make_role: Callable[..., str]) -> None:
    owner = create_db_engine(pg_url)
    upgrade(owner)
    owner.dispose()
    stranger = create_db_engine(url_as(pg_url, make_role("LOGIN")))
    try:
        with pytest.raises(SchemaVersionError) as refusal:
            require_current_schema(stranger)
    finally:
        stranger.dispose()
    assert refusal.value.message == SCHEMA_UNREADABLE
    assert "grant-server-role" in refusal.value.message
