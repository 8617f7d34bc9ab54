"""What the seekers' :class:`~mypage_desktop.ui.shell.controller.AppController` and the staff
console's :class:`~mypage_desktop.ui.shell.staff_controller.StaffController` share: start-up, the
session end, the crash screen and the way out.

Start-up (ui/shell/runtime.py) shows the login window with :meth:`AppControllerBase.show_login`
while only Qt's event loop runs; :meth:`AppControllerBase.start_async` follows once the
asyncio (qasync) loop runs and opens the backend off the GUI thread. Nothing here imports
asyncio before that. Session ends all come through the session owner (docs/security.md S3); the
controller only reacts to ``session_ended`` by disposing of the session's windows and
showing an empty login window (K6, S5).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from mypage_desktop.config import ConfigError
from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.domain.errors import ServiceUnavailable
from mypage_desktop.ui.login.base import LoginWindowBase
from mypage_desktop.ui.session.tasks import LazyTaskSet
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    import asyncio

    from mypage_desktop.facade.backend import Backend
    from mypage_desktop.ui.session.owner import SessionOwner

BACKEND_CLOSE_TIMEOUT = 5.0
BACKEND_OPEN_WAIT = 30.0  # quitting while the backend opens (PostgreSQL connect timeouts included)


def raise_window(window: QWidget) -> None:
    """Brings a window to the front (not on headless platforms, which do not support it)."""
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
        window.activateWindow()


def startup_error_message(exc: BaseException) -> str:
    """What the person starting the app (or office IT) reads when the backend cannot open."""
    if isinstance(exc, ConfigError | ValueError):
        return str(exc)
    if isinstance(exc, ServiceUnavailable):  # only the remote back end raises it while opening
        return t("オフィスサーバーに接続できません。ネットワークの接続と、サーバー（server_url）が"
                 "動いていることを確認してください。続く場合はシステム担当者に連絡してください。")
    return t("データベースに接続できません（{kind}）。設定（database_url）と、データベース"
             "サーバーが起動していることを確認してください。").format(kind=type(exc).__name__)


def close_quietly(window: QWidget) -> None:
    """Closes a window without its ``closed`` signal (the app is quitting, not the user)."""
    window.blockSignals(True)
    window.close()
    window.blockSignals(False)


def put_away(window: QWidget) -> None:
    """Hides a window that will be shown again later (the login window while a session or a
    wizard has the screen) and gives back its native window: a hidden window keeps its pixel
    buffer, width × height × 4 bytes (8 MiB for a full-screen kiosk at 1920×1080;
    docs/tech-notes.md §kiosk-memory). ``show()`` makes a new one."""
    window.hide()
    window.destroy()


class AppControllerBase(QObject):
    """Owns the top-level windows: the login window given here, and what subclasses add.

    Signals:
        backend_ready(): the façade can be used.
        backend_failed(str): the backend could not be opened; the text is for the user.
        quit_requested(): the last window was closed by the user.
    """

    backend_ready = Signal()
    backend_failed = Signal(str)
    quit_requested = Signal()

    def __init__(self, app_info: AppInfo, open_backend: Callable[[], Backend], login_window: LoginWindowBase,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_info = app_info
        self._open_backend = open_backend
        self.backend: Backend | None = None
        self._tasks = LazyTaskSet()
        self._open_task: asyncio.Task[Any] | None = None
        self._started = False  # start_async() ran: the asyncio loop is running
        self._quitting = False
        self._owner: SessionOwner | None = None
        self._log = logging.getLogger(type(self).__module__)  # the subclass's logger, as before
        self.login_window = login_window
        login_window.hold_logins()  # until start_async()
        self._wire_login_window(login_window)

    def _wire_login_window(self, window: LoginWindowBase) -> None:
        """The login window's signals (again for a window rebuilt in another language)."""
        window.logged_in.connect(self._on_login_window_logged_in)
        window.closed.connect(self._on_login_window_closed)

    def _rebuilt_login_window(self) -> LoginWindowBase | None:
        """A new login window with the same arguments (texts in the current language); None
        where the window is not rebuilt."""
        return None

    @Slot(str)
    def _on_language_changed(self, code: str) -> None:
        """The seeker chose another language on the login window: it is rebuilt in it, with
        what was typed (docs/i18n.md). Later windows are made in it anyway."""
        old = self.login_window
        if not old.can_be_rebuilt():
            return
        new = self._rebuilt_login_window()
        if new is None:
            return
        self._wire_login_window(new)
        new.take_over_from(old)
        self.login_window = new
        if old.isVisible():
            self.show_window(new)
            close_quietly(old)
        old.deleteLater()
        self._log.info("login window rebuilt", extra={"event": "language_changed", "language": code})

    # -- what the subclasses do -----------------------------------------------------------
    def _on_login_window_logged_in(self, token: str, profile: Any) -> None:
        raise NotImplementedError

    def _on_login_window_closed(self) -> None:
        raise NotImplementedError

    def _async_started(self) -> None:
        """The asyncio loop runs and the backend is opening: start what was held meanwhile."""

    async def _backend_opened(self, backend: Backend) -> None:
        """Hand the façades to the windows (before ``backend_ready``)."""
        raise NotImplementedError

    def _drop_session_windows(self) -> None:
        """The session ended: wipe and dispose of the windows that showed it."""
        raise NotImplementedError

    def _close_wizard(self) -> None:
        raise NotImplementedError

    def _close_windows(self) -> None:
        """The app is quitting: every window closes (without asking to quit again)."""
        raise NotImplementedError

    # -- start ----------------------------------------------------------------------------
    def start(self) -> None:
        """Shows the login window and opens the backend (the asyncio loop must be running)."""
        self.show_login()
        self.start_async()

    def show_login(self) -> None:
        """The first window, shown before the asyncio loop runs (it takes input at once)."""
        self.show_window(self.login_window)

    def start_async(self) -> None:
        """The asyncio loop runs: opens the backend off the GUI thread and starts what was
        asked for meanwhile (:meth:`_async_started`)."""
        if self._started:
            return
        self._started = True
        self._open_task = self._start_task(self._open())
        self._async_started()

    def _start_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        return self._tasks.start(coro)

    async def _open(self) -> None:
        from mypage_desktop.ui.session.tasks import run_blocking

        try:
            backend = await run_blocking(self._open_backend)
        except Exception as exc:  # shown to the user; the traceback goes to the log only
            self._log.error("backend could not be opened", exc_info=True)
            if not self._quitting:
                self.backend_failed.emit(startup_error_message(exc))
            return
        self.backend = backend
        await self._backend_opened(backend)
        self.backend_ready.emit()

    async def _revoke_stale(self, revoke: Callable[[], int], what: str) -> None:
        """S3: the sessions a crash or kill -9 left open on this PC end before anyone sits
        down. ``what`` names them in the log ("stale sessions")."""
        from mypage_desktop.ui.session.tasks import run_blocking

        try:
            revoked = await run_blocking(revoke)
            if revoked:
                self._log.info(what + " revoked", extra={"event": f"{what.replace(' ', '_')}:{revoked}"})
        except ServiceUnavailable:
            self._log.warning(what + " could not be revoked at start-up")

    def show_window(self, window: QWidget) -> None:
        if self.app_info.kiosk_mode:
            window.showFullScreen()
        else:
            window.show()
        raise_window(window)

    # -- session end, crash ---------------------------------------------------------------
    @Slot(str)
    def _on_owner_session_ended(self, reason: str) -> None:
        self._drop_session_windows()
        if self.app_info.kiosk_mode:  # issue 15: the next visitor gets the default display
            from mypage_desktop.ui.widgets import display, language

            display.reset_for_next_visitor()
            language.reset_for_next_visitor()  # rebuilds the login window in the office's language
        if self._quitting:
            return
        from mypage_desktop.ui.session.reasons import REASON_EXPIRED

        if reason == REASON_EXPIRED:
            self.login_window.show_session_expired()
        elif reason.startswith("session."):  # the server's reason, e.g. session.idle (S2, S4)
            from mypage_desktop.ui.widgets.i18n import message

            self.login_window.reset(message(reason))
        else:
            self.login_window.reset()
        self.show_window(self.login_window)

    def safe_screen(self) -> None:
        """For the crash handler (P2): end any session, close the wizard, empty login."""
        if self._owner is not None:
            from mypage_desktop.ui.session.reasons import REASON_ERROR

            self._owner.end_session(REASON_ERROR)
        self._close_wizard()
        if not self._quitting:
            self.login_window.reset()
            self.show_window(self.login_window)

    # -- quitting -------------------------------------------------------------------------
    async def shutdown(self) -> None:
        """The orderly way out: end the session, wait (bounded) for its revocation, close
        the windows and the backend. A backend still opening is waited for (the executor
        would wait for it anyway) and then closed, so its mail worker is stopped too."""
        import asyncio

        from mypage_desktop.ui.session.reasons import REASON_QUIT
        from mypage_desktop.ui.session.tasks import run_blocking

        self._quitting = True
        owner = self._owner
        if owner is not None:
            owner.end_session(REASON_QUIT)
        opening = self._open_task
        if opening is not None and not opening.done():
            await asyncio.wait([opening], timeout=BACKEND_OPEN_WAIT)
            owner = self._owner  # the opening may have made it (no session yet: nothing to end)
        self._tasks.cancel_all()
        if owner is not None:
            await owner.wait_revoked()
        self._close_windows()
        backend, self.backend = self.backend, None
        if backend is not None:
            try:
                await asyncio.wait_for(run_blocking(backend.close), BACKEND_CLOSE_TIMEOUT)
            except Exception as exc:
                self._log.warning("backend close failed (%s)", type(exc).__name__)

    def on_about_to_quit(self) -> None:
        """OS logoff or ``QApplication.quit()``: no more event-loop turns, so everything here
        is synchronous and bounded."""
        if self._quitting and self.backend is None:
            return
        self._quitting = True
        if self._owner is not None:
            from mypage_desktop.ui.session.reasons import REASON_QUIT

            self._owner.end_session(REASON_QUIT, blocking=True)
        self._close_windows()
        backend, self.backend = self.backend, None
        if backend is not None:
            backend.close()
