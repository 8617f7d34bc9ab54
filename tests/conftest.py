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


@pytest.fixture(scope="session")
def _sqlite_migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head per run: copying it costs ~1 ms, migrating ~0.25 s."""
    from mypage_desktop.db.engine import create_db_engine
    from mypage_desktop.db.migrate import upgrade

    path = tmp_path_factory.mktemp("sqlite-template") / "mypage.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()  # the last close checkpoints the WAL into the file
    return path


@pytest.fixture
def backend(settings: Settings, clock: FakeClock, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    from mypage_desktop.facade.local.backend import open_local_backend

    if settings.database_url.startswith("sqlite:///"):
        target = Path(settings.database_url.removeprefix("sqlite:///"))
        if not target.exists():
            import shutil

            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            shutil.copyfile(request.getfixturevalue("_sqlite_migrated_template"), target)
            target.chmod(0o600)
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


PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
PG_DATABASE = "postgresql+psycopg://postgres@127.0.0.1:5432/{}"


def _create_database(template: str) -> str:
    import uuid

    from sqlalchemy import create_engine, text

    name = f"mypage_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' "
                          "LC_COLLATE 'C.UTF-8'"))
    admin.dispose()
    return name


def _drop_database(name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


def _require_postgres() -> None:
    if not postgres_reachable():
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test; skipped with the reason when no server is."""
    _require_postgres()
    name = _create_database("template0")
    try:
        yield PG_DATABASE.format(name)
    finally:
        _drop_database(name)


@pytest.fixture(scope="session")
def _pg_migrated_template() -> Iterator[str]:
    """One database migrated to head per run; tests get copies of it. Migrating each test's
    database took ~1.1 s of set-up, a copy ~0.06 s (docs/tech-notes.md §test-suite)."""
    _require_postgres()
    from mypage_desktop.db.engine import create_db_engine
    from mypage_desktop.db.migrate import upgrade

    name = _create_database("template0")
    engine = create_db_engine(PG_DATABASE.format(name))
    try:
        upgrade(engine)
    finally:
        engine.dispose()  # CREATE DATABASE … TEMPLATE refuses a template with open connections
    try:
        yield name
    finally:
        _drop_database(name)


@pytest.fixture
def pg_migrated_url(_pg_migrated_template: str) -> Iterator[str]:
    """A fresh PostgreSQL database already at the newest schema, for tests of what runs on it
    (services, the office server); migration tests take the empty ``pg_url``."""
    name = _create_database(_pg_migrated_template)
    try:
        yield PG_DATABASE.format(name)
    finally:
        _drop_database(name)


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
