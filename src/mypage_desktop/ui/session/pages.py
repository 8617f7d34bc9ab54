"""The contract between the main window and its activity pages (ホーム, 求職者情報・設定, 紹介状,
応募履歴, メッセージ, お知らせ).

A page only talks to the façade through its :class:`SessionOwner` and to other pages through
the signals below; the main window wires them (it opens a 求人票, switches to 応募履歴 or to a
message thread, refreshes the unread counts) and tells every page the registration state so
that a page can disable what 無効 forbids (docs/product-rules.md §seeker-status).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient


class SessionPage(QWidget):
    """Base of a main-window page.

    Signals:
        job_requested(int): show this 求人票 (job id) in the job detail view.
        application_requested(int): show this application (id) in 応募履歴.
        thread_requested(int): show the message thread of this application (id).
        counts_changed(): unread counts or the dashboard may have changed (a thread or a
            notice was read, an application was made …); the window fetches them again.
        registration_changed(object): a new :class:`RegistrationInfo` (e.g. after the
            有効/無効 switch or an extension); the window passes it to every page.
        unread_known(object): fresh :class:`UnreadCounts` the page read anyway (the
            dashboard), so the window need not ask for them again.
    """

    job_requested = Signal(int)
    application_requested = Signal(int)
    thread_requested = Signal(int)
    counts_changed = Signal()
    registration_changed = Signal(object)
    unread_known = Signal(object)

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._api = client.api
        self.registration: RegistrationInfo | None = None

    def activate(self) -> None:
        """Called each time the page becomes the current one: load or refresh (off the GUI
        thread, through ``self._client.start_task``). Keeps selection/sort/scroll state."""

    def set_registration(self, info: RegistrationInfo) -> None:
        """The seeker's registration changed (or was first loaded). Pages that offer
        something 無効 forbids override this to disable it with an explanation."""
        self.registration = info

    def clear(self) -> None:
        """Logout (docs/security.md S5): drop every seeker value, model row, field, dialog and cache."""
        self.registration = None
