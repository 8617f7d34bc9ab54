"""Which window is on screen: login ↔ main window, the opening wizard, the demo mailbox.

Start-up (ui/shell/runtime.py) shows the login window with :meth:`AppController.show_login`
while only Qt's event loop runs; :meth:`AppController.start_async` follows once the asyncio
(qasync) loop runs. Until then a login or 「マイページを開設する」 is held, not lost. The
backend is opened off the GUI thread after that (a login pressed meanwhile waits for it).
Nothing on the path to the login window imports asyncio. Session ends all come through
:class:`SessionOwner` (docs/security.md S3); the controller only reacts to ``session_ended`` by
disposing of the main window and showing an empty login window (K6, S5). What the staff
console's controller does the same way: :class:`~.app_controller_base.AppControllerBase`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.domain.errors import ServiceUnavailable
from mypage_desktop.ui.login.base import LoginWindowBase
from mypage_desktop.ui.login.seeker_window import LoginWindow
from mypage_desktop.ui.shell.controller_base import AppControllerBase, close_quietly, put_away, raise_window
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:  # imported when first needed: not on the path to the login window
    import asyncio

    from mypage_desktop.domain.account_dto import SeekerProfile
    from mypage_desktop.facade import MyPageFacade
    from mypage_desktop.facade.backend import Backend
    from mypage_desktop.ui.session.owner import SessionOwner
    from mypage_desktop.ui.shell.mailbox_window import MailboxWindow
    from mypage_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class AppController(AppControllerBase):
    """Owns the seeker's top-level windows: login, main window, opening wizard, demo mailbox
    (signals: :class:`AppControllerBase`)."""

    login_window: LoginWindow

    def __init__(self, app_info: AppInfo, open_backend: Callable[[], Backend],
                 parent: QObject | None = None) -> None:
        super().__init__(app_info, open_backend, LoginWindow(app_info), parent)
        self.facade: MyPageFacade | None = None
        self._ready: asyncio.Event | None = None  # set when the façade can be used
        self._wizard_held: bool | None = None  # 開設 (False) / 再設定 (True) pressed before start_async()
        language.notifier().changed.connect(self._on_language_changed)
        self.prereg_wizard: QWidget | None = None
        self.main_window: MainWindow | None = None
        self.wizard: QWidget | None = None
        self.mailbox: MailboxWindow | None = None

    def _wire_login_window(self, window: LoginWindowBase) -> None:
        super()._wire_login_window(window)
        assert isinstance(window, LoginWindow)
        window.opening_requested.connect(self._on_login_window_opening_requested)
        window.reset_requested.connect(self._on_login_window_reset_requested)
        window.mailbox_requested.connect(self._on_login_window_mailbox_requested)
        window.preregistration_requested.connect(self._on_login_window_preregistration_requested)

    def _rebuilt_login_window(self) -> LoginWindow:
        return LoginWindow(self.app_info)

    @property
    def owner(self) -> SessionOwner:
        """The session owner, made on first use (its module needs asyncio)."""
        if self._owner is None:
            from mypage_desktop.ui.session.owner import SessionOwner

            self._owner = SessionOwner(self.facade, parent=self)
            self._owner.session_ended.connect(self._on_owner_session_ended)
        return self._owner

    # -- start -------------------------------------------------------------------------
    def _async_started(self) -> None:
        import asyncio

        self._ready = asyncio.Event()
        self.login_window.release_logins()
        held, self._wizard_held = self._wizard_held, None
        if held is not None:
            self._request_wizard(reset=held)

    async def _backend_opened(self, backend: Backend) -> None:
        from mypage_desktop.ui.session.tasks import run_blocking

        # S3 first: a login accepted meanwhile could be among the sessions revoked; the login
        # window holds a submitted login until it has the façade.
        await self._revoke_stale(backend.facade.revoke_stale_sessions, "stale sessions")
        self.facade = backend.facade
        self.owner.set_calls(backend.facade)
        # The main window's modules (job pages and all) take ~60 ms to import, and PySide's enum
        # types ~30 ms to create (ui/shell/qt_warmup.py); doing either on the GUI thread at login
        # would freeze it that long. The login window gets the façade only afterwards: a login
        # finished while the warm-up still created PySide types on its thread built the main
        # window on the GUI thread at the same time and crashed the process (issue 13).
        await run_blocking(_preload_session_modules)
        self.login_window.set_facade(backend.facade)
        assert self._ready is not None
        self._ready.set()

    # -- login / logout ----------------------------------------------------------------
    def _on_login_window_logged_in(self, token: str, profile: SeekerProfile) -> None:
        assert self.facade is not None
        from mypage_desktop.ui.shell.main_window import MainWindow

        self.owner.begin(token, profile)
        self.main_window = MainWindow(self.owner, self.facade, self.app_info)
        put_away(self.login_window)
        self.show_window(self.main_window)

    def _drop_session_windows(self) -> None:
        window, self.main_window = self.main_window, None
        if window is not None:
            window.wipe()
            window.deleteLater()

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
        from mypage_desktop.ui.session.tasks import run_blocking

        assert self._ready is not None, "start_async() first"
        await self._ready.wait()
        assert self.facade is not None
        try:
            legal = None if reset else await run_blocking(self.facade.legal_documents)
            from mypage_desktop.ui.wizard.opening_wizard import OpeningWizard
        except (ImportError, OSError, ServiceUnavailable) as exc:
            log.error("opening wizard unavailable (%s)", type(exc).__name__)
            self.login_window.notice.setText(t("マイページの開設画面を表示できません。"
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
        put_away(self.login_window)
        if self.app_info.demo_mode:  # where the key mail shows; opened first, never over the wizard
            self._on_login_window_mailbox_requested(activate=False)
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

    # -- 求職申込み（仮登録）(issue 12) -------------------------------------------------------------
    def _on_login_window_preregistration_requested(self) -> None:
        if self.prereg_wizard is None and self._started:
            self._start_task(self.open_preregistration())

    async def open_preregistration(self) -> QWidget | None:
        """The 仮登録 window in place of the login window; closing it brings an empty login
        window back."""
        assert self._ready is not None, "start_async() first"
        await self._ready.wait()
        assert self.facade is not None
        if self.prereg_wizard is not None:
            return self.prereg_wizard
        from mypage_desktop.ui.preregistration.wizard import PreregistrationWizard

        wizard = PreregistrationWizard(self.facade, self.app_info)
        wizard.closed.connect(self._on_preregistration_closed)
        self.prereg_wizard = wizard
        self.login_window.reset()
        put_away(self.login_window)
        if self.app_info.demo_mode:  # where the resume key and the number arrive
            self._on_login_window_mailbox_requested(activate=False)
        self.show_window(wizard)
        return wizard

    def _on_preregistration_closed(self) -> None:
        wizard, self.prereg_wizard = self.prereg_wizard, None
        if wizard is None:
            return
        wizard.deleteLater()
        if not self._quitting:
            self.login_window.reset()
            if getattr(wizard, "timed_out", False):
                self.login_window.notice.setText(t("操作がないまま時間が経過したため、求職申込み（仮登録）の"
                                                   "画面を閉じ、入力した内容を消去しました。"))
                self.login_window.notice.show()
            self.show_window(self.login_window)

    # -- demo mailbox ------------------------------------------------------------------
    def _on_login_window_mailbox_requested(self, *, activate: bool = True) -> None:
        if not self.app_info.demo_mode or self.facade is None:
            return
        if self.mailbox is None:
            from mypage_desktop.ui.shell.mailbox_window import MailboxWindow

            self.mailbox = MailboxWindow(self.facade)
        if not activate:  # the keyboard stays with the window the seeker is working in
            self.mailbox.show_without_activating()
            return
        self.mailbox.show()
        raise_window(self.mailbox)

    # -- quitting ----------------------------------------------------------------------
    def _on_login_window_closed(self) -> None:
        if self.main_window is None and self.wizard is None and self.prereg_wizard is None and not self._quitting:
            self.quit_requested.emit()

    def _close_windows(self) -> None:
        self._close_wizard()
        if self.prereg_wizard is not None:
            self.prereg_wizard.close()
        self.login_window.allow_close()
        for window in (self.mailbox, self.login_window):
            if window is not None:
                close_quietly(window)


SESSION_MODULES = ("mypage_desktop.ui.shell.main_window", "mypage_desktop.ui.session.idle_monitor",
                   "mypage_desktop.ui.mypage.registration_page")


def _preload_session_modules() -> None:
    import importlib

    from mypage_desktop.ui.shell.qt_warmup import create_qt_enums

    for name in SESSION_MODULES:
        importlib.import_module(name)
    create_qt_enums()
