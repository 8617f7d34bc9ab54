"""「監査ログ」 for 管理者 (docs/security.md A4): the staff-forms :class:`AuditLogView` wired to
``audit_log`` and ``staff_members``. The view asks for a page (newest first; scrolling to the
end asks for the next with ``before_id``); the calls run off the GUI thread. Reading the log
is itself audited by the service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.audit_dto import AuditQuery
from mypage_desktop.ui.staff.calls import guarded

if TYPE_CHECKING:
    import asyncio

    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.staff.audit_view import AuditLogView


class AuditPage(QObject):
    def __init__(self, owner: StaffSessionOwner, parent: QWidget) -> None:
        super().__init__(parent)
        from mypage_desktop.ui.staff.audit_view import AuditLogView

        self._owner = owner
        self.view: AuditLogView = AuditLogView(parent)
        self._members_loaded = False
        self._task: asyncio.Task[None] | None = None
        self.view.query_requested.connect(self._on_view_query_requested)

    def activate(self) -> None:
        """First shown: the staff list for the filter and the newest entries."""
        if not self._members_loaded and self._owner.active:
            self._members_loaded = True
            self._owner.start_task(self._load_members())
            self.view.search_button.click()  # the newest entries, as 「検索」 with no filter

    def clear(self) -> None:
        self._members_loaded = False
        self.view.clear()

    async def _load_members(self) -> None:
        members = await guarded(self._owner.call(self._owner.staff.staff_members), self.view.show_error)
        if members is None:
            self._members_loaded = False
            return
        self.view.set_staff_members(members)

    @Slot(object)
    def _on_view_query_requested(self, query: AuditQuery) -> None:
        if not self._owner.active:
            return
        if self._task is not None and not self._task.done():
            if query.before_id is not None:
                return  # the next page while a page loads: scrolling asks again
            self._task.cancel()  # new filters win over the page still loading
        self._task = self._owner.start_task(self._load(query))

    async def _load(self, query: AuditQuery) -> None:
        entries = await guarded(self._owner.call(self._owner.staff.audit_log, query), self.view.show_error)
        if entries is not None:
            self.view.show_entries(entries, query.before_id is not None, len(entries) >= query.limit)
