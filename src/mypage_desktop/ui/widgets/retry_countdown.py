"""The wait before a login may be tried again (docs/security.md L1), counted down once a second.

Shared by the seekers' login window and the staff sign-in: each shows the seconds left in
its own words and keeps ログイン disabled while :attr:`RetryCountdown.waiting`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot


class RetryCountdown(QObject):
    """Seconds left (:attr:`left`), one off per tick until none are left.

    Signals:
        ticked(): a second went by (``left`` is one less); the owner re-renders its message.
    """

    ticked = Signal()

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def waiting(self) -> bool:
        return self.left > 0

    def start(self, seconds: float) -> None:
        """The server's wait; none (0) leaves the timer alone."""
        self.left = max(0, int(seconds))
        if self.left > 0:
            self._timer.start()

    def stop(self) -> None:
        """No more ticks; the seconds left stay as they are."""
        self._timer.stop()

    def clear(self) -> None:
        """No wait at all (an empty form)."""
        self._timer.stop()
        self.left = 0

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.left = max(0, self.left - 1)
        if self.left == 0:
            self._timer.stop()
        self.ticked.emit()
