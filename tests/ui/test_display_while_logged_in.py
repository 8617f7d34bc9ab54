"""文字の大きさ chosen in 求職者情報・設定 while logged in (issue 15): the menu is as wide as its
longest entry, within NAV_SHARE of the window (longer entries wrap); the lists' rows and columns
grow with the text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import WAIT_MS, logged_in, open_demo_account
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QStyle, QStyleOptionViewItem, QTableView
from test_job_support import search_page

from mypage_desktop.domain.languages import SOURCE
from mypage_desktop.ui.jobs.result_model import Columns
from mypage_desktop.ui.shell.main_window import NAV_SHARE, MainWindow, Page
from mypage_desktop.ui.widgets import display, language
from mypage_desktop.ui.widgets.list_table import ROW_PADDING

OFFICE_WIDTH, OFFICE_HEIGHT = 1366, 728


@pytest.fixture(autouse=True)
def restore(qapp: QApplication) -> Iterator[None]:
    display.apply_display(display.DisplayChoice(), qapp)  # windows made after the app's stylesheet
    yield
    language.apply_language(SOURCE)
    display.apply_display(display.DisplayChoice(), qapp)
    qapp.setStyleSheet("")


def entries_on_one_line(nav: QListWidget) -> bool:
    room = nav.viewport().width() - 16  # the entries' padding
    return all(nav.fontMetrics().horizontalAdvance(nav.item(row).text()) <= room for row in range(nav.count()))


def elided_entries(nav: QListWidget) -> list[str]:
    """Entries laid out on one line whose text is wider than the room it is drawn in, inside
    the item's padding and the visible viewport (Qt then draws 「…」)."""
    margin = 2 * (nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1)
    line = min(heights(nav))
    found = []
    for row in range(nav.count()):
        option = QStyleOptionViewItem()
        option.initFrom(nav)
        option.rect, option.text = nav.visualItemRect(nav.item(row)), nav.item(row).text()
        option.features |= (QStyleOptionViewItem.ViewItemFeature.HasDisplay
                            | QStyleOptionViewItem.ViewItemFeature.WrapText)
        text_rect = nav.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, nav)
        room = min(text_rect.right() + 1, nav.viewport().width()) - max(text_rect.left(), 0) - margin
        if option.rect.height() == line and nav.fontMetrics().horizontalAdvance(option.text) > room:
            found.append(option.text)
    return found


def heights(nav: QListWidget) -> list[int]:
    return [nav.visualItemRect(nav.item(row)).height() for row in range(nav.count())]


def choose_200_percent(qtbot, main: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """In 求職者情報・設定, with the keyboard."""
    main.select_page(Page.PROFILE)
    combo = main.page(Page.PROFILE).display_box.controls.size_combo
    qtbot.waitUntil(combo.isVisible, timeout=WAIT_MS)
    combo.setFocus()
    for _ in range(3):  # 100 → 125 → 150 → 200 %
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "200%" and QApplication.font().pointSizeF() == pytest.approx(
        2 * display.base_point_size(QApplication.instance()))


def shows_whole(table: QTableView, column: int, text: str) -> bool:
    return table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text)


def test_the_menu_follows_a_size_chosen_while_logged_in(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    open_demo_account(backend)
    with logged_in(qtbot, backend) as (_controller, main):
        main.resize(OFFICE_WIDTH, OFFICE_HEIGHT)
        nav = main.nav
        assert entries_on_one_line(nav)
        choose_200_percent(qtbot, main)
        qtbot.waitUntil(lambda: entries_on_one_line(nav), timeout=WAIT_MS)
        assert nav.width() == main._nav_width_needed() < OFFICE_WIDTH * NAV_SHARE
        assert len(set(heights(nav))) == 1 and nav.horizontalScrollBar().maximum() == 0


def test_the_result_table_follows_a_size_chosen_while_logged_in(qtbot, qloop, backend, ctx, clock) -> None:  # type: ignore[no-untyped-def]
    from mypage_desktop.services.jobs.index_writer import upsert_postings
    from services.job_fixtures import FIXTURES

    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, clock.now)
    open_demo_account(backend)
    with logged_in(qtbot, backend) as (_controller, main):
        page = search_page(main)
        page.search()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
        table = page.table
        number = page.model.index(0, Columns.JOB_NUMBER).data()
        assert shows_whole(table, Columns.JOB_NUMBER, number)
        choose_200_percent(qtbot, main)
        main.select_page(Page.SEARCH)
        row = table.verticalHeader().defaultSectionSize()
        assert row == table.fontMetrics().height() + ROW_PADDING
        assert table.minimumHeight() >= table.horizontalHeader().height() + 3 * row  # three rows stay in sight
        assert shows_whole(table, Columns.JOB_NUMBER, number)  # 「06010-…」 before
        titles = [page.model.headerData(column, Qt.Orientation.Horizontal) for column in Columns]
        assert all(table.columnWidth(column) >= table.horizontalHeader().fontMetrics().horizontalAdvance(title)
                   for column, title in zip(Columns, titles, strict=True))


def test_a_long_menu_wraps_within_its_share_of_the_window(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    language.apply_language("vi")
    display.apply_display(display.DisplayChoice(200))
    open_demo_account(backend)
    with logged_in(qtbot, backend) as (_controller, main):
        assert isinstance(main, MainWindow)
        main.resize(OFFICE_WIDTH, OFFICE_HEIGHT)
        nav = main.nav
        qtbot.waitUntil(lambda: nav.width() == int(main.width() * NAV_SHARE), timeout=WAIT_MS)
        assert main._nav_width_needed() > nav.width()  # on one line it would take more
        assert not entries_on_one_line(nav) and max(heights(nav)) > min(heights(nav))  # the long ones wrap
        assert nav.horizontalScrollBar().maximum() == 0 and elided_entries(nav) == []
        assert main.pages.width() >= OFFICE_WIDTH * 0.6  # the page beside it keeps the room


def test_a_long_menu_wraps_after_a_size_chosen_while_logged_in(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    """Seen on a real X server: 「Thông tin người tìm việc, cài đặt」 at 200 % fitted the menu's
    width but not the room its text is drawn in, and read 「…cài …」."""
    language.apply_language("vi")
    open_demo_account(backend)
    with logged_in(qtbot, backend) as (_controller, main):
        main.resize(OFFICE_WIDTH, OFFICE_HEIGHT)
        nav = main.nav
        choose_200_percent(qtbot, main)
        qtbot.waitUntil(lambda: nav.width() == int(main.width() * NAV_SHARE), timeout=WAIT_MS)
        qtbot.wait(200)  # the list lays its entries out again after a delay
        assert max(heights(nav)) > min(heights(nav)) and elided_entries(nav) == []
        assert main.pages.width() >= OFFICE_WIDTH * 0.6  # the page beside it keeps the room

