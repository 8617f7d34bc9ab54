"""Screen-reader announcements (docs/accessibility.md §wcag, 3.3.1 and 4.1.3): errors are read
out at once (assertive), status texts when the reader is idle (polite).

Every announcement goes through :func:`announce` in this module, so a test can listen to all
of them by replacing one name."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, assertive: bool = True) -> None:
    """Has a screen reader read ``text`` now (an AT-SPI/UIA announcement from ``widget``)."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
