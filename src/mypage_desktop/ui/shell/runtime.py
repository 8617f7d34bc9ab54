"""The Qt half of start-up (imported by :mod:`mypage_desktop.ui.app` after the plain modules,
because PySide6's import hook makes every later import slower).

Order (:func:`run_gui`): the login window is shown and Qt's own event loop runs first, so the
window takes input as early as a bare Qt window would. asyncio and qasync (together ~40 ms of
imports, more than the login window itself) are then imported on a worker thread while the
event loop keeps the window responsive, and the qasync loop is installed on the running Qt
loop (``QEventLoop(app, already_running=True)``, docs/tech-notes.md §qasync). Only then does the
controller open the backend and start a login or the wizard asked for in the meantime.

Leaving mirrors ``asyncio.run``: the main coroutine ends the session (revocation awaited),
closes the windows and the backend, cancels what is left and stops the loop; after
``app.exec()`` returns the loop is closed, which shuts its executor down (waiting for its
threads). ``loop.stop()`` calls ``QApplication.exit()`` while ``app.exec()`` runs, so it just
ends that call (docs/tech-notes.md §qasync warns about calling it with no ``exec()`` running). If Qt's
loop ends some other way (OS logoff, ``QApplication.quit()``), ``aboutToQuit`` does the
synchronous clean-up and the main coroutine is then run to its end.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from mypage_desktop.config import Paths, Settings
from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.ui.shell.controller import AppController
from mypage_desktop.ui.shell.crash import CrashHandler
from mypage_desktop.ui.shell.gui_thread_gc import GuiThreadCollector
from mypage_desktop.ui.widgets import display, language
from mypage_desktop.ui.widgets.fonts import ensure_japanese_font
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.saved_files import configure_kiosk_saving

if TYPE_CHECKING:
    import asyncio

    from mypage_desktop.facade.backend import Backend

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2
DISPLAY_FILE = "display.json"
LANGUAGE_FILE = "language.json"
HEADLESS_PLATFORMS = ("offscreen", "minimal")
ASYNC_MODULES = ("asyncio", "qasync")


def make_application(qt_args: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "mypage-desktop", *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName("mypage-desktop")
    app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends (S3)
    ensure_japanese_font(app)
    install_qt_japanese(app)
    display.apply_display(display.default_choice(), app)  # issue 15: the app's own colours
    return app


def install_qt_japanese(app: QApplication) -> bool:
    """Qt's own dialogs (file, print, message-box buttons) in Japanese: without qtbase_ja they
    say Save/Cancel/Look in… to a seeker who reads no English. The runtime then applies the
    office's or the user's language (``ui/widgets/language.py``)."""
    from PySide6.QtCore import QTranslator

    from mypage_desktop.domain.languages import SOURCE
    from mypage_desktop.ui.widgets import language

    language.apply_language(SOURCE, app)
    return app.findChild(QTranslator, "mypageLanguage") is not None


def gui_visible() -> bool:
    return QGuiApplication.platformName() not in HEADLESS_PLATFORMS


def report_startup_error(text: str, on_closed: Callable[[], None] | None = None) -> None:
    """stderr always; a message box too when someone can see it (never a traceback). With
    ``on_closed`` (inside the running loop) the box is non-blocking (docs/code-style.md §non-blocking-dialogs) and
    ``on_closed`` runs when it is dismissed; otherwise at once."""
    if sys.stderr is not None:
        print(f"mypage-desktop: {text}", file=sys.stderr)
    log.error("start-up failed: %s", text)
    if QApplication.instance() is None or not gui_visible():
        if on_closed is not None:
            on_closed()
        return
    box = QMessageBox(QMessageBox.Icon.Critical, t("求職者マイページを起動できません"), text,
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


def bench_startup() -> bool:
    """``MYPAGE_BENCH_STARTUP=1`` (bench/README.md): print ``READY`` and ``ASYNC``, then quit."""
    return os.environ.get("MYPAGE_BENCH_STARTUP") == "1"


class AsyncImporter(QObject):
    """Imports :data:`ASYNC_MODULES` on a worker thread; ``imported`` arrives on the GUI thread
    with "" or the import error (the GUI thread keeps handling input meanwhile). The receiver
    must :meth:`join` the thread: a thread still inside ``emit`` when the interpreter shuts
    down crashes it (seen as a segfault in PySide's ``qt_metacall`` at exit)."""

    imported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._work, name="mypage-async-import", daemon=True)
        self._thread.start()

    def join(self) -> None:
        """Waits (GIL released) for the worker to leave ``emit`` and end; microseconds."""
        if self._thread is not None:
            self._thread.join()

    def _work(self) -> None:
        error = ""
        try:
            for name in ASYNC_MODULES:
                importlib.import_module(name)
        except Exception as exc:  # reported by the receiver, on the GUI thread
            error = f"{type(exc).__name__}: {exc}"
        self.imported.emit(error)  # queued: this object lives on the GUI thread


class GuiRuntime(QObject):
    """Runs the app from the first login window to the exit code (see the module doc)."""

    def __init__(self, app: QApplication, settings: Settings, open_backend: Callable[[], Backend],
                 crash: CrashHandler, ready_probe: Callable[[], float] | None = None,
                 controller: AppController | None = None) -> None:
        """``controller``: another controller with the same start-up, quit and crash hooks
        (the staff console's); by default the seekers' :class:`AppController`."""
        super().__init__()
        self.app = app
        self.crash = crash
        self.ready_probe = ready_probe
        self.exit_code = EXIT_OK
        # issue 15: the user's 文字の大きさ / 表示 on an own PC; a kiosk starts with the default
        config_dir = Paths.from_environment(os.environ).config_dir
        display.configure(None if settings.kiosk_mode else config_dir / DISPLAY_FILE)
        # the office's language, or on an own PC the one chosen last (a kiosk: each visitor anew)
        language.configure(settings.language, None if settings.kiosk_mode else config_dir / LANGUAGE_FILE)
        self.controller = controller or AppController(app_info_from(settings), open_backend)
        # A kiosk saves through its own dialog only, and files a crash left are removed now.
        configure_kiosk_saving(settings.kiosk_mode, settings.kiosk_save_folder)
        self.loop: Any = None  # the qasync QEventLoop, once installed
        self._main_task: asyncio.Task[None] | None = None
        self._quit_event: asyncio.Event | None = None
        self._quit_requested = False
        self._finished = False  # app.exec() has returned: a late import signal is ignored
        self._importer = AsyncImporter(self)
        self._importer.imported.connect(self._on_async_imported)

    def run(self) -> int:
        controller = self.controller
        self.crash.set_safe_screen(controller.safe_screen)
        self.app.aboutToQuit.connect(controller.on_about_to_quit)
        controller.quit_requested.connect(self.request_quit)
        controller.backend_failed.connect(self._on_backend_failed)
        quit_on_last_window = self.app.quitOnLastWindowClosed()
        self.app.setQuitOnLastWindowClosed(False)  # the controller decides when the app ends (S3)
        controller.show_login()
        QTimer.singleShot(0, self._on_event_loop_started)  # after the window's show/expose events
        collector = GuiThreadCollector(self)
        collector.start()
        try:
            self.app.exec()
            self._finished = True
            self._finish()
        finally:
            collector.stop()
            self._finished = True
            self.app.setQuitOnLastWindowClosed(quit_on_last_window)
            self.crash.set_safe_screen(None)
            self.app.aboutToQuit.disconnect(controller.on_about_to_quit)
            if self.loop is not None:  # connected by QEventLoop(already_running=True)
                self.app.aboutToQuit.disconnect(self.loop._after_run_forever)
        return self.exit_code

    # -- the way in --------------------------------------------------------------------
    def _on_event_loop_started(self) -> None:
        if bench_startup():
            self._print_probe("READY")
        self._importer.start()

    @Slot(str)
    def _on_async_imported(self, error: str) -> None:
        self._importer.join()
        if self._finished:  # Qt's loop ended before asyncio was up (OS logoff in the first moments)
            return
        if error:
            log.error("asyncio/qasync could not be imported (%s)", error)
            self.exit_code = EXIT_FAILED
            self.controller.login_window.hide()
            report_startup_error(t("起動に必要なモジュールを読み込めません（{error}）。").format(error=error),
                                 lambda: self.app.exit(EXIT_FAILED))
            return
        import asyncio

        import qasync

        self.loop = qasync.QEventLoop(self.app, already_running=True)  # also the running loop now
        self._quit_event = asyncio.Event()
        if self._quit_requested:
            self._quit_event.set()
        self._main_task = self.loop.create_task(self._main())
        self._main_task.add_done_callback(lambda _task: self.loop.stop())  # stop() ends app.exec()

    async def _main(self) -> None:
        assert self._quit_event is not None
        try:
            self.controller.start_async()
            if bench_startup():
                self._print_probe("ASYNC")
                self.request_quit()
            await self._quit_event.wait()
            await self.controller.shutdown()
        finally:
            await self._cancel_other_tasks()
            await self.loop.shutdown_asyncgens()

    def _print_probe(self, word: str) -> None:
        seconds = self.ready_probe() if self.ready_probe is not None else 0.0
        print(f"{word} {seconds:.3f}", flush=True)

    # -- the way out -------------------------------------------------------------------
    def request_quit(self) -> None:
        self._quit_requested = True
        if self._quit_event is not None:
            self._quit_event.set()

    def _on_backend_failed(self, text: str) -> None:
        self.exit_code = EXIT_CONFIG
        self.controller.login_window.hide()
        report_startup_error(text, self.request_quit)

    async def _cancel_other_tasks(self) -> None:
        """What ``asyncio.run`` does before closing its loop."""
        import asyncio

        current = asyncio.current_task()
        pending = [task for task in asyncio.all_tasks() if task is not current and not task.done()]
        for task in pending:
            task.cancel()
        results = await asyncio.gather(*pending, return_exceptions=True)
        for task, result in zip(pending, results, strict=True):
            if isinstance(result, Exception):
                self.loop.call_exception_handler({"message": "unhandled exception during shutdown",
                                                  "exception": result, "task": task})

    def _finish(self) -> None:
        """After ``app.exec()``: run the main coroutine to its end if Qt's loop ended from
        elsewhere, then close the loop (and with it the executor)."""
        import asyncio

        loop, task = self.loop, self._main_task
        if loop is None or task is None:  # Qt's loop ended before asyncio was up
            self._importer.join()  # no thread may be left importing when the interpreter exits
            return
        if not task.done():  # OS logoff or QApplication.quit(): aboutToQuit cleaned up already
            self.request_quit()
            loop.stop()  # not running any more, so it can run again until the task is done
            loop.run_until_complete(task)
        asyncio.events._set_running_loop(None)
        loop.close()  # shuts the executor down, waiting for its threads (docs/tech-notes.md §qasync)
        task.result()  # an exception of the main coroutine is not swallowed


def run_gui(app: QApplication, settings: Settings, open_backend: Callable[[], Backend],
            crash: CrashHandler, ready_probe: Callable[[], float] | None = None) -> int:
    """Shows the login window, then runs until the user closes the last window (or the OS
    ends the session). Returns the exit code."""
    return GuiRuntime(app, settings, open_backend, crash, ready_probe).run()
