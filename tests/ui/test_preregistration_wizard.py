"""「求職申込み（仮登録）」 driven as a seeker would (issue 12; docs/product-rules.md
§preregistration): from the login window, the pupil question, typing each step, the 郵便番号
lookup, a refusal that keeps everything, 一時保存 and resume by a mailed key, the review, the
仮登録番号; closing forgets what was typed."""

from __future__ import annotations

import pytest
from helpers import WAIT_MS, start_controller, stop_controller, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from test_job_support import click

from mypage_desktop.ui.preregistration.flow import Step
from mypage_desktop.ui.preregistration.wizard import PreregistrationWizard
from services.helpers import outbox
from services.prereg_helpers import PREREG_EMAIL
from services.security_helpers import key_from


@pytest.fixture
def wizard(qtbot, qloop, facade, backend):  # type: ignore[no-untyped-def]
    window = PreregistrationWizard(facade, facade.app_info())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def idle(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT_MS)


def fill(qtbot, page, values: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    for field, text in values.items():
        type_text(qtbot, page.edits[field], text)


def to_basic(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, wizard.start.pupil_no)
    click(qtbot, wizard.next_button)
    assert wizard.flow.step == Step.BASIC


def test_a_pupil_is_stopped_at_the_start_with_where_to_go(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    assert not wizard.next_button.isEnabled()
    click(qtbot, wizard.start.pupil_yes)
    assert wizard.start.pupil_message.isVisible() and "学卒" in wizard.start.pupil_message.text()
    assert not wizard.next_button.isEnabled()
    click(qtbot, wizard.start.pupil_no)
    assert wizard.next_button.isEnabled() and not wizard.start.pupil_message.isVisible()


def test_fill_every_step_review_and_get_a_number(qtbot, wizard, ctx) -> None:  # type: ignore[no-untyped-def]
    to_basic(qtbot, wizard)
    fill(qtbot, wizard.basic, {"name": "寒河江 楓", "name_kana": "サガエ カエデ", "birth_year": "1996",
                               "birth_month": "7", "birth_day": "21"})
    click(qtbot, wizard.next_button)
    contact = wizard.contact
    type_text(qtbot, contact.postal_edit, "9900042")
    click(qtbot, contact.lookup_button)
    idle(qtbot, wizard)
    assert contact.address_edit.text() == "山形県山形市七日町"
    type_text(qtbot, contact.address_edit, "一丁目2-3")
    fill(qtbot, contact, {"phone": "023-600-1234", "email": PREREG_EMAIL})
    click(qtbot, wizard.next_button)
    fill(qtbot, wizard.wish, {"wish_occupation": "一般事務"})
    wizard.wish.edits["wish_employment"].setCurrentIndex(1)  # 正社員
    click(qtbot, wizard.next_button)
    history = wizard.history
    click(qtbot, history.work.add_button)
    click(qtbot, history.work.add_button)
    assert len(history.work.rows) == 2
    click(qtbot, history.work.rows[1][3])  # 削除 on the second row
    assert len(history.work.rows) == 1
    start, end, text, *_ = history.work.rows[0]
    type_text(qtbot, start, "2015-04")
    type_text(qtbot, text, "株式会社さくらんぼ物産 経理事務")
    click(qtbot, wizard.next_button)
    assert "任意" in " ".join(w.text() for w in wizard.more.findChildren(type(wizard.step_label)))
    type_text(qtbot, wizard.more.edits["self_pr"], "経理事務を8年担当しました。")
    click(qtbot, wizard.next_button)
    assert wizard.flow.step == Step.REVIEW and wizard.submit_button.isVisible()
    shown = [label.text() for label in wizard.review.value_labels]
    assert "山形県山形市七日町一丁目2-3" in shown and any("経理事務" in s for s in shown)
    click(qtbot, wizard.submit_button)
    idle(qtbot, wizard)
    assert wizard.flow.step == Step.DONE
    number = wizard.done.number_label.text()
    assert number in outbox(ctx, "prereg_submitted")[-1].body
    assert "本人確認書類" in wizard.done.bring_label.text()
    assert not any(e.text() for e in wizard.findChildren(QLineEdit))  # nothing typed stays on screen
    click(qtbot, wizard.close_button)
    assert not wizard.isVisible()


def test_a_refusal_keeps_everything_and_shows_the_message_on_its_step(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    to_basic(qtbot, wizard)
    fill(qtbot, wizard.basic, {"name": "寒河江 楓", "name_kana": "Sagae"})  # ひらがな is taken; romaji is not
    for _ in range(4):
        click(qtbot, wizard.next_button)
    type_text(qtbot, wizard.more.edits["self_pr"], "長所は" + "あ" * 1000)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.submit_button)
    idle(qtbot, wizard)
    assert wizard.flow.step == Step.BASIC  # the first step with a message
    assert wizard.basic.messages["name_kana"].isVisible()
    assert wizard.basic.edits["name_kana"].text() == "Sagae" and wizard.basic.edits["name"].text() == "寒河江 楓"
    for _ in range(4):
        click(qtbot, wizard.next_button)
    assert wizard.more.messages["self_pr"].isVisible()
    assert wizard.more.edits["self_pr"].toPlainText().startswith("長所は")


def test_save_then_resume_in_a_new_window_with_the_mailed_key(qtbot, qloop, wizard, facade, ctx) -> None:  # type: ignore[no-untyped-def]
    to_basic(qtbot, wizard)
    fill(qtbot, wizard.basic, {"name": "寒河江 楓"})
    click(qtbot, wizard.save_button)
    idle(qtbot, wizard)
    assert wizard.contact.messages["email"].isVisible() and wizard.flow.step == Step.CONTACT  # email first
    type_text(qtbot, wizard.contact.edits["email"], PREREG_EMAIL)
    click(qtbot, wizard.save_button)
    idle(qtbot, wizard)
    assert "一時保存しました" in wizard.notice.text() and "14日間" in wizard.notice.text()
    wizard.close()
    again = PreregistrationWizard(facade, facade.app_info())
    qtbot.addWidget(again)
    again.show()
    resume = again.start.resume
    type_text(qtbot, resume.email_edit, PREREG_EMAIL)
    qtbot.keyClick(resume.email_edit, Qt.Key.Key_Return)  # Enter does what 「認証キーを送信」 does
    idle(qtbot, again)
    assert resume.status.isVisible()
    type_text(qtbot, resume.key_edit, "00000000")
    click(qtbot, resume.resume_button)
    idle(qtbot, again)
    assert resume.message.isVisible() and again.flow.step == Step.SCHOOL
    resume.key_edit.clear()
    type_text(qtbot, resume.key_edit, key_from(outbox(ctx, "prereg_resume_key")[-1].body))
    qtbot.keyClick(resume.key_edit, Qt.Key.Key_Return)  # and 「再開する」
    idle(qtbot, again)
    assert again.flow.step == Step.BASIC and again.basic.edits["name"].text() == "寒河江 楓"
    again.close()
    assert not any(e.text() for e in again.findChildren(QLineEdit))
    assert not any(e.toPlainText() for e in again.findChildren(QPlainTextEdit))


def test_the_login_window_opens_it_and_gets_it_back_empty(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    controller = start_controller(qtbot, backend)
    try:
        window = controller.login_window
        qtbot.waitUntil(lambda: controller.facade is not None, timeout=WAIT_MS)
        click(qtbot, window.prereg_button)
        qtbot.waitUntil(lambda: controller.prereg_wizard is not None, timeout=WAIT_MS)
        wizard = controller.prereg_wizard
        assert wizard.isVisible() and not window.isVisible()
        click(qtbot, wizard.cancel_button)
        qtbot.waitUntil(lambda: window.isVisible(), timeout=WAIT_MS)
        assert controller.prereg_wizard is None
    finally:
        stop_controller(controller)


def test_cancel_with_input_asks_first_and_going_back_keeps_everything(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    from test_staff_support import answer_question

    to_basic(qtbot, wizard)
    fill(qtbot, wizard.basic, {"name": "寒河江 楓"})
    click(qtbot, wizard.cancel_button)
    answer_question(qtbot, wizard, "入力に戻る")
    assert wizard.isVisible() and wizard.basic.edits["name"].text() == "寒河江 楓"
    click(qtbot, wizard.cancel_button)
    answer_question(qtbot, wizard, "終了する")
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)
    assert wizard.basic.edits["name"].text() == "" and wizard.flow.form.name == ""


def test_a_wrong_postal_code_keeps_what_was_typed_on_the_page(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    to_basic(qtbot, wizard)
    click(qtbot, wizard.next_button)
    contact = wizard.contact
    type_text(qtbot, contact.edits["phone"], "023-600-1234")
    type_text(qtbot, contact.postal_edit, "99-0042")
    click(qtbot, contact.lookup_button)
    idle(qtbot, wizard)
    assert contact.messages["postal_code"].isVisible()
    assert contact.postal_edit.text() == "99-0042" and contact.edits["phone"].text() == "023-600-1234"
    contact.postal_edit.clear()
    type_text(qtbot, contact.postal_edit, "0000000")
    click(qtbot, contact.lookup_button)
    idle(qtbot, wizard)
    assert "見つかりません" in contact.status.text() and contact.address_edit.text() == ""


def test_on_a_kiosk_the_form_closes_and_forgets_after_idle_time(qtbot, qloop, facade) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    kiosk = dataclasses.replace(facade.app_info(), kiosk_mode=True)
    window = PreregistrationWizard(facade, kiosk, kiosk_idle_ms=300)
    qtbot.addWidget(window)
    window.show()
    click(qtbot, window.start.pupil_no)
    click(qtbot, window.next_button)
    type_text(qtbot, window.basic.edits["name"], "寒河江 楓")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert window.timed_out and window.basic.edits["name"].text() == "" and window.flow.form.name == ""
