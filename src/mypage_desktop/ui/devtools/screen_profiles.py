"""``--render-screens`` at the sizes windows really get on office screens (issue #13).

The default set is rendered at roomy fixed sizes, which flatters the layout. For each
:data:`REAL_PROFILES` screen (1366×768, 1280×720, each with a 40-pixel taskbar) every window
gets the size the application gives it there (:mod:`mypage_desktop.ui.widgets.screen_fit` on that screen's
available area; the others their own default size) and each PNG is the whole screen: desktop,
title bar, window, taskbar drawn last. A window's part below the taskbar or the screen's
edge is cut off in the picture just as it is for the user.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

from mypage_desktop.ui.widgets import screen_fit

TASKBAR_HEIGHT = 40  # Windows 10 at 100 %
DESKTOP = QColor("#2d5f8b")
TASKBAR = QColor("#202020")
TITLE_BAR = QColor("#e8e8e8")


@dataclass(frozen=True)
class ScreenProfile:
    name: str
    screen: QSize

    @property
    def available(self) -> QRect:
        return QRect(0, 0, self.screen.width(), self.screen.height() - TASKBAR_HEIGHT)


REAL_PROFILES = (ScreenProfile("1366x768", QSize(1366, 768)), ScreenProfile("1280x720", QSize(1280, 720)))

# Called with (window, path) for every screen state ``--render-screens`` draws, just before it is
# saved: the accessibility test (tests/ui/test_a11y_screens.py) audits each state through it.
RENDER_HOOKS: list[Callable[[QWidget, Path], None]] = []


def rendered(widget: QWidget, path: Path) -> None:
    for hook in list(RENDER_HOOKS):
        hook(widget.window(), path)


@contextmanager
def simulated_screen(profile: ScreenProfile) -> Iterator[None]:
    """While active, windows size themselves for ``profile``'s screen."""
    previous = screen_fit.simulated_area
    screen_fit.simulated_area = profile.available
    try:
        yield
    finally:
        screen_fit.simulated_area = previous


class ScreenShooter:
    """``await shooter.save(widget, path)``: the whole simulated screen with ``widget`` on it."""

    def __init__(self, profile: ScreenProfile) -> None:
        self.profile = profile
        self._maximised: set[int] = set()

    def place(self, window: QWidget) -> None:
        """A window that chose to open maximised (here: on the simulated screen) gets the
        client size it would have; the offscreen platform would maximise it to its own."""
        if window.windowState() & Qt.WindowState.WindowMaximized:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
            chosen = screen_fit.placement(self.profile.available, window.size(), window.minimumSize())
            window.resize(chosen.maximised_client)
            self._maximised.add(id(window))

    async def save(self, widget: QWidget, path: Path) -> Path:
        window = widget.window()
        self.place(window)
        window.show()
        await asyncio.sleep(0.05)  # let the loop lay out and paint
        rendered(widget, path)
        image = QImage(self.profile.screen, QImage.Format.Format_RGB32)
        image.fill(DESKTOP)
        painter = QPainter(image)
        try:
            parent = window.parentWidget()
            if parent is not None and parent.isVisible():  # a dialog: its window behind it
                self._draw_window(painter, parent.window())
            self._draw_window(painter, window)
            painter.fillRect(QRect(0, self.profile.available.bottom() + 1, self.profile.screen.width(),
                                   TASKBAR_HEIGHT), TASKBAR)
        finally:
            painter.end()
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        return path

    def _draw_window(self, painter: QPainter, window: QWidget) -> None:
        title_height = screen_fit.FRAME.top()
        size = window.size()
        if id(window) in self._maximised:
            client = QPoint(0, title_height)
        else:  # centred in the available area, title bar kept on the screen
            available = self.profile.available
            outer = QSize(size.width(), size.height() + title_height)
            client = QPoint(max(0, (available.width() - outer.width()) // 2),
                            max(0, (available.height() - outer.height()) // 2) + title_height)
        title = QRect(client.x(), client.y() - title_height, size.width(), title_height)
        painter.fillRect(title, TITLE_BAR)
        font = QFont(painter.font())
        font.setPixelSize(13)
        painter.setFont(font)
        painter.setPen(QColor("#000000"))
        painter.drawText(title.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter, window.windowTitle())
        painter.drawImage(client, window.grab().toImage())
