"""The whole 「求職者マイページの開設」 through the real backend: consent, email and birthdate,
the key from the delivered mail, password, done, then login (docs/security.md K1, K6, E3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWizard
from test_wizard_support import (
    DEMO_BIRTH,
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
    agree,
    click,
    close_quietly,
    delivered_key,
    fill_email_page,
    fill_password_page,
    make_wizard,
    next_button,
    request_key,
    submit_and_wait_idle,
    type_text,
)

from mypage_desktop.domain.languages import SOURCE
from mypage_desktop.ui.devtools.wizard_screens import render_wizard_screens, render_wizard_screens_async
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.wizard.flow import PageId


@pytest.fixture
def wizard(qtbot, qloop, facade):  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, facade)
    yield wizard
    close_quietly(wizard)


def all_inputs(wizard) -> list[str]:  # type: ignore[no-untyped-def]
    return [edit.text() for edit in wizard.findChildren(QLineEdit)]


def test_opening_my_page_end_to_end(qtbot, wizard, backend, facade) -> None:  # type: ignore[no-untyped-def]
    """K1 (consent, then step 2, then the key by mail), K6 (done page → EMPTY login, notice
    mailed, the key never logs in), C3/I1 (password accepted), then a real login."""
    assert not facade.login(DEMO_EMAIL, GOOD_PASSWORD).ok  # not open yet

    agree(qtbot, wizard)
    fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)

    key = delivered_key(backend)  # mail worker → demo mailbox → 「認証キー：1234 5678」
    assert not facade.login(DEMO_EMAIL, key).ok
    fill_password_page(qtbot, wizard, GOOD_PASSWORD, GOOD_PASSWORD, key)
    click(qtbot, next_button(wizard))  # 「完了」
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=WAIT_MS)

    page = wizard.done_page
    assert page.title() == "パスワード登録完了"
    texts = "\n".join(label.text() for label in page.findChildren(type(page.converted)) if label.isVisible())
    assert "マイページ開設完了" in texts
    assert "「ログイン画面へ進む」ボタンをクリックし、登録したメールアドレスとパスワードでログイン後" in texts
    assert "【！重要！】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。" in texts
    assert f"ヘルプデスク(電話：{facade.app_info().helpdesk_number})" in texts
    assert not page.converted.isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.text() == "ログイン画面へ進む"
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert all(text == "" for text in all_inputs(wizard))  # the secrets are gone already

    with qtbot.waitSignal(wizard.login_requested, timeout=WAIT_MS) as signal:
        click(qtbot, finish)
    assert signal.args == []  # nothing to prefill the login with (K6)
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.flow.consent is None and wizard.currentId() == PageId.CONSENT

    backend.mail_worker.run_once()
    assert any(m.subject == "パスワード登録完了のお知らせ" for m in facade.demo_mailbox())
    result = facade.login(DEMO_EMAIL, GOOD_PASSWORD)
    assert result.ok
    facade.logout(result.token)


def test_full_width_password_is_converted_and_the_done_page_says_so(qtbot, wizard, backend, facade) -> None:  # type: ignore[no-untyped-def]
    """I1: 「Ｋａｓｕｍｉ…」 typed with the IME registers as its half-width form."""
    request_key(qtbot, wizard)
    key = delivered_key(backend)
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in GOOD_PASSWORD)
    fill_password_page(qtbot, wizard, full_width, full_width, key)
    submit_and_wait_idle(qtbot, wizard)
    assert wizard.currentId() == PageId.DONE and wizard.done_page.converted.isVisible()
    assert facade.login(DEMO_EMAIL, GOOD_PASSWORD).ok


@pytest.mark.parametrize(("email", "birth"), [
    pytest.param("nobody@example.jp", ("1990", "1", "1"), id="unknown-email"),
    pytest.param(DEMO_EMAIL, ("1985", "4", "13"), id="wrong-birthdate"),
])
def test_no_match_shows_the_same_step_3_as_a_match(qtbot, qloop, facade, backend, email, birth) -> None:  # type: ignore[no-untyped-def]
    """E3: the screen after step 2 is the same whether or not the data matched; only the
    matching address gets a mail."""
    def step_3_screen(email: str, birth: tuple[str, str, str]) -> tuple[object, ...]:
        wizard = make_wizard(qtbot, facade)
        request_key(qtbot, wizard, email, birth)
        page = wizard.password_page
        screen = (wizard.currentId(), page.title(), page.received.text(), page.rules.text(),
                  page.page_error.isVisible(), next_button(wizard).text(),
                  wizard.button(QWizard.WizardButton.BackButton).isVisible(),
                  page.restart_button.isVisible(), wizard.grab().toImage())
        close_quietly(wizard)
        return screen

    unmatched = step_3_screen(email, birth)
    backend.mail_worker.run_once()
    assert facade.demo_mailbox() == []
    matched = step_3_screen(DEMO_EMAIL, DEMO_BIRTH)
    delivered_key(backend)
    assert unmatched[:-1] == matched[:-1]
    assert unmatched[-1] == matched[-1]  # pixel for pixel
    assert isinstance(matched[-1], QImage)


def test_cancel_without_input_closes_at_once(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(wizard.rejected, timeout=WAIT_MS):
        click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert not wizard.isVisible()


# The offscreen platform cannot size a native dialog window; not a problem of the wizard.
OFFSCREEN_DIALOG_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@OFFSCREEN_DIALOG_NOISE
def test_cancel_with_input_asks_first_and_then_forgets_everything(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """S5: what was typed is cleared when the wizard closes; the question does not block."""
    agree(qtbot, wizard)
    type_text(qtbot, wizard.email_page.email, DEMO_EMAIL)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    click(qtbot, cancel)
    box = wizard.cancel_confirmation()
    assert box is not None and box.isVisible() and wizard.isVisible()
    assert box.button(QMessageBox.StandardButton.No).text() == "続ける"
    click(qtbot, box.button(QMessageBox.StandardButton.No))
    qtbot.waitUntil(lambda: wizard.cancel_confirmation() is None, timeout=WAIT_MS)
    assert wizard.isVisible() and wizard.email_page.email.text() == DEMO_EMAIL

    click(qtbot, cancel)
    box = wizard.cancel_confirmation()
    assert box is not None and box.button(QMessageBox.StandardButton.Yes).text() == "中止する"
    with qtbot.waitSignal(wizard.rejected, timeout=WAIT_MS):
        click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert not wizard.isVisible()
    assert all(text == "" for text in all_inputs(wizard))
    assert wizard.flow.consent is None and not wizard.consent_page.agree.isChecked()


@OFFSCREEN_DIALOG_NOISE
def test_closing_on_step_3_clears_passwords_and_key(qtbot, wizard, backend) -> None:  # type: ignore[no-untyped-def]
    request_key(qtbot, wizard)
    fill_password_page(qtbot, wizard, GOOD_PASSWORD, GOOD_PASSWORD, delivered_key(backend))
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    box = wizard.cancel_confirmation()
    assert box is not None
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)
    assert all(text == "" for text in all_inputs(wizard))
    assert not wizard.flow.key_requested


def test_discard_while_a_request_is_pending(qtbot, wizard, backend) -> None:  # type: ignore[no-untyped-def]
    """S5/S3: the session owner can close the wizard at any moment; the pending call's
    result is ignored and nothing typed survives."""
    agree(qtbot, wizard)
    fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
    click(qtbot, next_button(wizard))
    assert wizard.flow.busy
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))  # disabled: nothing happens
    assert wizard.isVisible() and wizard.cancel_confirmation() is None
    with qtbot.waitSignal(wizard.rejected, timeout=WAIT_MS):
        wizard.discard()
    assert not wizard.isVisible() and not wizard.flow.busy
    assert all(text == "" for text in all_inputs(wizard))
    assert wizard.currentId() == PageId.CONSENT and not wizard.email_page.progress.isVisibleTo(wizard)


def test_email_page_restart_by_wrong_address_advice(qtbot, wizard, facade) -> None:  # type: ignore[no-untyped-def]
    """The seed's advice when the mail does not come: check the address, allow the sender,
    start over; 「はじめからやり直す」 returns to an empty step 1."""
    request_key(qtbot, wizard, "taro.yamagata@example.com", DEMO_BIRTH)
    page = wizard.password_page
    advice = "\n".join(label.text() for label in page.findChildren(type(page.rules)))
    assert "しばらく経ってもメールが届かない場合は、メールアドレスが正しいかご確認ください。" in advice
    assert facade.app_info().mail_sender in advice
    click(qtbot, page.restart_button)
    assert wizard.currentId() == PageId.CONSENT and wizard.flow.consent is None
    assert not wizard.consent_page.agree.isChecked()
    agree(qtbot, wizard)
    assert wizard.email_page.email.text() == ""
    fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)


@pytest.mark.parametrize(("form", "code"), [("sync", "ja"), ("async", "ja"), ("async", "en")])
def test_render_wizard_screens(qtbot, qloop, facade, backend, tmp_path: Path, form: str, code: str) -> None:  # type: ignore[no-untyped-def]
    """The screenshot entry points walk all four steps (and the error states) for real, in
    another language too (its key mail is in that language: ``--render-screens`` once stopped
    at step 3 in every language but Japanese)."""
    args = (facade, facade.app_info(), facade.legal_documents(), tmp_path)
    language.apply_language(code)
    try:
        if form == "sync":
            paths = render_wizard_screens(*args, deliver_mail=backend.mail_worker.run_once)
        else:
            task = qloop.create_task(render_wizard_screens_async(*args, deliver_mail=backend.mail_worker.run_once))
            qtbot.waitUntil(task.done, timeout=60_000)
            paths = task.result()
    finally:
        language.apply_language(SOURCE)
    assert [p.name for p in paths] == ["01_consent.png", "02_consent_agreed.png", "03_email_errors.png",
                                       "04_email.png", "05_password.png", "06_password_errors.png",
                                       "07_key_rejected.png", "08_password_filled.png", "09_done.png"]
    for path in paths:
        image = QImage(str(path))
        assert image.width() >= 860 and image.height() >= 700
    assert facade.login(DEMO_EMAIL, "Mogami-River#2026").ok
