"""``mypage-admin db grant-server-role ROLE`` and ``db upgrade --server-role ROLE`` (docs/security.md N6):
the owner migrates, the server's role gets data access only; refusals exit 2 with the reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from mypage_desktop.cli.main import main
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import current_revision, head_revision

INSERT_AUDIT = ("INSERT INTO audit_log (at, actor_type, action, terminal, result) "
                "VALUES (now(), 'cli', 'n6_check', 'test', 'ok')")


def run_as(pg_url: str, role: str, statement: str) -> str | None:
    """The SQLSTATE of ``statement`` run as ``role``, None when it succeeds."""
    engine = create_db_engine(make_url(pg_url).set(username=role).render_as_string(hide_password=False))
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
        return None
    except DBAPIError as exc:
        return str(getattr(exc.orig, "sqlstate", ""))
    finally:
        engine.dispose()


def server_role_works(pg_url: str, role: str) -> bool:
    """Data work allowed, the audit log kept (42501: insufficient privilege)."""
    return (run_as(pg_url, role, INSERT_AUDIT) is None
            and run_as(pg_url, role, "DELETE FROM login_account") is None
            and run_as(pg_url, role, "TRUNCATE audit_log") == "42501")


def revision(url: str) -> str | None:
    engine = create_db_engine(url)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def test_N6_upgrade_with_server_role_migrates_then_grants(pg_url: str, make_role: Callable[..., str],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    role = make_role("LOGIN")
    assert main(["--database-url", pg_url, "db", "upgrade", "--server-role", role]) == 0
    out = capsys.readouterr().out
    assert revision(pg_url) is not None and f"ロール {role} にサーバー用の権限を付けました" in out
    assert server_role_works(pg_url, role)
    # Running it again (or the grant on its own) is harmless.
    assert main(["--database-url", pg_url, "db", "grant-server-role", role]) == 0
    assert main(["--database-url", pg_url, "db", "upgrade", "--server-role", role]) == 0
    assert server_role_works(pg_url, role)


def test_N6_a_missing_role_exits_2_with_the_sql_and_migrates_nothing(pg_url: str,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database-url", pg_url, "db", "upgrade", "--server-role", "mypage_srv_absent"]) == 2
    err = capsys.readouterr().err
    assert "ロール mypage_srv_absent がありません" in err
    assert 'CREATE ROLE "mypage_srv_absent" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;' in err
    assert revision(pg_url) is None
    assert main(["--database-url", pg_url, "db", "grant-server-role", "mypage_srv_absent"]) == 2
    assert "CREATE ROLE" in capsys.readouterr().err


def test_N6_grant_before_the_schema_exists_says_to_upgrade_first(pg_url: str, make_role: Callable[..., str],
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database-url", pg_url, "db", "grant-server-role", make_role("LOGIN")]) == 2
    assert "先に `mypage-admin db upgrade`" in capsys.readouterr().err


def test_N6_sqlite_is_refused_before_migrating(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'roles.sqlite3'}"
    assert main(["--database-url", url, "db", "upgrade", "--server-role", "mypage_server"]) == 2
    assert "PostgreSQL のデータベースでだけ使えます" in capsys.readouterr().err
    assert revision(url) is None
    assert main(["--database-url", url, "db", "upgrade"]) == 0
    assert revision(url) == head_revision(create_db_engine(url))
    assert main(["--database-url", url, "db", "grant-server-role", "mypage_server"]) == 2
    assert "SQLite にはロールがありません" in capsys.readouterr().err
