"""求職者情報: everything registered at the counter, read only, in four groups (基本情報,
連絡先・ログインID, 希望条件, 求職登録). Only shows what it is given; :meth:`clear` wipes it (S5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.mypage.texts import INACTIVE, date_text
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.flow_layout import FlowLayout
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.titled_box import TitledBox

GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (N_("基本情報"), (("name", N_("氏名")), ("name_kana", N_("フリガナ")), ("birthdate", N_("生年月日")),
                ("seeker_number", N_("求職番号")))),
    (N_("連絡先・ログインID"), (("phone", N_("電話番号")), ("address", N_("住所")), ("email",
                                                                                     N_("ログインID（メールアドレス）")))),
    (N_("希望条件"), (("wish_occupation", N_("希望職種")), ("wish_location", N_("希望勤務地")), ("wish_wage",
                                                                                                 N_("希望賃金")))),
    (N_("求職登録"), (("applied_on", N_("求職申込日")), ("valid_until", N_("有効期限")), ("status", N_("求職状態")),
                ("inactive_reason", N_("無効になった理由")))),
)
NOT_REGISTERED = N_("（登録なし）")


def info_values(info: RegistrationInfo) -> dict[str, str]:
    def text(value: str) -> str:
        return value if value.strip() else t(NOT_REGISTERED)

    return {
        "name": info.name,
        "name_kana": info.name_kana,
        "birthdate": date_text(info.birthdate),
        "seeker_number": info.seeker_number,
        "phone": text(info.phone),
        "address": text(info.address),
        "email": info.email,
        "wish_occupation": text(info.wish_occupation),
        "wish_location": text(info.wish_location),
        "wish_wage": text(info.wish_wage),
        "applied_on": date_text(info.applied_on),
        "valid_until": date_text(info.valid_until),
        "status": t(info.status),
        "inactive_reason": t(info.inactive_reason_label or "") if info.status == INACTIVE else "",
    }


class RegistrationInfoView(QWidget):
    """``values[key]`` is the label showing that item (keys as in :data:`GROUPS`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}
        # Two columns where they fit, else one under the other (large text, issue 15).
        grid = FlowLayout(self, columns=2, spacing=12, fill=True)
        grid.setContentsMargins(0, 0, 0, 0)
        for title, items in GROUPS:
            box = TitledBox(t(title), self)
            form = QFormLayout(box)
            form.setHorizontalSpacing(18)
            form.setVerticalSpacing(8)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # the value under a long caption
            for key, caption in items:
                value = style.plain_label("", box)
                value.setObjectName(f"profile_{key}")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
                caption_label = style.plain_label(t(caption), box, wrap=False)
                style.themed_sheet(caption_label, lambda c: f"color: {c.muted_text};")
                caption_label.setBuddy(value)
                form.addRow(caption_label, value)
                self.values[key] = value
                self._forms[key] = form
            grid.addWidget(box)
        self.values["status"].setObjectName("profileStatus")
        self._set_row_visible("inactive_reason", False)

    def _set_row_visible(self, key: str, visible: bool) -> None:
        self._forms[key].setRowVisible(self.values[key], visible)

    def show_info(self, info: RegistrationInfo) -> None:
        for key, text in info_values(info).items():
            self.values[key].setText(text)
        inactive = info.status == INACTIVE
        self._set_row_visible("inactive_reason", inactive and bool(info.inactive_reason_label))
        status_colour = "error_text" if inactive else "success_text"
        style.themed_sheet(self.values["status"], style.text_colour(status_colour, bold=True))

    def clear(self) -> None:
        for label in self.values.values():
            label.clear()
        self._set_row_visible("inactive_reason", False)
