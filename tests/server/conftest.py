"""The contract suite's doors: the same façade calls through the local back end and through
the remote one (the real Starlette application in-process, over Starlette's TestClient, which
is an ``httpx.Client``), on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from mypage_desktop import pki
from mypage_desktop.config import Settings
from mypage_desktop.domain.caller import COUNTER, Caller
from mypage_desktop.services.context import ServiceContext
from server_helpers import Door, enrol, give_ca, remote_backend


@pytest.fixture(params=["sqlite", "postgresql"])
def settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:  # type: ignore[no-redef]
    if request.param == "sqlite":
        return settings
    return dataclasses.replace(settings, database_url=request.getfixturevalue("pg_migrated_url"))


@pytest.fixture(scope="session")
def office_ca() -> tuple[bytes, bytes]:
    return pki.create_ca("mypage test office CA")


@pytest.fixture(params=["local", "remote"])
def door(request: pytest.FixtureRequest, backend, office_ca) -> Iterator[Door]:  # type: ignore[no-untyped-def]
    ctx: ServiceContext = backend.context
    give_ca(ctx, office_ca)
    if request.param == "local":
        # The same kind of device on both doors, so the session policy is the same.
        ctx.caller = Caller(ctx.caller.device_id, COUNTER)
        yield Door("local", backend.facade, backend.staff_facade, ctx)
        return
    uid, token = enrol(ctx)
    remote, client = remote_backend(ctx, token)
    yield Door("remote", remote.facade, remote.staff_facade, ctx.for_caller(Caller(uid, COUNTER)))
    client.close()
