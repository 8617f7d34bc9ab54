"""紹介された求人・紹介状: the referrals HelloWork issued, each posting as it was when referred,
and the 紹介状 (print, PDF)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .. import style
from ..i18n import tr
from ..pages import SessionPage
from ..session_owner import SessionOwner

if TYPE_CHECKING:
    from mypage_desktop.facade import MyPageFacade

CONTEXT = "referrals_page"


class ReferralsPage(SessionPage):
    def __init__(self, owner: SessionOwner, facade: MyPageFacade, parent: QWidget | None = None) -> None:
        super().__init__(owner, facade, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(style.heading(tr(CONTEXT, "紹介された求人・紹介状"), self, scale=1.3))
        layout.addStretch(1)

