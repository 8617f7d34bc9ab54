"""The staff console's forms driven like a user (issue #6): typed input → the payload the
console hands to the façade; bad input → a message next to the field, nothing emitted,
nothing typed lost; busy, done and clear."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import choose, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.staff_dto import NewSeeker
from mypage_desktop.domain.text import to_katakana
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.ui.staff.forms.notice_form import NoticeForm
from mypage_desktop.ui.staff.forms.referral_form import ReferralForm
from mypage_desktop.ui.staff.forms.seeker_form import NewSeekerForm
from mypage_desktop.ui.staff.forms.status_form import STAFF_STATUSES, StatusForm

TODAY = date(2026, 11, 25)


def shown(qtbot, form: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(form)
    form.resize(700, 900)
    form.show()
    form.activateWindow()  # focus moves (and leaving a field finishes it) only in the active window
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    return form


def click(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    type_text(qtbot, widget, text)


# -- 紹介状の発行 ------------------------------------------------------------------------------


def test_referral_form_emits_the_normalised_job_number_and_the_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, ReferralForm())
    type_into(qtbot, form.job_number, "０６０１０－１２３４５６７８")  # the IME was on
    type_into(qtbot, form.note, "面接の際は履歴書をお持ちください")
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        click(qtbot, form.submit_button)
    assert emitted.args == ["06010-12345678", "面接の際は履歴書をお持ちください"]
    assert form.job_number.text() == "０６０１０－１２３４５６７８"  # kept until the console says done


def test_referral_form_enter_in_the_job_number_submits(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, ReferralForm())
    type_into(qtbot, form.job_number, "0601012345678")
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        qtbot.keyClick(form.job_number, Qt.Key.Key_Return)
    assert emitted.args == ["06010-12345678", ""]


def test_referral_form_refuses_a_bad_job_number_keeping_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, ReferralForm())
    type_into(qtbot, form.job_number, "06010-1234")
    type_into(qtbot, form.note, "一行目")
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    type_into(qtbot, form.note, "二行目")
    with qtbot.assertNotEmitted(form.submitted):
        click(qtbot, form.submit_button)
    assert form.field_error("job_number") == "求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。"
    assert form.field_error("note") == ""  # a 備考 of several lines is fine (printed as such)
    assert form.job_number.text() == "06010-1234"
    assert form.note.toPlainText() == "一行目\n二行目"
    assert form.job_number.hasFocus()  # the first field with a problem
    qtbot.keyClicks(form.job_number, "5678")  # typing there clears its message
    assert form.field_error("job_number") == ""
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        click(qtbot, form.submit_button)
    assert emitted.args == ["06010-12345678", "一行目\n二行目"]


def test_referral_form_refuses_an_empty_number_and_a_long_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, ReferralForm())
    form.note.setFocus()
    form.note.insertPlainText("あ" * 201)  # pasted
    assert form.note.counter.text() == "201／200文字"
    with qtbot.assertNotEmitted(form.submitted):
        click(qtbot, form.submit_button)
    assert form.field_error("job_number") == "求人番号を入力してください。"
    assert form.field_error("note") == "備考は200文字以内で入力してください。"
    assert len(form.note.toPlainText()) == 201


def test_busy_done_and_clear(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, ReferralForm())
    type_into(qtbot, form.job_number, "06010-12345678")
    form.set_busy(True)  # the console's call runs
    assert not form.submit_button.isEnabled() and not form.job_number.isEnabled()
    assert form.busy_label.isVisible()
    with qtbot.assertNotEmitted(form.submitted):
        click(qtbot, form.submit_button)
    form.show_field_errors([FieldError("job", "job.not_found")])  # the service's name for the field
    assert form.field_error("job_number") == "この求人は見つかりません。"
    assert form.submit_button.isEnabled() and form.job_number.text() == "06010-12345678"
    form.show_error("この求職者は見つかりません。")
    assert form.error_message.isVisible() and form.error_message.text() == "この求職者は見つかりません。"
    form.set_busy(True)
    form.show_done("紹介状を発行しました（紹介番号 R06010-00000001）。")
    assert not form.busy and form.submit_button.isEnabled()
    assert form.done_message.isVisible() and "R06010-00000001" in form.done_message.text()
    assert form.job_number.text() == "" and not form.error_message.isVisible()  # no second referral by mistake
    type_into(qtbot, form.job_number, "06010-1")
    form.clear()
    assert form.job_number.text() == "" and form.note.toPlainText() == ""
    assert not form.done_message.isVisible() and not form.error_message.isVisible()


def test_labels_have_buddies_and_the_tab_order_runs_down_the_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, StatusForm())
    form.application_number.setFocus()
    order = [form.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        order.append(form.focusWidget())
    assert order == [form.application_number, form.status, form.note, form.submit_button]  # interview off
    choose(qtbot, form.status, "面接予定")
    qtbot.keyClick(form.status, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.interview_date
    captions = {label.text(): label.buddy() for label in form.inputs.findChildren(QLabel)
                if label.buddy() is not None}
    assert captions["応募番号(&A)（必須）"] is form.application_number
    assert captions["面接日時(&D)"] is form.interview_date
    assert form.application_number.accessibleName() == "応募番号"


# -- 応募状況の記録 ---------------------------------------------------------------------------


def test_status_form_offers_the_statuses_staff_may_set() -> None:
    assert STAFF_STATUSES == ("書類選考中", "面接予定", "選考中", "採用", "不採用", "辞退", "取消")


def test_interview_fields_are_enabled_only_for_interview(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, StatusForm())
    interview = (form.interview_date, form.interview_time, form.place)
    assert not any(w.isEnabled() for w in interview)
    choose(qtbot, form.status, "面接予定")
    assert all(w.isEnabled() for w in interview)
    choose(qtbot, form.status, "採用")
    assert not any(w.isEnabled() for w in interview)


def test_interview_needs_date_and_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, StatusForm())
    type_into(qtbot, form.application_number, "A06010-00000001")
    choose(qtbot, form.status, "面接予定")
    with qtbot.assertNotEmitted(form.submitted):
        click(qtbot, form.submit_button)
    assert form.field_error("interview_at") == "「面接予定」には面接の日時を指定してください。"
    assert form.field_error("place") == "面接場所を入力してください。"
    assert form.interview_date.hasFocus()
    assert form.application_number.text() == "A06010-00000001"


def test_status_form_emits_the_facade_keywords_for_an_interview(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, StatusForm())
    type_into(qtbot, form.application_number, "A06010-00000001")
    choose(qtbot, form.status, "面接予定")
    type_into(qtbot, form.interview_date, "2026/12/03")
    qtbot.keyClick(form.interview_date, Qt.Key.Key_Tab)  # to the time, its hour selected
    assert form.focusWidget() is form.interview_time
    qtbot.keyClicks(form.interview_time, "14:30")
    type_into(qtbot, form.place, "本社 2階 会議室")
    type_into(qtbot, form.note, "履歴書持参")
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        click(qtbot, form.submit_button)
    assert emitted.args[0] == {"application_number": "A06010-00000001", "status": "面接予定", "note": "履歴書持参",
                               "interview_at": datetime(2026, 12, 3, 14, 30, tzinfo=JST), "place": "本社 2階 会議室"}


def test_other_statuses_leave_the_greyed_interview_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, StatusForm())
    type_into(qtbot, form.application_number, "R06010-00000002")
    choose(qtbot, form.status, "面接予定")
    type_into(qtbot, form.place, "本社")
    choose(qtbot, form.status, "採用")
    assert form.place.text() == "本社"  # kept (greyed) in case of a wrong pick
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        click(qtbot, form.submit_button)
    assert emitted.args[0] == {"application_number": "R06010-00000002", "status": "採用", "note": "",
                               "interview_at": None, "place": ""}


def test_status_form_needs_a_number_and_a_status(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, StatusForm())
    with qtbot.assertNotEmitted(form.submitted):
        click(qtbot, form.submit_button)
    assert form.field_error("application_number") == "応募番号または紹介番号を入力してください。"
    assert form.field_error("status") == "新しい応募状況を選んでください。"
    form.show_field_errors({"application": "application.not_found"})
    assert form.field_error("application_number") == "この応募は見つかりません。"


# -- お知らせの送信 ---------------------------------------------------------------------------


def test_notice_form_sends_a_plain_notice_without_a_job_number(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, NoticeForm())
    assert not form.job_number.isEnabled()
    type_into(qtbot, form.title, "年末年始の開庁日")
    type_into(qtbot, form.body, "12月29日から1月3日まで閉庁します。")
    qtbot.keyClick(form.body, Qt.Key.Key_Return)
    type_into(qtbot, form.body, "<b>ご注意</b>")
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        click(qtbot, form.submit_button)
    assert emitted.args[0] == {"title": "年末年始の開庁日", "body": "12月29日から1月3日まで閉庁します。\n<b>ご注意</b>",
                               "job_number": None}


def test_a_recommendation_needs_a_job_number(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, NoticeForm())
    choose(qtbot, form.kind, "おすすめ求人")
    assert form.job_number.isEnabled()
    type_into(qtbot, form.title, "おすすめの求人があります")
    type_into(qtbot, form.body, "ご希望に近い求人です。")
    with qtbot.assertNotEmitted(form.submitted):
        click(qtbot, form.submit_button)
    assert form.field_error("job_number") == "求人番号を入力してください。"
    type_into(qtbot, form.job_number, "06010-12345678")
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        qtbot.keyClick(form.job_number, Qt.Key.Key_Return)
    assert emitted.args[0]["job_number"] == "06010-12345678"


def test_notice_form_refuses_empty_and_too_long_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, NoticeForm())
    form.body.setFocus()
    form.body.insertPlainText("本" * 2001)
    with qtbot.assertNotEmitted(form.submitted):
        click(qtbot, form.submit_button)
    assert form.field_error("title") == "件名を入力してください。"
    assert form.field_error("body") == "本文は2000文字以内で入力してください（現在2001文字）。"
    assert len(form.body.toPlainText()) == 2001


def test_ctrl_enter_in_the_body_submits(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, NoticeForm())
    type_into(qtbot, form.title, "件名")
    type_into(qtbot, form.body, "本文")
    with qtbot.waitSignal(form.submitted, timeout=1000):
        qtbot.keyClick(form.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.body.toPlainText() == "本文"


# -- 求職登録 ----------------------------------------------------------------------------------


def fill_seeker(qtbot, form: NewSeekerForm) -> None:  # type: ignore[no-untyped-def]
    type_into(qtbot, form.name, "最上 花子")
    type_into(qtbot, form.name_kana, "もがみ ﾊﾅｺ")  # hiragana and half-width kana from the IME
    type_into(qtbot, form.birth_year, "1992")
    type_into(qtbot, form.birth_month, "１１")
    type_into(qtbot, form.birth_day, "3")
    type_into(qtbot, form.phone, "023-000-0001")
    type_into(qtbot, form.address, "山形県山形市十日町1-1")
    type_into(qtbot, form.email, "hanako.new@example.jp")
    type_into(qtbot, form.wish_occupation, "一般事務")
    type_into(qtbot, form.wish_location, "山形市内")
    type_into(qtbot, form.wish_wage, "月給18万円以上")
    choose(qtbot, form.id_document, "運転免許証")


def test_to_katakana() -> None:
    assert to_katakana("やまがた ﾀﾛｳ") == "ヤマガタ タロウ"
    assert to_katakana("ゔぁ・ゝ") == "ヴァ・ヽ"


def test_seeker_form_emits_a_new_seeker_and_the_document(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, NewSeekerForm(today=lambda: TODAY))
    assert form.applied_on.value() == TODAY  # 求職申込日 defaults to today
    fill_seeker(qtbot, form)
    qtbot.keyClick(form.id_document, Qt.Key.Key_Tab)
    assert form.name_kana.text() == "モガミ ハナコ"  # converted, visibly
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        click(qtbot, form.submit_button)
    assert emitted.args == [NewSeeker(
        name="最上 花子", name_kana="モガミ ハナコ", birth_year="1992", birth_month="１１", birth_day="3",
        phone="023-000-0001", address="山形県山形市十日町1-1", email="hanako.new@example.jp", applied_on=TODAY,
        wish_occupation="一般事務", wish_location="山形市内", wish_wage="月給18万円以上"), "運転免許証"]


def test_seeker_form_checks_what_the_domain_can_and_keeps_the_input(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, NewSeekerForm(today=lambda: TODAY))
    type_into(qtbot, form.name_kana, "Yamagata")
    type_into(qtbot, form.birth_year, "S55")
    type_into(qtbot, form.birth_month, "13")
    type_into(qtbot, form.email, "taro@@example")
    with qtbot.assertNotEmitted(form.submitted):
        click(qtbot, form.submit_button)
    assert form.field_error("name") == "入力してください。"
    assert form.field_error("name_kana") == "フリガナはカタカナかひらがなで入力してください。"
    assert form.field_error("birthdate").splitlines() == [
        "生年月日は和暦ではなく西暦で入力してください（例: 1980）。", "「月」は1から12までの数字で入力してください。",
        "生年月日の「日」を入力してください。"]
    assert form.field_error("email") == "ID（メールアドレス）の形式が正しくありません。例: hellowork@example.jp"
    assert form.field_error("id_document") == "確認した本人確認書類を選んでください。"
    assert (form.name_kana.text(), form.birth_year.text(), form.birth_month.text(), form.email.text()) == (
        "Yamagata", "S55", "13", "taro@@example")
    assert form.name.hasFocus()


def test_seeker_form_refuses_a_future_birthdate_and_application_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, NewSeekerForm(today=lambda: TODAY))
    fill_seeker(qtbot, form)
    form.birth_year.setText("2026")
    form.birth_month.setText("12")
    form.birth_day.setText("1")
    form.applied_on.setFocus()
    form.applied_on.selectAll()
    qtbot.keyClicks(form.applied_on, "2026/11/26")
    with qtbot.assertNotEmitted(form.submitted):
        click(qtbot, form.submit_button)
    assert form.field_error("birthdate") == "生年月日に未来の日付は入力できません。"
    assert form.field_error("applied_on") == "求職申込日に未来の日付は指定できません。"


def test_seeker_form_shows_the_services_field_errors_next_to_their_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = shown(qtbot, NewSeekerForm(today=lambda: TODAY))
    fill_seeker(qtbot, form)
    form.set_busy(True)
    form.show_field_errors([FieldError("email", "email.taken"), FieldError("phone", "phone.invalid"),
                            FieldError("wish_wage", "name.too_long", {"max": 40}),
                            FieldError("seeker", "seeker.not_found")])
    assert not form.busy
    assert form.field_error("email") == "このメールアドレスは既に別の方のログインIDとして登録されています。"
    assert form.field_error("phone") == "電話番号は半角数字とハイフンで入力してください。"
    assert form.field_error("wish_wage") == "40文字以内で入力してください。"
    assert form.error_message.text() == "該当する求職者が見つかりません。"  # no field of its own
    assert form.email.text() == "hanako.new@example.jp" and form.email.accessibleDescription()
    assert form.phone.hasFocus() or form.email.hasFocus()
    form.clear()
    assert all(not edit.text() for edit in (form.name, form.name_kana, form.birth_year, form.email, form.wish_wage))
    assert form.id_document.currentData() is None and form.field_error("email") == ""


@pytest.mark.parametrize("form_class", [ReferralForm, StatusForm, NoticeForm, NewSeekerForm])
def test_every_caption_reaches_its_field(qtbot, form_class) -> None:  # type: ignore[no-untyped-def]
    """Alt+mnemonic: each caption names the input it labels (buddy), and that input has an
    accessible name without the 「(&X)」."""
    form = shown(qtbot, form_class())
    captions = [label for label in form.inputs.findChildren(QLabel) if "(&" in label.text()]
    assert captions
    for label in captions:
        buddy = label.buddy()
        assert buddy is not None, label.text()
        assert "&" not in buddy.accessibleName() and buddy.accessibleName()
