"""The input steps: 基本情報, 連絡先 (with the 郵便番号 lookup), 希望する仕事, and 免許・資格 /
障害に関する情報（任意） / 自己PR. Limits: docs/product-rules.md §preregistration."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from mypage_desktop.domain.preregistration import EMPLOYMENT_TYPES, GENDERS, LINE_MAX, TEXT_MAX
from mypage_desktop.domain.preregistration_dto import PostalAddress
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.postal_fill import address_after_lookup
from mypage_desktop.ui.widgets.prereg_form.texts import StepPage, label


class BasicPage(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("ご本人の情報を入力してください。"), parent)
        self.line("name", t("氏名"), 40, required=True, hint=t("例: 山形 太郎（姓と名の間に空白）"))
        self.line("name_kana", t("フリガナ"), 40, required=True,
                  hint=t("カタカナ（ひらがなでも入力できます）　例: ヤマガタ タロウ"))
        birth = QWidget(self.body)
        row = QHBoxLayout(birth)
        row.setContentsMargins(0, 0, 0, 0)
        for field, unit, width in (("birth_year", N_("年"), 70), ("birth_month", N_("月"), 45), ("birth_day", N_("日"),
                                                                                               45)):
            edit = QLineEdit(birth)
            edit.setObjectName(field)
            edit.setMaxLength(4 if field == "birth_year" else 2)
            edit.setFixedWidth(width)
            edit.setAccessibleName(t("生年月日") + t(unit))
            row.addWidget(edit)
            row.addWidget(label(t(unit), birth))
            self.edits[field] = edit
        row.addStretch(1)
        self.add_row("birth_date", t("生年月日"), birth, required=True, hint=t("半角数字、西暦で入力してください"))
        del self.edits["birth_date"]
        for field in ("birth_year", "birth_month", "birth_day"):
            self.messages[field] = self.messages["birth_date"]
        del self.messages["birth_date"]
        self.combo("gender", t("性別"), GENDERS, t("選択しない"), optional=True)


class ContactPage(StepPage):
    """``lookup_requested(code)``: the wizard runs the lookup off the GUI thread and calls
    :meth:`show_addresses` with what it found."""

    lookup_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("連絡先を入力してください。"), parent)
        postal = QWidget(self.body)
        row = QHBoxLayout(postal)
        row.setContentsMargins(0, 0, 0, 0)
        self.postal_edit = QLineEdit(postal)
        self.postal_edit.setObjectName("postal_code")
        self.postal_edit.setMaxLength(10)
        self.postal_edit.setFixedWidth(110)
        self.postal_edit.setAccessibleName(t("郵便番号"))
        self.lookup_button = QPushButton(t("住所を検索"), postal)
        self.choices = QComboBox(postal)
        self.choices.setAccessibleName(t("住所の候補"))
        self.choices.hide()
        row.addWidget(self.postal_edit)
        row.addWidget(self.lookup_button)
        row.addWidget(self.choices, 1)
        row.addStretch(0)
        self.add_row("postal_code", t("郵便番号"), postal, required=True,
                     hint=t("7桁の数字を入力して「住所を検索」を押すと、住所の前半が入ります"))
        self.edits["postal_code"] = self.postal_edit
        self.address_edit = self.line("address", t("住所"), LINE_MAX["address"] + 20, required=True,
                                      hint=t("番地・建物名・部屋番号まで入力してください"))
        self.line("phone", t("電話番号"), 20, required=True, hint=t("半角数字とハイフン　例: 023-600-1234"))
        self.line("email", t("メールアドレス"), 120, required=True,
                  hint=t("仮登録番号のお知らせと、一時保存した入力の再開に使います"))
        self.status = label("", self.body)
        self.column.insertWidget(1, self.status)
        self.status.hide()
        self.lookup_button.clicked.connect(lambda: self.lookup_requested.emit(self.postal_edit.text()))
        self.postal_edit.returnPressed.connect(self.lookup_button.click)
        self.choices.activated.connect(self._choose)
        self._filled = ""

    def show_addresses(self, found: list[PostalAddress]) -> None:
        self.choices.clear()
        self.choices.hide()
        if not found:
            self.status.setText(t("この郵便番号の住所が見つかりません。郵便番号を確かめるか、住所を入力してください。"))
            self.status.show()
            return
        self.status.hide()
        if len(found) == 1:
            self._fill(found[0].text)
            return
        for address in found:
            self.choices.addItem(address.text)
        self.choices.show()
        self._fill(found[0].text)

    def _choose(self, index: int) -> None:
        self._fill(self.choices.itemText(index))

    def _fill(self, text: str) -> None:
        """Puts the looked-up part in front of what was typed after it; what the seeker typed
        themselves is never thrown away."""
        new = address_after_lookup(self.address_edit.text(), text, self._filled)
        if new is None:
            self.status.setText(t("住所は入力済みのため変更していません: {address}").format(address=text))
            self.status.show()
            return
        self.address_edit.setText(new)
        self._filled = text


class WishPage(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("希望する仕事の条件を入力してください。窓口で相談しながら変更することもできます。"), parent)
        self.line("wish_occupation", t("希望職種"), LINE_MAX["wish_occupation"] + 20, required=True,
                  hint=t("例: 一般事務、介護職員、製造ライン作業"))
        self.line("wish_location", t("希望勤務地"), LINE_MAX["wish_location"] + 20, hint=t("例: 山形市、天童市"))
        self.combo("wish_employment", t("希望する雇用形態"), EMPLOYMENT_TYPES, t("（選択してください）"), required=True)
        self.line("wish_wage", t("希望賃金"), LINE_MAX["wish_wage"] + 20, hint=t("例: 月給18万円以上、時給1,000円以上"))
        self.line("wish_hours", t("希望就業時間"), LINE_MAX["wish_hours"] + 20, hint=t("例: 8:30〜17:30、午前のみ"))


class MorePage(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.text("licenses", t("免許・資格"), hint=t("1行に1つ　例: 普通自動車第一種運転免許（{max}文字以内）").format(
            max=TEXT_MAX["licenses"]))
        self.text("disability", t("障害に関する情報"), optional=True, hint=t(
            "入力は任意です。入力しなくても仮登録できます。配慮を希望することなどがあれば入力してください"
            "（窓口でご相談いただくこともできます）。"))
        self.counter = QLabel(self.body)
        self.text("self_pr", t("自己PR"), hint=t("{max}文字以内").format(max=TEXT_MAX["self_pr"]))
        self.grid.addWidget(self.counter, self.grid.rowCount(), 1)
        self.edits["self_pr"].textChanged.connect(self._count)  # type: ignore[attr-defined]
        self._count()

    def _count(self) -> None:
        length = len(self.edits["self_pr"].toPlainText())  # type: ignore[attr-defined]
        self.counter.setText(t("{n}／{max}文字").format(n=length, max=TEXT_MAX["self_pr"]))

    def load(self, values: dict[str, Any]) -> None:
        super().load(values)
        self._count()
