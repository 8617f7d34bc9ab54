"""Keyboard and screen-reader audit of every screen state ``--render-screens`` draws
(docs/accessibility.md): the render machinery calls a hook per state
(``screen_profiles.RENDER_HOOKS``), which walks the window's focus chain and accessibility tree
(``ui/devtools/a11y_audit.py``). Fails on a focusable control without an accessible name or
role and on a Tab step against the reading order. ``MYPAGE_A11Y_REPORT=FILE`` writes the counts
and every finding to FILE."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from helpers import WAIT_MS
from PySide6.QtWidgets import QWidget

from mypage_desktop.ui.devtools import screen_profiles
from mypage_desktop.ui.devtools.a11y_audit import Audit, audit_window
from mypage_desktop.ui.devtools.screens import render_all_screens_async


@pytest.mark.slow
def test_every_rendered_screen_is_named_and_tabs_in_reading_order(qtbot, qloop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    audits: list[Audit] = []

    def hook(window: QWidget, path: Path) -> None:
        audits.append(audit_window(window, path.stem))

    screen_profiles.RENDER_HOOKS.append(hook)
    try:
        task = asyncio.ensure_future(render_all_screens_async(tmp_path / "shots", profiles=()))
        qtbot.waitUntil(task.done, timeout=WAIT_MS * 12)
        task.result()
    finally:
        screen_profiles.RENDER_HOOKS.remove(hook)
    problems = [line for audit in audits for line in audit.problems()]
    summary = (f"{len(audits)} screen states, {sum(len(a.controls) for a in audits)} focusable controls, "
               f"{sum(len(a.unnamed) for a in audits)} unnamed, "
               f"{sum(len(a.order_violations) for a in audits)} Tab steps against the reading order, "
               f"{sum(len(a.tab_traps) for a in audits)} Tab traps")
    if report := os.environ.get("MYPAGE_A11Y_REPORT"):
        Path(report).write_text(summary + "\n" + "\n".join(problems) + "\n", encoding="utf-8")
    assert len(audits) >= 30, summary
    assert all(audit.controls for audit in audits), summary
    assert not problems, summary + "\n" + "\n".join(problems)
