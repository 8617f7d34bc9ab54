"""Start-up and last-resort handling: configuration errors, the crash handler (docs/security.md P2),
the log (P1) and the start-up benchmark contract."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from helpers import (
    WAIT_MS,
    run_app,
)
from PySide6.QtCore import QTimer

from mypage_desktop.logs import LOG_FILE_NAME, setup_logging, teardown_logging
from mypage_desktop.ui.shell.controller import AppController
from mypage_desktop.ui.shell.crash import CrashHandler


@pytest.fixture
def log_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = setup_logging(tmp_path, "DEBUG")
    yield path
    teardown_logging()


def test_config_error_is_a_clear_message_and_exit_code_2(tmp_path: Path) -> None:
    result = run_app(tmp_path, MYPAGE_KEY_VALIDITY_MINUTES="99")
    assert result.returncode == 2
    assert "key_validity_minutes" in result.stderr and "10〜59" in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_database_is_a_clear_message_and_exit_code_2(tmp_path: Path) -> None:
    result = run_app(tmp_path, MYPAGE_DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.returncode == 2
    assert "データベースに接続できません" in result.stderr
    assert "Traceback" not in result.stderr.split("データベースに接続できません")[-1]
    assert not any(line.startswith("Traceback") for line in result.stderr.splitlines())


def test_version_flag(tmp_path: Path) -> None:
    result = run_app(tmp_path, "--version")
    assert result.returncode == 0 and result.stdout.startswith("mypage-desktop ")


def test_bench_startup_contract_prints_ready_and_exits(tmp_path: Path) -> None:
    result = run_app(tmp_path, "--demo", MYPAGE_BENCH_STARTUP="1")
    assert result.returncode == 0, result.stderr
    ready = [line for line in result.stdout.splitlines() if line.startswith("READY ")]
    assert len(ready) == 1 and float(ready[0].split()[1]) > 0


def test_backend_failure_is_reported_to_the_user(qtbot, qloop) -> None:
    def broken() -> None:
        raise OSError("disk gone")

    controller = AppController(_info(), broken)  # type: ignore[arg-type]
    qtbot.addWidget(controller.login_window)
    with qtbot.waitSignal(controller.backend_failed, timeout=WAIT_MS) as failed:
        controller.start()
    assert "データベースに接続できません" in failed.args[0] and "OSError" in failed.args[0]
    assert "disk gone" not in failed.args[0]


@pytest.mark.qt_no_exception_capture
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # QMessageBox on offscreen
def test_P2_excepthook_shows_a_generic_dialog_and_logs_the_trace(qtbot, log_file: Path) -> None:
    returned_to_safe_screen: list[bool] = []
    handler = CrashHandler("0570-077450", safe_screen=lambda: returned_to_safe_screen.append(True))
    handler.install()
    try:
        def broken_slot() -> None:
            raise RuntimeError("boom for taro.yamagata@example.jp key 1234 5678")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=WAIT_MS)
        text = handler.dialog.text()
        incident = handler.last_incident
        assert incident and incident in text
        assert "予期しないエラーが発生しました" in text and "0570-077450" in text
        assert "RuntimeError" not in text and "taro" not in text
        assert returned_to_safe_screen == [True]
        handler.dialog.close()
    finally:
        handler.uninstall()
    records = [json.loads(line) for line in log_file.read_text(encoding="utf-8").splitlines()]
    crash = [r for r in records if r.get("incident") == incident]
    assert crash and "Traceback" in crash[0]["exc"] and "broken_slot" in crash[0]["exc"]
    raw = log_file.read_text(encoding="utf-8")
    assert "taro.yamagata@example.jp" not in raw and "1234 5678" not in raw


def test_P1_log_is_one_json_line_per_record_and_redacted(log_file: Path) -> None:
    logging.getLogger("mypage.test").warning("login by %s key %s", "a\r\nFAKE@example.jp", "12345678")
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["level"] == "WARNING" and record["logger"] == "mypage.test"
    assert "FAKE@example.jp" not in record["msg"] and "12345678" not in record["msg"]
    assert "***@***" in record["msg"] and "[redacted]" in record["msg"]
    assert log_file.name == LOG_FILE_NAME


def _info():  # type: ignore[no-untyped-def]
    from mypage_desktop.domain.account_dto import AppInfo

    return AppInfo("ハローワークやまがた", "0570-077450", "system@mail.hellowork.mhlw.go.jp", 30, True, False)


def test_a_japanese_font_is_in_use(qapp) -> None:  # type: ignore[no-untyped-def]
    """docs/tech-notes.md §japanese-fonts: without one, every screen shows tofu boxes."""
    from PySide6.QtGui import QFontDatabase

    from mypage_desktop.ui.widgets.fonts import ensure_japanese_font

    before = qapp.font()
    try:
        family = ensure_japanese_font(qapp)
        assert family is not None
        assert QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(family)
        assert qapp.font().families()[0] == family
    finally:
        qapp.setFont(before)


def test_the_console_stays_quiet_and_the_data_stays_private(tmp_path: Path) -> None:
    """Issue #13: the terminal filled with JSON INFO lines (audit, outbox) while the app ran,
    and the data directory and log were readable by every account (umask 022)."""
    import os
    import stat

    result = run_app(tmp_path, "--demo", MYPAGE_BENCH_STARTUP="1", umask=0o022)
    assert result.returncode == 0, result.stderr
    data_dir = tmp_path / "data"
    log_lines = [json.loads(line) for line in (data_dir / "logs" / LOG_FILE_NAME).read_text("utf-8").splitlines()]
    assert any(record["level"] == "INFO" for record in log_lines)  # the full log is in the file
    console = [line for line in result.stderr.splitlines() if line.startswith("{")]
    assert all(json.loads(line)["level"] in ("WARNING", "ERROR", "CRITICAL") for line in console), console
    if os.name == "posix":
        def mode(path: Path) -> int:
            return stat.S_IMODE(path.stat().st_mode)

        assert mode(data_dir) == 0o700 and mode(data_dir / "logs") == 0o700
        assert mode(data_dir / "logs" / LOG_FILE_NAME) == 0o600
        assert mode(data_dir / "demo.sqlite3") == 0o600


def test_the_main_window_leaves_reportlab_to_the_first_pdf_and_print_support_to_printing() -> None:
    """ReportLab (~11 MiB) is imported when a PDF is made, not with the main window's modules
    (docs/tech-notes.md §kiosk-memory); opening the 履歴書 dialog starts it in the background.
    QtPrintSupport (~1 MiB) waits for 印刷する…, httpx is not the PC's HTTPS client, and the html
    package (its entity table) is not loaded for escaping."""
    import os
    import subprocess
    import sys

    code = ("import sys, importlib, time; "
            "from mypage_desktop.ui.shell.controller import SESSION_MODULES; "
            "[importlib.import_module(name) for name in SESSION_MODULES]; "
            "import mypage_desktop.ui.jobs.apply_dialog, mypage_desktop.facade.remote.client; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'httpx', 'httpcore', 'anyio'}) == [], "
            "not {'PySide6.QtPrintSupport', 'html'} & set(sys.modules)); "
            "import mypage_desktop.ui.referrals.referrals_page; "
            "print('reportlab' in sys.modules); "
            "from mypage_desktop.ui.widgets.pdf_file import import_in_background; "
            "from mypage_desktop.ui.jobs.resume_dialog import RESUME_PDF_MODULE; "
            "import_in_background(RESUME_PDF_MODULE); "
            "[time.sleep(0.05) for _ in range(400) if RESUME_PDF_MODULE not in sys.modules]; "
            "importlib.import_module(RESUME_PDF_MODULE); print('reportlab' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["True", "True", "False", "True"]


def test_the_stall_benchmark_imports_what_the_app_imports_after_login() -> None:
    """``bench/run startup`` measures a kiosk's memory with these modules; the app imports its
    SESSION_MODULES at the same moment, so the benchmark must import at least those."""
    from mypage_desktop.ui.devtools import bench_hooks
    from mypage_desktop.ui.shell.controller import SESSION_MODULES

    assert set(SESSION_MODULES) <= set(bench_hooks._REMOTE_MODULES)
