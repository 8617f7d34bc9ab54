"""The counter's actions, driven as a staff member would: 求職登録, the login-email change after
an ID check and the password prompt (docs/security.md A3), unlock (L1), voiding keys (K5), starting a
reset, ending a seeker's sessions (S1), and 紹介状・応募状況・お知らせ through the forms."""

from __future__ import annotations

from helpers import (
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
)
from PySide6.QtCore import QDate
from test_staff_support import (  # noqa: F401 (counter_fixture: a fixture)
    Counter,
    answer_question,
    answer_reauth,
    choose,
    click,
    counter_fixture,
    first_id_document,
    type_into,
)

from mypage_desktop.ui.staff.console_window import SeekerTab
from mypage_desktop.ui.staff.lookup import Mode
from mypage_desktop.ui.staff.seeker_model import Columns
from services.activity_helpers import ONLINE, add_postings, demo_seeker
from services.helpers import outbox, request_key

NEW_EMAIL = "taro.new@example.jp"


def find_taro(qtbot, counter: Counter, email: str = DEMO_EMAIL) -> None:  # type: ignore[no-untyped-def]
    counter.search(qtbot, Mode.EMAIL, email=email)
    assert counter.console.panel.seeker is not None


def wait_result(qtbot, counter: Counter) -> str:  # type: ignore[no-untyped-def]
    panel = counter.console.panel
    qtbot.waitUntil(lambda: panel.result_label.isVisible() or panel.error_label.isVisible(), timeout=WAIT_MS)
    return panel.result_label.text() if panel.result_label.isVisible() else panel.error_label.text()


def test_register_a_new_seeker_end_to_end(qtbot, counter, ctx) -> None:  # type: ignore[no-untyped-def]
    """求職登録: the form in a dialog, the password prompt (A3), the new seeker selected."""
    console = counter.console
    click(qtbot, console.register_button)
    dialog = console.registration.dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form
    type_into(qtbot, form.name, "酒田 次郎")
    type_into(qtbot, form.name_kana, "さかた じろう")  # the form converts to katakana
    type_into(qtbot, form.birth_year, "1990")
    type_into(qtbot, form.birth_month, "7")
    type_into(qtbot, form.birth_day, "1")
    type_into(qtbot, form.phone, "023-000-1234")
    type_into(qtbot, form.email, "jiro@example.jp")
    form.applied_on.setDate(QDate(2026, 11, 25))
    type_into(qtbot, form.wish_occupation, "一般事務")
    choose(qtbot, form.id_document, first_id_document())
    click(qtbot, form.submit_button)
    answer_reauth(qtbot, console)
    qtbot.waitUntil(lambda: console.registration.dialog is None, timeout=WAIT_MS)
    text = wait_result(qtbot, counter)
    seeker = console.panel.seeker
    assert seeker is not None and seeker.name == "酒田 次郎" and seeker.name_kana == "サカタ ジロウ"
    assert f"求職番号: {seeker.seeker_number}" in text and "有効期限: 2027年1月31日" in text
    assert "jiro@example.jp" in text
    assert console.lookup.selected_seeker() == seeker
    assert console.panel.values["wishes"].text().startswith("一般事務")
    # The new seeker is found like any other.
    counter.search(qtbot, Mode.NUMBER, number=seeker.seeker_number)
    assert console.lookup.proxy.rowCount() == 1


def test_register_errors_keep_the_input_and_closing_forgets_it(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    console = counter.console
    click(qtbot, console.register_button)
    form = console.registration.dialog.form
    type_into(qtbot, form.name, "酒田 次郎")
    type_into(qtbot, form.name_kana, "サカタ ジロウ")
    type_into(qtbot, form.birth_year, "1990")
    type_into(qtbot, form.birth_month, "7")
    type_into(qtbot, form.birth_day, "1")
    type_into(qtbot, form.email, DEMO_EMAIL)  # taken by the demo seeker: only the service knows
    choose(qtbot, form.id_document, first_id_document())
    click(qtbot, form.submit_button)
    answer_reauth(qtbot, console)
    qtbot.waitUntil(lambda: form.field_error("email") != "", timeout=WAIT_MS)
    assert "既に別の方のログインID" in form.field_error("email")
    assert form.name.text() == "酒田 次郎" and form.email.text() == DEMO_EMAIL
    click(qtbot, console.registration.dialog.close_button)
    assert console.registration.dialog is None and form.name.text() == ""


def test_A3_email_change_asks_for_the_id_and_the_password_and_mails_both(qtbot, counter, ctx) -> None:  # type: ignore[no-untyped-def]
    request_key(ctx)  # a pending key for the old address, voided by the change
    find_taro(qtbot, counter)
    console = counter.console
    assert console.panel.values["key"].text() == "有効な認証キーあり"
    click(qtbot, console.panel.email_button)
    dialog = console.account_actions.dialog
    assert dialog is not None and dialog.windowTitle() == "ログインID（メールアドレス）の変更"
    type_into(qtbot, dialog.email_edit, NEW_EMAIL)
    click(qtbot, dialog.ok_button)  # no ID document chosen yet
    assert dialog.document_error.text() == "確認した本人確認書類を選んでください。"
    choose(qtbot, dialog.document, "マイナンバーカード")
    click(qtbot, dialog.ok_button)
    answer_reauth(qtbot, console)
    text = wait_result(qtbot, counter)
    assert f"ログインIDを {NEW_EMAIL} に変更しました" in text
    assert console.account_actions.dialog is None
    assert console.panel.values["email"].text() == NEW_EMAIL
    assert console.panel.values["key"].text() == "なし"
    assert console.lookup.proxy.data(console.lookup.proxy.index(0, Columns.EMAIL)) == NEW_EMAIL
    assert [m.recipient for m in outbox(ctx, "login_email_changed")] == [DEMO_EMAIL]
    assert [m.recipient for m in outbox(ctx, "login_email_registered")] == [NEW_EMAIL]


def test_A3_a_wrong_password_is_asked_again_and_cancel_changes_nothing(qtbot, counter, ctx) -> None:  # type: ignore[no-untyped-def]
    find_taro(qtbot, counter)
    console = counter.console
    click(qtbot, console.panel.email_button)
    dialog = console.account_actions.dialog
    type_into(qtbot, dialog.email_edit, "taro@")  # checked before any password is asked for
    choose(qtbot, dialog.document, "運転免許証")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(dialog.email_error.isVisible, timeout=WAIT_MS)
    assert "「@」" in dialog.email_error.text() or "形式" in dialog.email_error.text()
    assert console.reauth.dialog is None
    type_into(qtbot, dialog.email_edit, NEW_EMAIL)
    click(qtbot, dialog.ok_button)
    answer_reauth(qtbot, console, "Wrong#Pass99")
    prompt = console.reauth.dialog
    qtbot.waitUntil(lambda: prompt.error_label.isVisible(), timeout=WAIT_MS)
    assert prompt.error_label.text() == "パスワードが正しくありません。" and prompt.password.text() == ""
    click(qtbot, prompt.cancel_button)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=WAIT_MS)
    assert "操作は行っていません" in dialog.error_label.text()
    assert dialog.email_edit.text() == NEW_EMAIL and dialog.ok_button.isEnabled()  # nothing typed is lost
    assert console.panel.values["email"].text() == DEMO_EMAIL
    assert outbox(ctx, "login_email_registered") == []


def test_L1_unlock_a_locked_account(qtbot, counter, backend, ctx, clock) -> None:  # type: ignore[no-untyped-def]
    demo_seeker(ctx, backend.facade)
    for _ in range(10):
        backend.facade.login(DEMO_EMAIL, "Wrong#Pass99")
        clock.advance(seconds=31)
    assert not backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD).ok
    find_taro(qtbot, counter)
    console = counter.console
    assert console.panel.values["lock"].text() == "ロック中（失敗10回）"
    click(qtbot, console.panel.unlock_button)
    dialog = console.account_actions.dialog
    choose(qtbot, dialog.document, "在留カード")
    click(qtbot, dialog.ok_button)
    answer_reauth(qtbot, console)
    assert wait_result(qtbot, counter) == "ロックを解除しました。ご本人はすぐにログインできます。"
    qtbot.waitUntil(lambda: console.panel.values["lock"].text() == "なし", timeout=WAIT_MS)
    assert backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD).ok


def test_K5_void_pending_keys(qtbot, counter, ctx) -> None:  # type: ignore[no-untyped-def]
    request_key(ctx)
    find_taro(qtbot, counter)
    console = counter.console
    click(qtbot, console.panel.void_button)
    answer_question(qtbot, console, "無効にする")
    assert wait_result(qtbot, counter) == "認証キーを1件無効にしました。"
    qtbot.waitUntil(lambda: console.panel.values["key"].text() == "なし", timeout=WAIT_MS)


def test_S1_end_a_seekers_session_and_start_a_reset(qtbot, counter, backend, ctx) -> None:  # type: ignore[no-untyped-def]
    seeker = demo_seeker(ctx, backend.facade)  # opened and logged in
    find_taro(qtbot, counter)
    console = counter.console
    assert console.panel.values["session"].text() == "はい（ログイン中）"
    click(qtbot, console.panel.revoke_button)
    answer_question(qtbot, console, "終了させる")
    assert wait_result(qtbot, counter) == "ログイン中のマイページを終了させました（1件）。"
    assert not backend.facade.session_status(seeker.token).active
    qtbot.waitUntil(lambda: console.panel.values["session"].text() == "いいえ", timeout=WAIT_MS)
    click(qtbot, console.panel.reset_button)
    dialog = console.account_actions.dialog
    choose(qtbot, dialog.document, "運転免許証")
    click(qtbot, dialog.ok_button)
    answer_reauth(qtbot, console)
    qtbot.waitUntil(lambda: "認証キーを送りました" in console.panel.result_label.text(), timeout=WAIT_MS)
    assert [m.recipient for m in outbox(ctx, "reset_key")][-1:] == [DEMO_EMAIL]


def test_referral_status_and_notice_through_the_forms(qtbot, counter, backend, ctx) -> None:  # type: ignore[no-untyped-def]
    add_postings(ctx, [ONLINE])
    demo_seeker(ctx, backend.facade)
    find_taro(qtbot, counter)
    console = counter.console
    forms = console.forms
    console.seeker_tabs.setCurrentIndex(SeekerTab.REFERRAL)
    type_into(qtbot, forms.referral.job_number, ONLINE.job_number.replace("-", ""))
    click(qtbot, forms.referral.submit_button)
    qtbot.waitUntil(forms.referral.done_message.isVisible, timeout=WAIT_MS)
    done = forms.referral.done_message.text()
    assert done.startswith("山形 太郎 さんに紹介状を発行しました。紹介番号: R")
    application = done.split("応募番号: ")[1].rstrip("）")
    # The same posting again: the service's message at the top of the form, the input kept.
    type_into(qtbot, forms.referral.job_number, ONLINE.job_number)
    click(qtbot, forms.referral.submit_button)
    qtbot.waitUntil(lambda: not forms.referral.busy and (forms.referral.error_message.isVisible()
                                                         or forms.referral.field_error("job_number") != ""),
                    timeout=WAIT_MS)
    assert forms.referral.job_number.text() == ONLINE.job_number

    console.seeker_tabs.setCurrentIndex(SeekerTab.STATUS)
    type_into(qtbot, forms.status.application_number, application)
    choose(qtbot, forms.status.status, "書類選考中")
    click(qtbot, forms.status.submit_button)
    qtbot.waitUntil(forms.status.done_message.isVisible, timeout=WAIT_MS)
    assert forms.status.done_message.text() == f"応募 {application} の応募状況を「書類選考中」として記録しました。"

    console.seeker_tabs.setCurrentIndex(SeekerTab.NOTICE)
    type_into(qtbot, forms.notice.title, "面接練習のご案内")
    forms.notice.body.setFocus()
    qtbot.keyClicks(forms.notice.body, "12/3 10:00")
    click(qtbot, forms.notice.submit_button)
    qtbot.waitUntil(forms.notice.done_message.isVisible, timeout=WAIT_MS)
    assert forms.notice.done_message.text() == "山形 太郎 さんのマイページにお知らせを送りました。"
    page = backend.facade.notices(backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD).token)
    titles = [n.title for n in page.notices]
    assert "面接練習のご案内" in titles


def test_forms_for_a_seeker_are_off_until_one_is_selected(counter) -> None:  # type: ignore[no-untyped-def]
    forms = counter.console.forms
    assert not forms.referral.isEnabled() and not forms.notice.isEnabled()
    assert forms.status.isEnabled()  # an application number names its seeker
