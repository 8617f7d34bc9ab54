"""Which window is on screen: login ↔ main window, the opening wizard, the demo mailbox.

Start-up (ui/gui_runtime.py) shows the login window with :meth:`AppController.show_login`
while only Qt's event loop runs; :meth:`AppController.start_async` follows once the asyncio
(qasync) loop runs. Until then a login or 「マイページを開設する」 is held, not lost. The
backend is opened off the GUI thread after that (a login pressed meanwhile waits for it).
Nothing on the path to the login window imports asyncio. Session ends all come through
:class:`SessionOwner` (SECURITY S3); the controller only reacts to ``session_ended`` by
disposing of the main window and showing an empty login window (K6, S5).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from mypage_desktop.config import ConfigError
from mypage_desktop.domain.dto import AppInfo
from mypage_desktop.domain.errors import ServiceUnavailable

from .i18n import tr
from .login_window import LoginWindow

if TYPE_CHECKING:  # imported when first needed: not on the path to the login window
    import asyncio

    from mypage_desktop.domain.dto import SeekerProfile
    from mypage_desktop.facade import MyPageFacade

    from .async_work import TaskSet
    from .mailbox_window import MailboxWindow
    from .main_window import MainWindow
    from .session_owner import SessionOwner

log = logging.getLogger(__name__)
CONTEXT = "app"
BACKEND_CLOSE_TIMEOUT = 5.0
BACKEND_OPEN_WAIT = 30.0  # quitting while the backend opens (PostgreSQL connect timeouts included)


class Backend(Protocol):
    facade: Any

    def close(self) -> None: ...


def raise_window(window: QWidget) -> None:
    """Brings a window to the front (not on headless platforms, which do not support it)."""
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
        window.activateWindow()


def startup_error_message(exc: BaseException) -> str:
    """What the person starting the app (or office IT) reads when the backend cannot open."""
    if isinstance(exc, ConfigError | ValueError):
        return str(exc)
    return tr(CONTEXT, "データベースに接続できません（{kind}）。設定（database_url）と、データベース"
                       "サーバーが起動していることを確認してください。").format(kind=type(exc).__name__)


class AppController(QObject):
    """Owns the top-level windows.

    Signals:
        backend_ready(): the façade can be used.
        backend_failed(str): the backend could not be opened; the text is for the user.
        quit_requested(): the last window was closed by the user.
    """

    backend_ready = Signal()
    backend_failed = Signal(str)
    quit_requested = Signal()

    def __init__(self, app_info: AppInfo, open_backend: Callable[[], Backend],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_info = app_info
        self._open_backend = open_backend
        self.backend: Backend | None = None
        self.facade: MyPageFacade | None = None
        self._ready: asyncio.Event | None = None  # set when the façade can be used
        self._tasks: TaskSet | None = None
        self._open_task: asyncio.Task[Any] | None = None
        self._started = False  # start_async() ran: the asyncio loop is running
        self._wizard_held: bool | None = None  # 開設 (False) / 再設定 (True) pressed before start_async()
        self._quitting = False
        self._owner: SessionOwner | None = None
        self.login_window = LoginWindow(app_info)
        self.login_window.hold_logins()  # until start_async()
        self.login_window.logged_in.connect(self._on_login_window_logged_in)
        self.login_window.opening_requested.connect(self._on_login_window_opening_requested)
        self.login_window.reset_requested.connect(self._on_login_window_reset_requested)
        self.login_window.mailbox_requested.connect(self._on_login_window_mailbox_requested)
        self.login_window.closed.connect(self._on_login_window_closed)
        self.main_window: MainWindow | None = None
        self.wizard: QWidget | None = None
        self.mailbox: MailboxWindow | None = None

    @property
    def owner(self) -> SessionOwner:
        """The session owner, made on first use (its module needs asyncio)."""
        if self._owner is None:
            from .session_owner import SessionOwner

            self._owner = SessionOwner(self.facade, parent=self)
            self._owner.session_ended.connect(self._on_owner_session_ended)
        return self._owner

    # -- start -------------------------------------------------------------------------
    def start(self) -> None:
        """Shows the login window and opens the backend (the asyncio loop must be running)."""
        self.show_login()
        self.start_async()

    def show_login(self) -> None:
        """The first window, shown before the asyncio loop runs (it takes input at once)."""
        self.show_window(self.login_window)

    def start_async(self) -> None:
        """The asyncio loop runs: opens the backend off the GUI thread and starts what was
        asked for meanwhile (a login, the opening wizard)."""
        if self._started:
            return
        import asyncio

        self._started = True
        self._ready = asyncio.Event()
        self._open_task = self._start_task(self._open())
        self.login_window.release_logins()
        held, self._wizard_held = self._wizard_held, None
        if held is not None:
            self._request_wizard(reset=held)

    def _start_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        from .async_work import TaskSet
        from .tasks import start_task

        if self._tasks is None:
            self._tasks = TaskSet()
        return start_task(self._tasks, coro)

    async def _open(self) -> None:
        from .async_work import run_blocking

        try:
            backend = await run_blocking(self._open_backend)
        except Exception as exc:  # shown to the user; the traceback goes to the log only
            log.error("backend could not be opened", exc_info=True)
            if not self._quitting:
                self.backend_failed.emit(startup_error_message(exc))
            return
        self.backend = backend
        self.facade = backend.facade
        self.owner.set_facade(backend.facade)
        self.login_window.set_facade(backend.facade)
        try:  # S3: what a crash or kill -9 left open on this PC ends before anyone sits down
            revoked = await run_blocking(backend.facade.revoke_stale_sessions)
            if revoked:
                log.info("stale sessions revoked", extra={"event": f"stale_sessions:{revoked}"})
        except ServiceUnavailable:
            log.warning("stale sessions could not be revoked at start-up")
        # The main window's modules (job pages and all) take ~60 ms to import; importing them
        # on the GUI thread at login would freeze it that long.
        await run_blocking(_preload_session_modules)
        assert self._ready is not None
        self._ready.set()
        self.backend_ready.emit()

    def show_window(self, window: QWidget) -> None:
        if self.app_info.kiosk_mode:
            window.showFullScreen()
        else:
            window.show()
        raise_window(window)

    # -- login / logout ----------------------------------------------------------------
    def _on_login_window_logged_in(self, token: str, profile: SeekerProfile) -> None:
        assert self.facade is not None
        from .main_window import MainWindow

        self.owner.begin(token, profile)
        self.main_window = MainWindow(self.owner, self.facade, self.app_info)
        self.login_window.hide()
        self.show_window(self.main_window)

    def _on_owner_session_ended(self, reason: str) -> None:
        from .session_owner import REASON_EXPIRED

        window, self.main_window = self.main_window, None
        if window is not None:
            window.wipe()
            window.deleteLater()
        if self._quitting:
            return
        if reason == REASON_EXPIRED:
            self.login_window.show_session_expired()
        elif reason.startswith("session."):  # the server's reason, e.g. session.idle (S2, S4)
            from .i18n import message

            self.login_window.reset(message(reason))
        else:
            self.login_window.reset()
        self.show_window(self.login_window)

    def safe_screen(self) -> None:
        """For the crash handler (P2): end any session, close the wizard, empty login."""
        if self._owner is not None:
            from .session_owner import REASON_ERROR

            self._owner.end_session(REASON_ERROR)
        self._close_wizard()
        if not self._quitting:
            self.login_window.reset()
            self.show_window(self.login_window)

    # -- opening wizard ----------------------------------------------------------------
    def _on_login_window_opening_requested(self) -> None:
        self._request_wizard(reset=False)

    def _on_login_window_reset_requested(self) -> None:
        self._request_wizard(reset=True)

    def _request_wizard(self, *, reset: bool) -> None:
        if self.wizard is not None:
            return
        if not self._started:  # the first moments of start-up: opened by start_async()
            self._wizard_held = reset
            return
        self._start_task(self.open_wizard(reset=reset))

    async def open_wizard(self, *, reset: bool = False) -> QWidget | None:
        """「マイページを開設する」, or with ``reset`` 「パスワードを忘れた方」 (the same wizard
        without the consent step, calling the reset services)."""
        from .async_work import run_blocking

        assert self._ready is not None, "start_async() first"
        await self._ready.wait()
        assert self.facade is not None
        try:
            legal = None if reset else await run_blocking(self.facade.legal_documents)
            from .wizard.opening_wizard import OpeningWizard
        except (ImportError, OSError, ServiceUnavailable) as exc:
            log.error("opening wizard unavailable (%s)", type(exc).__name__)
            self.login_window.notice.setText(tr(CONTEXT, "マイページの開設画面を表示できません。"
                                                         "ヘルプデスクにお問い合わせください。"))
            self.login_window.notice.show()
            return None
        if self.wizard is not None:
            return self.wizard
        wizard = OpeningWizard(self.facade, self.app_info, legal)
        wizard.login_requested.connect(self._on_wizard_login_requested)
        wizard.finished.connect(self._on_wizard_finished)
        self.wizard = wizard
        self.login_window.reset()
        self.login_window.hide()
        self.show_window(wizard)
        if self.app_info.demo_mode:
            self._on_login_window_mailbox_requested()
            self.show_window(wizard)
        return wizard

    def _on_wizard_login_requested(self) -> None:
        self._close_wizard()

    def _on_wizard_finished(self, _result: int = 0) -> None:
        self._close_wizard()

    def _close_wizard(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        if wizard.isVisible():
            discard = getattr(wizard, "discard", None)  # closes at once, forgets what was typed
            discard() if callable(discard) else wizard.close()
        wizard.deleteLater()
        if not self._quitting:
            self.login_window.reset()  # K6: an empty login window
            self.show_window(self.login_window)

    # -- demo mailbox ------------------------------------------------------------------
    def _on_login_window_mailbox_requested(self) -> None:
        if not self.app_info.demo_mode or self.facade is None:
            return
        if self.mailbox is None:
            from .mailbox_window import MailboxWindow

            self.mailbox = MailboxWindow(self.facade)
        self.mailbox.show()
        raise_window(self.mailbox)

    # -- quitting ----------------------------------------------------------------------
    def _on_login_window_closed(self) -> None:
        if self.main_window is None and self.wizard is None and not self._quitting:
            self.quit_requested.emit()

    async def shutdown(self) -> None:
        """The orderly way out: end the session, wait (bounded) for its revocation, close
        the windows and the backend. A backend still opening is waited for (the executor
        would wait for it anyway) and then closed, so its mail worker is stopped too."""
        import asyncio

        from .async_work import run_blocking
        from .session_owner import REASON_QUIT

        self._quitting = True
        owner = self._owner
        if owner is not None:
            owner.end_session(REASON_QUIT)
        opening = self._open_task
        if opening is not None and not opening.done():
            await asyncio.wait([opening], timeout=BACKEND_OPEN_WAIT)
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
        """OS logoff or ``QApplication.quit()``: no more event-loop turns, so everything here
        is synchronous and bounded."""
        if self._quitting and self.backend is None:
            return
        self._quitting = True
        if self._owner is not None:
            from .session_owner import REASON_QUIT

            self._owner.end_session(REASON_QUIT, blocking=True)
        self._close_windows()
        backend, self.backend = self.backend, None
        if backend is not None:
            backend.close()

    def _close_windows(self) -> None:
        self._close_wizard()
        self.login_window.allow_close()
        for window in (self.mailbox, self.login_window):
            if window is not None:
                window.blockSignals(True)
                window.close()
                window.blockSignals(False)


SESSION_MODULES = ("mypage_desktop.ui.main_window", "mypage_desktop.ui.activity_monitor",
                   "mypage_desktop.ui.mypage.registration_page")


def _preload_session_modules() -> None:
    import importlib

    for name in SESSION_MODULES:
        importlib.import_module(name)
