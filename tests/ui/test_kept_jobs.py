"""求人票 and キープした求人 driven like a user (issue #4; docs/security.md I4)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from test_job_support import (  # noqa: F401 (job_window_fixture: a fixture)
    WAIT_MS,
    click,
    double_click_row,
    job_window_fixture,
    row_texts,
    search_words,
)

from mypage_desktop.services.jobs.index_writer import close_postings, upsert_postings
from mypage_desktop.ui.jobs.kept_model import Columns as KeptColumns
from mypage_desktop.ui.jobs.result_model import Columns
from mypage_desktop.ui.shell.main_window import Page
from services.job_fixtures import posting


def open_row(qtbot, window, row: int):  # type: ignore[no-untyped-def]
    page = window.jobs.search
    detail = window.jobs.detail
    with qtbot.waitSignal(detail.job_shown, timeout=WAIT_MS):
        double_click_row(qtbot, page.table, row)
    assert window.pages.currentWidget() is detail
    return detail


def show_kept(qtbot, window):  # type: ignore[no-untyped-def]
    kept = window.jobs.kept
    with qtbot.waitSignal(kept.refreshed, timeout=WAIT_MS):
        window.select_page(Page.KEPT)
    return kept


def test_open_a_job_keep_it_see_it_kept_and_unkeep(qtbot, job_window) -> None:
    page = search_words(qtbot, job_window, "介護")
    detail = open_row(qtbot, job_window, 0)
    values = {key: label.text() for key, label in detail.sheet.values.items()}
    assert values["job_number"] == "06010-00000002"
    assert values["company_name"] == "社会福祉法人もがみ会"
    assert values["wage"] == "月給 200,000円〜250,000円"
    assert values["received_on"] == "2026年11月24日" and values["expires_on"] == "2027年1月31日"
    assert values["online_application"].startswith("可")
    assert not detail.closed_banner.isVisible()
    if detail.apply_panel.busy:  # the 応募 box asks whether this posting can be applied to
        qtbot.waitSignal(detail.apply_state_changed, timeout=WAIT_MS).wait()
    assert detail.apply_button.isEnabled() and detail.apply_note.isVisible()
    assert detail.keep_button.text() == "キープする"
    with qtbot.waitSignal(detail.kept_changed, timeout=WAIT_MS) as changed:
        click(qtbot, detail.keep_button)
    assert changed.args[1] is True
    assert detail.keep_button.text() == "キープを外す"
    assert page.model.index(0, Columns.KEPT).data() == "★"

    kept = show_kept(qtbot, job_window)
    assert row_texts(kept.model, KeptColumns.OCCUPATION) == ["介護職員（介護福祉士）"]
    assert row_texts(kept.model, KeptColumns.STATUS) == ["募集中"]
    with qtbot.waitSignal(job_window.jobs.detail.job_shown, timeout=WAIT_MS):
        click(qtbot, kept.open_button)
    assert job_window.pages.currentWidget() is job_window.jobs.detail
    click(qtbot, job_window.jobs.detail.back_button)
    assert job_window.pages.currentWidget() is kept
    qtbot.waitUntil(lambda: not kept.busy, timeout=WAIT_MS)  # the refresh on showing the page
    with qtbot.waitSignal(kept.kept_changed, timeout=WAIT_MS):
        click(qtbot, kept.unkeep_button)
    qtbot.waitUntil(lambda: kept.model.rowCount() == 0, timeout=WAIT_MS)
    assert kept.empty_label.isVisible()
    assert page.model.index(0, Columns.KEPT).data() == ""


def test_closed_kept_jobs_stay_marked_as_closed(qtbot, job_window, ctx, clock) -> None:
    search_words(qtbot, job_window, "手話")
    detail = open_row(qtbot, job_window, 0)
    with qtbot.waitSignal(detail.kept_changed, timeout=WAIT_MS):
        click(qtbot, detail.keep_button)
    with ctx.session_factory.begin() as session:
        close_postings(session, ["06010-00000005"], clock.now)
    kept = show_kept(qtbot, job_window)
    assert row_texts(kept.model, KeptColumns.STATUS) == ["募集終了"]
    with qtbot.waitSignal(job_window.jobs.detail.job_shown, timeout=WAIT_MS):
        qtbot.keyClick(kept.table, Qt.Key.Key_Return)
    detail = job_window.jobs.detail
    assert detail.closed_banner.isVisible() and "募集終了" in detail.closed_banner.text()
    assert detail.keep_button.text() == "キープを外す" and detail.keep_button.isEnabled()


def test_the_keep_limit_message_is_shown_next_to_the_button(qtbot, job_window, ctx) -> None:
    ctx.settings = dataclasses.replace(ctx.settings, kept_job_max=1)
    search_words(qtbot, job_window, "事務")
    detail = open_row(qtbot, job_window, 0)
    with qtbot.waitSignal(detail.kept_changed, timeout=WAIT_MS):
        click(qtbot, detail.keep_button)
    click(qtbot, detail.back_button)
    detail = open_row(qtbot, job_window, 1)
    click(qtbot, detail.keep_button)
    qtbot.waitUntil(lambda: detail.keep_message.isVisible(), timeout=WAIT_MS)
    assert detail.keep_message.text() == "キープできる求人は1件までです。不要な求人をキープから外してください。"
    assert detail.keep_button.text() == "キープする" and detail.keep_button.isEnabled()


def test_employer_text_is_shown_literally(qtbot, job_window, ctx, clock) -> None:
    """docs/security.md I4: markup in employer text is not interpreted."""
    hostile = '<b>x</b><a href="https://evil.example/">リンク</a>'
    with ctx.session_factory.begin() as session:
        upsert_postings(session, [posting(99, occupation="清掃スタッフ", company_name=hostile, description=hostile)],
                        clock.now)
    page = search_words(qtbot, job_window, "清掃")
    assert page.model.index(0, Columns.COMPANY).data() == hostile
    detail = open_row(qtbot, job_window, 0)
    for key in ("company_name", "description"):
        label = detail.sheet.values[key]
        assert label.text() == hostile and label.textFormat() == Qt.TextFormat.PlainText


def test_the_menu_leads_back_from_an_open_job(qtbot, job_window) -> None:
    page = search_words(qtbot, job_window, "介護")
    open_row(qtbot, job_window, 1)
    nav = job_window.nav
    item = nav.item(Page.SEARCH)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
    assert job_window.pages.currentWidget() is page
    assert page.model.rowCount() == 2  # the results are still there
