"""Large text (issue 15): at 文字の大きさ 200 % on a 1366×768 office screen (40-pixel taskbar),
every label's and button's text fits its control, nothing is cut off by the window or
overlaps, and every target is at least 24×24 pixels (``ui/devtools/fit_audit.py``). Checked
at 100 % too, and in both themes' stylesheets (frames change the sizes)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import DEMO_EMAIL, GOOD_PASSWORD, open_demo_account
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from test_job_support import search_words
from test_wizard_support import agree, close_quietly, make_wizard

from mypage_desktop.ui.devtools.fit_audit import audit_fit
from mypage_desktop.ui.devtools.screen_profiles import REAL_PROFILES, ScreenShooter, simulated_screen
from mypage_desktop.ui.login.seeker_window import LoginWindow
from mypage_desktop.ui.session.owner import SessionOwner
from mypage_desktop.ui.session.reasons import REASON_QUIT
from mypage_desktop.ui.shell.main_window import MainWindow
from mypage_desktop.ui.widgets import display, screen_fit

OFFICE_SCREEN = REAL_PROFILES[0]  # 1366×768


@pytest.fixture(params=[(200, "standard"), (200, "high_contrast"), (100, "standard")],
                ids=["200", "200-high-contrast", "100"])
def chosen(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[display.DisplayChoice]:
    choice = display.DisplayChoice(*request.param)
    display.apply_display(choice, qapp)
    try:
        with simulated_screen(OFFICE_SCREEN):
            yield choice
    finally:
        display.apply_display(display.DisplayChoice(), qapp)
        qapp.setStyleSheet("")


def shown(qtbot, window: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    screen_fit.keep_on_screen(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    return window


def test_login_window_fits(qtbot, facade, chosen) -> None:  # type: ignore[no-untyped-def]
    window = LoginWindow(facade.app_info(), facade)
    qtbot.addWidget(window)
    audit = audit_fit(shown(qtbot, window), "login")
    assert audit.checked > 10
    assert audit.findings == [], "\n".join(audit.findings)


def test_wizard_email_step_fits(qtbot, facade, chosen) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, facade)
    try:
        agree(qtbot, wizard)
        audit = audit_fit(shown(qtbot, wizard), "wizard step 2")
        assert audit.checked > 5
        assert audit.findings == [], "\n".join(audit.findings)
    finally:
        close_quietly(wizard)


def test_search_page_fits(qtbot, qloop, backend, ctx, clock, chosen) -> None:  # type: ignore[no-untyped-def]
    """The main window maximised on the office screen (as it opens there), a search run."""
    from mypage_desktop.services.jobs.index_writer import upsert_postings
    from services.job_fixtures import FIXTURES

    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, clock.now)
    open_demo_account(backend)
    result = backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD)
    owner = SessionOwner(backend.facade)
    owner.begin(result.token, result.profile)
    window = MainWindow(owner, backend.facade, backend.facade.app_info())
    qtbot.addWidget(window)
    try:
        ScreenShooter(OFFICE_SCREEN).place(window)
        window.show()
        qtbot.waitExposed(window)
        page = search_words(qtbot, window, "介護")
        qtbot.wait(20)
        audit = audit_fit(window, "search page")
        table: QAbstractItemView = page.table
        first_row = table.visualRect(table.model().index(0, 0))
        assert first_row.isValid() and table.viewport().rect().contains(first_row), "no result row is fully visible"
        assert table.viewport().height() >= 3 * first_row.height(), "fewer than three result rows in sight"
        nav = window.nav  # the side menu: an item view, each entry's text in full
        cut = [nav.item(i).text() for i in range(nav.count())
               if nav.fontMetrics().horizontalAdvance(nav.item(i).text()) + 16 > nav.viewport().width()]
        assert cut == [], f"menu entries cut: {cut}"
        assert audit.checked > 20
        assert audit.findings == [], "\n".join(audit.findings)
    finally:
        owner.end_session(REASON_QUIT, blocking=True)
