"""お知らせ driven like a user (issue #5; docs/security.md I4, S5): paging by scrolling, opening a notice
marks it read, おすすめ求人 opens the 求人票 (not once the posting has closed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from test_messages_support import (  # noqa: F401 (activity_fixture: a fixture)
    WAIT_MS,
    Activity,
    activity_fixture,
    click,
    click_row,
    row_of,
    rows,
)

from mypage_desktop.services.activity.notices import send_notice
from mypage_desktop.ui.messages.common import ID_ROLE
from mypage_desktop.ui.messages.notice_model import Columns
from mypage_desktop.ui.messages.notices_page import NoticesPage
from mypage_desktop.ui.session.reasons import REASON_LOGOUT
from mypage_desktop.ui.shell.main_window import Page
from services.activity_helpers import CLOSED, ONLINE_3


def show_notices(qtbot: Any, activity: Activity, page_size: int | None = None) -> NoticesPage:
    page = activity.window.page(Page.NOTICES)
    assert isinstance(page, NoticesPage)
    if page_size is not None:
        page.page_size = page_size
    with qtbot.waitSignal(page.notices_loaded, timeout=WAIT_MS):
        activity.window.select_page(Page.NOTICES)
    return page


def nav_text(activity: Activity) -> str:
    item = activity.window.nav.item(Page.NOTICES)
    assert item is not None
    return item.text()


def test_notices_load_page_by_page_when_scrolled_to_the_end(qtbot, activity: Activity, ctx, clock) -> None:
    for number in range(1, 36):
        send_notice(ctx, seeker_number=activity.seeker.number, title=f"お知らせ{number:02d}",
                    body=f"{number}件目の本文です。")
        clock.advance(seconds=1)
    page = show_notices(qtbot, activity, page_size=10)
    assert page.model.has_more and page.model.rowCount() <= 20  # a page, or two to fill the view
    assert "一覧の最後までスクロールすると" in page.status_label.text()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    before = page.model.rowCount()
    assert page.more_button.isVisible()
    click(qtbot, page.more_button)  # the button does the same (keyboard users)
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 10, timeout=WAIT_MS)
    page.table.setFocus()
    while page.model.rowCount() < 35:
        before = page.model.rowCount()
        # Ctrl+End: to the last row; the view asks the model for more at the end
        qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda before=before: page.model.rowCount() > before, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert rows(page.table, Columns.TITLE) == [f"お知らせ{n:02d}" for n in range(35, 0, -1)]  # newest first
    assert not page.model.has_more and not page.more_button.isVisible()
    assert page.status_label.text().startswith("35件を表示中")


def test_opening_a_notice_shows_it_as_plain_text_and_marks_it_read(qtbot, activity: Activity, ctx,
                                                                     facade) -> None:
    body = "12月29日から1月3日までは閉庁します。\n<script>alert(1)</script><b>太字</b>"
    sent = send_notice(ctx, seeker_number=activity.seeker.number, title="年末年始の開庁時間", body=body)
    send_notice(ctx, seeker_number=activity.seeker.number, title="セミナーのご案内", body="参加者募集中")
    page = show_notices(qtbot, activity)
    qtbot.waitUntil(lambda: nav_text(activity) == "お知らせ（未読 2）", timeout=WAIT_MS)
    row = row_of(page.table, sent.notice_id, ID_ROLE)
    assert page.proxy.index(row, Columns.STATE).data() == "未読"
    assert page.proxy.index(row, Columns.TITLE).data(Qt.ItemDataRole.FontRole).bold()
    assert page.proxy.index(row, Columns.SENDER).data() == "ハローワークやまがた"
    assert not page.view.job_box.isVisible()

    with qtbot.waitSignal(page.counts_changed, timeout=WAIT_MS):
        click_row(qtbot, page.table, row)
    assert page.view.title.text() == "年末年始の開庁時間"
    assert page.view.body.toPlainText() == body  # literally (I4)
    assert page.view.meta.text().startswith("お知らせ　送信元: ハローワークやまがた　2026年11月25日")
    assert page.proxy.index(row, Columns.STATE).data() == "既読"
    assert page.proxy.index(row, Columns.TITLE).data(Qt.ItemDataRole.FontRole) is None
    assert facade.notice(activity.seeker.token, sent.notice_id).read
    qtbot.waitUntil(lambda: nav_text(activity) == "お知らせ（未読 1）", timeout=WAIT_MS)


def test_a_recommended_job_opens_its_posting_unless_closed(qtbot, activity: Activity, ctx) -> None:
    closed = send_notice(ctx, seeker_number=activity.seeker.number, title="この求人はいかがですか",
                         body="募集は終了しました。", job_number=CLOSED.job_number, sender_name="佐藤 健")
    open_one = send_notice(ctx, seeker_number=activity.seeker.number, title="ご希望に近い求人があります",
                           body="詳しくは求人票をご覧ください。", job_number=ONLINE_3.job_number, sender_name="佐藤 健")
    page = show_notices(qtbot, activity)
    row = row_of(page.table, closed.notice_id, ID_ROLE)
    assert page.proxy.index(row, Columns.KIND).data() == "おすすめ求人"
    with qtbot.waitSignal(page.notice_shown, timeout=WAIT_MS):
        click_row(qtbot, page.table, row)
    assert page.view.job_box.isVisible() and not page.view.job_button.isEnabled()
    assert page.view.closed_label.isVisible() and page.view.closed_label.text() == "この求人の募集は終了しました"

    with qtbot.waitSignal(page.notice_shown, timeout=WAIT_MS):
        click_row(qtbot, page.table, row_of(page.table, open_one.notice_id, ID_ROLE))
    view = page.view
    assert view.job_label.text() == f"おすすめ求人: 介護職員（社会福祉法人もがみ会）　求人番号 {ONLINE_3.job_number}"
    assert view.job_button.isEnabled() and not view.closed_label.isVisible()
    detail = activity.window.jobs.detail
    with qtbot.waitSignal(page.job_requested, timeout=WAIT_MS) as requested:
        click(qtbot, view.job_button)
    assert requested.args == [activity.jobs[ONLINE_3.job_number]]
    assert activity.window.pages.currentWidget() is detail


def test_state_is_kept_between_visits_and_wiped_at_logout(qtbot, activity: Activity, ctx) -> None:
    first = send_notice(ctx, seeker_number=activity.seeker.number, title="一通目", body="本文一")
    page = show_notices(qtbot, activity)
    with qtbot.waitSignal(page.notice_shown, timeout=WAIT_MS):
        click_row(qtbot, page.table, row_of(page.table, first.notice_id, ID_ROLE))
    later = send_notice(ctx, seeker_number=activity.seeker.number, title="二通目", body="本文二")
    activity.window.select_page(Page.HOME)
    with qtbot.waitSignal(page.notices_loaded, timeout=WAIT_MS):
        activity.window.select_page(Page.NOTICES)
    assert rows(page.table, Columns.TITLE) == ["二通目", "一通目"]  # the new one on top
    assert page.table.currentIndex().data(ID_ROLE) == first.notice_id  # still selected
    assert page.view.title.text() == "一通目"
    assert page.proxy.index(0, Columns.STATE).data(ID_ROLE) == later.notice_id
    assert page.proxy.index(0, Columns.STATE).data() == "未読"

    activity.owner.end_session(REASON_LOGOUT)  # the window wipes every page (S5)
    assert page.model.rowCount() == 0 and not page.model.loaded
    assert page.view.body.toPlainText() == "" and "一通目" not in page.view.title.text()
    assert page.status_label.text() == ""


def test_render_the_notices_page(qtbot, activity: Activity, ctx, tmp_path) -> None:
    """Renders the page with a notice and an おすすめ求人 open, for a look."""
    send_notice(ctx, seeker_number=activity.seeker.number, title="年末年始の開庁時間のお知らせ",
                body="12月29日から1月3日までは閉庁します。\nマイページは期間中もご利用いただけます。")
    sent = send_notice(ctx, seeker_number=activity.seeker.number, title="ご希望に近い求人があります",
                       body="登録されたご希望に近い求人です。詳しくは求人票をご覧ください。",
                       job_number=ONLINE_3.job_number, sender_name="佐藤 健")
    page = show_notices(qtbot, activity)
    with qtbot.waitSignal(page.notice_shown, timeout=WAIT_MS):
        click_row(qtbot, page.table, row_of(page.table, sent.notice_id, ID_ROLE))
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert activity.window.grab().save(str(tmp_path / "notices.png"))
