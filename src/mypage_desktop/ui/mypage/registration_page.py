"""求職者情報・設定: everything registered, the seeker's own changes (連絡先, 希望条件), 求職情報提供,
the 有効/無効 switch, the password change and the 求職公開 box, on one scrolling page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.mypage.contact_change import ContactChangeBox
from mypage_desktop.ui.mypage.display_box import DisplayBox
from mypage_desktop.ui.mypage.info_sharing_box import InfoSharingBox
from mypage_desktop.ui.mypage.password_change import PasswordChangeBox
from mypage_desktop.ui.mypage.publication_box import PublicationBox
from mypage_desktop.ui.mypage.registration_view import RegistrationInfoView
from mypage_desktop.ui.mypage.scroll_page import ScrollPage
from mypage_desktop.ui.mypage.status_switch import StatusSwitch, not_older
from mypage_desktop.ui.mypage.wishes_change import WishesChangeBox
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

COUNTER_NOTE = (N_("マイページで変更できるのは、連絡先（住所・電話番号）、希望条件、求職情報提供、"
                   "求職状態（有効／無効）、パスワードと求職公開です。氏名・生年月日など、そのほかの登録内容に誤りがある場合や"
                   "変更したい場合は、ハローワークの窓口にお申し出ください。"))


class RegistrationPage(ScrollPage):
    """``values[key]`` are the labels of the registered items (``name``, ``seeker_number``,
    ``status``, ``valid_until`` …); ``switch`` is the 有効/無効 switch, ``password`` the
    password change, ``publication`` the 求職公開 box."""

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        content = self.content
        self.info_view = RegistrationInfoView(content)
        self.values: dict[str, QLabel] = self.info_view.values
        self.note = style.plain_label(t(COUNTER_NOTE), content)
        self.note.setObjectName("counterNote")
        style.themed_sheet(self.note, lambda c: f"QLabel#counterNote {{ background: {c.info_bg}; border: 1px solid"
                                                   f" {c.info_border}; color: {c.info_text}; padding: 6px; }}")
        self.contact = ContactChangeBox(client, content)
        self.wishes = WishesChangeBox(client, content)
        self.sharing = InfoSharingBox(client, content)
        self.switch = StatusSwitch(client, content)
        self.password = PasswordChangeBox(client, content)
        self.publication = PublicationBox(client, content)
        layout = self.content_layout
        layout.addWidget(style.heading(t("求職者情報・設定"), content, scale=1.3))
        layout.addWidget(self.load_error)
        layout.addWidget(self.info_view)
        layout.addWidget(self.note)
        layout.addWidget(self.contact)
        layout.addWidget(self.wishes)
        layout.addWidget(self.sharing)
        layout.addWidget(self.switch)
        layout.addWidget(self.password)
        layout.addWidget(self.publication)  # 求職公開 (issue 12)
        self.display_box = DisplayBox(content)  # 文字の大きさ・表示 (issue 15), last on the page
        layout.addWidget(self.display_box)
        self._finish_layout()
        self.switch.changed.connect(self._on_switch_changed)
        self.contact.changed.connect(self._on_switch_changed)
        self.wishes.changed.connect(self._on_switch_changed)

    # -- SessionPage ----------------------------------------------------------------------
    def activate(self) -> None:
        """Fetches the registration again (a status changed at the counter shows at once)."""
        self._start_load()
        self.sharing.refresh()
        self.publication.load()

    def set_registration(self, info: RegistrationInfo) -> None:
        if not not_older(info, self.registration):
            return  # read before the latest switch: showing it would undo the switch on screen
        super().set_registration(info)
        self.load_error.clear_message()
        self.info_view.show_info(info)
        self.switch.show_info(info)
        self.contact.show_info(info)
        self.wishes.show_info(info)
        self.sharing.set_registration(info)

    def clear(self) -> None:
        super().clear()
        self.info_view.clear()
        self.switch.clear()
        self.contact.clear()
        self.wishes.clear()
        self.sharing.clear()
        self.password.clear()
        self.publication.clear()

    # -- loading ------------------------------------------------------------------------
    async def _load(self) -> None:
        info = await self._load_once(self._api.registration_info, "registration refresh unavailable")
        if info is None or not self._client.active or not not_older(info, self.registration):
            return
        changed = info != self.registration
        self.set_registration(info)
        if changed:  # e.g. the validity ran out or staff renewed it: every page should know
            self.registration_changed.emit(info)

    @Slot(object)
    def _on_switch_changed(self, info: RegistrationInfo) -> None:
        self.set_registration(info)
        self.publication.load()  # publishing is for 有効 registrations only
        self.registration_changed.emit(info)
