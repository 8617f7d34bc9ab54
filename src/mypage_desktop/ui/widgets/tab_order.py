"""Tab in reading order (docs/accessibility.md) where widgets are made in another order than
they are shown: the controls a composite holds, and one chain through several widgets."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_stops(widget: QWidget) -> list[QWidget]:
    """The controls inside ``widget`` that Tab stops on, in the order they were made."""
    return [w for w in widget.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def chain_tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab goes from each widget to the next one given."""
    previous: QWidget | None = None
    for widget in widgets:
        if previous is not None:
            QWidget.setTabOrder(previous, widget)
        previous = widget
