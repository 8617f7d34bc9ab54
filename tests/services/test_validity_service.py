"""求職者情報 and 求職状態 through the façade (docs/product-rules.md §seeker-status, issue 5), on SQLite and PostgreSQL:
registered information, automatic 無効 (persisted when observed), the 有効/無効 switch and
its period, the extension in the last month, and what 無効 turns off."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date

import pytest

from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.domain.rule_texts import message_for
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.accounts.seeker_status import renew_registration
from services.activity_helpers import (
    NO_MYPAGE,
    ONLINE,
    ONLINE_2,
    ONLINE_3,
    ONLINE_4,
    add_postings,
    audit_rows,
    codes,
    jst,
    new_seeker,
    refer,
    stored_seeker,
    valid_until,
)

MOTIVATION = "貴社の理念に共感し、これまでの経験を活かしたいと考え応募しました。"


def test_registration_info_shows_everything_registered(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    with ctx.session_factory.begin() as session:
        from mypage_desktop.db.account_models import JobSeeker

        row = session.get_one(JobSeeker, seeker.seeker_id)
        row.wish_occupation, row.wish_location, row.wish_wage = "一般事務", "山形県山形市", "月給 180,000円以上"
    info = facade.registration_info(seeker.token)
    assert (info.seeker_number, info.name, info.name_kana, info.birthdate) == (
        seeker.number, "庄内 次郎", "ショウナイ ジロウ", date(1985, 4, 12))
    assert (info.phone, info.address, info.email) == (
        "023-000-0009", "山形県鶴岡市馬場町9-25", "jiro.shonai@example.jp")
    assert (info.wish_occupation, info.wish_location, info.wish_wage) == (
        "一般事務", "山形県山形市", "月給 180,000円以上")
    assert (info.applied_on, info.valid_until, info.status) == (date(2026, 11, 18), date(2027, 1, 31), "有効")
    assert info.can_deactivate and not info.can_reactivate and not info.in_last_month
    assert info.editable_fields == ("status", "address", "phone", "wish_occupation", "wish_location",
                                    "wish_wage") and info.grace_days == 90


def test_automatic_inactive_after_the_end_is_persisted_once(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    clock.now = jst(2027, 1, 31, 23, 59)
    info = facade.registration_info(seeker.login(facade))
    assert info.status == "有効" and info.in_last_month and info.valid_until == date(2027, 1, 31)
    assert stored_seeker(ctx, seeker).status == "有効"

    clock.now = jst(2027, 2, 1, 0, 0)
    info = facade.registration_info(seeker.token)
    assert info.status == "無効" and info.inactive_reason == "expired"
    assert info.inactive_reason_label == "有効期限の経過"
    assert info.can_reactivate and info.reactivation_deadline == date(2027, 5, 2)
    assert info.reactivation_renews_to == date(2027, 4, 30)
    row = stored_seeker(ctx, seeker)
    assert row.status == "無効" and row.inactive_reason == "expired"
    assert row.status_changed_at == jst(2027, 2, 1).astimezone(UTC)
    facade.registration_info(seeker.token)
    facade.dashboard(seeker.token)
    assert len(audit_rows(ctx, "registration_expired")) == 1


def test_while_inactive_search_apply_and_send_are_refused_and_the_rest_is_viewable(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, clock) -> None:
    jobs = add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    issued = refer(ctx, seeker, ONLINE.job_number)
    facade.apply_online(seeker.token, jobs[ONLINE_2.job_number], MOTIVATION)
    facade.set_registration_status(seeker.token, "無効")

    inactive = {"registration.inactive"}
    assert codes(lambda: facade.search_jobs(seeker.token, JobConditions(), SortOrder.NEWEST)) == inactive
    assert codes(lambda: facade.search_job_ids(seeker.token, JobConditions(), SortOrder.NEWEST)) == inactive
    assert codes(lambda: facade.count_jobs(seeker.token, JobConditions())) == inactive
    assert codes(lambda: facade.apply_online(seeker.token, jobs[ONLINE_3.job_number], MOTIVATION)) == inactive
    assert codes(lambda: facade.send_message(seeker.token, issued.application_id, "よろしくお願いします")) == inactive
    check = facade.online_application_check(seeker.token, jobs[ONLINE_3.job_number])
    assert not check.can_apply and check.refusal_code == "registration.inactive"
    assert "「無効」" in message_for(FieldError("registration", "registration.inactive"))

    assert facade.registration_info(seeker.token).status == "無効"
    assert [r.referral_id for r in facade.referrals(seeker.token)] == [issued.referral_id]
    assert facade.referral_letter(seeker.token, issued.referral_id).referral_number == issued.referral_number
    assert len(facade.applications(seeker.token)) == 2
    assert facade.application_detail(seeker.token, issued.application_id).summary.status == "応募済"
    assert facade.message_thread(seeker.token, issued.application_id).messages == ()
    assert facade.notices(seeker.token).notices == ()
    board = facade.dashboard(seeker.token)
    assert board.registration.status == "無効" and board.saved_searches == ()
    # 辞退 stays possible: a seeker who stopped searching may close applications.
    assert facade.withdraw_application(seeker.token, issued.application_id).summary.status == "辞退"


def test_expiry_observed_by_a_refused_search_is_kept(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    clock.now = jst(2027, 2, 1, 9)
    seeker.login(facade)
    assert codes(lambda: facade.search_jobs(seeker.token, JobConditions(), SortOrder.NEWEST)) == {
        "registration.inactive"}
    assert stored_seeker(ctx, seeker).status == "無効"


def test_switch_off_and_back_on_keeps_the_end_date(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 12, 1, 9)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    off = facade.set_registration_status(seeker.token, "無効")
    assert off.status == "無効" and off.inactive_reason == "seeker" and off.inactive_reason_label == "ご本人による変更"
    assert off.can_reactivate and off.reactivation_deadline == date(2027, 3, 1)
    assert facade.set_registration_status(seeker.token, "無効").status == "無効"  # idempotent
    clock.now = jst(2026, 12, 20, 9)
    on = facade.set_registration_status(seeker.login(facade), "有効")
    assert on.status == "有効" and on.valid_until == date(2027, 1, 31) and on.inactive_reason is None
    assert [len(audit_rows(ctx, a)) for a in ("registration_deactivated", "registration_reactivated")] == [1, 1]
    assert codes(lambda: facade.set_registration_status(seeker.token, "休止")) == {"registration.unknown_status"}


def test_revalidation_refused_after_the_period_with_a_visit_the_office_message(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, clock) -> None:
    clock.now = jst(2026, 12, 1, 9)
    late = new_seeker(ctx, facade, "late@example.jp", date(2026, 11, 18))
    in_time = new_seeker(ctx, facade, "in.time@example.jp", date(2026, 11, 18))
    facade.set_registration_status(late.token, "無効")
    facade.set_registration_status(in_time.token, "無効")

    clock.now = jst(2027, 3, 1, 17)  # the 90th day after 2026-12-01: still allowed (validity has ended)
    on = facade.set_registration_status(in_time.login(facade), "有効")
    assert on.status == "有効" and on.valid_until == date(2027, 5, 31)  # renewed: 翌々月末 from today

    clock.now = jst(2027, 3, 2, 9)  # the 91st day
    info = facade.registration_info(late.login(facade))
    assert not info.can_reactivate and info.reactivation_refusal == "registration.reactivation_period_over"
    with pytest.raises(ValidationFailed) as refused:
        facade.set_registration_status(late.token, "有効")
    assert refused.value.codes() == {"registration.reactivation_period_over"}
    text = message_for(refused.value.errors[0])
    assert "最寄りのハローワークにお越しください" in text and "90日" in text
    assert stored_seeker(ctx, late).status == "無効"
    assert [r.result for r in audit_rows(ctx, "registration_reactivation")] == ["refused"]
    # Staff renew it at the counter.
    assert renew_registration(ctx, seeker_number=late.number) == date(2027, 5, 31)
    assert facade.registration_info(late.token).status == "有効"


def test_the_period_is_a_setting(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    ctx.settings = dataclasses.replace(ctx.settings, reactivation_grace_days=10)
    clock.now = jst(2026, 12, 1, 9)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    facade.set_registration_status(seeker.token, "無効")
    clock.now = jst(2026, 12, 12, 9)
    with pytest.raises(ValidationFailed) as refused:
        facade.set_registration_status(seeker.login(facade), "有効")
    assert refused.value.codes() == {"registration.reactivation_period_over"}
    assert "10日" in message_for(refused.value.errors[0])


def test_online_application_extends_only_in_the_last_month(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    jobs = add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    assert valid_until(ctx, seeker) == date(2027, 1, 31)
    clock.now = jst(2026, 12, 31, 23, 30)  # the day before the last month (and the year end)
    facade.apply_online(seeker.login(facade), jobs[ONLINE.job_number], MOTIVATION)
    assert valid_until(ctx, seeker) == date(2027, 1, 31)
    clock.now = jst(2027, 1, 1, 0, 5)  # first minutes of the last month
    facade.apply_online(seeker.login(facade), jobs[ONLINE_2.job_number], MOTIVATION)
    assert valid_until(ctx, seeker) == date(2027, 2, 28)
    clock.now = jst(2027, 1, 20, 10)  # January is no longer the last month
    facade.apply_online(seeker.login(facade), jobs[ONLINE_3.job_number], MOTIVATION)
    assert valid_until(ctx, seeker) == date(2027, 2, 28)
    clock.now = jst(2027, 2, 28, 23, 0)  # last day of the (new) last month
    facade.apply_online(seeker.login(facade), jobs[ONLINE_4.job_number], MOTIVATION)
    assert valid_until(ctx, seeker) == date(2027, 3, 31)


def test_referral_extends_in_the_last_month_into_a_leap_february(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    add_postings(ctx)
    clock.now = jst(2027, 11, 5, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2027, 11, 5))
    assert valid_until(ctx, seeker) == date(2028, 1, 31)
    clock.now = jst(2027, 12, 31, 18)  # year end: not the last month
    assert not refer(ctx, seeker, ONLINE.job_number).extended
    clock.now = jst(2028, 1, 31, 18)
    issued = refer(ctx, seeker, ONLINE_2.job_number)
    assert issued.extended and issued.valid_until == date(2028, 2, 29)
    clock.now = jst(2028, 2, 29, 12)
    issued = refer(ctx, seeker, NO_MYPAGE.job_number)
    assert issued.extended and issued.valid_until == date(2028, 3, 31)
