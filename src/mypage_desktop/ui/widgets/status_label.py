"""A status text that a screen reader hears without the focus moving to it (WCAG 4.1.3,
docs/accessibility.md §wcag): 「保存しました」, 「12件」, 「送信しました」 ….

It is announced politely when its text changes while it is shown, and when it is shown again
(``show()`` after ``hide()``) with a text. A text set while its page is not the one in front,
or its window is closed, is not announced: nobody is looking at it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mypage_desktop.ui.widgets import announcement


class StatusLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        super().setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        changed = text != self.text()
        super().setText(text)
        if changed:
            self._say()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt's name)
        appearing = visible and self.isHidden()
        super().setVisible(visible)
        if appearing:
            self._say()

    def show_status(self, text: str) -> None:
        """Shows ``text`` and announces it, also when it reads like the last one (a second
        「保存しました」 is news too); an empty text hides the line."""
        if not text:
            self.hide()
            super().setText("")
        elif self.isHidden():
            super().setText(text)
            self.show()
        else:
            super().setText(text)
            self._say()

    def _say(self) -> None:
        if self.text() and self.isVisible():
            announcement.announce(self, self.text(), assertive=False)

