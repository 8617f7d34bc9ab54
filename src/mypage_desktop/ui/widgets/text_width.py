"""Widths taken from the text a box must hold, in the font in use, and taken again when the
font changes: 文字の大きさ chosen while the window is open (docs/accessibility.md §contrast, "Reflow").
A width computed once at creation would cut 「0000」 after a change to 200 %."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

__all__ = ["width_for_text"]

_REFIT_EVENTS = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


def width_for_text(widget: QWidget, sample: str, padding: int, *, minimum: int = 0, fixed: bool = True) -> None:
    """Sets ``widget``'s width (``fixed``) or minimum width to ``sample``'s advance in its
    font plus ``padding``, at least ``minimum`` pixels, now and after every font change."""

    def fit() -> None:
        width = max(minimum, widget.fontMetrics().horizontalAdvance(sample) + padding)
        if fixed:
            widget.setFixedWidth(width)
        else:
            widget.setMinimumWidth(width)

    fit()
    _Refit(widget, fit)


class _Refit(QObject):
    """Owned by the widget it watches, so it lives exactly as long."""

    def __init__(self, widget: QWidget, fit: Callable[[], None]) -> None:
        super().__init__(widget)
        self._fit = fit
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _REFIT_EVENTS:
            self._fit()
        return False
