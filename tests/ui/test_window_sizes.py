"""Window sizes on office screens (issue #13). 1366×768 is a common office screen, 1280×720 a
small notebook's; with a 40-pixel taskbar the windows have 1366×728 and 1280×680.

The main window opened at 960×640 there (half the search conditions in a scroll area, six
result rows, メッセージ's やりとり and 応募日 cut off), the staff console at 1280×820 and the
login window at 800×720, both with their bottom off the screen. The screens are simulated
(``screen_profiles.simulated_screen``): the offscreen test screen has one fixed size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import (
    WAIT_MS,
    log_in,
    open_demo_account,
    start_controller,
    stop_controller,
    type_text,
)
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QScrollArea, QStyle, QWidget
from test_staff_support import console_for, make_staff

from mypage_desktop.ui.devtools.screen_profiles import (
    REAL_PROFILES,
    ScreenProfile,
    ScreenShooter,
    simulated_screen,
)
from mypage_desktop.ui.login.seeker_window import LoginWindow
from mypage_desktop.ui.messages.thread_model import Columns as ThreadColumns
from mypage_desktop.ui.shell.controller import AppController
from mypage_desktop.ui.shell.main_window import MINIMUM_SIZE, PREFERRED_SIZE, MainWindow, Page
from mypage_desktop.ui.widgets.screen_fit import FRAME, placement

PROFILES = pytest.mark.parametrize("profile", REAL_PROFILES, ids=[p.name for p in REAL_PROFILES])
LARGE = ScreenProfile("1920x1080", QSize(1920, 1080))


def maximised(window: QWidget) -> bool:
    return bool(window.windowState() & Qt.WindowState.WindowMaximized)


def fits(size: QSize, profile: ScreenProfile) -> bool:
    """A window of this client size, with its frame, fits in the available area."""
    available = profile.available
    return (size.width() + FRAME.left() + FRAME.right() <= available.width()
            and size.height() + FRAME.top() + FRAME.bottom() <= available.height())


@pytest.fixture
def logged_in(request, qtbot, qloop, backend) -> Iterator[tuple[AppController, ScreenProfile]]:  # type: ignore[no-untyped-def]
    """The demo seeker logged in through the login window, on ``request.param``'s screen."""
    profile: ScreenProfile = request.param
    open_demo_account(backend)
    with simulated_screen(profile):
        controller = start_controller(qtbot, backend)
        # Session modules preloaded first: a login finishing while PySide's enums are created on
        # the worker thread can crash the interpreter (a race in the controller).
        qtbot.waitUntil(lambda: controller._ready is not None and controller._ready.is_set(), timeout=WAIT_MS)
        try:
            log_in(qtbot, controller.login_window)
            qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                            timeout=WAIT_MS)
            yield controller, profile
        finally:
            stop_controller(controller)


ON_OFFICE_SCREENS = pytest.mark.parametrize("logged_in", REAL_PROFILES, ids=[p.name for p in REAL_PROFILES],
                                            indirect=True)


@ON_OFFICE_SCREENS
def test_the_main_window_opens_maximised_on_an_office_screen(logged_in) -> None:  # type: ignore[no-untyped-def]
    controller, profile = logged_in
    main = controller.main_window
    assert maximised(main)
    assert fits(main.minimumSize(), profile) and fits(main.normalGeometry().size(), profile)


def test_on_a_large_screen_the_main_window_opens_at_a_size_that_fits(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    chosen = placement(LARGE.available, PREFERRED_SIZE, MINIMUM_SIZE)
    assert not chosen.maximised and chosen.normal.size() == PREFERRED_SIZE
    outer = chosen.normal.marginsAdded(FRAME)
    assert LARGE.available.contains(outer)
    # A screen just above the limit in one direction only is still small.
    assert placement(QRect(0, 0, 1920, 860), PREFERRED_SIZE, MINIMUM_SIZE).maximised
    assert placement(QRect(0, 0, 1400, 1040), PREFERRED_SIZE, MINIMUM_SIZE).maximised


@ON_OFFICE_SCREENS
def test_every_page_is_usable_at_the_real_size(qtbot, logged_in) -> None:  # type: ignore[no-untyped-def]
    controller, profile = logged_in
    main: MainWindow = controller.main_window
    ScreenShooter(profile).place(main)  # the size it has, maximised, on that screen
    qtbot.waitUntil(lambda: main.size() == placement(profile.available, main.size(),
                                                     main.minimumSize()).maximised_client, timeout=WAIT_MS)

    main.select_page(Page.SEARCH)
    page = main.jobs.search
    type_text(qtbot, page.form.free_words, "介護")
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(page.form.free_words, Qt.Key.Key_Return)
    qtbot.wait(50)
    form_scroll = next(area for area in page.findChildren(QScrollArea) if area.widget() is page.form)
    assert not page.form.stacked
    assert form_scroll.verticalScrollBar().maximum() == 0  # every condition in sight
    assert page.form.search_button.isVisible()
    assert visible_rows(page.table) >= 6

    main.select_page(Page.MESSAGES)
    messages = main.page(Page.MESSAGES)
    qtbot.waitUntil(lambda: not messages.busy, timeout=WAIT_MS)
    qtbot.wait(50)
    header = messages.table.horizontalHeader()
    for column in (ThreadColumns.MESSAGING, ThreadColumns.APPLIED):
        label = messages.table.model().headerData(column, Qt.Orientation.Horizontal)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= header.viewport().width(), f"{label} is cut off"
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        assert header.fontMetrics().horizontalAdvance(label) + 2 * margin <= header.sectionSize(column), label


def visible_rows(table: QAbstractItemView) -> int:
    return table.viewport().height() // table.verticalHeader().defaultSectionSize()


@PROFILES
def test_the_login_window_fits_on_an_office_screen(qtbot, profile: ScreenProfile) -> None:  # type: ignore[no-untyped-def]
    from mypage_desktop.domain.account_dto import AppInfo

    with simulated_screen(profile):
        window = LoginWindow(AppInfo("ハローワークやまがた", "0570-077450", "system@example.jp", 30, False, False))
        qtbot.addWidget(window)
        window.show()
        assert fits(window.size(), profile) and fits(window.minimumSize(), profile)


@PROFILES
def test_the_staff_console_fits_on_an_office_screen(qtbot, qloop, backend, ctx,  # type: ignore[no-untyped-def]
                                                    profile: ScreenProfile) -> None:
    make_staff(ctx)
    with simulated_screen(profile):
        session = console_for(qtbot, backend)
        counter = next(session)
        try:
            console = counter.console
            assert maximised(console)
            assert fits(console.minimumSize(), profile) and fits(console.normalGeometry().size(), profile)
        finally:
            session.close()
