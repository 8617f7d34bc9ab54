"""Steps shared by the least-privilege tests (docs/security.md N6)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

INSUFFICIENT_PRIVILEGE = "42501"


def url_as(pg_url: str, role: str) -> str:
    """The test database's URL, connecting as ``role`` (trust authentication on 127.0.0.1)."""
    return make_url(pg_url).set(username=role).render_as_string(hide_password=False)


def refused(engine: Engine, statement: str) -> str:
    """Runs ``statement`` in its own transaction; it must fail for lack of privilege (not,
    say, because of the append-only trigger). Returns the server's message."""
    with engine.connect() as connection, pytest.raises(DBAPIError) as failure:
        connection.execute(text(statement))
    sqlstate = getattr(failure.value.orig, "sqlstate", None)
    assert sqlstate == INSUFFICIENT_PRIVILEGE, f"{statement}: {sqlstate} {failure.value.orig}"
    return str(failure.value.orig)


def allowed(engine: Engine, statement: str, **params: object) -> None:
    with engine.begin() as connection:
        connection.execute(text(statement), params)
