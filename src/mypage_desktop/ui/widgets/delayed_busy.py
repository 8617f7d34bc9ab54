"""A busy bar with its text that shows only for work still running after a short delay
(docs/search.md §busy-delay): fast work brings its result with no bar flashing up and away
first, and without the paint and the animation running beside it."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from mypage_desktop.ui.widgets import announcement, style

__all__ = ["BUSY_DELAY_MS", "DelayedBusy"]

# Under the point where people start wondering whether a click was taken.
BUSY_DELAY_MS = 200


class DelayedBusy(QObject):
    """``bar`` and ``label`` for the caller's layout; :meth:`set_text` drives both.

    What a screen reader hears (WCAG 4.1.3, politely): the first text when the bar appears, and
    each later text that is still shown BUSY_DELAY_MS after it replaced the one before, by the
    same rule as the bar's: a step that passes in a moment is not news."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(parent)
        self.bar.setRange(0, 0)
        self.bar.setFixedWidth(110)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.label: QLabel = style.plain_label("", parent, wrap=False)
        self._text = ""
        self._said = ""
        self.timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self.timer.timeout.connect(self._show)
        self.step_timer = QTimer(self, singleShot=True, interval=BUSY_DELAY_MS)
        self.step_timer.timeout.connect(self._say_step)

    def set_text(self, text: str) -> None:
        """Shows ``text`` with the bar, at once when the bar is already up, else once the work
        has lasted BUSY_DELAY_MS; ``""`` takes both away."""
        self._text = text
        if not text:
            self.timer.stop()
            self.step_timer.stop()
            self._said = ""
            self.label.clear()
            self.bar.hide()
        elif self.bar.isVisible():
            self.label.setText(text)
            if text != self._said:
                self.step_timer.start()
        elif not self.timer.isActive():
            self.timer.start()

    @Slot()
    def _show(self) -> None:
        """The bar appears, and is said once, so a screen-reader user knows slow work is under
        way."""
        if self._text:
            self.label.setText(self._text)
            self.bar.show()
            self._say(self._text)

    @Slot()
    def _say_step(self) -> None:
        if self._text and self._text != self._said and self.bar.isVisible():
            self._say(self._text)

    def _say(self, text: str) -> None:
        self._said = text
        announcement.announce(self.label, text, assertive=False)
