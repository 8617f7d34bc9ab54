"""Which window is shown when: wizard ↔ login (docs/security.md K6), kiosk, quitting (S3)."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest
from helpers import (
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
    SharedBackend,
    log_in,
    open_demo_account,
    start_controller,
    stop_controller,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.ui.shell.controller import AppController


@pytest.fixture
def controller(qtbot, qloop, backend):  # type: ignore[no-untyped-def]
    app = start_controller(qtbot, backend)
    yield app
    if app.wizard is not None:
        qtbot.addWidget(app.wizard)
    if app.mailbox is not None:
        qtbot.addWidget(app.mailbox)
    stop_controller(app)


def _open_wizard(qtbot, controller):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(controller.login_window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.wizard is not None and controller.wizard.isVisible(), timeout=WAIT_MS)
    return controller.wizard


def test_K6_opening_wizard_then_login_requested_shows_an_empty_login(qtbot, controller) -> None:
    controller.login_window.email_edit.setText("typed@example.jp")
    wizard = _open_wizard(qtbot, controller)
    assert not controller.login_window.isVisible()
    assert controller.mailbox is not None and controller.mailbox.isVisible()  # demo: the key is readable
    wizard.login_requested.emit()
    assert controller.wizard is None
    assert controller.login_window.isVisible()
    assert controller.login_window.email_edit.text() == "" and controller.login_window.password.text() == ""


def test_demo_mailbox_opens_beside_the_wizard_which_keeps_the_keyboard(qtbot, controller) -> None:
    """Demo mode opens the mailbox with the wizard (the key arrives there); typing must still
    go to the wizard, so the mailbox never becomes the active window on its own."""
    wizard = _open_wizard(qtbot, controller)
    mailbox = controller.mailbox
    assert mailbox is not None and mailbox.isVisible()
    qtbot.wait(50)  # any late activation would have arrived
    assert QApplication.activeWindow() is wizard
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is wizard
    qtbot.keyClick(focused, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # reads step 1
    assert wizard.consent_page.terms.view.is_read or wizard.consent_page.privacy.view.is_read
    # The mailbox still comes to the front when asked for from the login window.
    wizard.done(QDialog.DialogCode.Rejected)
    qtbot.waitUntil(controller.login_window.isVisible, timeout=WAIT_MS)
    mailbox.hide()
    qtbot.mouseClick(controller.login_window.mailbox_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mailbox, timeout=WAIT_MS)


def test_cancelling_the_wizard_returns_to_login(qtbot, controller) -> None:
    wizard = _open_wizard(qtbot, controller)
    wizard.done(QDialog.DialogCode.Rejected)
    qtbot.waitUntil(lambda: controller.login_window.isVisible(), timeout=WAIT_MS)
    assert controller.wizard is None


def test_opening_button_twice_opens_one_wizard(qtbot, controller) -> None:
    wizard = _open_wizard(qtbot, controller)
    controller.login_window.opening_requested.emit()
    qtbot.wait(50)
    assert controller.wizard is wizard


def test_closing_the_login_window_asks_to_quit(qtbot, controller) -> None:
    with qtbot.waitSignal(controller.quit_requested, timeout=WAIT_MS):
        controller.login_window.close()


def test_kiosk_mode_shows_windows_full_screen(qtbot, qloop, backend) -> None:
    info = dataclasses.replace(backend.facade.app_info(), kiosk_mode=True)
    app = AppController(info, lambda: backend)
    qtbot.addWidget(app.login_window)
    app.show_window(app.login_window)
    assert app.login_window.windowState() & Qt.WindowState.WindowFullScreen


def test_S3_orderly_shutdown_revokes_the_session_and_closes_the_backend(qtbot, qloop, backend) -> None:
    open_demo_account(backend)
    closed: list[bool] = []

    class Recording:
        facade = backend.facade

        def close(self) -> None:
            closed.append(True)

    app = AppController(backend.facade.app_info(), Recording)
    qtbot.addWidget(app.login_window)
    app.start()
    qtbot.waitUntil(lambda: app.facade is not None, timeout=WAIT_MS)
    tokens: list[str] = []
    app.login_window.logged_in.connect(lambda token, _profile: tokens.append(token))
    log_in(qtbot, app.login_window)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=WAIT_MS)
    task = asyncio.ensure_future(app.shutdown())
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    task.result()
    assert closed == [True]
    with pytest.raises(SessionInvalid):
        backend.facade.my_profile(tokens[0])
    assert not app.login_window.isVisible()


def test_opening_pressed_before_the_loop_runs_opens_the_wizard_once_it_does(qtbot, qloop, backend) -> None:
    """Start-up shows the login window before the asyncio loop (ui/shell/runtime.py): the press
    is held by the controller, not lost, and needs nothing from asyncio meanwhile."""
    app = AppController(backend.facade.app_info(), lambda: SharedBackend(backend))
    qtbot.addWidget(app.login_window)
    app.show_login()
    qtbot.mouseClick(app.login_window.open_button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert app.wizard is None and app.login_window.isVisible()
    app.start_async()
    qtbot.waitUntil(lambda: app.wizard is not None and app.wizard.isVisible(), timeout=WAIT_MS)
    qtbot.addWidget(app.wizard)
    if app.mailbox is not None:
        qtbot.addWidget(app.mailbox)
    stop_controller(app)


def test_S3_start_up_revokes_sessions_this_pc_left_open(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    """S3: after a crash the session row stays open; the next start revokes it."""
    open_demo_account(backend)
    left_open = backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD).token
    assert left_open and backend.facade.my_profile(left_open)
    controller = start_controller(qtbot, backend)
    try:
        with pytest.raises(SessionInvalid):
            backend.facade.my_profile(left_open)
    finally:
        stop_controller(controller)
