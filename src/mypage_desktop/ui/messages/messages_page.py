"""メッセージ: one thread per application with the employer (only where the employer has a 求人者マイページ)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .. import style
from ..i18n import tr
from ..pages import SessionPage
from ..session_owner import SessionOwner

if TYPE_CHECKING:
    from mypage_desktop.facade import MyPageFacade

CONTEXT = "messages_page"


class MessagesPage(SessionPage):
    def __init__(self, owner: SessionOwner, facade: MyPageFacade, parent: QWidget | None = None) -> None:
        super().__init__(owner, facade, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(style.heading(tr(CONTEXT, "メッセージ"), self, scale=1.3))
        layout.addStretch(1)

    def show_thread(self, application_id: int) -> None:
        """Opens the thread of this application (from 応募履歴)."""
        raise NotImplementedError(application_id)

