"""Screen-reader and keyboard details (docs/accessibility.md): an error is tied to its field and
announced; the idle warning gives time, takes the focus and is announced; paste works in the
password and 認証キー fields (copying out of a password field stays blocked); Tab leaves the
staff result table; the login window tabs in reading order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit
from test_idle_monitor import advance, session, wait_idle_check  # noqa: F401 (fixture)
from test_wizard_support import close_quietly, make_wizard, request_key

from mypage_desktop.ui.devtools.a11y_audit import accessible_name, audit_window, focus_chain
from mypage_desktop.ui.login.seeker_window import LoginWindow
from mypage_desktop.ui.session import idle_monitor
from mypage_desktop.ui.staff.lookup import SeekerLookup
from mypage_desktop.ui.widgets import announcement
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel


@pytest.fixture
def announced(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(announcement, "announce", lambda _widget, text, assertive=True: said.append(text))
    return said


def description(widget) -> str:  # type: ignore[no-untyped-def]
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Description)


def test_an_error_names_itself_describes_its_field_and_is_announced_once(qtbot, announced) -> None:  # type: ignore[no-untyped-def]
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setAccessibleDescription("半角数字")
    label = FieldErrorLabel(None, field)
    qtbot.addWidget(label)
    label.show_message("数字で入力してください。")
    assert accessible_name(label)[0] == "数字で入力してください。"
    assert description(field) == "数字で入力してください。\n半角数字"
    label.show_message("数字で入力してください。")  # the same message again: said once
    assert announced == ["数字で入力してください。"]
    label.clear_message()
    assert description(field) == "半角数字" and accessible_name(label)[0] == "入力エラー"


def test_the_real_announcement_event_is_accepted(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = FieldErrorLabel()
    qtbot.addWidget(label)
    announcement.announce(label, "テスト")  # no assistive technology listening: must not raise


def test_login_errors_reach_the_fields_and_tab_follows_the_reading_order(qtbot, qloop, facade, announced) -> None:  # type: ignore[no-untyped-def]
    window = LoginWindow(facade.app_info(), facade, countdown_interval_ms=20)
    qtbot.addWidget(window)
    window.resize(800, 720)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    assert description(window.email_edit) and description(window.email_edit) in announced
    assert description(window.password.edit) and description(window.password.edit) in announced
    chain = focus_chain(window)
    assert chain.index(window.password.edit) < chain.index(window.password.show_toggle) < chain.index(
        window.login_button)
    audit = audit_window(window)
    assert not audit.problems(), audit.problems()


def test_idle_warning_gives_time_takes_focus_is_announced_and_escape_continues(qtbot, session, announced) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    assert idle_monitor.WARN_SECONDS >= 20
    owner, monotonic, _field, clock = session
    advance(monotonic, clock, 15 * 60 - idle_monitor.WARN_SECONDS + 5)
    owner.idle_monitor.tick()
    wait_idle_check(qtbot, owner)
    warning = owner.idle_monitor.warning
    qtbot.waitUntil(warning.isVisible, timeout=5000)
    assert warning.focusWidget() is warning.continue_button
    assert any("まもなくログアウトします" in text and "秒でログアウト" in text for text in announced)
    qtbot.keyClick(warning, Qt.Key.Key_Escape)
    wait_idle_check(qtbot, owner)
    assert not warning.isVisible() and owner.active


def test_paste_works_in_the_key_field_and_password_copy_stays_blocked(qtbot, qloop, facade) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, facade)
    try:
        request_key(qtbot, wizard)
        page = wizard.password_page
        clipboard = QGuiApplication.clipboard()
        clipboard.setText("1234 5678")
        page.auth_key.setFocus()
        qtbot.keySequence(page.auth_key, QKeySequence.StandardKey.Paste)
        assert page.auth_key.text() == "1234 5678"
        clipboard.setText("Pasted#123")
        qtbot.keySequence(page.password.edit, QKeySequence.StandardKey.Paste)
        assert page.password.text() == "Pasted#123"
        clipboard.setText("sentinel")
        page.password.edit.selectAll()
        qtbot.keySequence(page.password.edit, QKeySequence.StandardKey.Copy)
        assert clipboard.text() == "sentinel"
    finally:
        close_quietly(wizard)


def test_tab_leaves_the_staff_result_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    lookup = SeekerLookup()
    qtbot.addWidget(lookup)
    assert not lookup.table.tabKeyNavigation()
    assert lookup.errors["seeker_number"]._field is lookup.number_edit
