"""「職員ログイン」: staff accounts of their own (docs/security.md A1), one message for every failure
(E1), the lockout wait (L1), the one-time password changed at the first sign-in (A1, C3), and
no crossing between seeker and staff credentials."""

from __future__ import annotations

import pytest
from helpers import (
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
    open_demo_account,
)
from PySide6.QtCore import Qt
from test_staff_support import (
    STAFF_PASSWORD,
    click,
    make_staff,
    one_time_staff,
    staff_log_in,
    start_staff_controller,
    type_into,
)

from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.ui.login.seeker_window import LoginWindow

FAILED = "職員IDまたはパスワードが正しくありません。"


@pytest.fixture
def controller(qtbot, qloop, backend):  # type: ignore[no-untyped-def]
    controller = start_staff_controller(qtbot, backend)
    yield controller
    controller.on_about_to_quit()


def test_sign_in_opens_the_console_with_name_and_role(qtbot, controller, ctx) -> None:  # type: ignore[no-untyped-def]
    make_staff(ctx)
    window = controller.login_window
    assert window.isVisible() and window.windowTitle() == "職員ログイン（窓口用）"
    staff_log_in(qtbot, window)
    qtbot.waitUntil(lambda: controller.console is not None and controller.console.isVisible(), timeout=WAIT_MS)
    assert not window.isVisible()
    assert controller.console.staff_label.text() == "佐藤 健（職員）"
    assert window.login_id_edit.text() == "" and window.password.text() == ""


def test_E1_wrong_password_and_unknown_id_show_the_same_message(qtbot, controller, ctx) -> None:  # type: ignore[no-untyped-def]
    make_staff(ctx)
    window = controller.login_window
    staff_log_in(qtbot, window, "sato.k", "Wrong#Pass99")
    wrong_password = window.error_label.text()
    staff_log_in(qtbot, window, "nobody.x", "Wrong#Pass99")
    assert wrong_password == window.error_label.text() == FAILED
    assert window.password.text() == "" and window.login_id_edit.text() == "nobody.x"
    assert controller.console is None


def test_L1_lockout_shows_the_wait_counts_down_and_keeps_the_button_off(qtbot, controller, ctx, clock) -> None:  # type: ignore[no-untyped-def]
    make_staff(ctx)
    staff = LocalStaffFacade(ctx)
    for _ in range(9):  # nine failures elsewhere (another PC), each after the growing wait
        staff.staff_login("sato.k", "Wrong#Pass99")
        clock.advance(seconds=31)
    window = controller.login_window
    staff_log_in(qtbot, window, "sato.k", "Wrong#Pass99")  # the 10th locks the account
    text = window.error_label.text()
    assert text.startswith(FAILED)
    assert "しばらくログインできません。15分00秒後に再度お試しください。" in text
    assert not window.login_button.isEnabled()
    qtbot.waitUntil(lambda: "14分59秒後" in window.error_label.text(), timeout=3000)  # counts down each second
    qtbot.keyClick(window.password.edit, Qt.Key.Key_Return)  # Enter does nothing while the wait runs
    assert not window.busy and controller.console is None


def test_empty_fields_get_messages_next_to_them(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    window = controller.login_window
    click(qtbot, window.login_button)
    assert window.login_id_error.text() == "職員IDを入力してください。"
    assert window.password_error.text() == "パスワードを入力してください。"


def test_A1_a_seekers_email_and_password_do_not_open_the_console(qtbot, controller, backend) -> None:  # type: ignore[no-untyped-def]
    open_demo_account(backend)
    window = controller.login_window
    staff_log_in(qtbot, window, DEMO_EMAIL, GOOD_PASSWORD)
    assert window.error_label.text() == FAILED
    assert controller.console is None


def test_A1_a_staff_account_cannot_sign_in_as_a_seeker(qtbot, qloop, backend, ctx) -> None:  # type: ignore[no-untyped-def]
    make_staff(ctx)
    seeker_login = LoginWindow(backend.facade.app_info(), backend.facade)
    qtbot.addWidget(seeker_login)
    seeker_login.show()
    got: list[str] = []
    seeker_login.logged_in.connect(lambda token, _profile: got.append(token))
    type_into(qtbot, seeker_login.email_edit, "sato.k")
    type_into(qtbot, seeker_login.password.edit, STAFF_PASSWORD)
    click(qtbot, seeker_login.login_button)
    qtbot.waitUntil(lambda: not seeker_login.busy, timeout=WAIT_MS)
    assert got == [] and seeker_login.error_label.isVisible()


def test_A1_first_sign_in_changes_the_one_time_password_before_the_console(qtbot, controller, ctx) -> None:  # type: ignore[no-untyped-def]
    first = one_time_staff(ctx, "suzuki.h", "管理者", "鈴木 花")
    window = controller.login_window
    staff_log_in(qtbot, window, "suzuki.h", first)
    assert window.changing_password and controller.console is None
    panel = window.change_panel
    assert panel is not None and window.header.text() == "パスワードの変更（初回ログイン）"
    # A password breaking the rule gets the rule's message under the field; nothing is sent twice.
    qtbot.keyClicks(panel.current.edit, first)
    qtbot.keyClicks(panel.new.edit, "short")
    qtbot.keyClicks(panel.confirm.edit, "short")
    click(qtbot, panel.change_button)
    qtbot.waitUntil(lambda: not panel.busy, timeout=WAIT_MS)
    assert "8桁以上" in panel.field_errors["password"].text()
    assert panel.current.text() == first  # kept: only the new password was wrong
    type_into(qtbot, panel.new.edit, "Kanri#Desk77")
    type_into(qtbot, panel.confirm.edit, "Kanri#Desk77")
    qtbot.keyClick(panel.confirm.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.console is not None and controller.console.isVisible(), timeout=WAIT_MS)
    assert controller.owner.staff_profile.must_change_password is False
    assert controller.console.audit is not None  # a 管理者
    # The new password works from now on; the one-time one does not.
    staff = LocalStaffFacade(ctx)
    assert staff.staff_login("suzuki.h", first).token is None
    assert staff.staff_login("suzuki.h", "Kanri#Desk77").token is not None


def test_A1_cancelling_the_first_change_signs_out(qtbot, controller, ctx) -> None:  # type: ignore[no-untyped-def]
    first = one_time_staff(ctx)
    window = controller.login_window
    staff_log_in(qtbot, window, "sato.k", first)
    assert window.change_panel is not None
    click(qtbot, window.change_panel.cancel_button)
    qtbot.waitUntil(lambda: not controller.owner.active, timeout=WAIT_MS)
    assert not window.changing_password and window.login_id_edit.text() == ""


def test_S2_an_idle_console_returns_to_the_sign_in_with_the_reason(qtbot, controller, ctx, clock) -> None:  # type: ignore[no-untyped-def]
    make_staff(ctx)
    staff_log_in(qtbot, controller.login_window)
    qtbot.waitUntil(lambda: controller.console is not None, timeout=WAIT_MS)
    owner = controller.owner
    clock.advance(minutes=15, seconds=1)  # staff_idle_minutes without input
    with qtbot.waitSignal(owner.session_ended, timeout=WAIT_MS):
        owner.idle_monitor._polled_at -= 10  # the next tick asks the server
        owner.idle_monitor.tick()
    window = controller.login_window
    qtbot.waitUntil(window.isVisible, timeout=WAIT_MS)
    assert "一定時間操作がなかった" in window.notice.text()
    assert controller.console is None
