"""ホーム: the seeker's dashboard (validity, unread messages and notices, new postings for
saved conditions, upcoming interviews)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..pages import SessionPage
from ..session_owner import SessionOwner
from .views import HomeView

if TYPE_CHECKING:
    from mypage_desktop.facade import MyPageFacade


class HomePage(SessionPage):
    def __init__(self, owner: SessionOwner, facade: MyPageFacade, parent: QWidget | None = None) -> None:
        super().__init__(owner, facade, parent)
        self.view = HomeView(self)
        self.summary = self.view.summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def activate(self) -> None:
        if self._owner.profile is not None:
            self.view.show_profile(self._owner.profile)

    def clear(self) -> None:
        super().clear()
        self.view.clear()
