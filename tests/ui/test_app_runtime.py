"""The start-up order of ui/shell/runtime.py, run in-process on the test's QApplication: the login
window takes input on Qt's own event loop before asyncio is up; a login or a closed window in
those first moments is held, not lost; every way out (closing the window, OS logoff) ends the
session (docs/security.md S3), closes the backend and closes the qasync loop with its executor.

No ``qloop`` fixture here: the runtime installs its own qasync loop on the running Qt loop."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from helpers import (
    DEMO_EMAIL,
    GOOD_PASSWORD,
    open_demo_account,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from mypage_desktop.config import Settings
from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.ui.shell.crash import CrashHandler
from mypage_desktop.ui.shell.gui_thread_gc import GuiThreadCollector
from mypage_desktop.ui.shell.runtime import EXIT_OK, GuiRuntime

DEADLINE_MS = 30_000


class RecordingBackend:
    """The test's backend as the runtime gets it; ``close`` is recorded, the fixture closes."""

    def __init__(self, backend: Any) -> None:
        self.facade = backend.facade
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


Step = tuple[Callable[[GuiRuntime], bool], Callable[[GuiRuntime], object]]


def run(qapp, settings: Settings, backend: RecordingBackend, steps: list[Step]) -> tuple[GuiRuntime, int]:  # type: ignore[no-untyped-def]
    """Runs the runtime until it returns; ``steps`` are (condition, action) pairs done in order,
    each as soon as its condition holds (checked every 5 ms on the GUI thread, the first time
    before the runtime's own first turn, i.e. before asyncio is up)."""
    runtime = GuiRuntime(qapp, settings, lambda: backend, CrashHandler(settings.helpdesk_number))
    pending = list(steps)
    failures: list[BaseException] = []

    def tick() -> None:
        while pending and pending[0][0](runtime):
            _, action = pending.pop(0)
            try:
                action(runtime)
            except BaseException as exc:  # reported after run() returns
                failures.append(exc)
                runtime.request_quit()

    def give_up() -> None:
        failures.append(TimeoutError(f"{len(pending)} steps left"))
        qapp.exit(99)

    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(tick)
    poll.start()
    QTimer.singleShot(0, tick)  # queued before the runtime's first turn
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(give_up)
    deadline.start(DEADLINE_MS)
    try:
        code = runtime.run()
    finally:
        poll.stop()
        deadline.stop()
    if failures:
        raise failures[0]
    return runtime, code


def at_once(_runtime: GuiRuntime) -> bool:
    return True


def logged_in(runtime: GuiRuntime) -> bool:
    return runtime.controller.main_window is not None


def test_login_pressed_before_the_loop_runs_is_held_then_logs_in_and_quitting_revokes(
        qapp, settings, backend) -> None:  # type: ignore[no-untyped-def]
    open_demo_account(backend)
    recording = RecordingBackend(backend)
    tokens: list[str] = []
    seen: dict[str, object] = {}

    def press_login_early(runtime: GuiRuntime) -> None:
        window = runtime.controller.login_window
        assert window.isVisible() and runtime.loop is None  # shown; asyncio is not running yet
        window.logged_in.connect(lambda token, _profile: tokens.append(token))
        QTest.keyClicks(window.email_edit, DEMO_EMAIL)  # typing works at once
        QTest.keyClicks(window.password.edit, GOOD_PASSWORD)
        QTest.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
        seen["busy"] = window.busy
        collector = runtime.findChild(GuiThreadCollector)
        seen["collecting"] = collector is not None and collector.active

    runtime, code = run(qapp, settings, recording, [
        (at_once, press_login_early),
        (logged_in, GuiRuntime.request_quit),
    ])
    assert seen["busy"] is True  # accepted: waits for the loop and the backend
    assert seen["collecting"] is True  # the cyclic GC runs on this (the GUI) thread only
    assert code == EXIT_OK
    assert tokens, "the held login never ran"
    with pytest.raises(SessionInvalid):  # S3: quitting revoked the session
        backend.facade.my_profile(tokens[0])
    assert recording.closed == 1
    assert runtime.loop is not None and runtime.loop.is_closed()
    assert not runtime.controller.login_window.isVisible()


def test_closing_the_login_window_before_the_loop_runs_quits_cleanly(qapp, settings, backend) -> None:  # type: ignore[no-untyped-def]
    recording = RecordingBackend(backend)

    def close_early(runtime: GuiRuntime) -> None:
        assert runtime.loop is None
        runtime.controller.login_window.close()

    runtime, code = run(qapp, settings, recording, [(at_once, close_early)])
    assert code == EXIT_OK
    assert recording.closed == 1  # the backend still opening was waited for, then closed
    assert runtime.loop is not None and runtime.loop.is_closed()


def test_os_logoff_ends_the_session_and_closes_the_backend(qapp, settings, backend) -> None:  # type: ignore[no-untyped-def]
    """``QApplication.quit()`` from outside (session end): aboutToQuit revokes synchronously,
    then the main coroutine still runs to its end and the loop is closed."""
    open_demo_account(backend)
    recording = RecordingBackend(backend)
    tokens: list[str] = []

    def log_in(runtime: GuiRuntime) -> None:
        window = runtime.controller.login_window
        window.logged_in.connect(lambda token, _profile: tokens.append(token))
        window.email_edit.setText(DEMO_EMAIL)
        window.password.edit.setText(GOOD_PASSWORD)
        assert window.submit() is not None

    runtime, code = run(qapp, settings, recording, [
        (lambda runtime: runtime.controller.facade is not None, log_in),
        (logged_in, lambda _runtime: qapp.quit()),
    ])
    assert code == EXIT_OK
    with pytest.raises(SessionInvalid):
        backend.facade.my_profile(tokens[0])
    assert recording.closed == 1
    assert runtime.loop.is_closed()
    assert asyncio.events._get_running_loop() is None


def test_qt_loop_ending_before_asyncio_is_up_leaves_nothing_running(qapp, settings, backend) -> None:  # type: ignore[no-untyped-def]
    """OS logoff in the first moments: run() returns, and the import finishing later installs
    no loop and leaves no thread behind."""
    recording = RecordingBackend(backend)
    runtime, code = run(qapp, settings, recording, [(at_once, lambda _runtime: qapp.quit())])
    assert code == EXIT_OK
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:  # let a late import signal arrive
        qapp.processEvents()
        time.sleep(0.01)
    assert runtime.loop is None
    assert not any(thread.name == "mypage-async-import" for thread in threading.enumerate())
    assert recording.closed == 0  # never opened
