"""``mypage-admin create-staff`` / ``reset-staff-password`` and the first staff sign-in
(docs/security.md A1, L1, S1)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mypage_desktop.cli.main import main
from mypage_desktop.config import load_settings
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.facade.local.backend import build_context
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.sign_in import change_staff_password, staff_login, staff_session_status

NEW_PASSWORD = "Counter#Desk42"


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'admin.sqlite3'}"
    monkeypatch.setenv("MYPAGE_DATABASE_URL", url)
    monkeypatch.setenv("MYPAGE_MAIL_FOLDER", str(tmp_path / "mailbox"))
    monkeypatch.setenv("MYPAGE_ARGON2_MEMORY_KIB", "19456")
    monkeypatch.setenv("MYPAGE_ARGON2_TIME_COST", "2")
    monkeypatch.setenv("MYPAGE_ARGON2_PARALLELISM", "1")
    assert main(["db", "upgrade"]) == 0
    return url


def context(url: str) -> ServiceContext:
    return build_context(load_settings(), create_db_engine(url))


def one_time_password(out: str) -> str:
    found = re.search(r"初回用パスワード: (\S+)", out)
    assert found, out
    return found.group(1)


def test_A1_first_admin_from_the_cli_signs_in_and_must_change_the_password(
        db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["create-staff", "sato.k", "--name", "佐藤 健", "--role", "管理者"]) == 0
    password = one_time_password(capsys.readouterr().out)
    ctx = context(db_url)
    result = staff_login(ctx, "sato.k", password)
    assert result.token and result.profile and result.profile.must_change_password and result.profile.is_admin
    change_staff_password(ctx, result.token, password, NEW_PASSWORD, NEW_PASSWORD)
    assert staff_login(ctx, "sato.k", NEW_PASSWORD).ok


def test_reset_staff_password_issues_a_new_one_time_password_and_ends_sessions(
        db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A forgotten (or locked) staff password: a new one-time password from the CLI; the old
    password stops working, the staff member's sessions end and the lockout is cleared."""
    assert main(["create-staff", "sato.k", "--name", "佐藤 健"]) == 0
    first = one_time_password(capsys.readouterr().out)
    ctx = context(db_url)
    token = staff_login(ctx, "sato.k", first).token
    assert token
    change_staff_password(ctx, token, first, NEW_PASSWORD, NEW_PASSWORD)
    for _ in range(10):
        staff_login(ctx, "sato.k", "Wrong#Pass1")
    assert main(["reset-staff-password", "sato.k"]) == 0
    out = capsys.readouterr().out
    second = one_time_password(out)
    assert second != first and "再発行しました" in out
    assert staff_session_status(ctx, token).end_reason == "password_reset"
    assert not staff_login(ctx, "sato.k", NEW_PASSWORD).ok
    again = staff_login(ctx, "sato.k", second)
    assert again.ok and again.profile and again.profile.must_change_password


def test_reset_staff_password_for_an_unknown_id_is_a_message(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reset-staff-password", "nobody"]) == 2
    assert "この職員IDのアカウントはありません" in capsys.readouterr().err
