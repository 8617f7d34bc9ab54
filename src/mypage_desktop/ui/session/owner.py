"""The one owner of a seeker's session (docs/code-style.md §one-session-owner; docs/security.md S1, S3, S5, S6).

Every way a session can end (the ログアウト button, closing the main window, quitting the
app, OS logoff, a :class:`SessionInvalid` from any call, later the idle timer) calls
:meth:`SessionOwner.end_session`. It is idempotent and, in this order:

1. cancels the session's pending tasks and forgets the token and the cached profile;
2. emits ``session_ended`` so every window wipes the seeker's data from the screen at once
   (the windows listen; the app returns to an empty login window);
3. clears the clipboard if it holds data this app put there (S6);
4. revokes the session row through ``calls.logout`` off the GUI thread, with a short
   timeout, and reports the outcome with ``session_revoked``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from mypage_desktop.domain.account_dto import SeekerProfile
from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.ui.session.reasons import GENERIC_END_CODES, REASON_EXPIRED, REASON_LOGOUT
from mypage_desktop.ui.session.tasks import TaskSet, run_blocking, start_task

if TYPE_CHECKING:  # the DTO modules are not needed at run time
    from mypage_desktop.domain.account_dto import SessionStatus
    from mypage_desktop.ui.session.idle_monitor import IdleMonitor

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")

LOGOUT_TIMEOUT_SECONDS = 5.0


class SessionCalls(Protocol):
    """The calls an owner and its idle monitor make for the session itself. The seeker façade
    has them; the staff console gives its own three (:class:`StaffSessionCalls`)."""

    def logout(self, token: str) -> None: ...

    def touch_session(self, token: str) -> SessionStatus: ...

    def session_status(self, token: str) -> SessionStatus: ...


class SessionOwner(QObject):
    """Holds the token of the logged-in seeker and ends the session on every path.

    Signals:
        session_started(): a login succeeded and the session belongs to this owner.
        session_ended(str): the session ended; the reason is one of the ``REASON_*`` values.
            Emitted before the revocation finishes, so the screen is wiped at once.
        session_revoked(bool): ``calls.logout`` finished (True) or failed/timed out (False).
    """

    session_started = Signal()
    session_ended = Signal(str)
    session_revoked = Signal(bool)

    def __init__(self, calls: SessionCalls | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self._token: str | None = None
        self._profile: SeekerProfile | None = None
        self.tasks = TaskSet()
        self._revocations: set[asyncio.Future[Any]] = set()
        self.idle_monitor: IdleMonitor | None = None

    # -- state -------------------------------------------------------------------------
    def set_calls(self, calls: SessionCalls) -> None:
        self._calls = calls

    @property
    def active(self) -> bool:
        return self._token is not None

    @property
    def profile(self) -> SeekerProfile | None:
        return self._profile

    @property
    def pending_revocations(self) -> int:
        return len(self._revocations)

    def begin(self, token: str, profile: SeekerProfile | None) -> None:
        if self._token is not None:
            self.end_session(REASON_LOGOUT)
        self._token = token
        self._profile = profile
        if self._calls is not None:
            from mypage_desktop.ui.session.idle_monitor import IdleMonitor

            if self.idle_monitor is None:
                self.idle_monitor = IdleMonitor(self, self._calls, parent=self)
            self.idle_monitor.start()
        self.session_started.emit()

    # -- calls on behalf of the session -----------------------------------------------
    def start_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """A task that belongs to the session: cancelled when the session ends."""
        return start_task(self.tasks, coro)

    async def call(self, func: Callable[Concatenate[str, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
        """Runs ``func(token, *args)`` off the GUI thread. A :class:`SessionInvalid` ends the
        session (back to login saying why, S1) and is re-raised to the caller."""
        token = self._token
        if token is None:
            raise SessionInvalid()
        try:
            return await run_blocking(func, token, *args, **kwargs)
        except SessionInvalid:
            if self._token == token:
                reason = await self._end_reason(token)
                if self._token == token:
                    self.end_session(reason)
            raise

    async def _end_reason(self, token: str) -> str:
        """Why the server ended the session (``session.superseded``, ``session.idle`` …), so the
        login screen can say so whichever call noticed first; the generic expiry otherwise."""
        calls = self._calls
        if calls is None:
            return REASON_EXPIRED
        try:
            status = await run_blocking(calls.session_status, token)
        except Exception:  # the database may be the reason; the generic message will do
            return REASON_EXPIRED
        code = status.message_code
        if status.active or code in (None, *GENERIC_END_CODES):
            return REASON_EXPIRED
        return code

    # -- the end ----------------------------------------------------------------------
    def end_session(self, reason: str, *, blocking: bool = False) -> None:
        """Idempotent. ``blocking`` waits (bounded) for the revocation in this call: for
        ``aboutToQuit``, after which the event loop runs no more tasks."""
        token = self._token
        if token is None:
            return
        self._token = None
        self._profile = None
        self.tasks.cancel_all()
        log.info("session ending", extra={"event": f"session_end:{reason}"})
        try:
            self.session_ended.emit(reason)
        finally:
            _clear_own_clipboard()
            self._revoke(token, blocking)

    def _revoke(self, token: str, blocking: bool) -> None:
        calls = self._calls
        if calls is None:
            return
        loop = _running_loop()
        if blocking or loop is None:
            self._revoke_in_thread(calls, token)
            return
        future = asyncio.ensure_future(self._revoke_async(calls, token))
        self._revocations.add(future)
        future.add_done_callback(self._revocations.discard)

    async def _revoke_async(self, calls: SessionCalls, token: str) -> None:
        ok = False
        try:
            await asyncio.wait_for(run_blocking(calls.logout, token), LOGOUT_TIMEOUT_SECONDS)
            ok = True
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the row expires by itself; the screen is already clear
            log.warning("session revocation failed (%s)", type(exc).__name__)
        self.session_revoked.emit(ok)

    def _revoke_in_thread(self, calls: SessionCalls, token: str) -> None:
        outcome: list[bool] = []

        def work() -> None:
            try:
                calls.logout(token)
                outcome.append(True)
            except Exception as exc:
                log.warning("session revocation failed (%s)", type(exc).__name__)

        thread = threading.Thread(target=work, name="mypage-logout", daemon=True)
        thread.start()
        thread.join(LOGOUT_TIMEOUT_SECONDS)
        self.session_revoked.emit(bool(outcome))

    async def wait_revoked(self, timeout: float = LOGOUT_TIMEOUT_SECONDS) -> None:
        """Awaits the revocations still in flight (used before the app exits)."""
        pending = [f for f in self._revocations if not f.done()]
        if pending:
            await asyncio.wait(pending, timeout=timeout)


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def _clear_own_clipboard() -> None:
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard():
        clipboard.clear()
