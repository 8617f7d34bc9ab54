"""Large text (issue 15) on every screen: each seeker screen state ``--render-screens`` draws on
an office screen (``screen_profiles.REAL_PROFILES``, windows at the size they get there; the
opening wizard walked through every step) is rendered at a 文字の大きさ and audited with
``ui/devtools/fit_audit.py`` through a ``screen_profiles.RENDER_HOOKS`` hook: a label or button
whose text does not fit it, a control cut off by its window or an ancestor (a page scrolling
sideways), overlapping controls, a target under 24×24 pixels. Every shipped language at 200 % on
1366×768 and on 1280×720 (translations are longer, and break lines differently), and at 125 and
150 % on 1366×768 (a layout that stacks its columns at 200 % may be at its tightest in between)
(docs/accessibility.md)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import WAIT_MS
from PySide6.QtWidgets import QApplication, QWidget

from mypage_desktop.domain.languages import SHIPPED, SOURCE
from mypage_desktop.ui.devtools import screen_profiles
from mypage_desktop.ui.devtools.fit_audit import FitAudit, audit_fit
from mypage_desktop.ui.devtools.screens import render_on_screen_async
from mypage_desktop.ui.widgets import display, language
from mypage_desktop.ui.widgets.fonts import ensure_japanese_font
from mypage_desktop.ui.widgets.i18n import t

LOGIN_TITLE = "求職者マイページ ログイン"
OFFICE, SMALL = screen_profiles.REAL_PROFILES  # 1366×768 and 1280×720, 40-pixel taskbars
CASES = ([(code, 200, OFFICE) for code in sorted(SHIPPED)] + [(code, 200, SMALL) for code in sorted(SHIPPED)]
         + [(code, size, OFFICE) for size in (125, 150) for code in sorted(SHIPPED)])


@dataclass(frozen=True)
class Case:
    language: str
    size: int
    screen: screen_profiles.ScreenProfile

    def __str__(self) -> str:
        return f"{self.language}-{self.size}-{self.screen.name}"


@pytest.fixture(params=[Case(*case) for case in CASES], ids=str)
def large_text(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[Case]:
    case: Case = request.param
    font = qapp.font()
    ensure_japanese_font(qapp)  # the application's font, as make_application sets it: Latin text too
    language.apply_language(case.language)
    display.apply_display(display.DisplayChoice(case.size), qapp)
    try:
        yield case
    finally:
        language.apply_language(SOURCE)
        display.apply_display(display.DisplayChoice(), qapp)
        qapp.setStyleSheet("")
        qapp.setFont(font)


@pytest.mark.slow
def test_every_screen_state_fits(qtbot, qloop, tmp_path, large_text: Case) -> None:  # type: ignore[no-untyped-def]
    audits: list[FitAudit] = []
    titles: list[str] = []
    states: list[str] = []

    def hook(window: QWidget, path: Path) -> None:
        audits.append(audit_fit(window, f"{large_text}/{path.stem}"))
        titles.append(window.windowTitle())
        states.append(path.stem)

    screen_profiles.RENDER_HOOKS.append(hook)
    try:
        task = asyncio.ensure_future(render_on_screen_async(tmp_path / "shots", large_text.screen))
        qtbot.waitUntil(task.done, timeout=WAIT_MS * 12)
        task.result()
    finally:
        screen_profiles.RENDER_HOOKS.remove(hook)
    findings = [line for audit in audits for line in audit.findings]
    summary = (f"{large_text}: {len(audits)} screen states, {sum(a.checked for a in audits)} controls, "
               f"{len(findings)} findings in {sum(1 for a in audits if a.findings)} states")
    if report := os.environ.get("MYPAGE_FIT_REPORT"):
        Path(f"{report}.{large_text}").write_text(summary + "\n" + "\n".join(findings) + "\n", encoding="utf-8")
    assert len(audits) >= 30, summary
    # the translation is in force (scripts/i18n.py release compiled it): the login window's title
    login_title = titles[states.index("00_login")]
    assert login_title == t(LOGIN_TITLE), titles
    if large_text.language not in (SOURCE, "ja_easy"):
        assert login_title != LOGIN_TITLE, titles
    assert all(audit.checked for audit in audits), summary
    # the opening wizard's every step, its error states included, at the size it gets there
    assert {"01_consent", "03_email_errors", "06_password_errors", "07_key_rejected", "09_done"} <= set(states), states
    assert not findings, summary + "\n" + "\n".join(findings)
