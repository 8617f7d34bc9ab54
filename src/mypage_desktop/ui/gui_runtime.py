"""The Qt half of start-up (imported by :mod:`mypage_desktop.ui.app` after the plain modules,
because PySide6's import hook makes every later import slower)."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from mypage_desktop.config import Settings
from mypage_desktop.domain.dto import AppInfo

from .controller import AppController, Backend
from .crash import CrashHandler
from .fonts import ensure_japanese_font
from .i18n import tr

log = logging.getLogger(__name__)
CONTEXT = "app"
EXIT_OK, EXIT_CONFIG = 0, 2
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def make_application(qt_args: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "mypage-desktop", *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName("mypage-desktop")
    app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends (S3)
    ensure_japanese_font(app)
    return app


def gui_visible() -> bool:
    return QGuiApplication.platformName() not in HEADLESS_PLATFORMS


def report_startup_error(text: str, on_closed: Callable[[], None] | None = None) -> None:
    """stderr always; a message box too when someone can see it (never a traceback). With
    ``on_closed`` (inside the running loop) the box is non-blocking (STYLE 7) and
    ``on_closed`` runs when it is dismissed; otherwise at once."""
    if sys.stderr is not None:
        print(f"mypage-desktop: {text}", file=sys.stderr)
    log.error("start-up failed: %s", text)
    if QApplication.instance() is None or not gui_visible():
        if on_closed is not None:
            on_closed()
        return
    box = QMessageBox(QMessageBox.Icon.Critical, tr(CONTEXT, "求職者マイページを起動できません"), text,
                      QMessageBox.StandardButton.Ok)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if on_closed is None:
        box.exec()  # before the event loop runs: nothing else to keep responsive
        return
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: on_closed())
    box.open()


def app_info_from(settings: Settings) -> AppInfo:
    return AppInfo(settings.office_name, settings.helpdesk_number, settings.mail_sender,
                   settings.key_validity_minutes, settings.demo_mode, settings.kiosk_mode)


async def run_app(app: QApplication, settings: Settings, open_backend: Callable[[], Backend],
                  crash: CrashHandler, ready_probe: Callable[[], float] | None = None) -> int:
    """Shows the login window, opens the backend off the GUI thread and runs until the user
    closes the last window (or the OS ends the session). Returns the exit code."""
    quit_event = asyncio.Event()
    exit_code = EXIT_OK
    controller = AppController(app_info_from(settings), open_backend)
    crash.set_safe_screen(controller.safe_screen)
    app.aboutToQuit.connect(controller.on_about_to_quit)
    app.aboutToQuit.connect(quit_event.set)
    controller.quit_requested.connect(quit_event.set)

    def on_backend_failed(text: str) -> None:
        nonlocal exit_code
        exit_code = EXIT_CONFIG
        controller.login_window.hide()
        report_startup_error(text, quit_event.set)

    controller.backend_failed.connect(on_backend_failed)
    controller.start()
    if ready_probe is not None and os.environ.get("MYPAGE_BENCH_STARTUP") == "1":
        def ready() -> None:
            print(f"READY {ready_probe():.3f}", flush=True)
            quit_event.set()

        QTimer.singleShot(0, ready)  # after the show/expose events of the login window
    try:
        await quit_event.wait()
        await controller.shutdown()
    finally:
        crash.set_safe_screen(None)
    return exit_code
