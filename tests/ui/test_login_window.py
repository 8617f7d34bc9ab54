"""The login window, driven like a user (SECURITY E1, L1, C5, S5)."""

from __future__ import annotations

import re

import pytest
from helpers import (  # gui_thread_gc: autouse fixture
    DEMO_EMAIL,
    GOOD_PASSWORD,
    UNOPENED_EMAIL,
    WAIT_MS,
    gui_thread_gc,  # noqa: F401
    log_in,
    open_demo_account,
    start_controller,
    stop_controller,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit

from mypage_desktop.ui.login_window import LoginWindow, login_failed_text
from mypage_desktop.ui.style import LOGOUT_REMINDER


@pytest.fixture
def window(qtbot, qloop, facade):  # type: ignore[no-untyped-def]
    w = LoginWindow(facade.app_info(), facade, countdown_interval_ms=20)
    qtbot.addWidget(w)
    w.show()
    return w


def test_window_shows_title_reminder_footer_and_demo_button(window, facade) -> None:
    assert window.windowTitle() == "求職者マイページ ログイン"
    texts = " ".join(label.text() for label in window.findChildren(type(window.notice)))
    assert LOGOUT_REMINDER in texts and "【！重要！】" in texts
    info = facade.app_info()
    assert info.office_name in texts and info.helpdesk_number in texts
    assert window.mailbox_button.isVisible()  # the settings fixture is in demo mode
    assert window.password.edit.echoMode() == QLineEdit.EchoMode.Password


def test_login_success_lands_in_main_window_with_profile(qtbot, qloop, backend) -> None:
    open_demo_account(backend)
    controller = start_controller(qtbot, backend)
    try:
        log_in(qtbot, controller.login_window, press_enter=True)  # Enter logs in
        qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                        timeout=WAIT_MS)
        main = controller.main_window
        assert not controller.login_window.isVisible()
        assert main.windowTitle() == "求職者マイページ"
        assert main.logout_button.isVisible() and main.logout_button.text() == "ログアウト"
        assert main.name_label.text() == "山形 太郎 さん"
        values = {key: label.text() for key, label in main.profile_view.values.items()}
        assert values["name"] == "山形 太郎" and values["name_kana"] == "ヤマガタ タロウ"
        assert re.fullmatch(r"06010-\d{8}", values["seeker_number"])
        assert values["status"] == "有効"
        assert values["valid_until"] == "2027年1月31日"  # FakeClock 2026-11-25, applied 11-18 -> 翌々月末
        assert values["email"] == DEMO_EMAIL
        assert values["seeker_number"] in main.home.summary.text()
        assert "2027年1月31日" in main.home.summary.text()
        # the fields of the hidden login window are already empty (S5)
        assert controller.login_window.email_edit.text() == ""
        assert controller.login_window.password.text() == ""
    finally:
        stop_controller(controller)


def test_E1_one_message_for_wrong_password_unknown_email_and_unopened_account(
        qtbot, window, backend) -> None:
    """SECURITY E1: identical text; the email stays typed, the password is cleared."""
    open_demo_account(backend)
    shown = []
    for email, password in ((DEMO_EMAIL, "Wrong#Pass1"), ("nobody@example.jp", GOOD_PASSWORD),
                            (UNOPENED_EMAIL, GOOD_PASSWORD)):
        log_in(qtbot, window, email, password)
        assert window.error_label.isVisible()
        shown.append(window.error_label.text())
        assert window.email_edit.text() == email
        assert window.password.text() == ""
    assert shown[0] == shown[1] == shown[2] == login_failed_text()
    assert "パスワードが正しくありません" in shown[0]


def test_L1_wait_is_shown_and_counted_down_after_three_failures(qtbot, window, backend, clock) -> None:
    """SECURITY L1: from the 3rd failure the wait is shown, the button waits with it."""
    open_demo_account(backend)
    for _ in range(2):
        log_in(qtbot, window, DEMO_EMAIL, "Wrong#Pass1")
        assert "秒後に再度お試しください" not in window.error_label.text()
    log_in(qtbot, window, DEMO_EMAIL, "Wrong#Pass1")
    text = window.error_label.text()
    assert text.startswith(login_failed_text())
    assert "5秒後に再度お試しください。" in text
    assert not window.login_button.isEnabled()
    assert window.submit() is None  # Enter does nothing while waiting
    qtbot.waitUntil(lambda: "4秒後" in window.error_label.text(), timeout=WAIT_MS)
    qtbot.waitUntil(window.login_button.isEnabled, timeout=WAIT_MS)
    assert "秒後" not in window.error_label.text()
    clock.advance(seconds=5)  # the server's wait (shared by all PCs) has passed too
    with qtbot.waitSignal(window.logged_in, timeout=WAIT_MS) as signal:
        log_in(qtbot, window, DEMO_EMAIL, GOOD_PASSWORD)
    token, profile = signal.args
    assert token and profile.email == DEMO_EMAIL
    backend.facade.logout(token)


def test_empty_fields_get_messages_next_to_them_without_a_call(qtbot, window) -> None:
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    assert not window.busy
    assert window.email_error.text() == "ID（メールアドレス）を入力してください。"
    assert window.password_error.text() == "パスワードを入力してください。"
    assert not window.error_label.isVisible()


def test_C5_password_paste_works_copy_is_blocked_even_when_shown(qtbot, window) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Pasted#123")
    edit = window.password.edit
    edit.setFocus()
    qtbot.keySequence(edit, QKeySequence.StandardKey.Paste)
    assert edit.text() == "Pasted#123"
    clipboard.setText("sentinel")
    window.password.show_toggle.setChecked(True)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    edit.selectAll()
    qtbot.keySequence(edit, QKeySequence.StandardKey.Copy)
    qtbot.keySequence(edit, QKeySequence.StandardKey.Cut)
    assert clipboard.text() == "sentinel"
    assert edit.text() == "Pasted#123"
    window.password.wipe()
    assert edit.text() == "" and not edit.isUndoAvailable()
    assert edit.echoMode() == QLineEdit.EchoMode.Password


def test_reset_empties_everything_and_shows_the_notice(qtbot, window) -> None:
    window.email_edit.setText(DEMO_EMAIL)
    window.password.edit.setText("x")
    window.show_session_expired()
    assert window.email_edit.text() == "" and window.password.text() == ""
    assert window.notice.isVisible()
    assert window.notice.text() == "セッションの有効期限が切れました。もう一度ログインしてください。"
