"""ホーム: the dashboard from ``facade.dashboard`` as the seeker sees it (issue #5): 求職状態 and
有効期限 (warning look in the last month and while 無効), unread counts, upcoming interviews
(soonest first, each leading to 応募履歴), new postings for saved conditions; logout wipes it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from helpers import WAIT_MS
from PySide6.QtWidgets import QLabel
from test_registration_page import GUIDANCE, click, pages_fixture  # noqa: F401 (a fixture)

from mypage_desktop.domain.jobs import JobConditions
from mypage_desktop.services.activity.employer_events import import_employer_events
from mypage_desktop.services.activity.notices import send_notice
from mypage_desktop.services.activity.referrals import issue_referral
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.ui.mypage.home_page import HomePage
from services.activity_helpers import ONLINE, ONLINE_2, add_postings
from services.job_fixtures import posting


@dataclass
class Activity:
    seeker_number: str
    later_application: int  # interview on 12月3日
    sooner_application: int  # interview on 12月1日


def interview(ctx: Any, number: str, job_number: str, at: str, place: str, *, message: str = "") -> int:
    issued = issue_referral(ctx, seeker_number=number, job_number=job_number, staff_name="佐藤 健")
    ref = issued.referral_number
    events: list[dict[str, str]] = [
        {"event_id": f"{ref}-1", "type": "status", "application": ref, "status": "書類選考中"},
        {"event_id": f"{ref}-2", "type": "status", "application": ref, "status": "面接予定",
         "interview_at": at, "place": place},
    ]
    if message:
        events.append({"event_id": f"{ref}-3", "type": "message", "application": ref, "body": message})
    assert not import_employer_events(ctx, events).problems
    return issued.application_id


def seed_activity(ctx: Any, facade: Any, token: str, clock: Any) -> Activity:
    """Two interviews (the later one referred first), one employer message, one notice and a
    saved condition with one new posting since it was saved."""
    add_postings(ctx)
    number = facade.my_profile(token).seeker_number
    later = interview(ctx, number, ONLINE.job_number, "2026-12-03T14:00:00+09:00", "本社 2階 応接室",
                      message="面接の日時をお知らせします。")
    sooner = interview(ctx, number, ONLINE_2.job_number, "2026-12-01T10:00:00+09:00", "")
    send_notice(ctx, seeker_number=number, title="年末年始の開庁時間のお知らせ", body="12月29日から閉庁します。",
                sender_name="ハローワークやまがた")
    facade.save_search(token, "事務の仕事", JobConditions(free_words="事務"))
    clock.advance(minutes=5)
    with ctx.session_factory.begin() as session:
        upsert_postings(session, [posting(300, occupation="営業事務")], clock())
    return Activity(number, later, sooner)


def show_home(qtbot: Any, pages: Any) -> HomePage:
    page = pages.show(HomePage, size=(1000, 900))
    qtbot.waitUntil(lambda: not page.status_label.isVisible() and page.registration is not None, timeout=WAIT_MS)
    return page


def row_text(row: Any) -> str:
    return str(row.text.text())


def test_dashboard_shows_validity_counts_interviews_and_new_postings(qtbot, pages, ctx, facade, clock) -> None:
    activity = seed_activity(ctx, facade, pages.token(), clock)
    page = show_home(qtbot, pages)
    assert page.welcome.text() == "山形 太郎 さん、ようこそ。"
    assert page.summary.text() == ("求職状態：有効　　有効期限：2027年1月31日（あと67日）\n"
                                   f"求職番号：{activity.seeker_number}")
    assert page.validity.look == "normal" and not page.validity.note.isVisible()
    assert page.unread_messages.text() == "1件" and page.unread_notices.text() == "1件"
    assert [row_text(row) for row in page.interview_rows] == [
        "2026年12月1日（火）10時00分　山形商事株式会社（経理事務）",
        "2026年12月3日（木）14時00分　株式会社さくら（一般事務）\n場所：本社 2階 応接室",
    ]
    assert not page.no_interviews.isVisible()
    assert page.saved_news.text().startswith("・事務の仕事　新着 1件\n")
    # an interview's button opens its application in 応募履歴
    with qtbot.waitSignal(page.application_requested, timeout=WAIT_MS) as requested:
        click(qtbot, page.interview_rows[0].button)
    assert requested.args == [activity.sooner_application]
    with qtbot.waitSignal(page.application_requested, timeout=WAIT_MS) as requested:
        click(qtbot, page.interview_rows[1].button)
    assert requested.args == [activity.later_application]
    # the leaflet's 「できること」 and the logout reminder are there
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "ハローワークでご紹介した求人の内容や紹介状、応募履歴を確認することができます。" in texts
    assert "ご利用後に必ず「ログアウト」してください。" in texts


def test_activate_reloads_the_dashboard(qtbot, pages, ctx, facade) -> None:
    page = show_home(qtbot, pages)
    assert page.unread_notices.text() == "0件" and page.interview_rows == []
    assert page.no_interviews.isVisible()
    assert page.saved_news.text().startswith("保存した検索条件はありません。")
    send_notice(ctx, seeker_number=page.registration.seeker_number, title="お知らせ", body="本文",
                sender_name="ハローワークやまがた")
    page.activate()
    qtbot.waitUntil(lambda: page.unread_notices.text() == "1件", timeout=WAIT_MS)


def test_last_month_has_the_warning_look_and_the_extension_rule(qtbot, pages, clock) -> None:
    clock.advance(days=45)  # 2027-01-09, the month of the 有効期限
    page = show_home(qtbot, pages)
    assert "有効期限：2027年1月31日（あと22日）" in page.summary.text()
    assert page.validity.look == "last_month" and page.validity.note.isVisible()
    assert "紹介を受けるか、オンライン自主応募をすると、有効期限が1か月延長されます" in page.validity.note.text()


def test_inactive_has_the_warning_look_and_says_until_when_it_can_be_undone(qtbot, pages, facade) -> None:
    facade.set_registration_status(pages.token(), "無効")
    page = show_home(qtbot, pages)
    assert page.summary.text().startswith("求職状態：無効（ご本人による変更）　　有効期限：2027年1月31日\n")
    assert page.validity.look == "inactive"
    note = page.validity.note.text()
    assert "求人情報検索、オンライン自主応募、応募先へのメッセージの送信ができません" in note
    assert "2027年2月23日までは、「求職者情報・設定」で求職状態を「有効」に戻すことができます。" in note
    assert page.saved_news.text() == "求職状態が「無効」の間は、新着求人の件数は表示されません。"


def test_inactive_past_the_period_shows_the_visit_the_office_guidance(qtbot, pages, facade, clock) -> None:
    facade.set_registration_status(pages.token(), "無効")
    clock.advance(days=91)
    page = show_home(qtbot, pages)
    assert page.validity.look == "inactive" and GUIDANCE in page.validity.note.text()


def test_S5_clear_wipes_the_dashboard(qtbot, pages, ctx, facade, clock) -> None:
    seed_activity(ctx, facade, pages.token(), clock)
    page = show_home(qtbot, pages)
    assert page.interview_rows
    page.clear()
    for label in (page.welcome, page.summary, page.unread_messages, page.unread_notices, page.saved_news,
                  page.validity.note):
        assert label.text() == ""
    assert page.interview_rows == [] and page.registration is None
    assert not page.no_interviews.isVisible()
