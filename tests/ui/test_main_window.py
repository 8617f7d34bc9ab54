"""Main window and the one session owner (docs/security.md S1, S3, S5, K6)."""

from __future__ import annotations

import pytest
from helpers import (
    WAIT_MS,
    log_in,
    open_demo_account,
    start_controller,
    stop_controller,
)
from PySide6.QtCore import Qt

from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.ui.shell.main_window import Page


@pytest.fixture
def session(qtbot, qloop, backend):  # type: ignore[no-untyped-def]
    """A controller with the demo seeker logged in; yields (controller, token)."""
    open_demo_account(backend)
    controller = start_controller(qtbot, backend)
    tokens: list[str] = []
    controller.login_window.logged_in.connect(lambda token, _profile: tokens.append(token))
    log_in(qtbot, controller.login_window)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                    timeout=WAIT_MS)
    yield controller, tokens[0]
    stop_controller(controller)


def _assert_back_at_empty_login(controller) -> None:  # type: ignore[no-untyped-def]
    login = controller.login_window
    assert login.isVisible()
    assert login.email_edit.text() == "" and login.password.text() == ""
    assert controller.main_window is None
    assert not controller.owner.active and controller.owner.profile is None


def test_S3_logout_button_revokes_the_session_and_shows_an_empty_login(qtbot, session, facade) -> None:
    controller, token = session
    main = controller.main_window
    with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS) as revoked:
        qtbot.mouseClick(main.logout_button, Qt.MouseButton.LeftButton)
        # S5: the seeker's data left the screen before the database call finished
        assert not main.isVisible()
        assert main.name_label.text() == ""
        assert all(label.text() == "" for label in main.profile_view.values.values())
    assert revoked.args == [True]
    _assert_back_at_empty_login(controller)
    with pytest.raises(SessionInvalid):
        facade.my_profile(token)


def test_S3_closing_the_main_window_logs_out(qtbot, session, facade) -> None:
    controller, token = session
    with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
        controller.main_window.close()
    _assert_back_at_empty_login(controller)
    with pytest.raises(SessionInvalid):
        facade.my_profile(token)


def test_S1_a_revoked_session_returns_to_login_with_a_message(qtbot, session, facade) -> None:
    """Revoked elsewhere (staff, another PC): the next call meets SessionInvalid."""
    controller, token = session
    facade.logout(token)
    nav = controller.main_window.nav
    item = nav.item(Page.PROFILE)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
    qtbot.waitUntil(lambda: controller.login_window.isVisible(), timeout=WAIT_MS)
    _assert_back_at_empty_login(controller)
    notice = controller.login_window.notice
    assert notice.isVisible()
    assert notice.text() == "セッションの有効期限が切れました。もう一度ログインしてください。"


def test_profile_page_refreshes_through_the_facade(qtbot, session) -> None:
    controller, _token = session
    main = controller.main_window
    main.profile_view.clear()
    main.select_page(Page.PROFILE)
    qtbot.waitUntil(lambda: main.profile_view.values["status"].text() == "有効", timeout=WAIT_MS)
    assert main.pages.currentWidget() is main.profile_view


def test_S3_quit_ends_the_session_synchronously(qtbot, session, facade) -> None:
    """``aboutToQuit`` (OS logoff, quit): no more loop turns, so the revocation is awaited."""
    controller, token = session
    controller.on_about_to_quit()
    with pytest.raises(SessionInvalid):
        facade.my_profile(token)
    assert controller.main_window is None


def test_P2_safe_screen_ends_the_session_and_shows_login(qtbot, session, facade) -> None:
    controller, token = session
    with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
        controller.safe_screen()
    _assert_back_at_empty_login(controller)
    with pytest.raises(SessionInvalid):
        facade.my_profile(token)


def test_end_session_is_idempotent(qtbot, session) -> None:
    controller, _token = session
    ended: list[str] = []
    controller.owner.session_ended.connect(ended.append)
    with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
        controller.owner.end_session("logout")
    controller.owner.end_session("window_closed")
    controller.owner.end_session("quit", blocking=True)
    assert ended == ["logout"]
