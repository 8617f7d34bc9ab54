"""Shared office PCs (kiosk mode, docs/product-rules.md §deployment, issue #6): closing the main window logs out and
returns to the start screen; closing the start screen only empties it; the start screen
carries the leaflet's reminder to log out; quitting still works."""

from __future__ import annotations

import pytest
from helpers import (
    DEMO_EMAIL,
    WAIT_MS,
    log_in,
    open_demo_account,
    start_controller,
    stop_controller,
    type_credentials,
)
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.ui.widgets.style import LOGOUT_REMINDER


@pytest.fixture
def kiosk(qtbot, qloop, backend):  # type: ignore[no-untyped-def]
    open_demo_account(backend)
    controller = start_controller(qtbot, backend, kiosk=True)
    quits: list[bool] = []
    controller.quit_requested.connect(lambda: quits.append(True))
    yield controller, quits
    stop_controller(controller)


def test_start_screen_is_full_screen_with_the_logout_reminder(kiosk) -> None:
    controller, _quits = kiosk
    login = controller.login_window
    assert login.isVisible() and login.windowState() & Qt.WindowState.WindowFullScreen
    texts = [label.text() for label in login.findChildren(QLabel) if label.isVisible()]
    assert any(LOGOUT_REMINDER in text for text in texts)


def test_start_screen_says_to_have_the_phone_ready_for_the_mail(kiosk) -> None:
    """On an office PC the key mail can only be read on the seeker's own phone (leaflet)."""
    controller, _quits = kiosk
    login = controller.login_window
    texts = [label.text() for label in login.findChildren(QLabel) if label.isVisible()]
    advice = "その場で（ご自身のスマートフォンなどで）受信・確認できるようにご準備ください。"
    assert any(advice in text for text in texts)


def test_closing_the_start_screen_empties_it_and_keeps_it(qtbot, kiosk) -> None:
    controller, quits = kiosk
    login = controller.login_window
    type_credentials(qtbot, login, DEMO_EMAIL, "half-typed")
    assert not login.close()  # Alt+F4 / the close button
    assert login.isVisible()
    assert login.email_edit.text() == "" and login.password.text() == ""
    qtbot.wait(50)
    assert quits == []


def test_closing_the_main_window_logs_out_and_returns_to_the_start_screen(qtbot, kiosk, facade) -> None:
    controller, quits = kiosk
    tokens: list[str] = []
    controller.login_window.logged_in.connect(lambda token, _profile: tokens.append(token))
    log_in(qtbot, controller.login_window)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                    timeout=WAIT_MS)
    main = controller.main_window
    assert main.windowState() & Qt.WindowState.WindowFullScreen
    login = controller.login_window
    # the hidden start screen gives back its full-screen pixel buffer (docs/tech-notes.md §kiosk-memory)
    assert login.windowHandle() is None and not login.testAttribute(Qt.WidgetAttribute.WA_WState_Created)
    with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
        main.close()
    assert login.isVisible() and login.windowState() & Qt.WindowState.WindowFullScreen
    assert login.windowHandle() is not None
    assert login.email_edit.text() == "" and login.password.text() == ""
    assert controller.main_window is None
    with pytest.raises(SessionInvalid):
        facade.my_profile(tokens[0])
    assert quits == []
    type_credentials(qtbot, login, DEMO_EMAIL, "next visitor")  # the new native window takes keys
    assert login.email_edit.text() == DEMO_EMAIL


def test_quitting_closes_the_kiosk_start_screen(qtbot, kiosk) -> None:
    """aboutToQuit (OS logoff, the office shutting the PC down) still closes everything."""
    controller, _quits = kiosk
    controller.on_about_to_quit()
    assert not controller.login_window.isVisible()


def _layout(window: QWidget) -> dict[str, QRect]:
    """Where each visible widget of the window sits (object name or class + index)."""
    return {f"{type(child).__name__}:{index}": QRect(child.geometry())
            for index, child in enumerate(window.findChildren(QWidget)) if not child.isHidden()}


def _screen_image(window: QWidget) -> QImage:
    """What the window put on the screen (its flushed backing store), not a fresh render."""
    return window.screen().grabWindow(window.winId()).toImage()


def test_the_start_screen_comes_back_as_it_was(qtbot, kiosk) -> None:
    """Issue #13: after the main window closed, the start screen once kept paint fragments (a
    second 「パスワードを忘れた方」, a strip of the progress bar). The login hid the window in
    its busy layout; coming back, ログイン and everything below had to move."""
    controller, _quits = kiosk
    login = controller.login_window
    qtbot.wait(50)
    fresh_layout, fresh_image = _layout(login), _screen_image(login)
    while_hidden: list[dict[str, QRect]] = []
    login.logged_in.connect(lambda _token, _profile: while_hidden.append(_layout(login)))
    log_in(qtbot, login)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                    timeout=WAIT_MS)
    assert not login.isVisible()
    assert while_hidden == [fresh_layout]  # hidden as a fresh start screen, nothing to move back
    with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
        controller.main_window.close()
    assert login.isVisible()
    qtbot.wait(50)
    assert _layout(login) == fresh_layout
    assert login.forgot_button.isVisible() and not login.progress.isVisible()
    assert _screen_image(login) == fresh_image
