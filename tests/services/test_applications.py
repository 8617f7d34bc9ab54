"""応募履歴 (docs/product-rules.md §referrals-applications, issue 5) on SQLite and PostgreSQL: online self-application,
duplicates (also two at once), status transitions by staff, the seeker's 辞退, filtering, the .ics of an
interview parsed back, and cross-seeker access refused (docs/security.md A2)."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest

from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.activity.applications import record_status
from services.activity_helpers import (
    CLOSED,
    NOT_ONLINE,
    ONLINE,
    ONLINE_2,
    ONLINE_3,
    add_postings,
    application_count,
    audit_rows,
    codes,
    demo_seeker,
    jst,
    new_seeker,
    refer,
)

MOTIVATION = "貴社の理念に共感し、これまでの経験を活かしたいと考え応募しました。"


@pytest.fixture
def jobs(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return add_postings(ctx)


def test_online_application_and_its_refusals(ctx, facade: LocalFacade, clock, jobs) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    check = facade.online_application_check(seeker.token, jobs[ONLINE.job_number])
    assert check.can_apply and check.refusal_code is None and check.existing_application_id is None
    applied = facade.apply_online(seeker.token, jobs[ONLINE.job_number], MOTIVATION)
    assert (applied.source, applied.status, applied.referral_id, applied.applied_on) == (
        "オンライン自主応募", "応募済", None, date(2026, 11, 25))
    assert applied.withdrawable and applied.messaging_available and applied.company_name == "株式会社さくら"
    assert codes(lambda: facade.apply_online(seeker.token, jobs[ONLINE.job_number], MOTIVATION)) == {
        "application.duplicate"}
    check = facade.online_application_check(seeker.token, jobs[ONLINE.job_number])
    assert not check.can_apply and check.refusal_code == "application.duplicate"
    assert check.existing_application_id == applied.application_id
    assert codes(lambda: facade.apply_online(seeker.token, jobs[NOT_ONLINE.job_number], MOTIVATION)) == {
        "application.online_not_accepted"}
    assert codes(lambda: facade.apply_online(seeker.token, jobs[CLOSED.job_number], MOTIVATION)) == {
        "application.job_closed"}
    assert codes(lambda: facade.apply_online(seeker.token, 999_999, MOTIVATION)) == {"job.not_found"}
    assert facade.online_application_check(seeker.token, jobs[NOT_ONLINE.job_number]).refusal_code == \
        "application.online_not_accepted"
    # A referral to a posting already applied to online is a duplicate too.
    assert codes(lambda: refer(ctx, seeker, ONLINE.job_number)) == {"application.duplicate"}
    assert application_count(ctx) == 1
    assert [a.result for a in audit_rows(ctx, "application_online")] == ["ok"]


def test_D3_two_applications_at_once_make_one(ctx, facade: LocalFacade, clock, jobs) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    barrier = threading.Barrier(4)
    outcomes: list[str] = []

    def apply() -> None:
        barrier.wait()
        try:
            facade.apply_online(seeker.token, jobs[ONLINE_2.job_number], MOTIVATION)
            outcomes.append("ok")
        except ValidationFailed as exc:
            outcomes.extend(exc.codes())

    threads = [threading.Thread(target=apply) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes) == ["application.duplicate"] * 3 + ["ok"]
    assert application_count(ctx) == 1


def test_status_history_and_transitions(ctx, facade: LocalFacade, clock, jobs) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    issued = refer(ctx, seeker, ONLINE.job_number)
    number = issued.referral_number  # staff may use the 紹介番号 or the 応募番号
    clock.now = jst(2026, 11, 27, 9)
    record_status(ctx, application_number=number, status="書類選考中")
    clock.now = jst(2026, 11, 30, 9)
    assert codes(lambda: record_status(ctx, application_number=number, status="面接予定")) == {
        "application.interview_required"}
    record_status(ctx, application_number=issued.application_number, status="面接予定",
                  interview_at=jst(2026, 12, 3, 14), place="本社 2階 会議室", note="履歴書を持参")
    record_status(ctx, application_number=number, status="面接予定", interview_at=jst(2026, 12, 4, 10),
                  place="本社 3階", note="日時変更")  # rescheduled
    record_status(ctx, application_number=number, status="選考中")
    assert codes(lambda: record_status(ctx, application_number=number, status="応募済")) == {
        "application.transition_refused"}
    record_status(ctx, application_number=number, status="採用")
    assert codes(lambda: record_status(ctx, application_number=number, status="書類選考中")) == {
        "application.transition_refused"}
    assert codes(lambda: record_status(ctx, application_number=number, status="合格")) == {
        "application.unknown_status"}
    assert codes(lambda: record_status(ctx, application_number="A06010-00000000", status="採用")) == {
        "application.not_found"}

    detail = facade.application_detail(seeker.login(facade), issued.application_id)
    assert [h.status for h in detail.history] == ["応募済", "書類選考中", "面接予定", "面接予定", "選考中", "採用"]
    assert detail.history[2].interview_at == jst(2026, 12, 3, 14).astimezone(UTC)
    assert (detail.history[2].interview_place, detail.history[2].note) == ("本社 2階 会議室", "履歴書を持参")
    assert detail.history[1].at == jst(2026, 11, 27, 9).astimezone(UTC)
    assert detail.history[1].recorded_by == "ハローワーク"
    assert detail.summary.status == "採用" and not detail.summary.withdrawable and detail.has_interview
    # 採用 can still become 辞退 (内定辞退) through staff, but the seeker's button is gone.
    assert codes(lambda: facade.withdraw_application(seeker.token, issued.application_id)) == {
        "application.not_withdrawable"}
    record_status(ctx, application_number=number, status="辞退", note="内定辞退")
    assert facade.applications(seeker.token)[0].status == "辞退"
    assert codes(lambda: record_status(ctx, application_number=number, status="取消")) == {
        "application.transition_refused"}


def test_withdraw_and_filter(ctx, facade: LocalFacade, clock, jobs) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    first = facade.apply_online(seeker.token, jobs[ONLINE.job_number], MOTIVATION)
    clock.now = jst(2026, 11, 26, 10)
    second = facade.apply_online(seeker.login(facade), jobs[ONLINE_2.job_number], MOTIVATION)
    third = refer(ctx, seeker, ONLINE_3.job_number)
    record_status(ctx, application_number=second.application_number, status="書類選考中")
    withdrawn = facade.withdraw_application(seeker.token, second.application_id, note="他社に決まったため")
    assert withdrawn.summary.status == "辞退" and not withdrawn.summary.withdrawable
    assert (withdrawn.history[-1].status, withdrawn.history[-1].recorded_by, withdrawn.history[-1].note) == (
        "辞退", "ご本人", "他社に決まったため")
    assert codes(lambda: facade.withdraw_application(seeker.token, second.application_id)) == {
        "application.not_withdrawable"}
    assert codes(lambda: facade.withdraw_application(seeker.token, first.application_id, "x" * 501)) == {
        "application.note_too_long"}
    assert [a.application_id for a in facade.applications(seeker.token)] == [
        third.application_id, second.application_id, first.application_id]
    assert [a.application_id for a in facade.applications(seeker.token, "応募済")] == [
        third.application_id, first.application_id]
    assert [a.application_id for a in facade.applications(seeker.token, "辞退")] == [second.application_id]
    assert facade.applications(seeker.token, "採用") == []
    assert codes(lambda: facade.applications(seeker.token, "合格")) == {"application.unknown_status"}
    assert [a.result for a in audit_rows(ctx, "application_withdrawn")] == ["ok"]


# .ics -----------------------------------------------------------------------------------------


def parse_ics(text: str) -> list[tuple[str, str]]:
    """A strict reader for what RFC 5545 requires of the writer: CRLF, ≤75 octets per line,
    folding by CRLF + one space, NAME:VALUE with TEXT escapes."""
    assert text.endswith("\r\n")
    physical = text.split("\r\n")[:-1]
    logical: list[str] = []
    for line in physical:
        assert len(line.encode("utf-8")) <= 75, line
        assert "\n" not in line and "\r" not in line
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    properties = []
    for line in logical:
        name, sep, value = line.partition(":")
        assert sep and name.isupper()
        properties.append((name, value))
    return properties


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            out.append({"n": "\n", "N": "\n", "\\": "\\", ";": ";", ",": ","}[value[i + 1]])
            i += 2
            continue
        assert ch not in ";,", f"unescaped {ch!r} in {value!r}"
        out.append(ch)
        i += 1
    return "".join(out)


def test_interview_ics_parses_back(ctx, facade: LocalFacade, clock, jobs) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    issued = refer(ctx, seeker, ONLINE.job_number)
    assert codes(lambda: facade.interview_ics(seeker.token, issued.application_id)) == {"application.no_interview"}
    place = "山形市香澄町1-2-3 さくらビル 5F, 第2会議室; 受付は\\1階"
    record_status(ctx, application_number=issued.application_number, status="面接予定",
                  interview_at=jst(2026, 12, 1, 14, 30), place=place, note="筆記用具を持参\n駐車場なし")
    text = facade.interview_ics(seeker.token, issued.application_id)
    properties = parse_ics(text)
    names = [n for n, _ in properties]
    assert names[0:2] == ["BEGIN", "VERSION"] and properties[0] == ("BEGIN", "VCALENDAR")
    assert properties[-1] == ("END", "VCALENDAR") and ("BEGIN", "VEVENT") in properties
    assert names.count("BEGIN") == names.count("END") == 3  # VCALENDAR, VEVENT, VALARM
    event = dict(properties[properties.index(("BEGIN", "VEVENT")) + 1:properties.index(("BEGIN", "VALARM"))])
    assert event["DTSTART"] == "20261201T053000Z" and event["DTEND"] == "20261201T063000Z"
    assert datetime.strptime(event["DTSTAMP"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) == clock.now
    assert unescape(event["LOCATION"]) == place
    assert unescape(event["SUMMARY"]) == "面接: 株式会社さくら（一般事務）"
    description = unescape(event["DESCRIPTION"]).split("\n")
    assert f"紹介番号: {issued.referral_number}" in description and "連絡事項: 筆記用具を持参" in description
    assert "駐車場なし" in description and "紹介状を持参してください。" in description
    assert unescape(event["UID"]).startswith(issued.application_number)
    assert len(text.split("\r\n")) > len(properties)  # long Japanese lines were folded
    [upcoming] = facade.dashboard(seeker.token).upcoming_interviews
    assert (upcoming.application_id, upcoming.interview_at, upcoming.place) == (
        issued.application_id, jst(2026, 12, 1, 14, 30).astimezone(UTC), place)
    assert facade.applications(seeker.token)[0].next_interview_at == jst(2026, 12, 1, 14, 30).astimezone(UTC)


def test_interview_ics_in_the_seekers_language(ctx, facade: LocalFacade, clock, jobs) -> None:  # type: ignore[no-untyped-def]
    """The .ics texts follow the language the seeker's screens are in (docs/i18n.md#mails)."""
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    issued = refer(ctx, seeker, ONLINE.job_number)
    record_status(ctx, application_number=issued.application_number, status="面接予定",
                  interview_at=jst(2026, 12, 1, 14, 30), place="本社", note="筆記用具を持参")
    properties = parse_ics(facade.interview_ics(seeker.token, issued.application_id, language="en"))
    event = dict(properties[properties.index(("BEGIN", "VEVENT")) + 1:properties.index(("BEGIN", "VALARM"))])
    assert unescape(event["SUMMARY"]) == "Interview: 株式会社さくら (一般事務)"
    description = unescape(event["DESCRIPTION"]).split("\n")
    assert f"Referral number (紹介番号): {issued.referral_number}" in description
    assert "Bring your referral letter (紹介状)." in description and "Message: 筆記用具を持参" in description
    assert event["DTSTART"] == "20261201T053000Z"  # the same event
    assert codes(lambda: facade.interview_ics(seeker.token, issued.application_id, language="xx")) == {
        "language.unknown"}


def test_A2_another_seekers_application_is_refused_and_audited(ctx, facade: LocalFacade, jobs) -> None:  # type: ignore[no-untyped-def]
    taro = demo_seeker(ctx, facade)
    hanako = demo_seeker(ctx, facade, "hanako.mogami@example.jp")
    issued = refer(ctx, taro, ONLINE.job_number)
    record_status(ctx, application_number=issued.application_number, status="面接予定",
                  interview_at=datetime(2026, 12, 1, 5, tzinfo=UTC), place="本社")
    assert facade.applications(hanako.token) == []
    for call in (lambda: facade.application_detail(hanako.token, issued.application_id),
                 lambda: facade.withdraw_application(hanako.token, issued.application_id),
                 lambda: facade.interview_ics(hanako.token, issued.application_id),
                 lambda: facade.message_thread(hanako.token, issued.application_id),
                 lambda: facade.send_message(hanako.token, issued.application_id, "こんにちは")):
        assert codes(call) == {"application.not_found"}
    denied = audit_rows(ctx, "access_denied")
    assert {(d.target_type, d.target_id) for d in denied} == {("application", issued.application_id)}
    assert len(denied) == 5
    assert facade.application_detail(taro.token, issued.application_id).summary.status == "面接予定"
