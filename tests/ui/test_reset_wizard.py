"""「パスワードを忘れた方」 from the login window: email + birthdate → 認証キー mail → key + new
password, the opening wizard's steps 2–4 without the consent step (issue #6; docs/security.md E3, K6).
Completing it ends every other session and mails a notice that the password changed."""

from __future__ import annotations

import pytest
from helpers import (
    DEMO_BIRTH,
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
    open_demo_account,
    start_controller,
    stop_controller,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWizard
from test_wizard_support import KEY_IN_MAIL, click, fill_email_page, fill_password_page, next_button

from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.ui.wizard.flow import PageId

NEW_PASSWORD = "Yamagata-2027!go"


@pytest.fixture
def controller(qtbot, qloop, backend):  # type: ignore[no-untyped-def]
    open_demo_account(backend)
    controller = start_controller(qtbot, backend)
    yield controller
    stop_controller(controller)


def open_reset_wizard(qtbot, controller):  # type: ignore[no-untyped-def]
    login = controller.login_window
    assert login.forgot_button.isVisible() and login.forgot_button.text() == "パスワードを忘れた方"
    qtbot.mouseClick(login.forgot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.wizard is not None and controller.wizard.isVisible(), timeout=WAIT_MS)
    return controller.wizard


def reset_key(backend, email: str = DEMO_EMAIL) -> str:  # type: ignore[no-untyped-def]
    backend.mail_worker.run_once()
    keys = [KEY_IN_MAIL.search(mail.body) for mail in backend.facade.demo_mailbox()
            if mail.recipient == email and mail.subject == "パスワード再設定申込受付通知"]
    found = [f"{m.group(1)} {m.group(2)}" for m in keys if m]
    assert len(found) == 1, f"expected one reset key mail, found {len(found)}"
    return found[0]


def visible_text(page) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def test_forgotten_password_is_reset_through_the_login_window(qtbot, controller, backend, facade) -> None:
    other = facade.login(DEMO_EMAIL, GOOD_PASSWORD)  # e.g. left open at home
    assert other.ok

    wizard = open_reset_wizard(qtbot, controller)
    assert wizard.windowTitle() == "パスワードの再設定"
    assert wizard.currentId() == PageId.EMAIL  # no consent step: the account agreed at opening
    assert wizard.consent_page is None
    assert wizard.email_page.title() == "メールアドレスの入力（パスワード再設定申込）"
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not controller.login_window.isVisible()

    fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)
    assert wizard.password_page.title() == "新しいパスワードの登録"
    assert "「パスワード再設定申込受付通知」" in wizard.password_page.received.text()

    key = reset_key(backend)
    fill_password_page(qtbot, wizard, NEW_PASSWORD, NEW_PASSWORD, key)
    click(qtbot, next_button(wizard))  # 「完了」
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=WAIT_MS)
    done = visible_text(wizard.done_page)
    assert wizard.done_page.title() == "パスワード再設定完了"
    assert "すべてログアウトしました" in done
    assert all(edit.text() == "" for edit in wizard.findChildren(QLineEdit))  # secrets gone

    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))  # 「ログイン画面へ進む」
    qtbot.waitUntil(lambda: controller.login_window.isVisible(), timeout=WAIT_MS)
    assert controller.wizard is None
    assert controller.login_window.email_edit.text() == ""  # K6: the key logs nobody in

    with pytest.raises(SessionInvalid):  # the other session ended with the reset
        facade.my_profile(other.token)
    assert not facade.login(DEMO_EMAIL, GOOD_PASSWORD).ok
    result = facade.login(DEMO_EMAIL, NEW_PASSWORD)
    assert result.ok
    facade.logout(result.token)
    backend.mail_worker.run_once()
    assert any(m.recipient == DEMO_EMAIL and m.subject == "パスワード再設定のお知らせ"
               for m in facade.demo_mailbox())


def test_the_reset_counts_its_own_three_steps(qtbot, controller, backend) -> None:
    """No consent step here: the reset starts at 1 of 3, not at 「ステップ2／4」."""
    wizard = open_reset_wizard(qtbot, controller)
    assert wizard.email_page.subTitle() == "ステップ1／3"
    assert wizard.password_page.subTitle() == "ステップ2／3"
    assert wizard.done_page.subTitle() == "ステップ3／3"


def test_unknown_address_gets_the_same_step_and_no_mail(qtbot, controller, backend, facade) -> None:
    """E3: the reset request answers the same whether or not anything matched."""
    wizard = open_reset_wizard(qtbot, controller)
    fill_email_page(qtbot, wizard, "nobody@example.jp", "1990", "1", "1")
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)
    assert "「パスワード再設定申込受付通知」" in wizard.password_page.received.text()
    backend.mail_worker.run_once()
    assert [m for m in facade.demo_mailbox() if m.subject == "パスワード再設定申込受付通知"] == []


def test_a_wrong_key_keeps_the_new_password_and_says_so(qtbot, controller, backend, facade) -> None:
    wizard = open_reset_wizard(qtbot, controller)
    fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)
    key = reset_key(backend)
    wrong = "0000 0000" if key != "0000 0000" else "1111 1111"
    fill_password_page(qtbot, wizard, NEW_PASSWORD, NEW_PASSWORD, wrong)
    click(qtbot, next_button(wizard))
    page = wizard.password_page
    qtbot.waitUntil(page.restart_after_key.isVisible, timeout=WAIT_MS)  # 「はじめからやり直す」 offered
    assert wizard.currentId() == PageId.PASSWORD
    assert "認証キー" in visible_text(page)
    key_error = page.field_error_label("auth_key").text()
    assert "はじめからパスワード再設定をやり直してください" in key_error  # the reset's own words
    assert "パスワード登録" not in key_error
    assert page.password.text() == NEW_PASSWORD  # nothing typed is lost
    assert facade.login(DEMO_EMAIL, GOOD_PASSWORD).ok  # unchanged
