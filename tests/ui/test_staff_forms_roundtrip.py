"""Each staff form's payload goes straight into the real staff façade (LocalStaffFacade on a
test backend, staff created as the CLI's create-staff does): the payloads fit the façade's
signatures, and the service's field errors land next to the right field."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from test_staff_forms import choose, click, shown, type_into

from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.staff_dto import NewSeeker, SeekerQuery
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.ui.staff.forms.notice_form import NoticeForm
from mypage_desktop.ui.staff.forms.referral_form import ReferralForm
from mypage_desktop.ui.staff.forms.seeker_form import NewSeekerForm
from mypage_desktop.ui.staff.forms.status_form import StatusForm
from services.activity_helpers import ONLINE, ONLINE_2, add_postings
from services.helpers import DEMO_EMAIL
from services.security_helpers import make_staff, reauthed


@pytest.fixture
def counter(backend, ctx):  # type: ignore[no-untyped-def]
    """(staff façade, staff token, the demo seeker's id) with postings to refer to."""
    add_postings(ctx)
    staff = LocalStaffFacade.for_backend(backend)
    _staff_id, token = make_staff(ctx)
    seeker_id = staff.find_seekers(token, SeekerQuery(email=DEMO_EMAIL))[0].seeker_id
    return staff, token, seeker_id


def test_referral_then_interview_then_recommendation(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    staff, token, seeker_id = counter
    referral = shown(qtbot, ReferralForm())
    type_into(qtbot, referral.job_number, ONLINE.job_number)
    type_into(qtbot, referral.note, "履歴書をお持ちください")
    with qtbot.waitSignal(referral.submitted, timeout=1000) as emitted:
        click(qtbot, referral.submit_button)
    referral.set_busy(True)
    issued = staff.issue_referral(token, seeker_id, *emitted.args)
    referral.show_done(f"紹介状を発行しました（紹介番号 {issued.referral_number}）。")
    assert issued.referral_number in referral.done_message.text()

    type_into(qtbot, referral.job_number, "99999-99999999")
    with qtbot.waitSignal(referral.submitted, timeout=1000) as emitted:
        click(qtbot, referral.submit_button)
    with pytest.raises(ValidationFailed) as refused:
        staff.issue_referral(token, seeker_id, *emitted.args)
    referral.show_field_errors(refused.value.errors)
    assert referral.field_error("job_number") == "この求人は見つかりません。"
    assert referral.job_number.text() == "99999-99999999"

    status = shown(qtbot, StatusForm())
    type_into(qtbot, status.application_number, issued.application_number)
    choose(qtbot, status.status, "面接予定")
    type_into(qtbot, status.interview_date, "2026/12/03")
    type_into(qtbot, status.place, "本社 2階")
    with qtbot.waitSignal(status.submitted, timeout=1000) as emitted:
        click(qtbot, status.submit_button)
    recorded = staff.record_application_status(token, **emitted.args[0])
    assert (recorded.application_number, recorded.status) == (issued.application_number, "面接予定")
    assert emitted.args[0]["interview_at"] == datetime(2026, 12, 3, 10, 0, tzinfo=JST)

    choose(qtbot, status.status, "書類選考中")  # back to an earlier stage: the service refuses
    with qtbot.waitSignal(status.submitted, timeout=1000) as emitted:
        click(qtbot, status.submit_button)
    with pytest.raises(ValidationFailed) as refused:
        staff.record_application_status(token, **emitted.args[0])
    status.show_field_errors(refused.value.errors)
    assert status.field_error("status") == "応募状況を「面接予定」から「書類選考中」に変更することはできません。"

    notice = shown(qtbot, NoticeForm())
    choose(qtbot, notice.kind, "おすすめ求人")
    type_into(qtbot, notice.job_number, ONLINE_2.job_number)
    type_into(qtbot, notice.title, "おすすめの求人があります")
    type_into(qtbot, notice.body, "経理事務の求人です。")
    with qtbot.waitSignal(notice.submitted, timeout=1000) as emitted:
        click(qtbot, notice.submit_button)
    sent = staff.send_notice(token, seeker_id, **emitted.args[0])
    assert sent.kind == "おすすめ求人"


def test_register_a_seeker_and_meet_a_taken_email(qtbot, counter, ctx, clock) -> None:  # type: ignore[no-untyped-def]
    staff, token, _seeker_id = counter
    today = clock().astimezone(JST).date()
    form = shown(qtbot, NewSeekerForm(today=lambda: today))
    type_into(qtbot, form.name, "酒田 一郎")
    type_into(qtbot, form.name_kana, "さかた いちろう")
    type_into(qtbot, form.birth_year, "1979")
    type_into(qtbot, form.birth_month, "4")
    type_into(qtbot, form.birth_day, "30")
    type_into(qtbot, form.phone, "0234-00-0000")
    type_into(qtbot, form.email, "ichiro.sakata@example.jp")
    type_into(qtbot, form.wish_occupation, "倉庫内作業")
    choose(qtbot, form.id_document, "マイナンバーカード")
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        click(qtbot, form.submit_button)
    seeker, document = emitted.args
    assert isinstance(seeker, NewSeeker)
    summary = staff.register_seeker(reauthed(ctx, token), seeker, document)
    assert (summary.name, summary.name_kana, summary.birthdate) == ("酒田 一郎", "サカタ イチロウ", date(1979, 4, 30))
    assert (summary.applied_on, summary.email, summary.wish_occupation) == (today, "ichiro.sakata@example.jp",
                                                                           "倉庫内作業")
    form.show_done(f"求職登録しました（求職番号 {summary.seeker_number}）。")
    assert form.name.text() == "" and form.applied_on.value() == today

    type_into(qtbot, form.name, "山形 太郎")
    type_into(qtbot, form.name_kana, "ヤマガタ タロウ")
    for edit, text in ((form.birth_year, "1980"), (form.birth_month, "1"), (form.birth_day, "1")):
        type_into(qtbot, edit, text)
    type_into(qtbot, form.email, DEMO_EMAIL)
    choose(qtbot, form.id_document, "運転免許証")
    with qtbot.waitSignal(form.submitted, timeout=1000) as emitted:
        click(qtbot, form.submit_button)
    with pytest.raises(ValidationFailed) as refused:
        staff.register_seeker(token, *emitted.args)
    form.show_field_errors(refused.value.errors)
    assert form.field_error("email") == "このメールアドレスは既に別の方のログインIDとして登録されています。"
    assert form.email.text() == DEMO_EMAIL and form.name.text() == "山形 太郎"
