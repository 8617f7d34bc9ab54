"""Which staff window is on screen: the staff sign-in ↔ the console, the counter wizard, the
lock after it (SPEC §4; SECURITY A1, S3, S5).

Mirrors :class:`mypage_desktop.ui.controller.AppController` (and is driven by the same start-up
runtime): the sign-in window is shown before the asyncio loop runs; :meth:`start_async` opens
the backend off the GUI thread, revokes this PC's stale staff sessions (S3) and releases a
sign-in typed meanwhile. Every session end comes through the :class:`StaffSessionOwner`; the
controller only reacts to ``session_ended`` by wiping the console and showing an empty sign-in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.dto import AppInfo
from mypage_desktop.domain.errors import ServiceUnavailable

from ..controller import raise_window, startup_error_message
from .login_window import StaffLoginWindow
from .texts import t

if TYPE_CHECKING:
    import asyncio

    from mypage_desktop.domain.security_dto import StaffProfile

    from ..async_work import TaskSet
    from .console_window import StaffConsole
    from .counter import CounterWizard
    from .session import StaffSessionOwner

log = logging.getLogger(__name__)
BACKEND_CLOSE_TIMEOUT = 5.0
BACKEND_OPEN_WAIT = 30.0


class StaffBackend(Protocol):
    facade: Any  # MyPageFacade: the opening wizard at the counter, the demo mailbox
    staff_facade: Any  # StaffFacade

    def close(self) -> None: ...


class StaffController(QObject):
    """Owns the staff windows.

    Signals:
        backend_ready(): the façades can be used.
        backend_failed(str): the backend could not be opened; the text is for the user.
        quit_requested(): the last window was closed by the user.
    """

    backend_ready = Signal()
    backend_failed = Signal(str)
    quit_requested = Signal()

    def __init__(self, app_info: AppInfo, open_backend: Callable[[], StaffBackend],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_info = app_info
        self._open_backend = open_backend
        self.backend: StaffBackend | None = None
        self._tasks: TaskSet | None = None
        self._open_task: asyncio.Task[Any] | None = None
        self._started = False
        self._quitting = False
        self._owner: StaffSessionOwner | None = None
        self.login_window = StaffLoginWindow(app_info)
        self.login_window.hold_logins()  # until start_async()
        self.login_window.logged_in.connect(self._on_login_window_logged_in)
        self.login_window.password_changed.connect(self._on_login_window_password_changed)
        self.login_window.change_cancelled.connect(self._on_login_window_change_cancelled)
        self.login_window.logout_requested.connect(self._on_login_window_logout_requested)
        self.login_window.closed.connect(self._on_login_window_closed)
        self.console: StaffConsole | None = None
        self.counter: CounterWizard | None = None

    @property
    def owner(self) -> StaffSessionOwner:
        """Made when the backend is open (it needs the staff façade and asyncio)."""
        assert self._owner is not None, "the backend is not open yet"
        return self._owner

    # -- start ----------------------------------------------------------------------------
    def start(self) -> None:
        self.show_login()
        self.start_async()

    def show_login(self) -> None:
        self.show_window(self.login_window)

    def start_async(self) -> None:
        if self._started:
            return
        self._started = True
        self._open_task = self._start_task(self._open())

    def _start_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        from ..async_work import TaskSet
        from ..tasks import start_task

        if self._tasks is None:
            self._tasks = TaskSet()
        return start_task(self._tasks, coro)

    async def _open(self) -> None:
        from ..async_work import run_blocking
        from .session import StaffSessionOwner

        try:
            backend = await run_blocking(self._open_backend)
        except Exception as exc:  # shown to the user; the traceback goes to the log only
            log.error("backend could not be opened", exc_info=True)
            if not self._quitting:
                self.backend_failed.emit(startup_error_message(exc))
            return
        self.backend = backend
        owner = StaffSessionOwner(backend.staff_facade, parent=self)
        owner.session_ended.connect(self._on_owner_session_ended)
        self._owner = owner
        try:  # S3: staff sessions a crash or kill -9 left open on this PC end first
            revoked = await run_blocking(backend.staff_facade.revoke_stale_staff_sessions)
            if revoked:
                log.info("stale staff sessions revoked", extra={"event": f"stale_staff_sessions:{revoked}"})
        except ServiceUnavailable:
            log.warning("stale staff sessions could not be revoked at start-up")
        self.login_window.set_facade(backend.staff_facade)
        self.login_window.release_logins()
        self.backend_ready.emit()

    def show_window(self, window: QWidget) -> None:
        if self.app_info.kiosk_mode:
            window.showFullScreen()
        else:
            window.show()
        raise_window(window)

    # -- sign-in, password change, console --------------------------------------------------
    @Slot(str, object)
    def _on_login_window_logged_in(self, token: str, profile: StaffProfile) -> None:
        owner = self.owner
        current = owner.staff_profile
        if self.login_window.locked and owner.active and current is not None \
                and current.staff_id == profile.staff_id and not profile.must_change_password:
            owner.renew(token, profile)  # the console comes back as it was
            self.login_window.reset()
            self.login_window.hide()
            if self.console is not None:
                self.show_window(self.console)
            return
        owner.begin_staff(token, profile)
        if profile.must_change_password:
            self.login_window.show_password_change(owner)
            return
        self._open_console()

    @Slot(object)
    def _on_login_window_password_changed(self, _profile: StaffProfile) -> None:
        self._open_console()

    @Slot()
    def _on_login_window_change_cancelled(self) -> None:
        from ..session_owner import REASON_LOGOUT

        self.owner.end_session(REASON_LOGOUT)

    @Slot()
    def _on_login_window_logout_requested(self) -> None:
        from ..session_owner import REASON_LOGOUT

        self.owner.end_session(REASON_LOGOUT)

    def _open_console(self) -> None:
        from .console_window import StaffConsole

        console = StaffConsole(self.owner, self.app_info)
        console.counter_wizard_requested.connect(self._on_console_counter_wizard_requested)
        self.console = console
        self.login_window.reset()
        self.login_window.hide()
        self.show_window(console)

    @Slot(str)
    def _on_owner_session_ended(self, reason: str) -> None:
        self._close_counter()
        console, self.console = self.console, None
        if console is not None:
            console.wipe()
            console.deleteLater()
        if self._quitting:
            return
        from ..i18n import message
        from ..session_owner import REASON_EXPIRED

        if reason == REASON_EXPIRED:
            self.login_window.reset(t("セッションの有効期限が切れました。もう一度ログインしてください。"))
        elif reason.startswith("session."):  # the server's reason, e.g. session.idle (S2, S4)
            self.login_window.reset(message(reason))
        else:
            self.login_window.reset()
        self.show_window(self.login_window)

    # -- the counter wizard -----------------------------------------------------------------
    @Slot()
    def _on_console_counter_wizard_requested(self) -> None:
        if self.counter is not None and self.counter.running or self.console is None or self.backend is None:
            return
        from .counter import CounterWizard

        if self.counter is None:
            self.counter = CounterWizard(self.owner, self.backend.facade, self.app_info, self.show_window, self)
            self.counter.returned.connect(self._on_counter_returned)
            self.counter.failed.connect(self._on_counter_failed)
        self.owner.start_task(self.counter.start(self.console))

    @Slot(bool)
    def _on_counter_returned(self, alive: bool) -> None:
        if self.console is None or self._quitting:
            return
        if alive:
            self.show_window(self.console)
            return
        self.lock_console()

    @Slot(str)
    def _on_counter_failed(self, text: str) -> None:
        if self.console is not None:
            self.console.panel.show_error(text)

    def lock_console(self) -> None:
        """The console stays hidden until the staff member signs in again (same 職員ID)."""
        profile = self.owner.staff_profile
        if profile is None:
            return
        self.login_window.show_locked(profile.login_id, profile.display_name, t(
            "マイページの開設の間に、職員の画面の操作のない時間が上限を超えました。"
            "続けるには、もう一度パスワードを入力してください。"))
        self.show_window(self.login_window)

    def _close_counter(self) -> None:
        if self.counter is not None:
            self.counter.close()

    def safe_screen(self) -> None:
        """For the crash handler (P2): end any session, close the wizard, empty sign-in."""
        from ..session_owner import REASON_ERROR

        if self._owner is not None:
            self._owner.end_session(REASON_ERROR)
        self._close_counter()
        if not self._quitting:
            self.login_window.reset()
            self.show_window(self.login_window)

    # -- quitting ---------------------------------------------------------------------------
    @Slot()
    def _on_login_window_closed(self) -> None:
        if self._quitting:
            return
        if self.login_window.locked and self._owner is not None:
            from ..session_owner import REASON_WINDOW_CLOSED

            self._owner.end_session(REASON_WINDOW_CLOSED)  # closing the lock is a logout
        if self.console is None and not (self.counter is not None and self.counter.running):
            self.quit_requested.emit()

    async def shutdown(self) -> None:
        """The orderly way out (see ``AppController.shutdown``)."""
        import asyncio

        from ..async_work import run_blocking
        from ..session_owner import REASON_QUIT

        self._quitting = True
        owner = self._owner
        if owner is not None:
            owner.end_session(REASON_QUIT)
        opening = self._open_task
        if opening is not None and not opening.done():
            await asyncio.wait([opening], timeout=BACKEND_OPEN_WAIT)
            owner = self._owner
        if self._tasks is not None:
            self._tasks.cancel_all()
        if owner is not None:
            await owner.wait_revoked()
        self._close_windows()
        backend, self.backend = self.backend, None
        if backend is not None:
            try:
                await asyncio.wait_for(run_blocking(backend.close), BACKEND_CLOSE_TIMEOUT)
            except Exception as exc:
                log.warning("backend close failed (%s)", type(exc).__name__)

    def on_about_to_quit(self) -> None:
        """OS logoff or ``QApplication.quit()``: synchronous and bounded."""
        if self._quitting and self.backend is None:
            return
        self._quitting = True
        if self._owner is not None:
            from ..session_owner import REASON_QUIT

            self._owner.end_session(REASON_QUIT, blocking=True)
        self._close_windows()
        backend, self.backend = self.backend, None
        if backend is not None:
            backend.close()

    def _close_windows(self) -> None:
        self._close_counter()
        console, self.console = self.console, None
        if console is not None:
            console.wipe()
            console.deleteLater()
        self.login_window.blockSignals(True)
        self.login_window.close()
        self.login_window.blockSignals(False)
