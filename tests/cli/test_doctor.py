"""``mypage-admin doctor`` (issue 16): every check says OK or NG with a Japanese explanation
and what to do; the exit code is 0 only when all is well; secrets are never printed."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import text

from mypage_desktop.cli.doctor import check_configuration, check_database, check_font, check_mail, run_checks
from mypage_desktop.cli.main import main
from mypage_desktop.config import Paths, Settings, load_settings, load_settings_with_sources
from mypage_desktop.db.engine import create_db_engine


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A home PC: SQLite in a temp folder, a temp mail folder."""
    values = {"MYPAGE_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
              "MYPAGE_MAIL_FOLDER": str(tmp_path / "mailbox")}
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return values


def settings_for(env: dict[str, str], tmp_path: Path) -> Settings:
    return load_settings(env=env, paths=Paths(tmp_path / "cfg", tmp_path / "site", tmp_path / "data"))


def test_all_well_exits_0(env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    capsys.readouterr()
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "[OK] データベース: 接続できます。スキーマ版" in out and "（最新）" in out
    assert "[OK] メール: メールフォルダー" in out and "[OK] 日本語フォント: あります" in out
    assert "[NG]" not in out and out.rstrip().endswith("すべて正常です。")


def test_configuration_lists_every_setting_with_its_source_and_masks_secrets(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "cfg", tmp_path / "site", tmp_path / "data")
    paths.site_file.parent.mkdir(parents=True)
    paths.site_file.write_text("kiosk_mode = true\n", encoding="utf-8")
    env = {"MYPAGE_SMTP_PASSWORD": "Smtp-Secret-42",
           "MYPAGE_DATABASE_URL": "postgresql+psycopg://mypage:Db-Secret-42@db.office.local/hellowork",
           "MYPAGE_IDLE_MINUTES_KIOSK": "60"}
    finding = check_configuration(load_settings_with_sources(env=env, paths=paths))
    text_ = "\n".join(finding.details)
    assert finding.ok and "Secret" not in text_
    assert "smtp_password = （設定あり・表示しません）（環境変数 MYPAGE_SMTP_PASSWORD）" in text_
    assert "database_url = postgresql+psycopg://mypage:***@db.office.local/hellowork" in text_
    assert f"kiosk_mode = true（{paths.site_file}）" in text_ and "office_code = '06010'（既定値）" in text_
    assert "注意: 環境変数 MYPAGE_IDLE_MINUTES_KIOSK の idle_minutes_kiosk はマシンポリシーで固定" in text_
    assert "マシンポリシーあり" in finding.text
    assert len(finding.details) >= len(Settings.__dataclass_fields__)


def test_a_bad_setting_is_ng_naming_its_file(env: dict[str, str], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    user_file = tmp_path / "config_dir" / "config.toml"  # MYPAGE_CONFIG_DIR of the autouse fixture
    user_file.parent.mkdir(parents=True)
    user_file.write_text("idle_minutes_personal = 500\n", encoding="utf-8")
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "[NG] 設定: 設定に誤りがあります。" in out and f"idle_minutes_personal（{user_file}）" in out
    assert "→ 対処:" in out


def test_database_missing_old_and_too_new(env: dict[str, str], tmp_path: Path) -> None:
    settings = settings_for(env, tmp_path)
    missing = check_database(settings)
    assert not missing.ok and "まだありません" in missing.text and "db upgrade" in missing.advice
    (tmp_path / "db.sqlite3").write_bytes(b"")
    old = check_database(settings)
    assert not old.ok and "スキーマが古いか" in old.text and "db upgrade" in old.advice
    assert main(["db", "upgrade"]) == 0
    assert check_database(settings).ok
    engine = create_db_engine(settings.database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    engine.dispose()
    new = check_database(settings)
    assert not new.ok and "プログラムを新しい版に更新" in new.advice


def test_database_unreachable(env: dict[str, str], tmp_path: Path) -> None:
    env = {**env, "MYPAGE_DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/none"}
    finding = check_database(settings_for(env, tmp_path))
    assert not finding.ok and finding.text.startswith("接続できません（") and "database_url" in finding.advice


def test_mail_folder_writable_or_not(env: dict[str, str], tmp_path: Path) -> None:
    assert check_mail(settings_for(env, tmp_path)).ok
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    bad = check_mail(settings_for({**env, "MYPAGE_MAIL_FOLDER": str(blocker / "mailbox")}, tmp_path))
    assert not bad.ok and "作れません" in bad.text and "mail_folder" in bad.advice


def test_smtp_closed_port_is_ng_and_a_listener_is_ok(env: dict[str, str], tmp_path: Path) -> None:
    smtp = {**env, "MYPAGE_MAIL_TRANSPORT": "smtp", "MYPAGE_SMTP_HOST": "127.0.0.1"}
    bad = check_mail(settings_for({**smtp, "MYPAGE_SMTP_PORT": str(closed_port())}, tmp_path))
    assert not bad.ok and "に接続できません" in bad.text and "smtp_port" in bad.advice
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        good = check_mail(settings_for({**smtp, "MYPAGE_SMTP_PORT": str(port)}, tmp_path))
    assert good.ok and f"127.0.0.1:{port} に接続できます" in good.text


def test_font_found_and_not_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert check_font().ok  # the test set-up installs IPAex Gothic
    empty = tmp_path / "fonts.conf"  # fontconfig with no font folders at all
    empty.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path / 'fc'}</cachedir></fontconfig>",
                     encoding="utf-8")
    monkeypatch.setenv("FONTCONFIG_FILE", str(empty))
    none = check_font()
    assert not none.ok and "日本語フォントがありません" in none.text and "fonts-ipaexfont-gothic" in none.advice
    monkeypatch.setenv("PATH", str(tmp_path))  # no fc-list at all
    missing = check_font()
    assert not missing.ok and "fontconfig" in missing.text and "fonts-ipaexfont-gothic" in missing.advice


def test_an_office_pc_without_enrolment_is_ng(env: dict[str, str]) -> None:
    findings = run_checks({**env, "MYPAGE_SERVER_URL": "https://mypage.office.local:8443"})
    by_topic = {f.topic: f for f in findings}
    assert by_topic["データベース"].ok and "オフィスサーバーを使う" in by_topic["データベース"].text
    assert by_topic["メール"].ok
    enrolment = by_topic["端末の登録"]
    assert not enrolment.ok and "device_token_file" in enrolment.text and "device enrol" in enrolment.advice
    assert "オフィスサーバー" not in by_topic  # nothing to connect with
