"""A login at the earliest moment of start-up (issue 13): the warm-up that creates PySide6's
enum types on a worker thread must be over before a login can build the main window on the GUI
thread (the two at once crashed the process in 4 of 12 runs)."""

from __future__ import annotations

import threading

from helpers import (
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
    SharedBackend,
    open_demo_account,
    stop_controller,
    type_credentials,
)
from PySide6.QtCore import Qt

from mypage_desktop.ui.login.seeker_window import LoginWindow
from mypage_desktop.ui.shell import qt_warmup
from mypage_desktop.ui.shell.controller import AppController


def test_the_login_window_gets_the_facade_only_after_the_warm_up(qtbot, qloop, backend, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    warmed = threading.Event()
    original = qt_warmup.create_qt_enums
    seen_at_hand_over: list[bool] = []

    def slow_warm_up() -> int:
        warmed.wait(0.2)  # a slow machine: the warm-up takes a while
        touched = original()
        warmed.set()
        return touched

    def recording_set_facade(self, facade):  # type: ignore[no-untyped-def]
        seen_at_hand_over.append(warmed.is_set())
        return original_set_facade(self, facade)

    original_set_facade = LoginWindow.set_facade
    monkeypatch.setattr(qt_warmup, "create_qt_enums", slow_warm_up)
    monkeypatch.setattr(LoginWindow, "set_facade", recording_set_facade)
    open_demo_account(backend)
    app = AppController(backend.facade.app_info(), lambda: SharedBackend(backend))
    qtbot.addWidget(app.login_window)
    app.show_login()
    type_credentials(qtbot, app.login_window, DEMO_EMAIL, GOOD_PASSWORD)
    qtbot.mouseClick(app.login_window.login_button, Qt.MouseButton.LeftButton)  # before anything is open
    app.start_async()
    try:
        qtbot.waitUntil(lambda: app.main_window is not None and app.main_window.isVisible(), timeout=WAIT_MS)
        assert seen_at_hand_over == [True]
    finally:
        stop_controller(app)


def test_logging_in_at_the_earliest_moment_again_and_again_keeps_the_app_alive(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    open_demo_account(backend)
    for _round in range(5):
        app = AppController(backend.facade.app_info(), lambda: SharedBackend(backend))
        qtbot.addWidget(app.login_window)
        app.show_login()
        type_credentials(qtbot, app.login_window, DEMO_EMAIL, GOOD_PASSWORD)
        qtbot.mouseClick(app.login_window.login_button, Qt.MouseButton.LeftButton)
        app.start_async()
        qtbot.waitUntil(lambda app=app: app.main_window is not None and app.main_window.isVisible(),
                        timeout=WAIT_MS)
        stop_controller(app)
