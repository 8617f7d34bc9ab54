"""Step 2 「メールアドレスの入力（パスワード登録申込）」: each message under its own field, the
typed values kept, full-width input accepted (docs/security.md I1, I2), one request per click (D3)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from test_wizard_support import (
    DEMO_BIRTH,
    DEMO_EMAIL,
    WAIT_MS,
    agree,
    click,
    close_quietly,
    delivered_key,
    fill_email_page,
    make_wizard,
    next_button,
)

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.ui.widgets.i18n import field_message
from mypage_desktop.ui.wizard.flow import PageId


@pytest.fixture
def wizard(qtbot, qloop, facade):  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, facade)
    agree(qtbot, wizard)
    yield wizard
    close_quietly(wizard)


def test_texts_and_buttons_from_the_seed(wizard, facade) -> None:  # type: ignore[no-untyped-def]
    page = wizard.email_page
    assert page.title() == "メールアドレスの入力（パスワード登録申込）"
    assert page.subTitle() == "ステップ2／4"
    texts = "\n".join(label.text() for label in page.findChildren(type(page.busy_label)))
    assert "ハローワークの窓口で登録したメールアドレスおよび生年月日を入力してください。" in texts
    assert f"メール受信制限をされている方は{facade.app_info().mail_sender}からのメール受信を許可してください。" in texts
    assert "半角英数字100文字以内" in texts and "半角数字 西暦で入力してください" in texts
    # The leaflet's advice for office PCs, which need not run in kiosk mode (this one does not).
    assert not facade.app_info().kiosk_mode
    assert page.on_the_spot.isVisible()
    assert "その場で（ご自身のスマートフォンなどで）受信・確認できるようにご準備ください。" in texts
    assert next_button(wizard).text() == "次へ進む"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "キャンセル"
    assert not next_button(wizard).isEnabled()  # nothing typed yet


def test_cancel_on_the_left_and_next_on_the_right_as_in_the_seed(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    """The seed's step 2 shows 「キャンセル　次へ進む」; 戻る stays away from 次へ進む."""
    fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
    cancel, forward = wizard.button(QWizard.WizardButton.CancelButton), next_button(wizard)
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isVisible() and cancel.isVisible() and forward.isEnabled()

    def left(button) -> int:  # type: ignore[no-untyped-def]
        return button.mapTo(wizard, button.rect().topLeft()).x()

    assert left(back) < left(cancel) < left(forward)
    # The keyboard meets them in the same order after the last field.
    wizard.activateWindow()
    wizard.email_page.birth_day.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
        seen.append(wizard.focusWidget())
    assert seen == [back, cancel, forward]


BAD_INPUT = [
    pytest.param("やまがた@example.jp", *DEMO_BIRTH, FieldError("email", "email.fullwidth"), id="email-hiragana"),
    pytest.param("a" * 90 + "@example.jp", *DEMO_BIRTH,
                 FieldError("email", "email.too_long", {"max": 100, "length": 100 + 1}), id="email-101-chars"),
    pytest.param(DEMO_EMAIL, "2026", "12", "24", FieldError("birth_day", "birthdate.future"), id="future"),
    pytest.param(DEMO_EMAIL, "昭和60", "4", "12", FieldError("birth_year", "birthdate.era"), id="wareki"),
    pytest.param(DEMO_EMAIL, "1985", "2", "30", FieldError("birth_day", "birthdate.not_a_date"), id="feb-30"),
    pytest.param(DEMO_EMAIL, "1985", "13", "12", FieldError("birth_month", "birthdate.month_range"),
                 id="month-13"),
]


@pytest.mark.parametrize(("email", "year", "month", "day", "expected"), BAD_INPUT)
def test_message_appears_under_its_field_and_input_is_kept(  # type: ignore[no-untyped-def]
        qtbot, wizard, backend, email, year, month, day, expected) -> None:
    """I2: a field message, never silent truncation; E3 is not involved (nothing is sent)."""
    page = wizard.email_page
    fill_email_page(qtbot, wizard, email, year, month, day)
    click(qtbot, next_button(wizard))
    label = page.field_error_label(expected.field)
    qtbot.waitUntil(label.isVisible, timeout=WAIT_MS)
    assert label.text() == field_message(expected)
    edit = {"email": page.email, "birth_year": page.birth_year, "birth_month": page.birth_month,
            "birth_day": page.birth_day}[expected.field]
    # Under that field's row, starting where the row's first field starts (the birthdate's
    # messages line up under 「年」 instead of forming a staircase).
    first = page.birth_year if expected.field.startswith("birth_") else edit
    assert label.geometry().left() == first.geometry().left()
    assert label.geometry().top() >= edit.geometry().bottom()
    hint = "半角英数字100文字以内" if expected.field == "email" else "半角数字 西暦で入力してください"
    assert edit.accessibleDescription() == label.text() + "\n" + hint  # the message, then the field's hint
    others = [n for n in ("email", "birth_year", "birth_month", "birth_day") if n != expected.field]
    assert not any(page.field_error_label(n).isVisible() for n in others)
    assert (page.email.text(), page.birth_year.text(), page.birth_month.text(), page.birth_day.text()) == (
        email, year, month, day)
    assert wizard.currentId() == PageId.EMAIL and next_button(wizard).isEnabled()
    backend.mail_worker.run_once()
    assert backend.facade.demo_mailbox() == []


def test_editing_a_field_clears_only_its_message(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.email_page
    fill_email_page(qtbot, wizard, "やまがた@example.jp", "昭和60", "4", "12")
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(page.field_error_label("birth_year").isVisible, timeout=WAIT_MS)
    assert page.field_error_label("email").isVisible()
    qtbot.keyClick(page.email, Qt.Key.Key_End)
    qtbot.keyClicks(page.email, "x")
    assert not page.field_error_label("email").isVisible()
    assert page.field_error_label("birth_year").isVisible()


def test_full_width_digits_in_the_birthdate_are_accepted(qtbot, wizard, backend) -> None:  # type: ignore[no-untyped-def]
    """I1: the IME's full-width digits are converted by the service, not refused."""
    fill_email_page(qtbot, wizard, DEMO_EMAIL, "１９８５", "４", "１２")
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)
    assert len(delivered_key(backend).replace(" ", "")) == 8


def test_busy_while_the_request_runs_and_one_click_sends_one_mail(qtbot, wizard, backend) -> None:  # type: ignore[no-untyped-def]
    """D3: buttons are disabled while pending; a double click makes one request."""
    page = wizard.email_page
    fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
    forward = next_button(wizard)
    click(qtbot, forward)
    # The call runs off the GUI thread: the page is busy, nothing can be pressed or typed.
    assert page.progress.isVisible() and page.progress.maximum() == 0
    assert not forward.isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not page.email.isEnabled()
    assert wizard.cursor().shape() == Qt.CursorShape.WaitCursor
    click(qtbot, forward)
    wizard.next()  # even a programmatic second submit is refused while busy
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)
    assert not page.progress.isVisible()
    assert wizard.cursor().shape() != Qt.CursorShape.WaitCursor
    delivered_key(backend)  # exactly one key mail


def test_database_unavailable_gives_a_friendly_message_and_keeps_input(  # type: ignore[no-untyped-def]
        qtbot, wizard, settings) -> None:
    """A locked database (another PC holding the write lock) is an environmental problem:
    a friendly message on the page, the values kept, and a retry works once it is free."""
    page = wizard.email_page
    fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
    blocker = sqlite3.connect(settings.database_url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        blocker.execute("BEGIN EXCLUSIVE")
        click(qtbot, next_button(wizard))
        qtbot.waitUntil(page.page_error.isVisible, timeout=30_000)
    finally:
        blocker.rollback()
        blocker.close()
    assert "しばらく待ってから、もう一度お試しください" in page.page_error.text()
    assert (page.email.text(), page.birth_year.text()) == (DEMO_EMAIL, DEMO_BIRTH[0])
    assert wizard.currentId() == PageId.EMAIL and next_button(wizard).isEnabled()
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)
