"""The opening wizard shown in English mails the key in English (docs/i18n.md#mails): the
language on the screen at the time of the request travels with the façade call."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from test_wizard_support import (
    DEMO_BIRTH,
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
    agree,
    click,
    close_quietly,
    fill_email_page,
    fill_password_page,
    make_wizard,
    next_button,
)

from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.wizard.flow import PageId

ENGLISH_KEY = re.compile(r"Access key \(認証キー\): (\d{4}) (\d{4})")


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    language.apply_language("en")
    yield
    language.apply_language("ja")


def test_the_wizard_in_english_queues_english_mails(qtbot, qloop, english, backend, facade) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, facade)
    try:
        assert next_button(wizard).text().replace("&", "") != "次へ"  # the screens are in English
        agree(qtbot, wizard)
        fill_email_page(qtbot, wizard, DEMO_EMAIL, *DEMO_BIRTH)
        click(qtbot, next_button(wizard))
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)

        backend.mail_worker.run_once()
        [mail] = [m for m in facade.demo_mailbox() if m.recipient == DEMO_EMAIL]
        assert mail.subject == "Your password setup request was received (パスワード登録申込受付通知)"
        assert mail.body.startswith("このメールは、受信者が選んだ言語（英語）でお送りしています。")
        found = ENGLISH_KEY.search(mail.body)
        assert found, mail.body

        fill_password_page(qtbot, wizard, GOOD_PASSWORD, GOOD_PASSWORD, f"{found.group(1)} {found.group(2)}")
        click(qtbot, next_button(wizard))
        qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=WAIT_MS)
        backend.mail_worker.run_once()
        assert "Your password has been set (パスワード登録完了のお知らせ)" in [m.subject for m in facade.demo_mailbox()]
    finally:
        close_quietly(wizard)
