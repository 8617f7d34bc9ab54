"""Shared fixtures: a fresh SQLite database per test, an injectable clock, a fast hasher."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from log_scan import (  # noqa: F401 (hooks: the log scan)
    pytest_collection_modifyitems,
    pytest_configure,
    pytest_runtest_setup,
)
from mypage_desktop.config import Paths, Settings, load_settings
from mypage_desktop.services.hashing import Hasher


class FakeClock:
    """A clock tests move by hand (month ends, key expiry, lockouts)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 25, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


# Cheap argon2 for the bulk of the tests; tests that check production parameters (C1) and
# the benchmarks use the real ones.
FAST_HASHER = Hasher(time_cost=1, memory_kib=1024, parallelism=1)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the real user's config or data directory."""
    for name in ("CONFIG_DIR", "SITE_CONFIG_DIR", "DATA_DIR"):
        monkeypatch.setenv(f"MYPAGE_{name}", str(tmp_path / name.lower()))
    yield


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    base = load_settings(env={}, paths=Paths(tmp_path / "cfg", tmp_path / "site", tmp_path / "data"))
    return dataclasses.replace(base, demo_mode=True)


@pytest.fixture
def backend(settings: Settings, clock: FakeClock):  # type: ignore[no-untyped-def]
    from mypage_desktop.facade.local.backend import open_local_backend

    backend = open_local_backend(settings, clock=clock, hasher=FAST_HASHER, start_mail_worker=False)
    yield backend
    backend.close()


@pytest.fixture
def facade(backend):  # type: ignore[no-untyped-def]
    return backend.facade


@pytest.fixture
def ctx(backend):  # type: ignore[no-untyped-def]
    return backend.context


def postgres_reachable(host: str = "127.0.0.1", port: int = 5432) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test; skipped with the reason when no server is."""
    if not postgres_reachable():
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    import uuid

    from sqlalchemy import create_engine, text

    name = f"mypage_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine("postgresql+psycopg://postgres@127.0.0.1:5432/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' "
                          "LC_COLLATE 'C.UTF-8'"))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture
def make_role(pg_url: str) -> Iterator[Callable[..., str]]:
    """``make_role("LOGIN")`` creates a role named ``mypage_srv_<hex>`` (or another prefix) with
    those options and returns its name. Roles are cluster-wide, so each test removes its own:
    ownership goes back to postgres (the test database included), then the privileges it holds
    are dropped, then the role."""
    import uuid

    from sqlalchemy import create_engine, text

    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    created: list[str] = []

    def make(options: str = "LOGIN", prefix: str = "mypage_srv") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:10]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE ROLE "{name}" {options}'))
        created.append(name)
        return name

    try:
        yield make
    finally:
        with admin.connect() as connection:
            for name in reversed(created):
                connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :n"),
                                   {"n": name})
                connection.execute(text(f'REASSIGN OWNED BY "{name}" TO postgres'))
                connection.execute(text(f'DROP OWNED BY "{name}"'))
                connection.execute(text(f'DROP ROLE "{name}"'))
        admin.dispose()
