"""Large text (issue 15) on every screen: each seeker screen state ``--render-screens`` draws on
the 1366×768 office screen (``screen_profiles.REAL_PROFILES[0]``, windows at the size they get
there) is rendered at 文字の大きさ 200 % and audited with ``ui/devtools/fit_audit.py`` through a
``screen_profiles.RENDER_HOOKS`` hook: a label or button whose text does not fit it, a control
cut off by its window or an ancestor, overlapping controls, a target under 24×24 pixels.
Once in Japanese and once in English (translated texts are longer); docs/accessibility.md."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import WAIT_MS, gui_thread_gc  # noqa: F401 (autouse fixture)
from PySide6.QtWidgets import QApplication, QWidget

from mypage_desktop.domain.languages import SOURCE
from mypage_desktop.ui.devtools import screen_profiles
from mypage_desktop.ui.devtools.fit_audit import FitAudit, audit_fit
from mypage_desktop.ui.devtools.screens import render_on_screen_async
from mypage_desktop.ui.widgets import display, language
from mypage_desktop.ui.widgets.fonts import ensure_japanese_font

OFFICE_SCREEN = screen_profiles.REAL_PROFILES[0]  # 1366×768, 40-pixel taskbar


@pytest.fixture(params=[SOURCE, "en"])
def large_text(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    font = qapp.font()
    ensure_japanese_font(qapp)  # the application's font, as make_application sets it: Latin text too
    language.apply_language(request.param)
    display.apply_display(display.DisplayChoice(200), qapp)
    try:
        yield request.param
    finally:
        language.apply_language(SOURCE)
        display.apply_display(display.DisplayChoice(), qapp)
        qapp.setStyleSheet("")
        qapp.setFont(font)


@pytest.mark.slow
def test_every_screen_state_fits_at_200_percent(qtbot, qloop, tmp_path, large_text) -> None:  # type: ignore[no-untyped-def]
    audits: list[FitAudit] = []
    titles: list[str] = []

    def hook(window: QWidget, path: Path) -> None:
        audits.append(audit_fit(window, f"{large_text}/{path.stem}"))
        titles.append(window.windowTitle())

    screen_profiles.RENDER_HOOKS.append(hook)
    try:
        task = asyncio.ensure_future(render_on_screen_async(tmp_path / "shots", OFFICE_SCREEN))
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
    if large_text != SOURCE:  # the translation is in force (scripts/i18n.py release compiled it)
        assert titles[0].isascii(), titles  # the login window's title
    assert all(audit.checked for audit in audits), summary
    assert not findings, summary + "\n" + "\n".join(findings)
