"""「連絡先の変更」 on 求職者情報・設定 (docs/product-rules.md §own-changes): 郵便番号 with the same
lookup as the 仮登録 form (Japan Post's data through ``lookup_postal_code``; the found part is
put in front of what was typed after it, and an address the seeker typed is never replaced),
住所 and 電話番号."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.errors import ServiceUnavailable, ValidationFailed
from mypage_desktop.domain.own_changes import ADDRESS_MAX, ContactChange, split_stored_address
from mypage_desktop.domain.preregistration_dto import PostalAddress
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.mypage.change_form import ChangeFormBox
from mypage_desktop.ui.mypage.texts import UNAVAILABLE
from mypage_desktop.ui.session.tasks import run_blocking
from mypage_desktop.ui.widgets import language, style
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.postal_fill import address_after_lookup
from mypage_desktop.ui.widgets.wrap_button import WrapButton

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

NOT_FOUND = N_("この郵便番号の住所が見つかりません。郵便番号を確かめるか、住所を入力してください。")


class ContactChangeBox(ChangeFormBox):
    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(t("連絡先の変更"), t("引っ越しや電話番号の変更があったときは、ここで変更できます。"
                                        "郵便番号・住所・電話番号をすべて入力してください。"),
                         t("連絡先を変更する"), client, parent)
        postal = QWidget(self)
        row = QHBoxLayout(postal)
        row.setContentsMargins(0, 0, 0, 0)
        self.postal_edit = QLineEdit(postal)
        self.postal_edit.setFixedWidth(110)
        self.lookup_button = WrapButton(t("住所を検索"), postal)
        self.choices = QComboBox(postal)
        self.choices.setAccessibleName(t("住所の候補"))
        self.choices.hide()
        row.addWidget(self.postal_edit)
        row.addWidget(self.lookup_button)
        row.addWidget(self.choices)
        row.addStretch(1)
        self.add_field("postal_code", t("郵便番号"), 10,
                       t("7桁の数字を入力して「住所を検索」を押すと、住所の前半が入ります"),
                       widget=postal, edit=self.postal_edit)
        self.postal_edit.returnPressed.disconnect()
        self.postal_edit.returnPressed.connect(self.lookup_button.click)
        self.address_edit = self.add_field("address", t("住所"), ADDRESS_MAX + 20,
                                           t("番地・建物名・部屋番号まで入力してください（{max}文字以内）").format(
                                               max=ADDRESS_MAX))
        self.address_edit.setMinimumWidth(420)
        self.phone_edit = self.add_field("phone", t("電話番号"), 20, t("半角数字とハイフン　例: 023-600-1234"))
        self.phone_edit.setFixedWidth(200)
        self.lookup_status = style.plain_label("", self)
        self.grid.addWidget(self.lookup_status, self.grid.rowCount(), 1, 1, 2)
        self.lookup_button.clicked.connect(self._on_lookup_clicked)
        self.choices.activated.connect(self._choose)
        self._filled = ""
        self.clear()

    def registered_values(self, info: RegistrationInfo) -> dict[str, str]:
        postal, rest = split_stored_address(info.address)
        return {"postal_code": postal, "address": rest, "phone": info.phone}

    def request(self) -> tuple[Callable[..., Any], Any]:
        # The notice goes out in the screens' language (docs/i18n.md#mails).
        change = ContactChange(self.value("postal_code"), self.value("address"), self.value("phone"))
        return partial(self._api.change_contact, language=language.current()), change

    def done_text(self) -> str:
        return t("連絡先を変更しました。")

    def clear(self) -> None:
        super().clear()
        self._filled = ""
        self.choices.clear()
        self.choices.hide()
        self.lookup_status.clear()
        self.lookup_status.hide()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.lookup_button.setEnabled(not busy)

    # -- the 郵便番号 lookup (the 仮登録 form's behaviour) -----------------------------------
    @Slot()
    def _on_lookup_clicked(self) -> None:
        if not self._client.active:
            return
        self.errors["postal_code"].clear_message()
        self.lookup_status.hide()
        self.lookup_button.setEnabled(False)
        self._client.start_task(self._lookup(self.postal_edit.text()))

    async def _lookup(self, code: str) -> None:
        try:
            found: list[PostalAddress] = await run_blocking(self._api.lookup_postal_code, code)
        except ValidationFailed as exc:
            self.errors["postal_code"].show_message("\n".join(field_message(e) for e in exc.errors))
            return
        except ServiceUnavailable:
            self.lookup_status.setText(t(UNAVAILABLE))
            self.lookup_status.show()
            return
        finally:
            self.lookup_button.setEnabled(not self._busy)
        self.show_addresses(found)

    def show_addresses(self, found: list[PostalAddress]) -> None:
        self.choices.clear()
        self.choices.hide()
        if not found:
            self.lookup_status.setText(t(NOT_FOUND))
            self.lookup_status.show()
            return
        self._dirty = True
        if len(found) > 1:
            for address in found:
                self.choices.addItem(address.text)
            self.choices.show()
        self._fill_address(found[0].text)

    def _choose(self, index: int) -> None:
        self._fill_address(self.choices.itemText(index))

    def _fill_address(self, text: str) -> None:
        """The found part in front of what was typed after the previous one; an address the
        seeker typed themselves (not from a lookup) is kept, and the status says so."""
        registered = self.registered_values(self._info)["address"] if self._info else ""
        new = address_after_lookup(self.address_edit.text(), text, self._filled, registered)
        if new is None:
            self.lookup_status.setText(t("住所は入力済みのため変更していません: {address}").format(address=text))
            self.lookup_status.show()
            return
        self.address_edit.setText(new)
        self._filled = text
        self.errors["address"].clear_message()
