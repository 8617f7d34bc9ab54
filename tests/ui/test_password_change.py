"""パスワードの変更 on 求職者情報・設定, driven like a user (issue #6; docs/security.md C3, C5, C6, S5)."""

from __future__ import annotations

from typing import Any

from helpers import DEMO_EMAIL, GOOD_PASSWORD, WAIT_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from test_registration_page import click, pages_fixture, show_registration  # noqa: F401 (a fixture)

from mypage_desktop.ui.mypage.password_change import CONFIRM, CURRENT, NEW, PasswordChangeBox

NEW_PASSWORD = "Zao#Onsen42"


def fill(qtbot: Any, box: PasswordChangeBox, current: str, new: str, confirm: str) -> None:
    for name, text in ((CURRENT, current), (NEW, new), (CONFIRM, confirm)):
        box.fields[name].edit.clear()
        qtbot.keyClicks(box.fields[name].edit, text)


def submit(qtbot: Any, box: PasswordChangeBox, *, press_enter: bool = False) -> None:
    if press_enter:
        qtbot.keyClick(box.fields[CONFIRM].edit, Qt.Key.Key_Return)
    else:
        click(qtbot, box.change_button)
    assert box.busy  # the button is off while the change runs (one request, D3)
    assert not box.change_button.isEnabled()
    qtbot.waitUntil(lambda: not box.busy, timeout=WAIT_MS)


def visible_errors(box: PasswordChangeBox) -> dict[str, str]:
    return {name: label.text() for name, label in box.errors.items() if label.isVisible()}


def test_C6_change_succeeds_and_the_old_password_fails(qtbot, pages, facade) -> None:
    """The page says other sessions ended (the service test shows they do) and this one stays."""
    page = show_registration(qtbot, pages)
    token = page._client._owner._token
    box = page.password
    fill(qtbot, box, GOOD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    submit(qtbot, box, press_enter=True)  # Enter in a field changes it, too
    assert visible_errors(box) == {}
    assert box.done_label.isVisible()
    text = box.done_label.text()
    assert text.startswith("パスワードを変更しました。")
    assert "ほかのパソコンやスマートフォンでログインしていた場合、そのログインは終了しました" in text
    assert "「パスワード変更のお知らせ」" in text
    assert all(box.text(name) == "" for name in (CURRENT, NEW, CONFIRM))  # the secrets are gone
    assert facade.session_status(token).active  # this PC stays logged in
    assert not facade.login(DEMO_EMAIL, GOOD_PASSWORD).ok
    assert facade.login(DEMO_EMAIL, NEW_PASSWORD).ok
    # typing again hides the done message
    qtbot.keyClicks(box.fields[CURRENT].edit, "x")
    assert not box.done_label.isVisible()


def test_wrong_current_password_keeps_the_new_password_fields(qtbot, pages, facade) -> None:
    page = show_registration(qtbot, pages)
    box = page.password
    fill(qtbot, box, "Wrong#Pass9", NEW_PASSWORD, NEW_PASSWORD)
    submit(qtbot, box)
    assert visible_errors(box) == {CURRENT: "現在のパスワードが正しくありません。"}
    # The wrong current password is emptied (retyping it is the way on, as at login); the new
    # password and its confirmation stay as typed.
    assert box.text(CURRENT) == ""
    assert box.text(NEW) == NEW_PASSWORD and box.text(CONFIRM) == NEW_PASSWORD
    assert box.fields[CURRENT].edit.hasFocus()
    assert not box.done_label.isVisible()
    # retyping the current password clears its message and the change goes through
    qtbot.keyClicks(box.fields[CURRENT].edit, GOOD_PASSWORD)
    assert visible_errors(box) == {}
    submit(qtbot, box)
    assert box.done_label.isVisible() and visible_errors(box) == {}
    assert facade.login(DEMO_EMAIL, NEW_PASSWORD).ok


def test_C3_policy_messages_under_their_fields_and_everything_stays_typed(qtbot, pages) -> None:
    page = show_registration(qtbot, pages)
    box = page.password
    fill(qtbot, box, GOOD_PASSWORD, "Ab1!", "Ab1!")
    submit(qtbot, box)
    assert visible_errors(box) == {NEW: "パスワードは8桁以上で入力してください（現在4桁）。"}
    assert (box.text(CURRENT), box.text(NEW), box.text(CONFIRM)) == (GOOD_PASSWORD, "Ab1!", "Ab1!")
    assert box.fields[NEW].edit.hasFocus()

    fill(qtbot, box, GOOD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")
    submit(qtbot, box)
    assert visible_errors(box) == {CONFIRM: "確認用のパスワードが一致しません。同じパスワードを入力してください。"}

    fill(qtbot, box, "", NEW_PASSWORD, NEW_PASSWORD)
    submit(qtbot, box)
    assert visible_errors(box) == {CURRENT: "現在のパスワードを入力してください。"}

    fill(qtbot, box, GOOD_PASSWORD, GOOD_PASSWORD, GOOD_PASSWORD)
    submit(qtbot, box)
    assert visible_errors(box) == {
        NEW: "新しいパスワードが現在のパスワードと同じです。別のパスワードにしてください。"}


def test_C5_fields_are_masked_with_a_show_toggle(qtbot, pages) -> None:
    page = show_registration(qtbot, pages)
    field = page.password.fields[NEW]
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    click(qtbot, field.show_toggle)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal


def test_S5_clear_wipes_the_fields_and_messages(qtbot, pages) -> None:
    page = show_registration(qtbot, pages)
    box = page.password
    fill(qtbot, box, "Wrong#Pass9", NEW_PASSWORD, "Other#Pass1")
    submit(qtbot, box)
    assert visible_errors(box)
    click(qtbot, box.fields[NEW].show_toggle)
    page.clear()
    assert all(box.text(name) == "" for name in (CURRENT, NEW, CONFIRM))
    assert all(not box.fields[name].edit.isUndoAvailable() for name in (CURRENT, NEW, CONFIRM))
    assert box.fields[NEW].edit.echoMode() == QLineEdit.EchoMode.Password
    assert visible_errors(box) == {} and not box.done_label.isVisible() and not box.error.isVisible()
