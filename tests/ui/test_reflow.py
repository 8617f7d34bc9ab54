"""Large text (issue 15): at 文字の大きさ 200 % on a 1366×768 office screen (40-pixel taskbar),
every label's and button's text fits its control, nothing is cut off by the window or
overlaps, and every target is at least 24×24 pixels (``ui/devtools/fit_audit.py``). Checked
at 100 % too, and in both themes' stylesheets (frames change the sizes)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import gui_thread_gc  # noqa: F401 (autouse fixture)
from PySide6.QtWidgets import QApplication, QWidget
from test_wizard_support import agree, close_quietly, make_wizard

from mypage_desktop.ui.devtools.fit_audit import audit_fit
from mypage_desktop.ui.devtools.screen_profiles import REAL_PROFILES, simulated_screen
from mypage_desktop.ui.login.seeker_window import LoginWindow
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
