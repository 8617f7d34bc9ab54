"""Typing the way a seeker's keyboard does, for the tests and the benchmarks: ASCII as key
presses; anything else (ひらがな, 漢字, full-width digits) the way a Japanese IME delivers it, a
committed input-method string. QTest's key clicks know Latin-1 keys only and abort on others."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_like_a_seeker(widget: QWidget, text: str,
                       key_clicks: Callable[[QWidget, str], object] = QTest.keyClicks) -> None:
    """``key_clicks``: how ASCII is pressed (pytest-qt's ``qtbot.keyClicks`` in tests)."""
    for ascii_run, chars in groupby(text, key=str.isascii):
        run = "".join(chars)
        if ascii_run:
            key_clicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
