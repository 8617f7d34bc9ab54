"""Messages, notices, unread counts and the dashboard (docs/product-rules.md §messages, issue 5) on SQLite and
PostgreSQL: length/empty/control-character rules (docs/security.md I2), text kept literally (I4),
no 求人者マイページ → no sending, read tracking, cross-seeker access refused (A2)."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from mypage_desktop.domain.jobs import JobConditions
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.activity.applications import record_status
from mypage_desktop.services.activity.notices import send_notice
from mypage_desktop.services.jobs.index_writer import upsert_postings
from services.activity_helpers import (
    NO_MYPAGE,
    ONLINE,
    ONLINE_2,
    add_postings,
    audit_rows,
    codes,
    demo_seeker,
    employer,
    jst,
    new_seeker,
    refer,
)
from services.job_fixtures import posting


@pytest.fixture
def setup(ctx, facade: LocalFacade, clock):  # type: ignore[no-untyped-def]
    jobs = add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    return jobs, seeker


def test_send_and_read_a_thread(ctx, facade: LocalFacade, clock, setup) -> None:  # type: ignore[no-untyped-def]
    _jobs, seeker = setup
    issued = refer(ctx, seeker, ONLINE.job_number)
    thread = facade.message_thread(seeker.token, issued.application_id)
    assert thread.can_send and thread.unavailable_code is None and thread.max_length == 2000
    assert (thread.company_name, thread.occupation, thread.messages) == ("株式会社さくら", "一般事務", ())
    body = "面接日程の件でご連絡します。\r\n<b>12月1日</b>は<a href='x'>都合</a>が悪く…"
    sent = facade.send_message(seeker.token, issued.application_id, body)
    [message] = sent.messages
    assert message.body == "面接日程の件でご連絡します。\n<b>12月1日</b>は<a href='x'>都合</a>が悪く…"  # literal (I4)
    assert not message.from_employer and message.sender_label == "あなた" and not message.unread
    clock.advance(hours=1)
    seeker.login(facade)  # sessions end when idle (S2)
    employer(ctx, {"event_id": "m-1", "type": "message", "application": issued.referral_number,
                   "body": "承知しました。\n12月2日はいかがでしょうか。"})
    counts = facade.unread_counts(seeker.token)
    assert (counts.messages, counts.notices) == (1, 0)
    assert facade.applications(seeker.token)[0].unread_messages == 1
    viewed = facade.message_thread(seeker.token, issued.application_id)
    assert [(m.from_employer, m.unread, m.sender_label) for m in viewed.messages] == [
        (False, False, "あなた"), (True, True, "株式会社さくら")]
    assert facade.unread_counts(seeker.token).messages == 0
    assert [m.unread for m in facade.message_thread(seeker.token, issued.application_id).messages] == [False, False]
    assert [a.result for a in audit_rows(ctx, "message_sent")] == ["ok"]


@pytest.mark.parametrize(("body", "code"), [
    ("", "message.empty"),
    ("  \n　\n ", "message.empty"),
    ("あ" * 2001, "message.too_long"),
    ("a\r\n" * 1000 + "b", "message.too_long"),  # CRLF counts as one newline: 2001 characters
    ("nul\x00", "message.control_chars"),
    ("tab\there", "message.control_chars"),
    ("esc\x1b[31m", "message.control_chars"),
    ("del\x7f", "message.control_chars"),
    ("bidi\u202egnp.exe", "message.control_chars"),
])
def test_I2_message_rules(ctx, facade: LocalFacade, setup, body: str, code: str) -> None:  # type: ignore[no-untyped-def]
    _jobs, seeker = setup
    issued = refer(ctx, seeker, ONLINE.job_number)
    assert codes(lambda: facade.send_message(seeker.token, issued.application_id, body)) == {code}
    assert facade.message_thread(seeker.token, issued.application_id).messages == ()


def test_I2_message_of_2000_characters_and_newlines_is_accepted(ctx, facade: LocalFacade, setup) -> None:  # type: ignore[no-untyped-def]
    _jobs, seeker = setup
    issued = refer(ctx, seeker, ONLINE.job_number)
    for body in ("あ" * 2000, "一行目\n二行目\n\n👩‍💻 絵文字も可", "a\r\n" * 999 + "bc"):
        facade.send_message(seeker.token, issued.application_id, body)
    bodies = [m.body for m in facade.message_thread(seeker.token, issued.application_id).messages]
    assert bodies[0] == "あ" * 2000 and "👩‍💻" in bodies[1] and len(bodies[2]) == 2000


def test_no_employer_mypage_means_no_sending(ctx, facade: LocalFacade, setup) -> None:  # type: ignore[no-untyped-def]
    _jobs, seeker = setup
    issued = refer(ctx, seeker, NO_MYPAGE.job_number)
    thread = facade.message_thread(seeker.token, issued.application_id)
    assert not thread.can_send and thread.unavailable_code == "message.no_employer_mypage"
    assert codes(lambda: facade.send_message(seeker.token, issued.application_id, "よろしくお願いします")) == {
        "message.no_employer_mypage"}
    assert not facade.applications(seeker.token)[0].messaging_available
    report = employer(ctx, {"event_id": "m-2", "type": "message", "application": issued.application_number,
                            "body": "こんにちは"})
    assert report.applied == 0 and [p.code for p in report.problems] == ["message.no_employer_mypage"]


def test_notices_and_recommendations(ctx, facade: LocalFacade, clock, setup) -> None:  # type: ignore[no-untyped-def]
    jobs, seeker = setup
    first = send_notice(ctx, seeker_number=seeker.number, title="年末年始の開庁時間",
                        body="12月29日から1月3日までは閉庁します。\n<script>alert(1)</script>")
    clock.advance(minutes=5)
    recommended = send_notice(ctx, seeker_number=seeker.number, title="おすすめの求人があります",
                              body="ご希望に近い求人です。", job_number=ONLINE_2.job_number, sender_name="佐藤 健")
    assert (first.kind, recommended.kind) == ("お知らせ", "おすすめ求人")
    page = facade.notices(seeker.token)
    assert [n.notice_id for n in page.notices] == [recommended.notice_id, first.notice_id] and not page.has_more
    newest, oldest = page.notices
    assert (newest.job_id, newest.job_number, newest.job_label, newest.sender, newest.read) == (
        jobs[ONLINE_2.job_number], ONLINE_2.job_number, "経理事務（山形商事株式会社）", "佐藤 健", False)
    assert oldest.job_id is None and oldest.sender == "ハローワークやまがた"
    assert oldest.body.endswith("<script>alert(1)</script>")  # stored as typed; shown as plain text (I4)
    assert facade.unread_counts(seeker.token).notices == 2
    facade.mark_notice_read(seeker.token, newest.notice_id)
    facade.mark_notice_read(seeker.token, newest.notice_id)  # idempotent
    assert facade.unread_counts(seeker.token).notices == 1
    assert facade.notice(seeker.token, newest.notice_id).read
    # Paging
    one = facade.notices(seeker.token, limit=1)
    assert one.has_more and [n.notice_id for n in one.notices] == [recommended.notice_id]
    rest = facade.notices(seeker.token, limit=1, before_id=one.notices[-1].notice_id)
    assert not rest.has_more and [n.notice_id for n in rest.notices] == [first.notice_id]
    # Refusals on the staff side
    assert codes(lambda: send_notice(ctx, seeker_number=seeker.number, title="", body="本文")) == {"notice.title_empty"}
    assert codes(lambda: send_notice(ctx, seeker_number=seeker.number, title="件名\r\nBcc: x", body="本文")) == {
        "notice.title_control_chars"}
    assert codes(lambda: send_notice(ctx, seeker_number=seeker.number, title="件名", body="x" * 2001)) == {
        "notice.body_too_long"}
    assert codes(lambda: send_notice(ctx, seeker_number=seeker.number, title="件名", body="本文",
                                     job_number="06010-99999999")) == {"job.not_found"}


def test_A2_another_seekers_notice_and_thread_are_refused(ctx, facade: LocalFacade) -> None:  # type: ignore[no-untyped-def]
    add_postings(ctx)
    taro = demo_seeker(ctx, facade)
    hanako = demo_seeker(ctx, facade, "hanako.mogami@example.jp")
    sent = send_notice(ctx, seeker_number=taro.number, title="お知らせ", body="太郎さんへ")
    issued = refer(ctx, taro, ONLINE.job_number)
    assert facade.notices(hanako.token).notices == ()
    assert codes(lambda: facade.notice(hanako.token, sent.notice_id)) == {"notice.not_found"}
    assert codes(lambda: facade.mark_notice_read(hanako.token, sent.notice_id)) == {"notice.not_found"}
    assert codes(lambda: facade.message_thread(hanako.token, issued.application_id)) == {"application.not_found"}
    assert not facade.notice(taro.token, sent.notice_id).read
    assert {(d.target_type, d.target_id) for d in audit_rows(ctx, "access_denied")} == {
        ("notice", sent.notice_id), ("application", issued.application_id)}


def test_dashboard(ctx, facade: LocalFacade, clock, setup) -> None:  # type: ignore[no-untyped-def]
    _jobs, seeker = setup
    facade.save_search(seeker.token, "事務の仕事", JobConditions(free_words="事務"))
    issued = refer(ctx, seeker, ONLINE.job_number)
    later = refer(ctx, seeker, ONLINE_2.job_number)
    record_status(ctx, application_number=later.application_number, status="面接予定",
                  interview_at=jst(2026, 12, 10, 10), place="本社")
    record_status(ctx, application_number=issued.application_number, status="面接予定",
                  interview_at=jst(2026, 12, 2, 15), place="支店")
    send_notice(ctx, seeker_number=seeker.number, title="お知らせ", body="本文")
    employer(ctx, {"event_id": "d-1", "type": "message", "application": issued.application_number, "body": "ご確認を"})
    clock.advance(hours=1)
    with ctx.session_factory.begin() as session:
        upsert_postings(session, [posting(300, occupation="医療事務"), posting(301, occupation="介護職員")], clock())
    board = facade.dashboard(seeker.login(facade))
    assert board.registration.status == "有効" and board.registration.valid_until == date(2027, 1, 31)
    assert board.days_left == (date(2027, 1, 31) - date(2026, 11, 25)).days
    assert (board.unread.messages, board.unread.notices) == (1, 1)
    assert [(s.name, s.new_postings) for s in board.saved_searches] == [("事務の仕事", 1)]
    assert [i.application_id for i in board.upcoming_interviews] == [issued.application_id, later.application_id]
    assert board.upcoming_interviews[0].interview_at == jst(2026, 12, 2, 15).astimezone(UTC)
    clock.now = jst(2026, 12, 5, 9)  # the first interview has passed
    board = facade.dashboard(seeker.login(facade))
    assert [i.application_id for i in board.upcoming_interviews] == [later.application_id]
