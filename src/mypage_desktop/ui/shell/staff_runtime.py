"""Start-up of ``mypage-desktop --staff``: the seekers' :class:`GuiRuntime` (sign-in window on
Qt's loop first, asyncio + qasync imported off the GUI thread, the orderly way out) driving
the :class:`StaffController` instead of the seekers' controller."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from mypage_desktop.config import Settings
from mypage_desktop.facade.backend import Backend
from mypage_desktop.ui.shell.crash import CrashHandler
from mypage_desktop.ui.shell.runtime import GuiRuntime, app_info_from
from mypage_desktop.ui.shell.staff_controller import StaffController


def run_staff_gui(app: QApplication, settings: Settings, open_backend: Callable[[], Backend],
                  crash: CrashHandler, ready_probe: Callable[[], float] | None = None) -> int:
    """Shows the staff sign-in, then runs until the user closes the last window. GuiRuntime
    only uses its controller's start-up, quit and crash hooks, which :class:`StaffController`
    provides under the same names."""
    controller = StaffController(app_info_from(settings), open_backend)
    return GuiRuntime(app, settings, open_backend, crash, ready_probe,
                      controller=controller).run()  # type: ignore[arg-type]
