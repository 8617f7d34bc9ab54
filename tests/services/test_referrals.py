"""紹介 and 紹介状 (docs/product-rules.md §referrals-applications, issue 5) on SQLite and PostgreSQL: issuing links
seeker, posting and office, snapshots the posting, creates the application (応募済); the seeker sees only their
own referrals (docs/security.md A2)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.activity.referrals import issue_referral
from mypage_desktop.services.jobs.index_writer import close_postings, upsert_postings
from services.activity_helpers import (
    CLOSED,
    ONLINE,
    ONLINE_2,
    add_postings,
    application_count,
    audit_rows,
    codes,
    demo_seeker,
    jst,
    new_seeker,
    refer,
)


def test_issue_referral_creates_the_letter_and_an_application(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    jobs = add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    issued = issue_referral(ctx, seeker_number=seeker.number, job_number="０６０１０−００００01０１",
                            staff_name="佐藤 健", note="面接時に履歴書持参", actor_type="staff", actor_id=None)
    assert re.fullmatch(r"R06010-\d{8}", issued.referral_number)
    assert re.fullmatch(r"A06010-\d{8}", issued.application_number)
    assert not issued.extended and issued.valid_until == date(2027, 1, 31)

    [summary] = facade.referrals(seeker.token)
    assert (summary.referral_id, summary.referred_on, summary.office_name, summary.staff_name) == (
        issued.referral_id, date(2026, 11, 25), "ハローワークやまがた", "佐藤 健")
    assert (summary.job_id, summary.job_number, summary.company_name, summary.occupation, summary.work_location) == (
        jobs[ONLINE.job_number], ONLINE.job_number, "株式会社さくら", "一般事務", "山形県山形市")
    assert (summary.application_id, summary.application_status) == (issued.application_id, "応募済")

    letter = facade.referral_letter(seeker.token, issued.referral_id)
    assert letter.title == "紹介状"
    assert (letter.referral_number, letter.referred_on, letter.office_name, letter.office_code) == (
        issued.referral_number, date(2026, 11, 25), "ハローワークやまがた", "06010")
    assert (letter.seeker_number, letter.seeker_name, letter.seeker_kana) == (
        seeker.number, "庄内 次郎", "ショウナイ ジロウ")
    assert (letter.job_number, letter.company_name, letter.occupation, letter.work_location) == (
        ONLINE.job_number, "株式会社さくら", "一般事務", "山形県山形市")
    assert letter.wage == "月給 180,000円〜220,000円" and letter.employment_type == "正社員"
    assert letter.working_hours == "8時30分〜17時30分" and letter.office_phone == "0570-077450"
    assert letter.staff_name == "佐藤 健" and letter.note == "面接時に履歴書持参"
    assert letter.employer_message.startswith("この紹介状をお持ちの方は、ハローワークやまがたが")
    assert ONLINE.job_number in letter.employer_message and "採否" in letter.reply_request

    [application] = facade.applications(seeker.token)
    assert (application.application_id, application.source, application.referral_number, application.status) == (
        issued.application_id, "紹介", issued.referral_number, "応募済")
    detail = facade.application_detail(seeker.token, issued.application_id)
    assert [(h.status, h.recorded_by) for h in detail.history] == [("応募済", "ハローワーク")]
    assert [r.result for r in audit_rows(ctx, "referral_issued")] == ["ok"]


def test_later_posting_changes_do_not_rewrite_the_referral(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    issued = refer(ctx, seeker, ONLINE.job_number)
    with ctx.session_factory.begin() as session:
        upsert_postings(session, [dataclasses.replace(ONLINE, company_name="株式会社さくら新社", wage_min=150000,
                                                      wage_max=160000, occupation="営業事務")], clock())
        close_postings(session, [ONLINE.job_number], clock())
    detail = facade.referral_detail(seeker.token, issued.referral_id)
    assert (detail.posting.company_name, detail.posting.occupation, detail.posting.wage) == (
        "株式会社さくら", "一般事務", "月給 180,000円〜220,000円")
    assert detail.posting.description == ONLINE.description and detail.posting_closed_now
    letter = facade.referral_letter(seeker.token, issued.referral_id)
    assert (letter.company_name, letter.wage) == ("株式会社さくら", "月給 180,000円〜220,000円")
    assert facade.referrals(seeker.token)[0].company_name == "株式会社さくら"
    assert facade.application_detail(seeker.token, issued.application_id).posting.occupation == "一般事務"


def test_a_note_of_several_lines_reaches_the_letter(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    issued = issue_referral(ctx, seeker_number=seeker.number, job_number=ONLINE.job_number,
                            note="履歴書を持参してください。\r\n面接は本社で行います。")
    letter = facade.referral_letter(seeker.token, issued.referral_id)
    assert letter.note == "履歴書を持参してください。\n面接は本社で行います。"


def test_referral_refusals(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    refer(ctx, seeker, ONLINE.job_number)
    assert codes(lambda: refer(ctx, seeker, ONLINE.job_number)) == {"application.duplicate"}
    assert codes(lambda: refer(ctx, seeker, CLOSED.job_number)) == {"referral.job_closed"}
    assert codes(lambda: refer(ctx, seeker, "06010-99999999")) == {"job.not_found"}
    assert codes(lambda: refer(ctx, seeker, "求人")) == {"job.number_format"}
    assert codes(lambda: issue_referral(ctx, seeker_number="06010-00000000", job_number=ONLINE_2.job_number)) == {
        "seeker.not_found"}
    assert codes(lambda: issue_referral(ctx, seeker_number=seeker.number, job_number=ONLINE_2.job_number,
                                        note="x" * 201)) == {"referral.note_too_long"}
    assert codes(lambda: issue_referral(ctx, seeker_number=seeker.number, job_number=ONLINE_2.job_number,
                                        note="印刷\x07")) == {"referral.note_control_chars"}
    assert application_count(ctx) == 1
    facade.set_registration_status(seeker.token, "無効")
    assert codes(lambda: refer(ctx, seeker, ONLINE_2.job_number)) == {"referral.seeker_inactive"}
    assert application_count(ctx) == 1


def test_referral_of_an_expired_registration_is_refused_and_the_expiry_kept(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, clock) -> None:
    add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    clock.now = jst(2027, 2, 3, 10)
    assert codes(lambda: refer(ctx, seeker, ONLINE.job_number)) == {"referral.seeker_inactive"}
    assert len(audit_rows(ctx, "registration_expired")) == 1


def test_A2_another_seekers_referral_is_refused_and_audited(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    add_postings(ctx)
    taro = demo_seeker(ctx, facade)
    hanako = demo_seeker(ctx, facade, "hanako.mogami@example.jp")
    issued = refer(ctx, taro, ONLINE.job_number)
    assert facade.referrals(hanako.token) == []
    for call in (lambda: facade.referral_detail(hanako.token, issued.referral_id),
                 lambda: facade.referral_letter(hanako.token, issued.referral_id)):
        assert codes(call) == {"referral.not_found"}
    denied = audit_rows(ctx, "access_denied")
    assert [(d.target_type, d.target_id, d.result, d.actor_type) for d in denied] == [
        ("referral", issued.referral_id, "denied", "seeker")] * 2
    # A missing id gives the same answer (nothing to enumerate) and is not an access attempt.
    assert codes(lambda: facade.referral_letter(hanako.token, issued.referral_id + 1000)) == {"referral.not_found"}
    assert len(audit_rows(ctx, "access_denied")) == 2
    assert facade.referral_letter(taro.token, issued.referral_id).seeker_name == "山形 太郎"
