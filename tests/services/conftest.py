"""Service tests run on both engines: SQLite (embedded) and PostgreSQL (office server,
docs/product-rules.md §deployment), the latter skipped with a visible reason when no server is reachable."""

from __future__ import annotations

import dataclasses

import pytest

from mypage_desktop.config import Settings


@pytest.fixture(params=["sqlite", "postgresql"])
def settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:  # type: ignore[no-redef]
    if request.param == "sqlite":
        return settings
    return dataclasses.replace(settings, database_url=request.getfixturevalue("pg_migrated_url"))
