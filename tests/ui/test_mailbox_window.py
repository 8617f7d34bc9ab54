"""The demo mailbox (docs/product-rules.md §data-in-out; shown as PlainText, docs/security.md I4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from helpers import (
    DEMO_BIRTH,
    DEMO_EMAIL,
    WAIT_MS,
    consent,
    start_controller,
    stop_controller,
)
from PySide6.QtWidgets import QPlainTextEdit

from mypage_desktop.domain.account_dto import DeliveredMail
from mypage_desktop.domain.errors import NotPermitted
from mypage_desktop.ui.shell.mailbox_window import ID_ROLE, MailboxWindow


@pytest.fixture
def mailbox(qtbot, qloop, facade):  # type: ignore[no-untyped-def]
    window = MailboxWindow(facade, refresh_ms=50)
    qtbot.addWidget(window)
    return window


def _mail(mail_id: str, minutes: int, subject: str = "件名", body: str = "本文") -> DeliveredMail:
    return DeliveredMail(mail_id, DEMO_EMAIL, "system@mail.hellowork.mhlw.go.jp", subject, body,
                         datetime(2026, 11, 25, 10, 0, tzinfo=UTC) + timedelta(minutes=minutes))


def test_delivered_key_mail_appears_with_its_body(qtbot, mailbox, backend, facade) -> None:
    mailbox.show()
    facade.request_password_registration(DEMO_EMAIL, *DEMO_BIRTH, consent())
    backend.mail_worker.run_once()  # the worker delivers to the local folder
    qtbot.waitUntil(lambda: mailbox.list.topLevelItemCount() == 1, timeout=WAIT_MS)  # by the 2 s-style timer
    item = mailbox.list.topLevelItem(0)
    assert item.text(1) == DEMO_EMAIL
    assert item.text(2) == "パスワード登録申込受付通知"
    assert "認証キー：" in mailbox.body.toPlainText()
    assert "system@mail.hellowork.mhlw.go.jp" in mailbox.body.toPlainText()
    assert mailbox.windowTitle() == "デモ用メールボックス"


def test_newest_first_and_the_selection_survives_a_refresh_without_new_mail(mailbox) -> None:
    mailbox.set_mails([_mail("a", 0, "古い"), _mail("b", 5, "新しい"), _mail("c", 9, "最新")])
    assert [m.mail_id for m in mailbox.mails()] == ["c", "b", "a"]
    mailbox.select_mail(2)
    mailbox.set_mails([_mail("a", 0, "古い"), _mail("c", 9, "最新")])  # one gone, none new
    assert mailbox.list.currentItem().text(2) == "古い"


def test_a_new_mail_is_selected_and_shown_when_it_arrives(mailbox) -> None:
    """Issue 13: the old selection kept showing an already used 認証キー."""
    mailbox.set_mails([_mail("a", 0, "パスワード登録申込受付通知", "認証キー：1111 1111")])
    mailbox.select_mail(0)
    mailbox.set_mails([_mail("a", 0, "パスワード登録申込受付通知", "認証キー：1111 1111"),
                       _mail("b", 5, "パスワード登録申込受付通知", "認証キー：2222 2222")])
    assert mailbox.list.currentItem().data(0, ID_ROLE) == "b"
    assert "2222 2222" in mailbox.body.toPlainText()


def test_I4_mail_text_is_shown_literally(mailbox) -> None:
    mailbox.set_mails([_mail("x", 0, "<b>x</b>", '<a href="http://evil">click</a>')])
    assert isinstance(mailbox.body, QPlainTextEdit)
    assert '<a href="http://evil">click</a>' in mailbox.body.toPlainText()


def test_the_timer_runs_only_while_visible(qtbot, mailbox) -> None:
    mailbox.show()
    assert mailbox.timer.isActive()
    mailbox.hide()
    assert not mailbox.timer.isActive()


def test_outside_demo_mode_the_window_says_so(qtbot, qloop) -> None:
    class NoDemo:
        def demo_mailbox(self) -> list[DeliveredMail]:
            raise NotPermitted()

    window = MailboxWindow(NoDemo(), refresh_ms=50)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "読み込めません" in window.status.text(), timeout=WAIT_MS)


def test_login_window_button_opens_the_mailbox_in_demo_mode(qtbot, qloop, backend) -> None:
    controller = start_controller(qtbot, backend)
    try:
        controller.login_window.mailbox_button.click()
        assert controller.mailbox is not None and controller.mailbox.isVisible()
        qtbot.addWidget(controller.mailbox)
    finally:
        stop_controller(controller)


def test_the_background_mail_worker_delivers_to_the_demo_mailbox(qtbot, qloop, settings) -> None:
    """``open_local_backend`` starts the worker in demo mode; the window shows its delivery."""
    from mypage_desktop.facade.local.backend import open_local_backend
    from mypage_desktop.services.hashing import Hasher

    fast = Hasher(time_cost=1, memory_kib=1024, parallelism=1)
    backend = open_local_backend(settings, hasher=fast)  # the worker thread is started
    try:
        window = MailboxWindow(backend.facade, refresh_ms=50)
        qtbot.addWidget(window)
        window.show()
        backend.facade.request_password_registration(DEMO_EMAIL, *DEMO_BIRTH, consent())
        qtbot.waitUntil(lambda: window.list.topLevelItemCount() == 1, timeout=WAIT_MS)
        assert "認証キー：" in window.body.toPlainText()
        window.close()
    finally:
        backend.close()
