"""A splitter pane that keeps the height its wrapped rows need (large text, issue 15)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class WrappingPane(QWidget):
    """``QSplitter`` sizes its panes by ``minimumSizeHint`` and never asks a pane's layout
    for its height at the pane's width. A flow row that went onto a second line (long
    translations at 200 %) then gets one line's height, and the widget under it is drawn over
    it. This pane's minimum height is its layout's minimum at the width it has now."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth() or self.width() <= 0:
            return hint
        return QSize(hint.width(), max(hint.height(), layout.totalMinimumHeightForWidth(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the splitter asks for the minimum again
