"""応募履歴: applications with their status history, 辞退 and the interview .ics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .. import style
from ..i18n import tr
from ..pages import SessionPage
from ..session_owner import SessionOwner

if TYPE_CHECKING:
    from mypage_desktop.facade import MyPageFacade

CONTEXT = "applications_page"


class ApplicationsPage(SessionPage):
    def __init__(self, owner: SessionOwner, facade: MyPageFacade, parent: QWidget | None = None) -> None:
        super().__init__(owner, facade, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(style.heading(tr(CONTEXT, "応募履歴"), self, scale=1.3))
        layout.addStretch(1)

    def show_application(self, application_id: int) -> None:
        """Selects this application and shows its detail (from a referral or a thread)."""
        raise NotImplementedError(application_id)

