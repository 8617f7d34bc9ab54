"""求職者情報・設定: everything registered at the counter, the 有効/無効 switch and the
password change."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid

from ..pages import SessionPage
from ..session_owner import SessionOwner
from .views import ProfileView

if TYPE_CHECKING:
    from mypage_desktop.facade import MyPageFacade

log = logging.getLogger(__name__)


class RegistrationPage(SessionPage):
    def __init__(self, owner: SessionOwner, facade: MyPageFacade, parent: QWidget | None = None) -> None:
        super().__init__(owner, facade, parent)
        self.view = ProfileView(self)
        self.values = self.view.values
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def activate(self) -> None:
        self._owner.start_task(self._load())

    async def _load(self) -> None:
        try:
            profile = await self._owner.call(self._facade.my_profile)
        except SessionInvalid:
            return
        except ServiceUnavailable:
            log.warning("profile refresh unavailable")
            return
        if self._owner.active:
            self.view.show_profile(profile)

    def clear(self) -> None:
        super().clear()
        self.view.clear()
