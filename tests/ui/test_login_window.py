"""The login window, driven like a user (docs/security.md E1, L1, C5, S5)."""

from __future__ import annotations

import re

import pytest
from helpers import (
    DEMO_EMAIL,
    GOOD_PASSWORD,
    UNOPENED_EMAIL,
    WAIT_MS,
    log_in,
    open_demo_account,
    start_controller,
    stop_controller,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from mypage_desktop.ui.login.seeker_window import LoginWindow, login_failed_text
from mypage_desktop.ui.shell.main_window import Page
from mypage_desktop.ui.widgets.style import LOGOUT_REMINDER


@pytest.fixture
def window(qtbot, qloop, facade):  # type: ignore[no-untyped-def]
    w = LoginWindow(facade.app_info(), facade, countdown_interval_ms=20)
    qtbot.addWidget(w)
    w.show()
    return w


def test_window_shows_title_reminder_footer_and_demo_button(window, facade) -> None:
    assert window.windowTitle() == "求職者マイページ ログイン"
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
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
        main.select_page(Page.PROFILE)
        qtbot.waitUntil(lambda: main.profile_view.values["name"].text() != "", timeout=WAIT_MS)
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
    """docs/security.md E1: identical text; the email stays typed, the password is cleared."""
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
    """docs/security.md L1: from the 3rd failure the wait is shown, the button waits with it."""
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


def test_the_entry_button_reads_as_in_the_leaflet(window) -> None:
    """The leaflet tells seekers to press 「ハローワークをご利用中の方のマイページ開設」."""
    assert window.open_button.text() == "ハローワークをご利用中の方のマイページ開設"
    note = window.open_note
    assert note.isVisible() and "メールアドレスの登録がお済みの方" in note.text()
    assert note.geometry().top() >= window.open_button.geometry().bottom()  # explained under it


def test_tab_order_follows_the_screen(qtbot, window) -> None:
    """ID → パスワード → 表示 → ログイン → パスワードを忘れた方 → the opening entry, as the
    window reads from top to bottom."""
    window.activateWindow()
    window.email_edit.setFocus()
    seen = [window.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert seen == [window.email_edit, window.password.edit, window.password.show_toggle,
                    window.login_button, window.forgot_button, window.open_button]


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


def test_C5_login_password_blocks_copy_by_every_binding_the_menu_and_python(qtbot, window) -> None:
    """The login window uses the same field as the wizard (ui/widgets/secret_line_edit.py)."""
    field = window.password
    edit = field.edit
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("sentinel")
    qtbot.keyClicks(edit, GOOD_PASSWORD)
    field.show_toggle.setChecked(True)  # shown in clear text: Qt alone would copy now
    assert field.show_toggle.text() == "表示" and field.show_toggle.accessibleName() == "パスワードを表示"
    assert edit.accessibleName() == "パスワード"
    for sequence in (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut):
        edit.selectAll()
        for binding in QKeySequence.keyBindings(sequence):  # Ctrl+C, Ctrl+Insert, Shift+Del …
            combo = binding[0]
            for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, combo.key(), combo.keyboardModifiers()))
            assert clipboard.text() == "sentinel"
    edit.copy()
    edit.cut()
    assert clipboard.text() == "sentinel" and edit.text() == GOOD_PASSWORD
    menu = edit.build_context_menu()
    names = {action.objectName() for action in menu.actions()}
    assert "edit-paste" in names and not names & {"edit-copy", "edit-cut"}
    menu.deleteLater()
    assert not edit.dragEnabled()


class FakeClipboard:
    """Stands in for an X11 clipboard (offscreen has no selection buffer)."""

    def __init__(self, selection: str, owned: bool = True) -> None:
        self.selection = selection
        self.owned = owned
        self.reads = 0

    def supportsSelection(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def ownsSelection(self) -> bool:  # noqa: N802
        return self.owned

    def text(self, mode: object) -> str:
        self.reads += 1
        return self.selection

    def clear(self, mode: object) -> None:
        self.selection = ""


@pytest.mark.parametrize("trigger", ["mouse_release", "double_click", "shift_left"])
def test_C5_a_shown_selection_is_removed_from_the_x11_selection_buffer(qtbot, window, monkeypatch,
                                                                        trigger) -> None:
    """Qt copies a selection of a shown password into PRIMARY (middle-click paste) after a
    mouse release, a double click or a selecting key; the field empties it right after."""
    from mypage_desktop.ui.widgets import secret_line_edit

    edit = window.password.edit
    edit.setText("Secret#123")
    window.password.show_toggle.setChecked(True)
    fake = FakeClipboard("Secret#123")  # a selection Qt put there earlier
    monkeypatch.setattr(secret_line_edit.QGuiApplication, "clipboard", staticmethod(lambda: fake))

    def qt_copies_the_new_selection() -> None:  # Qt does it after selectionChanged, as here
        if edit.selectedText():
            fake.selection = edit.selectedText()

    edit.selectionChanged.connect(qt_copies_the_new_selection)
    if trigger == "mouse_release":
        qtbot.mouseRelease(edit, Qt.MouseButton.LeftButton)
    elif trigger == "double_click":
        qtbot.mouseDClick(edit, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert fake.selection == ""


def test_C5_selection_buffer_of_others_is_left_alone(qtbot, window, monkeypatch) -> None:
    """Another program's selection is never even read (that could wait on the other program);
    our own selection that is not from this field stays."""
    from mypage_desktop.ui.widgets import secret_line_edit

    edit = window.password.edit
    edit.setText("Secret#123")
    other = FakeClipboard("Secret#123", owned=False)
    monkeypatch.setattr(secret_line_edit.QGuiApplication, "clipboard", staticmethod(lambda: other))
    qtbot.mouseRelease(edit, Qt.MouseButton.LeftButton)
    assert other.reads == 0 and other.selection == "Secret#123"
    unrelated = FakeClipboard("an address")
    monkeypatch.setattr(secret_line_edit.QGuiApplication, "clipboard", staticmethod(lambda: unrelated))
    qtbot.mouseRelease(edit, Qt.MouseButton.LeftButton)
    assert unrelated.selection == "an address"


def test_login_submitted_while_held_starts_when_released(qtbot, window, backend) -> None:
    """Start-up: the window is up before the asyncio loop (ui/shell/runtime.py); a login pressed
    then shows as busy and runs once the loop does."""
    open_demo_account(backend)
    window.hold_logins()
    window.email_edit.setText(DEMO_EMAIL)
    window.password.edit.setText(GOOD_PASSWORD)
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    assert window.busy and not window.login_button.isEnabled()
    assert window.submit() is None  # a second press is refused while busy
    with qtbot.waitSignal(window.logged_in, timeout=WAIT_MS) as signal:
        assert window.release_logins() is not None
    token, profile = signal.args
    assert profile.email == DEMO_EMAIL
    backend.facade.logout(token)


def test_reset_forgets_a_held_login(qtbot, window) -> None:
    window.hold_logins()
    window.email_edit.setText(DEMO_EMAIL)
    window.password.edit.setText(GOOD_PASSWORD)
    assert window.submit() is None and window.busy
    window.reset()
    assert not window.busy
    assert window.release_logins() is None


def test_N5_at_the_cap_the_window_says_what_helps_instead_of_a_wait(qtbot, window, backend, clock) -> None:  # type: ignore[no-untyped-def]
    """Consecutive failures at ``login_failure_cap``: no countdown (waiting does not help); the
    message names the reset and the counter — for an unknown address alike."""
    import dataclasses

    ctx = backend.context
    ctx.settings = dataclasses.replace(ctx.settings, login_lock_failures=3, login_failure_cap=3)
    for email in (DEMO_EMAIL, "nobody@example.jp"):
        for _ in range(3):
            backend.facade.login(email, "Wrong#Pass1")
            clock.advance(minutes=20)  # past each wait and lock
        log_in(qtbot, window, email, "Wrong#Pass1")
        assert "パスワードを忘れた方" in window.error_label.text() and "窓口" in window.error_label.text()
        assert "秒後" not in window.error_label.text() and window.login_button.isEnabled()
