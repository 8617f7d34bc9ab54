"""``mypage-admin doctor``: checks this PC's set-up and explains each finding in Japanese,
with what to do when something is wrong (issue 16).

Checks: the configuration (every setting, its value and where it came from; secrets masked),
the database (reachable, schema current), mail (folder writable or SMTP reachable), a
Japanese font, and when ``server_url`` is set the office server and this PC's certificate
and enrolment (:mod:`mypage_desktop.cli.doctor_server`). Exit code 0 only when all is well.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from mypage_desktop.cli.findings import Finding
from mypage_desktop.cli.terminal import say
from mypage_desktop.config import ConfigError, LoadedSettings, Settings, load_settings_with_sources

FONT_PACKAGE = "fonts-ipaexfont-gothic"
SMTP_CONNECT_SECONDS = 3.0
# Fonts with Japanese glyphs that every supported Windows has (one is enough).
WINDOWS_JAPANESE_FONTS = ("YuGothM.ttc", "meiryo.ttc", "msgothic.ttc")


def report(finding: Finding) -> None:
    say(f"[{'OK' if finding.ok else 'NG'}] {finding.topic}: {finding.text}")
    for line in finding.details:
        say(f"      {line}")
    if not finding.ok and finding.advice:
        say(f"      → 対処: {finding.advice}")


def shown_value(name: str, settings: Settings) -> str:
    """The value as the report prints it: secrets never, a database password never."""
    value = getattr(settings, name)
    if name in Settings.ENV_ONLY:
        return "（設定あり・表示しません）" if value else "（未設定）"
    if name == "database_url" and value:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            return str(make_url(value).render_as_string(hide_password=True))
        except ArgumentError:
            return "（URL として読めません）"
    return repr(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)


def check_configuration(loaded: LoadedSettings) -> Finding:
    settings = loaded.settings
    lines = [f"{f.name} = {shown_value(f.name, settings)}（{loaded.sources.get(f.name, '既定値')}）"
             for f in dataclasses.fields(Settings)]
    lines += [f"注意: {where} の {name} はマシンポリシーで固定されているため使っていません"
              for name, where in loaded.ignored]
    if loaded.policy.locked:
        state = "マシンポリシーあり（キオスク・セッション・サーバーの設定はポリシーだけで決まります）"
    elif loaded.policy.exists:
        state = "マシンポリシーあり（policy_locked = false: 利用者の設定でも変えられます）"
    else:
        state = "マシンポリシーなし（個人の PC）"
    return Finding("設定", True, f"読み込めました。{state}", details=tuple(lines))


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def check_database(settings: Settings) -> Finding:
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from mypage_desktop.db.engine import UnsupportedDatabasePath, create_db_engine
    from mypage_desktop.db.migrate import (
        SchemaTooNew,
        SchemaTooOld,
        SchemaVersionError,
        require_current_schema,
        schema_status,
    )

    topic = "データベース"
    if settings.server_url:
        return Finding(topic, True, "この PC はオフィスサーバーを使うため、データベースには接続しません")
    upgrade = "`mypage-admin db upgrade` を実行してください"
    try:
        file = _sqlite_file(settings.database_url)
    except ArgumentError:
        return Finding(topic, False, "database_url を URL として読めません", "database_url の書き方を確認してください")
    if file is not None and not file.is_file():
        return Finding(topic, False, f"データベースのファイル {file} がまだありません", upgrade)
    try:
        engine = create_db_engine(settings.database_url)
    except UnsupportedDatabasePath as exc:
        return Finding(topic, False, str(exc), "database_url のパスを確認してください")
    try:
        require_current_schema(engine)
        current, _expected = schema_status(engine)
        return Finding(topic, True, f"接続できます。スキーマ版 {'+'.join(sorted(current))}（最新）")
    except SchemaTooOld:
        return Finding(topic, False, "スキーマが古いか、まだ作成されていません", upgrade)
    except SchemaTooNew as exc:
        return Finding(topic, False, str(exc), "このプログラムを新しい版に更新してください")
    except SchemaVersionError as exc:
        return Finding(topic, False, str(exc), "database_url のロールに読み取り権限があるか確認してください")
    except DBAPIError as exc:
        return Finding(topic, False, f"接続できません（{type(exc.orig).__name__}）",
                       "database_url（ホスト・ポート・ロール）と、データベースサーバーが動いているかを確認してください")
    finally:
        engine.dispose()


def _existing_ancestor(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def check_mail(settings: Settings) -> Finding:
    topic = "メール"
    if settings.server_url:
        return Finding(topic, True, "この PC はメールを送りません（オフィスサーバーが送信します）")
    if settings.mail_transport == "smtp":
        where = f"{settings.smtp_host}:{settings.smtp_port}"
        try:
            with socket.create_connection((settings.smtp_host, settings.smtp_port), timeout=SMTP_CONNECT_SECONDS):
                pass
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
            return Finding(topic, False, f"SMTP サーバー {where} に接続できません（{why}）",
                           "smtp_host・smtp_port と、メールサーバーが動いているか、ファイアウォールを確認してください")
        return Finding(topic, True, f"SMTP サーバー {where} に接続できます")
    folder = Path(settings.mail_folder)
    probe = _existing_ancestor(folder)
    advice = f"mail_folder（{folder}）を書き込めるフォルダーにしてください"
    if not probe.is_dir():
        return Finding(topic, False, f"メールフォルダー {folder} を作れません（{probe} がフォルダーではありません）",
                       advice)
    try:
        with tempfile.TemporaryFile(dir=probe):
            pass
    except OSError as exc:
        return Finding(topic, False, f"メールフォルダー {folder} に書き込めません（{exc.strerror}）", advice)
    made = "" if probe == folder else "（まだないため、最初のメールで作成されます）"
    return Finding(topic, True, f"メールフォルダー {folder} に書き込めます{made}")


def japanese_font_families(env: Mapping[str, str] | None = None) -> list[str] | None:
    """Families fontconfig knows with Japanese glyphs; None when fontconfig is missing."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        result = subprocess.run([fc_list, ":lang=ja", "family"], capture_output=True, text=True, timeout=30,
                                env=dict(os.environ if env is None else env), check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None  # reported like a missing fontconfig: it could not be asked
    return sorted({line.split(",")[0].strip() for line in result.stdout.splitlines() if line.strip()})


def check_font() -> Finding:
    topic = "日本語フォント"
    if sys.platform == "win32":
        fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        found = [name for name in WINDOWS_JAPANESE_FONTS if (fonts / name).is_file()]
        if found:
            return Finding(topic, True, f"あります（{'、'.join(found)}）")
        return Finding(topic, False, "日本語フォントが見つかりません",
                       "Windows の「日本語の補助フォント」を追加してください")
    install = f"`sudo apt-get install {FONT_PACKAGE}`（Debian/Ubuntu）で IPAex ゴシックを入れてください"
    families = japanese_font_families()
    if families is None:
        return Finding(topic, False, "fontconfig（fc-list）がないか答えないため確認できません",
                       f"`sudo apt-get install fontconfig {FONT_PACKAGE}` を実行してください")
    if not families:
        return Finding(topic, False, "日本語フォントがありません（画面の文字が□で表示されます）", install)
    return Finding(topic, True, f"あります（{'、'.join(families[:3])}）")


def run_checks(env: Mapping[str, str], database_url: str | None = None) -> list[Finding]:
    try:
        loaded = load_settings_with_sources(env)
    except ConfigError as exc:
        return [Finding("設定", False, str(exc), "名前の出ている設定ファイルか環境変数を直してください"), check_font()]
    settings = loaded.settings
    if database_url:
        settings = dataclasses.replace(settings, database_url=database_url)
    findings = [check_configuration(loaded), check_database(settings), check_mail(settings), check_font()]
    if settings.server_url:
        from mypage_desktop.cli.doctor_server import server_findings

        findings += server_findings(settings)
    return findings


def doctor(env: Mapping[str, str] | None = None, database_url: str | None = None) -> int:
    findings = run_checks(os.environ if env is None else env, database_url)
    for finding in findings:
        report(finding)
    bad = sum(not f.ok for f in findings)
    say("すべて正常です。" if not bad else f"{bad} 件の問題があります（NG の行の「対処」を見てください）。")
    return 0 if not bad else 1
