"""お知らせ: notices and おすすめ求人 from HelloWork, read only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .. import style
from ..i18n import tr
from ..pages import SessionPage
from ..session_owner import SessionOwner

if TYPE_CHECKING:
    from mypage_desktop.facade import MyPageFacade

CONTEXT = "notices_page"


class NoticesPage(SessionPage):
    def __init__(self, owner: SessionOwner, facade: MyPageFacade, parent: QWidget | None = None) -> None:
        super().__init__(owner, facade, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(style.heading(tr(CONTEXT, "お知らせ"), self, scale=1.3))
        layout.addStretch(1)

