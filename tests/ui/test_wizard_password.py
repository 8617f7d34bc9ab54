"""Step 3 「パスワード登録」: the password policy (docs/security.md C3), the key (K1, E3), and
password fields that can be pasted into but never copied from (C5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard
from test_wizard_support import (
    GOOD_PASSWORD,
    WAIT_MS,
    click,
    close_quietly,
    delivered_key,
    fill_password_page,
    make_wizard,
    next_button,
    request_key,
    submit_and_wait_idle,
)

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.ui.widgets.i18n import field_message
from mypage_desktop.ui.wizard.flow import PageId


@pytest.fixture
def wizard(qtbot, qloop, facade):  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, facade)
    request_key(qtbot, wizard)
    yield wizard
    close_quietly(wizard)


def test_texts_buttons_and_no_way_back(wizard, facade) -> None:  # type: ignore[no-untyped-def]
    page = wizard.password_page
    minutes = facade.app_info().key_validity_minutes
    assert page.title() == "パスワード登録"
    assert page.rules.text() == (
        "パスワード：半角の数字、英字、記号を組み合わせ、8桁以上32桁以内\n"
        f"認証キー：「パスワード登録申込受付通知」メール記載の認証キー（メール配信から{minutes}分以内有効）")
    assert next_button(wizard).text() == "完了"
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # the key was requested
    assert page.restart_button.isVisible() and page.restart_button.text() == "はじめからやり直す"
    for edit in (page.password.edit, page.password_confirm.edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Password


def test_wrong_key_message_next_to_the_key_and_passwords_kept(qtbot, wizard, backend) -> None:  # type: ignore[no-untyped-def]
    """E3: one message for any bad key; nothing typed is lost; a restart is offered there."""
    page = wizard.password_page
    key = delivered_key(backend)
    wrong = "0000 0000" if key != "0000 0000" else "1111 1111"
    fill_password_page(qtbot, wizard, GOOD_PASSWORD, GOOD_PASSWORD, wrong)
    submit_and_wait_idle(qtbot, wizard)
    label = page.field_error_label("auth_key")
    assert label.isVisible() and label.text() == field_message(FieldError("auth_key", "auth_key.rejected"))
    assert label.geometry().top() >= page.auth_key.geometry().bottom()
    assert page.restart_after_key.isVisible()
    assert (page.password.text(), page.password_confirm.text(), page.auth_key.text()) == (
        GOOD_PASSWORD, GOOD_PASSWORD, wrong)
    assert wizard.currentId() == PageId.PASSWORD

    # The right key, typed as the mail shows it, now completes.
    page.auth_key.clear()
    qtbot.keyClicks(page.auth_key, key)
    assert not page.restart_after_key.isVisible()
    submit_and_wait_idle(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE


def test_restart_after_a_rejected_key_starts_over_empty(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.password_page
    fill_password_page(qtbot, wizard, GOOD_PASSWORD, GOOD_PASSWORD, "9999 9999")
    submit_and_wait_idle(qtbot, wizard)
    qtbot.waitUntil(page.restart_after_key.isVisible, timeout=WAIT_MS)
    click(qtbot, page.restart_after_key)
    assert wizard.currentId() == PageId.CONSENT
    assert not wizard.consent_page.agree.isChecked() and not wizard.consent_page.agree.isEnabled()
    assert wizard.flow.consent is None and not wizard.flow.key_requested
    assert wizard.email_page.email.text() == "" and page.password.text() == "" and page.auth_key.text() == ""


POLICY = [
    pytest.param("Ab1!xyz", FieldError("password", "password.too_short", {"min": 8, "length": 7}), id="7-chars"),
    pytest.param("Abcdefg12", FieldError("password", "password.missing_symbol"), id="no-symbol"),
    pytest.param("ぱすわーど12!", FieldError("password", "password.fullwidth"), id="hiragana"),
    pytest.param("Passé123!", FieldError("password", "password.not_ascii"), id="accented-letter"),
    pytest.param("Ab1!" * 8 + "x", FieldError("password", "password.too_long", {"max": 32, "length": 33}),
                 id="33-chars"),
]


@pytest.mark.parametrize(("password", "expected"), POLICY)
def test_password_policy_message_next_to_the_field(qtbot, wizard, backend, password, expected) -> None:  # type: ignore[no-untyped-def]
    """C3: the exact message under 「登録するパスワード」; over-length is refused, not cut."""
    page = wizard.password_page
    key = delivered_key(backend)
    fill_password_page(qtbot, wizard, password, password, key)
    assert page.password.text() == password  # the field accepts more than 32: no truncation
    submit_and_wait_idle(qtbot, wizard)
    label = page.field_error_label("password")
    assert label.isVisible() and label.text() == field_message(expected)
    assert label.geometry().top() >= page.password.geometry().bottom()
    assert (page.password.text(), page.password_confirm.text(), page.auth_key.text()) == (password, password, key)
    assert wizard.currentId() == PageId.PASSWORD


def test_mismatched_confirmation_message_under_the_confirmation(qtbot, wizard, backend) -> None:  # type: ignore[no-untyped-def]
    page = wizard.password_page
    fill_password_page(qtbot, wizard, GOOD_PASSWORD, GOOD_PASSWORD + "x", delivered_key(backend))
    submit_and_wait_idle(qtbot, wizard)
    label = page.field_error_label("password_confirm")
    assert label.isVisible()
    assert label.text() == field_message(FieldError("password_confirm", "password.mismatch"))
    assert not page.field_error_label("password").isVisible()


def test_full_width_key_is_accepted(qtbot, wizard, backend) -> None:  # type: ignore[no-untyped-def]
    """I1: 「１２３４　５６７８」 from a Japanese IME is the same key."""
    key = delivered_key(backend)
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else "\u3000" for c in key)
    fill_password_page(qtbot, wizard, GOOD_PASSWORD, GOOD_PASSWORD, full_width)
    submit_and_wait_idle(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE


SENTINEL = "clipboard-sentinel"


@pytest.mark.parametrize("shown", [False, True], ids=["masked", "shown"])
def test_copy_and_cut_leave_the_clipboard_unchanged(qtbot, wizard, shown) -> None:  # type: ignore[no-untyped-def]
    """C5: copy is blocked, masked or shown (「表示」), by every key binding and the menu."""
    field = wizard.password_page.password
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(SENTINEL)
    qtbot.keyClicks(field.edit, GOOD_PASSWORD)
    if shown:
        click(qtbot, field.show_toggle)
        assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    for sequence in (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut):
        qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        assert field.edit.selectedText() == GOOD_PASSWORD
        for binding in QKeySequence.keyBindings(sequence):  # Ctrl+C, Ctrl+Insert, the Copy key…
            combo = binding[0]
            for kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field.edit, QKeyEvent(kind, combo.key(), combo.keyboardModifiers()))
            assert clipboard.text() == SENTINEL
    assert field.text() == GOOD_PASSWORD  # cut removed nothing

    menu = field.edit.build_context_menu()  # what a right click pops up
    names = {action.objectName() for action in menu.actions()}
    assert "edit-paste" in names and not names & {"edit-copy", "edit-cut"}
    menu.deleteLater()
    assert clipboard.text() == SENTINEL


def test_paste_works_in_both_password_fields(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """C5: paste from a password manager works."""
    page = wizard.password_page
    QGuiApplication.clipboard().setText(GOOD_PASSWORD)
    for edit in (page.password.edit, page.password_confirm.edit):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert edit.text() == GOOD_PASSWORD


def test_show_toggle_unmasks_and_masks_again(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    field = wizard.password_page.password_confirm
    assert field.show_toggle.text() == "表示"
    click(qtbot, field.show_toggle)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    click(qtbot, field.show_toggle)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
