"""求職者情報・設定: everything registered at the counter (read only), the 有効/無効 switch
and the password change, on one scrolling page."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid

from .. import style
from ..pages import SessionPage
from ..session_owner import SessionOwner
from ..widgets.field_error import FieldErrorLabel
from .password_change import PasswordChangeBox
from .registration_view import RegistrationInfoView
from .status_switch import StatusSwitch, not_older
from .texts import LOAD_FAILED, t

if TYPE_CHECKING:
    from mypage_desktop.facade import MyPageFacade

log = logging.getLogger(__name__)
COUNTER_NOTE = ("登録内容（氏名、連絡先、希望条件など）の変更は、ハローワークの窓口で承ります。"
                "誤りがある場合や変更したい場合は、窓口にお申し出ください。マイページで変更できるのは、"
                "求職状態（有効／無効）とパスワードです。")


class RegistrationPage(SessionPage):
    """``values[key]`` are the labels of the registered items (``name``, ``seeker_number``,
    ``status``, ``valid_until`` …); ``switch`` is the 有効/無効 switch, ``password`` the
    password change."""

    def __init__(self, owner: SessionOwner, facade: MyPageFacade, parent: QWidget | None = None) -> None:
        super().__init__(owner, facade, parent)
        content = QWidget(self)
        self.info_view = RegistrationInfoView(content)
        self.values: dict[str, QLabel] = self.info_view.values
        self.load_error = FieldErrorLabel(content)
        self.note = style.plain_label(t(COUNTER_NOTE), content)
        self.note.setObjectName("counterNote")
        self.note.setStyleSheet("QLabel#counterNote { background: #f3f7fc; border: 1px solid #9db7dc;"
                                " color: #0b2f5c; padding: 6px; }")
        self.switch = StatusSwitch(owner, facade, content)
        self.password = PasswordChangeBox(owner, facade, content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(style.heading(t("求職者情報・設定"), content, scale=1.3))
        layout.addWidget(self.load_error)
        layout.addWidget(self.info_view)
        layout.addWidget(self.note)
        layout.addWidget(self.switch)
        layout.addWidget(self.password)
        layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.switch.changed.connect(self._on_switch_changed)

    @property
    def busy(self) -> bool:
        """A load is running (the screenshot tool waits for it)."""
        task = getattr(self, "_load_task", None)
        return task is not None and not task.done()

    # -- SessionPage ----------------------------------------------------------------------
    def activate(self) -> None:
        """Fetches the registration again (a status changed at the counter shows at once)."""
        self._load_task = self._owner.start_task(self._load())

    def set_registration(self, info: RegistrationInfo) -> None:
        if not not_older(info, self.registration):
            return  # read before the latest switch: showing it would undo the switch on screen
        super().set_registration(info)
        self.load_error.clear_message()
        self.info_view.show_info(info)
        self.switch.show_info(info)

    def clear(self) -> None:
        super().clear()
        self.info_view.clear()
        self.switch.clear()
        self.password.clear()
        self.load_error.clear_message()
        self.scroll_area.verticalScrollBar().setValue(0)

    # -- loading ------------------------------------------------------------------------
    async def _load(self) -> None:
        try:
            info = await self._owner.call(self._facade.registration_info)
        except SessionInvalid:
            return
        except ServiceUnavailable:
            log.warning("registration refresh unavailable")
            self.load_error.show_message(t(LOAD_FAILED))
            return
        if not self._owner.active or not not_older(info, self.registration):
            return
        changed = info != self.registration
        self.set_registration(info)
        if changed:  # e.g. the validity ran out or staff renewed it: every page should know
            self.registration_changed.emit(info)

    @Slot(object)
    def _on_switch_changed(self, info: RegistrationInfo) -> None:
        self.set_registration(info)
        self.registration_changed.emit(info)
