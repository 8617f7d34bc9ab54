"""How big a main window opens, from the screen it opens on (issue #13).

1366×768 is a common office screen (1280×720 on small notebooks): with the taskbar, what is
left is about 1366×728. A fixed 960×640 there showed half of the search conditions and six
result rows; a fixed 1280×820 put the staff console's bottom off the screen. So:

* on a small screen (available area ≤ :data:`SMALL_SCREEN` in either direction) the window
  opens maximised: every pixel of it is used;
* on a larger one it opens at its preferred size, never larger than the available area minus
  the window frame, centred;
* either way its minimum size is lowered to what fits, so the window manager never has to
  push its bottom off the screen; its normal (restored) size fits too.

The window frame is not known before the window is shown; :data:`FRAME` is the title bar and
borders of a Windows 10/11 window at 100 % (the office desktops), which also covers common
Linux desktops.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SMALL_SCREEN = QSize(1440, 900)
FRAME = QMargins(1, 31, 1, 1)  # left, title bar, right, bottom
# ``--render-screens`` at a real screen size (ui/devtools/screen_profiles.py) sets the available area
# of the screen it draws; None: the real screen's.
simulated_area: QRect | None = None


@dataclass(frozen=True)
class Placement:
    """Where a window goes on one screen.

    ``normal``: its client geometry when not maximised; ``maximised_client``: the client size
    it has when maximised (the available area minus the title bar)."""

    maximised: bool
    normal: QRect
    minimum: QSize
    maximised_client: QSize


def available_area(window: QWidget | None = None) -> QRect:
    """The available geometry (without taskbars) of the window's screen, or the primary one."""
    if simulated_area is not None:
        return QRect(simulated_area)
    screen = window.screen() if window is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def placement(available: QRect, preferred: QSize, minimum: QSize) -> Placement:
    """The rule of the module doc for a window on a screen whose available area is ``available``."""
    room = QSize(available.width() - FRAME.left() - FRAME.right(),
                 available.height() - FRAME.top() - FRAME.bottom())
    fitting_minimum = minimum.boundedTo(room)
    size = preferred.boundedTo(room).expandedTo(fitting_minimum)
    outer = QSize(size.width() + FRAME.left() + FRAME.right(), size.height() + FRAME.top() + FRAME.bottom())
    top_left = available.topLeft() + QPoint((available.width() - outer.width()) // 2,
                                            (available.height() - outer.height()) // 2)
    normal = QRect(top_left + QPoint(FRAME.left(), FRAME.top()), size)
    small = available.width() <= SMALL_SCREEN.width() or available.height() <= SMALL_SCREEN.height()
    maximised_client = QSize(available.width(), available.height() - FRAME.top())
    return Placement(small, normal, fitting_minimum, maximised_client)


def keep_on_screen(window: QWidget, available: QRect | None = None) -> None:
    """For a window that is not maximised (the login windows): its size and minimum size
    shrink to the available area minus the frame where they are larger, so its bottom is
    never off the screen. Full-screen and maximised windows are left to the platform."""
    states = Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized
    if window.windowState() & states:
        return
    chosen = placement(available if available is not None else available_area(window), window.size(),
                       window.minimumSize())
    if chosen.minimum != window.minimumSize():
        window.setMinimumSize(chosen.minimum)
    if chosen.normal.size() != window.size():
        window.resize(chosen.normal.size())


def fit_to_screen(window: QWidget, preferred: QSize, available: QRect | None = None) -> Placement:
    """Applies :func:`placement` to a window not shown yet (its screen's area by default).
    ``show()`` then opens it maximised where the rule says so (the state is kept)."""
    chosen = placement(available if available is not None else available_area(window), preferred,
                       window.minimumSize())
    window.setMinimumSize(chosen.minimum)
    window.setGeometry(chosen.normal)
    if chosen.maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return chosen


def fit_dialog(dialog: QWidget, available: QRect | None = None) -> None:
    """A dialog at its preferred size (its texts on as few lines as there is room for) within
    the available area minus the frame, and no smaller than its layout needs where that fits
    (large text, issue 15): Qt's own first size is at most two thirds of the screen, which
    squeezes a dialog's texts and buttons at 文字の大きさ 200 %."""
    chosen = placement(available if available is not None else available_area(dialog), dialog.sizeHint(),
                       dialog.minimumSizeHint())
    dialog.setMinimumSize(chosen.minimum)
    dialog.resize(chosen.normal.size())
