"""「端末管理」 for 管理者 (issue 10; docs/security.md N3, N4): the :class:`DevicesView` wired to
``devices``, ``pending_device_enrolments``, ``approve_device`` and ``revoke_device``. Every
call runs off the GUI thread through the staff session owner; the services audit approving
and revoking. On the embedded back end there is no office CA, so approving answers
``device.no_ca`` next to the code field; listing and revoking work on both back ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from mypage_desktop.ui.staff.calls import guarded

if TYPE_CHECKING:
    import asyncio

    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.staff.devices_view import DevicesView


class DevicesPage(QObject):
    def __init__(self, owner: StaffSessionOwner, parent: QWidget) -> None:
        super().__init__(parent)
        from mypage_desktop.ui.staff.devices_view import DevicesView

        self._owner = owner
        self.view: DevicesView = DevicesView(parent)
        self._load_task: asyncio.Task[None] | None = None
        self.view.approve_requested.connect(self._on_view_approve_requested)
        self.view.approve_confirmed.connect(self._on_view_approve_confirmed)
        self.view.revoke_requested.connect(self._on_view_revoke_requested)
        self.view.refresh_requested.connect(self._on_view_refresh_requested)

    def activate(self) -> None:
        """Shown (again): enrolments come and expire within minutes, so the lists reload."""
        if self._owner.active and (self._load_task is None or self._load_task.done()):
            self._load_task = self._owner.start_task(self._load())

    def clear(self) -> None:
        self.view.clear()

    async def _load(self) -> None:
        staff = self._owner.staff
        devices = await guarded(self._owner.call(staff.devices), self.view.show_list_error)
        if devices is None:
            return
        self.view.show_devices(devices)
        pending = await guarded(self._owner.call(staff.pending_device_enrolments), self.view.show_list_error)
        if pending is not None:
            self.view.show_pending(pending)

    # -- approving ------------------------------------------------------------------------
    @Slot(str)
    def _on_view_approve_requested(self, code: str) -> None:
        self._owner.start_task(self._ask_approval(code))

    async def _ask_approval(self, code: str) -> None:
        """The confirmation names the enrolments waiting now, not the ones listed earlier."""
        pending = await guarded(self._owner.call(self._owner.staff.pending_device_enrolments),
                                self.view.show_code_error)
        if pending is None:
            return
        self.view.show_pending(pending)
        self.view.confirm_approval(code)

    @Slot(str)
    def _on_view_approve_confirmed(self, code: str) -> None:
        self._owner.start_task(self._approve(code))

    async def _approve(self, code: str) -> None:
        device = await guarded(self._owner.call(self._owner.staff.approve_device, code), self.view.show_code_error,
                               self.view.show_code_errors)
        if device is not None:
            self.view.show_approved(device)
            await self._load()

    # -- revoking -------------------------------------------------------------------------
    @Slot(int)
    def _on_view_revoke_requested(self, device_id: int) -> None:
        self._owner.start_task(self._revoke(device_id))

    async def _revoke(self, device_id: int) -> None:
        device = self.view.device_model.device(device_id)
        self.view.set_revoking(True)
        was_live = await guarded(self._owner.call(self._owner.staff.revoke_device, device_id),
                                 self.view.show_list_error)
        self.view.set_revoking(False)
        if was_live is None:
            return  # the message stays (a device gone says to reload the list)
        await self._load()
        if device is not None:
            self.view.show_revoked(device, was_live)

    @Slot()
    def _on_view_refresh_requested(self) -> None:
        self.activate()
