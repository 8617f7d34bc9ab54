"""応募履歴 driven like a user (issue #5): the table, its filter and sorting, the history of
one application, 辞退 with its confirmation, the interview as .ics, the buttons that lead to
the thread and the 求人票, state kept across pages, and logout wiping it (docs/security.md S5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import Qt
from test_applications_support import (  # noqa: F401 (the *_fixture names: fixtures)
    activity_window_fixture,
    cell,
    click,
    click_header,
    click_row,
    column_texts,
    job_window_fixture,
    open_applications,
    row_of,
)

from mypage_desktop.domain import ical
from mypage_desktop.domain.rule_texts import MESSAGES
from mypage_desktop.services.activity.employer_events import import_employer_events
from mypage_desktop.ui.applications.applications_model import SORT_ROLE, Columns
from mypage_desktop.ui.applications.history_model import HistoryColumns
from mypage_desktop.ui.shell.main_window import Page


def history_texts(page, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = page.detail.history_proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_list_shows_both_referrals_and_the_selected_history(qtbot, activity_window) -> None:
    window, activity = activity_window
    page = open_applications(qtbot, window)
    assert page.count_label.text() == "2件"
    assert sorted(column_texts(page, Columns.SOURCE)) == ["紹介", "紹介"]
    row = row_of(page, activity.interview_id)
    assert cell(page, row, Columns.COMPANY) == "株式会社さくら"
    assert cell(page, row, Columns.OCCUPATION) == "一般事務"
    assert cell(page, row, Columns.STATUS) == "面接予定"
    assert cell(page, row, Columns.NEXT_INTERVIEW) == "2026/12/02(水) 14:00"
    assert cell(page, row, Columns.APPLIED_ON) == "2026/11/25"
    assert cell(page, row, Columns.STATUS_CHANGED) == "2026/11/25"  # 16:40 JST
    assert cell(page, row, Columns.NUMBER) == activity.interview_number
    quiet = row_of(page, activity.quiet_id)
    assert cell(page, quiet, Columns.UNREAD) == "―"
    assert "求人者マイページ" in page.proxy.index(quiet, Columns.UNREAD).data(Qt.ItemDataRole.ToolTipRole)

    click_row(qtbot, page, row)
    detail = page.detail
    assert detail.title.text() == "株式会社さくら　一般事務"
    assert detail.values["status"].text() == "面接予定"
    assert detail.values["interview"].text() == "2026年12月2日 14時00分　場所：本社 2階 応接室"
    assert detail.values["source"].text().startswith("紹介（紹介番号 R")
    assert history_texts(page, HistoryColumns.STATUS) == ["応募済", "書類選考中", "面接予定"]
    assert history_texts(page, HistoryColumns.RECORDED_BY) == ["ハローワーク", "事業所", "事業所"]
    assert history_texts(page, HistoryColumns.AT)[0] == "2026/11/25 16:00"
    assert history_texts(page, HistoryColumns.INTERVIEW_AT)[2] == "2026/12/02(水) 14:00"
    assert history_texts(page, HistoryColumns.PLACE)[2] == "本社 2階 応接室"
    assert history_texts(page, HistoryColumns.NOTE)[2] == "紹介状と筆記用具をお持ちください。"
    assert detail.sheet.values["job_number"].text() == "06010-00000001"
    assert detail.sheet.values["company_name"].text() == "株式会社さくら"
    assert all(b.isEnabled() for b in (detail.withdraw_button, detail.ics_button, detail.messages_button,
                                       detail.job_button))


def test_withdraw_asks_first_cancel_keeps_it_confirm_records_辞退(qtbot, activity_window, facade) -> None:
    window, activity = activity_window
    page = open_applications(qtbot, window)
    row = row_of(page, activity.interview_id)
    click_row(qtbot, page, row)
    click(qtbot, page.detail.withdraw_button)
    dialog = page.withdraw_dialog
    assert dialog is not None and dialog.isVisible()
    assert "元に戻すことはできません" in dialog.warning.text()
    assert activity.interview_number in [line.split("：")[-1] for line in
                                         dialog.findChildren(type(dialog.warning))[0].text().splitlines()]
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: page.withdraw_dialog is None, timeout=WAIT_MS)
    assert cell(page, row, Columns.STATUS) == "面接予定"
    assert page.detail.withdraw_button.isEnabled()

    click(qtbot, page.detail.withdraw_button)
    dialog = page.withdraw_dialog
    assert dialog is not None
    dialog.note_edit.setFocus()
    qtbot.keyClicks(dialog.note_edit, "x" * 501)  # over the limit: a message, nothing sent, nothing lost
    click(qtbot, dialog.withdraw_button)
    assert dialog.error.text() == MESSAGES["application.note_too_long"].format(max=500, length=501)
    assert dialog.isVisible() and dialog.note_edit.toPlainText() == "x" * 501
    dialog.note_edit.clear()
    qtbot.keyClicks(dialog.note_edit, "other offer")
    with qtbot.waitSignal(page.counts_changed, timeout=WAIT_MS), \
            qtbot.waitSignal(page.withdrawn, timeout=WAIT_MS) as withdrawn:
        click(qtbot, dialog.withdraw_button)
    assert withdrawn.args == [activity.interview_id]
    qtbot.waitUntil(lambda: page.withdraw_dialog is None, timeout=WAIT_MS)
    row = row_of(page, activity.interview_id)
    assert cell(page, row, Columns.STATUS) == "辞退"
    assert history_texts(page, HistoryColumns.STATUS) == ["応募済", "書類選考中", "面接予定", "辞退"]
    assert history_texts(page, HistoryColumns.RECORDED_BY)[-1] == "ご本人"
    assert history_texts(page, HistoryColumns.NOTE)[-1] == "other offer"
    assert page.detail.values["status"].text() == "辞退"
    assert not page.detail.withdraw_button.isEnabled()
    assert "辞退しました" in page.info.text() and page.info.isVisible()


def test_withdraw_refused_when_the_employer_decided_meanwhile(qtbot, activity_window, ctx) -> None:
    window, activity = activity_window
    page = open_applications(qtbot, window)
    click_row(qtbot, page, row_of(page, activity.interview_id))
    click(qtbot, page.detail.withdraw_button)
    dialog = page.withdraw_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.note_edit, "thanks")
    report = import_employer_events(ctx, [{"event_id": "t-late", "type": "status",
                                           "application": activity.interview_number, "status": "不採用"}])
    assert not report.problems
    with qtbot.waitSignal(page.detail_shown, timeout=WAIT_MS):
        click(qtbot, dialog.withdraw_button)
    assert dialog.isVisible() and dialog.note_edit.toPlainText() == "thanks"
    assert dialog.error.text() == MESSAGES["application.not_withdrawable"].format(status="不採用")
    assert page.detail.values["status"].text() == "不採用"
    assert cell(page, row_of(page, activity.interview_id), Columns.STATUS) == "不採用"
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: page.withdraw_dialog is None, timeout=WAIT_MS)
    assert not page.detail.withdraw_button.isEnabled()


def test_status_filter_and_sorting_by_every_column(qtbot, activity_window) -> None:
    window, activity = activity_window
    page = open_applications(qtbot, window)
    combo = page.filter_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "すべて", "応募済", "書類選考中", "面接予定", "選考中", "採用", "不採用", "辞退", "取消"]
    combo.setFocus()
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        for _ in range(3):  # すべて → 応募済 → 書類選考中 → 面接予定
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: combo.currentText() == "面接予定" and page.count_label.text() == "1件", timeout=WAIT_MS)
    assert column_texts(page, Columns.COMPANY) == ["株式会社さくら"]
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # 選考中: none
    qtbot.waitUntil(lambda: page.count_label.text() == "0件", timeout=WAIT_MS)
    assert page.empty_label.isVisible() and page.empty_label.text() == "状況が「選考中」の応募はありません。"
    assert page.detail.detail is None and not page.detail.withdraw_button.isEnabled()
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: page.count_label.text() == "2件", timeout=WAIT_MS)

    header = page.table.horizontalHeader()
    for column in Columns:  # every column sorts, and a second click turns the order round
        orders = []
        for _ in range(2):
            click_header(qtbot, page, column)
            assert header.sortIndicatorSection() == column
            keys = [page.proxy.index(row, column).data(SORT_ROLE) for row in range(page.proxy.rowCount())]
            if not isinstance(keys[0], str):
                ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
                assert keys == sorted(keys, reverse=not ascending), (column, keys)
            orders.append(column_texts(page, Columns.NUMBER))
        keys = {page.proxy.index(row, column).data(SORT_ROLE) for row in range(page.proxy.rowCount())}
        if len(keys) > 1:
            assert orders[1] == orders[0][::-1], column
    click_header(qtbot, page, Columns.COMPANY)
    companies = column_texts(page, Columns.COMPANY)
    click_header(qtbot, page, Columns.COMPANY)
    assert column_texts(page, Columns.COMPANY) == companies[::-1]
    while not (header.sortIndicatorSection() == Columns.NEXT_INTERVIEW
               and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder):
        click_header(qtbot, page, Columns.NEXT_INTERVIEW)
    assert column_texts(page, Columns.NEXT_INTERVIEW) == ["2026/12/02(水) 14:00", ""]  # none: last
    while not (header.sortIndicatorSection() == Columns.STATUS
               and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder):
        click_header(qtbot, page, Columns.STATUS)
    assert column_texts(page, Columns.STATUS) == ["応募済", "面接予定"]  # in the order of the process


def test_interview_saved_as_ics_to_the_chosen_file(qtbot, activity_window, tmp_path: Path) -> None:
    window, activity = activity_window
    page = open_applications(qtbot, window)
    asked: list[tuple[str, str]] = []
    folder = tmp_path / "export"
    folder.mkdir()

    def save_dialog(parent, caption, default_name, on_chosen):  # type: ignore[no-untyped-def]
        asked.append((caption, default_name))
        on_chosen(str(folder / "mine"))  # typed without the suffix
        return None

    page.ask_save_path = save_dialog
    click_row(qtbot, page, row_of(page, activity.quiet_id))
    assert not page.detail.ics_button.isEnabled()  # no interview: nothing to save
    click_row(qtbot, page, row_of(page, activity.interview_id))
    with qtbot.waitSignal(page.ics_saved, timeout=WAIT_MS) as saved:
        click(qtbot, page.detail.ics_button)
    assert asked == [("面接予定の保存（.ics）", f"面接_{activity.interview_number}.ics")]
    path = Path(saved.args[0])
    assert path == folder / "mine.ics"
    data = path.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    unfolded = data.decode("utf-8").replace("\r\n ", "")
    lines = unfolded.split("\r\n")
    assert "DTSTART:20261202T050000Z" in lines  # 14:00 JST
    assert f"LOCATION:{ical.escape_text('本社 2階 応接室')}" in lines
    assert any(line.startswith("SUMMARY:面接: 株式会社さくら（一般事務）") for line in lines)
    assert [p.name for p in folder.iterdir()] == ["mine.ics"]  # no temporary file left
    assert str(path) in page.info.text()


def test_message_and_job_buttons(qtbot, activity_window) -> None:
    window, activity = activity_window
    page = open_applications(qtbot, window)
    # The メッセージ page is not under test here: only the request is.
    page.thread_requested.disconnect(window._on_page_thread_requested)
    click_row(qtbot, page, row_of(page, activity.interview_id))
    assert not page.detail.messaging_note.isVisible()
    with qtbot.waitSignal(page.thread_requested, timeout=WAIT_MS) as requested:
        click(qtbot, page.detail.messages_button)
    assert requested.args == [activity.interview_id]

    click_row(qtbot, page, row_of(page, activity.quiet_id))
    assert not page.detail.messages_button.isEnabled()
    assert page.detail.messaging_note.isVisible()
    assert page.detail.messaging_note.text() == MESSAGES["message.no_employer_mypage"]

    click_row(qtbot, page, row_of(page, activity.interview_id))
    detail_view = window.jobs.detail
    with qtbot.waitSignal(detail_view.apply_state_changed, timeout=WAIT_MS):
        click(qtbot, page.detail.job_button)
    assert window.pages.currentWidget() is detail_view
    assert detail_view.sheet.values["job_number"].text() == "06010-00000001"
    assert not detail_view.apply_button.isEnabled()
    assert detail_view.apply_note.text().startswith("応募済みです。")


def test_state_is_kept_when_coming_back_and_show_application_clears_the_filter(qtbot, activity_window) -> None:
    window, activity = activity_window
    page = open_applications(qtbot, window)
    click_header(qtbot, page, Columns.COMPANY)
    sort = (page.table.horizontalHeader().sortIndicatorSection(), page.table.horizontalHeader().sortIndicatorOrder())
    click_row(qtbot, page, row_of(page, activity.quiet_id))
    window.select_page(Page.HOME)
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        nav = window.nav
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=nav.visualItemRect(nav.item(Page.APPLICATIONS)).center())
    assert page.selected_id() == activity.quiet_id
    assert (page.table.horizontalHeader().sortIndicatorSection(),
            page.table.horizontalHeader().sortIndicatorOrder()) == sort
    assert page.detail.detail is not None and page.detail.detail.summary.application_id == activity.quiet_id

    combo = page.filter_combo
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        combo.setCurrentIndex(combo.findData("不採用"))
    assert page.proxy.rowCount() == 0
    with qtbot.waitSignal(page.detail_shown, timeout=WAIT_MS,
                          check_params_cb=lambda shown: shown == activity.interview_id):
        window._on_page_application_requested(activity.interview_id)  # what a referral or thread asks
    assert window.pages.currentWidget() is page
    assert combo.currentText() == "すべて"
    assert page.selected_id() == activity.interview_id


def test_clear_wipes_every_value(qtbot, activity_window) -> None:
    """Logout (docs/security.md S5)."""
    window, activity = activity_window
    page = open_applications(qtbot, window)
    click_row(qtbot, page, row_of(page, activity.interview_id))
    click(qtbot, page.detail.withdraw_button)
    assert page.withdraw_dialog is not None
    dialog = page.withdraw_dialog
    page.clear()
    assert page.withdraw_dialog is None and not dialog.isVisible()
    assert page.model.rowCount() == 0 and page.detail.history_model.rowCount() == 0
    assert page.detail.detail is None
    assert all(label.text() == "" for label in page.detail.values.values())
    assert all(label.text() == "" for label in page.detail.sheet.values.values())
    assert page.count_label.text() == "" and page.filter_combo.currentIndex() == 0
    assert not any(b.isEnabled() for b in (page.detail.withdraw_button, page.detail.ics_button,
                                           page.detail.messages_button, page.detail.job_button))
    assert activity.interview_number not in page.detail.title.text()


@pytest.mark.parametrize("which", ["list", "history"])
def test_the_models_pass_qt_model_checks(qtbot, activity_window, qtmodeltester, which: str) -> None:
    window, activity = activity_window
    page = open_applications(qtbot, window)
    model = page.model if which == "list" else page.detail.history_model
    qtmodeltester.check(model, force_py=True)  # then watched while rows load, change and go
    click_row(qtbot, page, row_of(page, activity.interview_id))
    click_row(qtbot, page, row_of(page, activity.quiet_id))
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        click(qtbot, page.refresh_button)
    page.clear()
