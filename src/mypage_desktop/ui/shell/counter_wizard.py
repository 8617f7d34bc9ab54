"""「窓口でマイページを開設」: the seeker's own opening wizard (``ui/wizard``, used as is) on the
counter PC (docs/product-rules.md §staff).

The staff console is hidden and the staff session paused for the whole wizard: nothing the
seeker types counts as staff activity, no status poll runs, and the seeker types their own
password into the wizard — the staff member never sees it and the console never holds it.
When the wizard closes (finished, cancelled or its window closed) the server says whether the
staff session is still alive: if so the console comes back as it was; if the staff idle limit
(or the session's end) passed meanwhile, the console stays locked until the staff member
enters their password again (:meth:`StaffController.lock_console`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.domain.errors import ServiceUnavailable
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.domain.account_dto import SessionStatus
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.shell.mailbox_window import MailboxWindow
    from mypage_desktop.ui.wizard.opening_wizard import OpeningWizard

log = logging.getLogger(__name__)


class CounterWizard(QObject):
    """One run of the wizard at the counter.

    Signals:
        returned(bool): the wizard has closed; True when the staff session is still alive
            (the console may show again), False when the staff password is needed first.
        failed(str): the wizard could not be opened (message for the console).
    """

    returned = Signal(bool)
    failed = Signal(str)

    def __init__(self, owner: StaffSessionOwner, seeker_facade: Any, app_info: AppInfo,
                 show_window: Callable[[QWidget], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._owner = owner
        self._seeker_facade = seeker_facade
        self._app_info = app_info
        self._show_window = show_window
        self.wizard: OpeningWizard | None = None
        self.mailbox: MailboxWindow | None = None

    @property
    def running(self) -> bool:
        return self.wizard is not None

    async def start(self, console: QWidget) -> OpeningWizard | None:
        """Loads the legal texts, pauses the staff session, hides the console, shows the wizard."""
        from mypage_desktop.ui.session.tasks import run_blocking

        try:
            legal = await run_blocking(self._seeker_facade.legal_documents)
            from mypage_desktop.ui.wizard.opening_wizard import OpeningWizard
        except (ImportError, OSError, ServiceUnavailable) as exc:
            log.error("counter wizard unavailable (%s)", type(exc).__name__)
            self.failed.emit(t("マイページの開設画面を表示できません。しばらくしてからもう一度お試しください。"))
            return None
        if self.wizard is not None or not self._owner.active:
            return self.wizard
        self._owner.pause()
        console.hide()
        wizard = OpeningWizard(self._seeker_facade, self._app_info, legal)
        wizard.finished.connect(self._on_wizard_finished)
        self.wizard = wizard
        self._show_window(wizard)
        if self._app_info.demo_mode:  # the seeker reads the 認証キー mail here in the demo
            from mypage_desktop.ui.shell.mailbox_window import MailboxWindow

            self.mailbox = MailboxWindow(self._seeker_facade)
            self.mailbox.show()
            self._show_window(wizard)
        log.info("counter wizard opened", extra={"event": "counter_wizard"})
        return wizard

    def close(self) -> None:
        """Closes the wizard at once, forgetting what was typed (session end, quit, crash)."""
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.finished.disconnect(self._on_wizard_finished)
            if wizard.isVisible():
                discard = getattr(wizard, "discard", None)
                discard() if callable(discard) else wizard.close()
            wizard.deleteLater()
        self._close_mailbox()

    def _close_mailbox(self) -> None:
        mailbox, self.mailbox = self.mailbox, None
        if mailbox is not None:
            mailbox.close()
            mailbox.deleteLater()

    @Slot(int)
    def _on_wizard_finished(self, _result: int) -> None:
        self.close()
        if self._owner.active:
            self._owner.start_task(self._return())

    async def _return(self) -> None:
        alive = False
        try:
            status: SessionStatus = await self._owner.call(self._owner.staff.staff_session_status)
            alive = status.active
        except ServiceUnavailable:
            log.warning("staff session status unavailable after the counter wizard")
        log.info("counter wizard closed", extra={"event": f"counter_wizard_closed:{'resume' if alive else 'lock'}"})
        if alive:
            self._owner.resume()
        self.returned.emit(alive)
