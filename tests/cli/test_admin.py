"""``mypage-admin``: migrate, staff, seekers, demo data, outbox (issue #3 CLI)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from mypage_desktop.cli.main import main
from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.staff_models import StaffAccount


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'admin.sqlite3'}"
    monkeypatch.setenv("MYPAGE_DATABASE_URL", url)
    monkeypatch.setenv("MYPAGE_MAIL_FOLDER", str(tmp_path / "mailbox"))
    # The CLI uses production argon2 settings; keep them at the allowed minimum here for speed.
    monkeypatch.setenv("MYPAGE_ARGON2_MEMORY_KIB", "19456")
    monkeypatch.setenv("MYPAGE_ARGON2_TIME_COST", "2")
    monkeypatch.setenv("MYPAGE_ARGON2_PARALLELISM", "1")
    assert main(["db", "upgrade"]) == 0
    return url


def rows(url: str, model: type) -> list:  # type: ignore[type-arg]
    with make_session_factory(create_db_engine(url))() as session:
        return list(session.scalars(select(model)))


def test_db_upgrade_is_idempotent(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    from mypage_desktop.db.migrate import head_revision

    head = head_revision(create_db_engine(db_url))
    assert f"スキーマ版: {head}（最新: {head}）" in capsys.readouterr().out
    assert main(["db", "current"]) == 0


def test_commands_refuse_an_unmigrated_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MYPAGE_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with pytest.raises(SystemExit) as info:
        main(["demo-seed"])
    assert "db upgrade" in str(info.value.code)


def test_A1_create_staff_prints_one_time_password_once(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["create-staff", "sato.k", "--name", "佐藤 健", "--role", "管理者"]) == 0
    out = capsys.readouterr().out
    password = re.search(r"初回用パスワード: (\S+)", out)
    assert password
    staff = rows(db_url, StaffAccount)[0]
    assert staff.must_change_password and staff.role == "管理者"
    assert password.group(1) not in staff.password_hash and staff.password_hash.startswith("$argon2id$")
    assert main(["create-staff", "sato.k", "--name", "佐藤 健"]) == 2
    assert "既に使われています" in capsys.readouterr().err


def test_register_seeker_and_email_case_insensitive(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["register-seeker", "--name", "酒田 次郎", "--kana", "サカタ ジロウ", "--birthdate", "1990-07-01",
            "--email", "Jiro.Sakata@Example.JP", "--applied-on", "2026-11-25", "--wish-occupation", "一般事務",
            "--wish-location", "酒田市", "--wish-wage", "月給18万円以上"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert re.search(r"求職番号: 06010-\d{8}", out) and "有効期限: 2027-01-31" in out
    assert "jiro.sakata@example.jp" not in out  # masked
    assert rows(db_url, LoginAccount)[0].email == "jiro.sakata@example.jp"
    seeker = rows(db_url, JobSeeker)[0]
    assert (seeker.wish_occupation, seeker.wish_location, seeker.wish_wage) == ("一般事務", "酒田市", "月給18万円以上")
    args[args.index("--email") + 1] = "JIRO.SAKATA@example.jp"
    assert main(args) == 2
    assert "既に別の方" in capsys.readouterr().err


def test_register_seeker_bad_input_gets_messages(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["register-seeker", "--name", "酒田 次郎", "--kana", "Sakata", "--birthdate", "1990-07-01"]) == 2
    assert "カタカナかひらがな" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["register-seeker", "--name", "酒田", "--kana", "サカタ", "--birthdate", "1990/7/1"])
    assert "YYYY-MM-DD" in str(info.value.code)
    assert main(["register-seeker", "--name", "酒田 次郎", "--kana", "サカタ ジロウ", "--birthdate", "1990-07-01",
                 "--wish-wage", "x" * 41]) == 2
    assert "40文字以内" in capsys.readouterr().err


def test_demo_seed_is_idempotent(db_url: str) -> None:
    assert main(["demo-seed"]) == 0
    assert main(["demo-seed"]) == 0
    assert len(rows(db_url, JobSeeker)) == 2


def test_outbox_list_and_deliver(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import UTC, datetime

    from mypage_desktop.mail.outbox import enqueue

    with make_session_factory(create_db_engine(db_url)).begin() as session:
        enqueue(session, recipient="taro@example.jp", subject="テスト", body="本文", kind="test",
                now=datetime.now(UTC))
    capsys.readouterr()
    assert main(["outbox", "list"]) == 0
    listed = capsys.readouterr().out
    assert "テスト" in listed and "taro@example.jp" not in listed
    assert main(["outbox", "deliver"]) == 0
    assert "送信 1 件" in capsys.readouterr().out
    assert list((tmp_path / "mailbox" / "new").iterdir())


def test_bad_setting_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    env = {"MYPAGE_KEY_VALIDITY_MINUTES": "99", "MYPAGE_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin",
           "MYPAGE_CONFIG_DIR": str(tmp_path / "c"), "MYPAGE_SITE_CONFIG_DIR": str(tmp_path / "s")}
    done = subprocess.run([sys.executable, "-m", "mypage_desktop.cli.main", "db", "current"], env=env,
                          capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2] / "src")
    assert done.returncode == 2
    assert "key_validity_minutes" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_db_upgrade_works_where_the_app_never_ran(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The README's first administration command on a fresh machine: no data directory yet."""
    import os
    import stat

    data_dir = tmp_path / "fresh" / "mypage-desktop"
    monkeypatch.setenv("MYPAGE_DATA_DIR", str(data_dir))
    monkeypatch.delenv("MYPAGE_DATABASE_URL", raising=False)
    previous = os.umask(0o022)
    try:
        assert main(["db", "upgrade"]) == 0, capsys.readouterr().err
    finally:
        os.umask(previous)
    assert "スキーマ版" in capsys.readouterr().out
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "mypage.sqlite3").stat().st_mode) == 0o600
