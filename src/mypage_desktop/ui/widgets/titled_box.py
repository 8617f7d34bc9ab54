"""A group box whose title wraps (WCAG 1.4.10 reflow, docs/accessibility.md).

``QGroupBox`` draws its title on one line and will not be narrower than it: a long translation
at 200 % made whole pages scroll sideways. Here the native title stays empty; the title is a
word-wrapped bold label at the top of the frame, the contents start under it, and the box keeps
the title as its accessible name, so a screen reader still names the group."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGroupBox, QLabel, QWidget

PAD = 8  # between the frame and the title


class TitledBox(QGroupBox):
    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("boxTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self._frame_top = self.contentsMargins().top()  # what QGroupBox itself reserves
        self._top = self._frame_top
        self.setTitle(title)

    def title(self) -> str:
        return self.heading.text()

    def setTitle(self, title: str) -> None:  # noqa: N802 (Qt's name)
        self.heading.setText(title)
        self.heading.setVisible(bool(title))
        self.setAccessibleName(title)
        self._place_heading(self.width())

    def _heading_height(self, width: int) -> int:
        if not self.heading.text():
            return 0
        return self.heading.heightForWidth(max(width - 2 * PAD, 1))

    def _place_heading(self, width: int) -> None:
        height = self._heading_height(width)
        self.heading.setGeometry(PAD, self._frame_top + PAD, max(width - 2 * PAD, 1), height)
        top = self._frame_top + (PAD + height if height else 0)
        if top != self._top or self.contentsMargins().top() != top:
            self._top = top
            margins = self.contentsMargins()
            self.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.heading.minimumSizeHint().width() + 2 * PAD), hint.height())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        base = super().heightForWidth(width)
        if base < 0:
            return base
        return base - self._top + self._frame_top + (PAD + self._heading_height(width) if self.heading.text() else 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # QGroupBox has just set its own margins again: take its top, then add the title's.
            self._frame_top = self.contentsMargins().top()
            self._top = -1
            self._place_heading(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._place_heading(event.size().width())
        super().resizeEvent(event)
