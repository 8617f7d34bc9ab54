"""Which staff window is on screen: the staff sign-in ↔ the console, the counter wizard, the
lock after it (docs/product-rules.md §staff; docs/security.md A1, S3, S5).

Shares :class:`~mypage_desktop.ui.shell.controller_base.AppControllerBase` with the seekers'
:class:`~mypage_desktop.ui.shell.controller.AppController` (and is driven by the same start-up
runtime): the sign-in window is shown before the asyncio loop runs; :meth:`start_async` opens
the backend off the GUI thread, revokes this PC's stale staff sessions (S3) and releases a
sign-in typed meanwhile. Every session end comes through the :class:`StaffSessionOwner`; the
controller only reacts to ``session_ended`` by wiping the console and showing an empty sign-in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.ui.login.staff_window import StaffLoginWindow
from mypage_desktop.ui.shell.controller_base import AppControllerBase, close_quietly, put_away
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.domain.staff_dto import StaffProfile
    from mypage_desktop.facade.backend import Backend
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.shell.counter_wizard import CounterWizard
    from mypage_desktop.ui.staff.console_window import StaffConsole

log = logging.getLogger(__name__)


class StaffController(AppControllerBase):
    """Owns the staff windows: sign-in, console, counter wizard (signals:
    :class:`AppControllerBase`; ``backend_ready``: both façades can be used)."""

    login_window: StaffLoginWindow
    backend: Backend | None
    _owner: StaffSessionOwner | None

    def __init__(self, app_info: AppInfo, open_backend: Callable[[], Backend],
                 parent: QObject | None = None) -> None:
        super().__init__(app_info, open_backend, StaffLoginWindow(app_info), parent)
        self.login_window.password_changed.connect(self._on_login_window_password_changed)
        self.login_window.change_cancelled.connect(self._on_login_window_change_cancelled)
        self.login_window.logout_requested.connect(self._on_login_window_logout_requested)
        self.console: StaffConsole | None = None
        self.counter: CounterWizard | None = None

    @property
    def owner(self) -> StaffSessionOwner:
        """Made when the backend is open (it needs the staff façade and asyncio)."""
        assert self._owner is not None, "the backend is not open yet"
        return self._owner

    # -- start ----------------------------------------------------------------------------
    async def _backend_opened(self, backend: Backend) -> None:
        from mypage_desktop.ui.session.staff_owner import StaffSessionOwner

        owner = StaffSessionOwner(backend.staff_facade, parent=self)
        owner.session_ended.connect(self._on_owner_session_ended)
        self._owner = owner
        await self._revoke_stale(backend.staff_facade.revoke_stale_staff_sessions, "stale staff sessions")
        self.login_window.set_facade(backend.staff_facade)
        self.login_window.release_logins()

    # -- sign-in, password change, console --------------------------------------------------
    @Slot(str, object)
    def _on_login_window_logged_in(self, token: str, profile: StaffProfile) -> None:
        owner = self.owner
        current = owner.staff_profile
        if self.login_window.locked and owner.active and current is not None \
                and current.staff_id == profile.staff_id and not profile.must_change_password:
            owner.renew(token, profile)  # the console comes back as it was
            self.login_window.reset()
            put_away(self.login_window)
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
        from mypage_desktop.ui.session.reasons import REASON_LOGOUT

        self.owner.end_session(REASON_LOGOUT)

    @Slot()
    def _on_login_window_logout_requested(self) -> None:
        from mypage_desktop.ui.session.reasons import REASON_LOGOUT

        self.owner.end_session(REASON_LOGOUT)

    def _open_console(self) -> None:
        from mypage_desktop.ui.staff.console_window import StaffConsole

        console = StaffConsole(self.owner, self.app_info)
        console.counter_wizard_requested.connect(self._on_console_counter_wizard_requested)
        self.console = console
        self.login_window.reset()
        put_away(self.login_window)
        self.show_window(console)

    def _drop_session_windows(self) -> None:
        self._close_wizard()
        console, self.console = self.console, None
        if console is not None:
            console.wipe()
            console.deleteLater()

    # -- the counter wizard -----------------------------------------------------------------
    @Slot()
    def _on_console_counter_wizard_requested(self) -> None:
        if self.counter is not None and self.counter.running or self.console is None or self.backend is None:
            return
        from mypage_desktop.ui.shell.counter_wizard import CounterWizard

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

    def _close_wizard(self) -> None:
        """The counter wizard, if it runs."""
        if self.counter is not None:
            self.counter.close()

    # -- quitting ---------------------------------------------------------------------------
    @Slot()
    def _on_login_window_closed(self) -> None:
        if self._quitting:
            return
        if self.login_window.locked and self._owner is not None:
            from mypage_desktop.ui.session.reasons import REASON_WINDOW_CLOSED

            self._owner.end_session(REASON_WINDOW_CLOSED)  # closing the lock is a logout
        if self.console is None and not (self.counter is not None and self.counter.running):
            self.quit_requested.emit()

    def _close_windows(self) -> None:
        self._drop_session_windows()
        close_quietly(self.login_window)
