"""入力内容の確認 (with 「修正する」 per step) and the end: the 仮登録番号 and what to bring."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from mypage_desktop.domain.preregistration import WHAT_TO_BRING
from mypage_desktop.domain.preregistration_dto import HistoryRow, PreregistrationForm, PreregistrationSubmitted
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.preregistration.flow import STEP_TITLES, Step
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.prereg_form.texts import StepPage, label

NOT_GIVEN = N_("（未入力）")


def _history(rows: tuple[HistoryRow, ...]) -> str:
    now = t("現在")
    return "\n".join(f"{r.start}〜{r.end or now}　{r.text}" for r in rows) or t(NOT_GIVEN)


def review_sections(form: PreregistrationForm) -> list[tuple[Step, list[tuple[str, str]]]]:
    """What the review shows, step by step, as (caption, value) pairs."""
    birth = (t("{year}年{month}月{day}日").format(year=form.birth_year, month=form.birth_month, day=form.birth_day)
             if form.birth_year else "")
    return [
        (Step.BASIC, [(t("氏名"), form.name), (t("フリガナ"), form.name_kana), (t("生年月日"), birth),
                      (t("性別（任意）"), form.gender)]),
        (Step.CONTACT, [(t("郵便番号"), form.postal_code), (t("住所"), form.address), (t("電話番号"), form.phone),
                        (t("メールアドレス"), form.email)]),
        (Step.WISH, [(t("希望職種"), form.wish_occupation), (t("希望勤務地"), form.wish_location),
                     (t("希望する雇用形態"), form.wish_employment), (t("希望賃金"), form.wish_wage),
                     (t("希望就業時間"), form.wish_hours)]),
        (Step.HISTORY, [(t("学歴"), _history(form.education)), (t("職歴"), _history(form.work))]),
        (Step.MORE, [(t("免許・資格"), form.licenses), (t("障害に関する情報（任意）"), form.disability),
                     (t("自己PR"), form.self_pr)]),
    ]


class ReviewPage(StepPage):
    """``edit_requested(step)``: 「修正する」 beside a section."""

    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            t("入力内容を確認してください。よろしければ「この内容で仮登録する」を押してください。"), parent)
        self.messages_label = label("", self.body)
        style.themed_sheet(self.messages_label, lambda c: f"color: {c.error_text};")
        self.column.insertWidget(1, self.messages_label)
        self.edit_buttons: dict[Step, QPushButton] = {}
        self.value_labels: list[QLabel] = []

    def show_form(self, form: PreregistrationForm) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.edit_buttons.clear()
        self.value_labels.clear()
        row = 0
        for step, pairs in review_sections(form):
            self.grid.addWidget(label(t(STEP_TITLES[step]), self.body, bold=True), row, 0)
            button = QPushButton(t("修正する"), self.body)
            button.setAccessibleName(t("{title}を修正する").format(title=t(STEP_TITLES[step])))
            button.clicked.connect(lambda _=False, s=step: self.edit_requested.emit(int(s)))
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignRight)
            self.edit_buttons[step] = button
            row += 1
            for caption, value in pairs:
                self.grid.addWidget(label(caption, self.body), row, 0, Qt.AlignmentFlag.AlignTop)
                shown = label(value or t(NOT_GIVEN), self.body)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.value_labels.append(shown)
                self.grid.addWidget(shown, row, 1, 1, 2)
                row += 1

    def show_errors(self, errors: tuple) -> None:  # type: ignore[type-arg]
        self.messages_label.setText("\n".join(field_message(e) for e in errors))

    def clear_form(self) -> None:
        self.show_form(PreregistrationForm())
        self.messages_label.clear()


class DonePage(StepPage):
    def __init__(self, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._office = office_name
        self.number_label = label("", self.body, bold=True)
        self.number_label.setObjectName("preregNumber")
        style.scaled_font(self.number_label, 1.8, bold=True)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.expiry_label = label("", self.body)
        self.bring_label = label("", self.body)
        layout = QGridLayout()
        self.column.insertWidget(
            0, label(t("求職仮登録を受け付けました。まだ求職申込みは完了していません。"), self.body, bold=True))
        self.column.insertWidget(1, label(t("仮登録番号"), self.body))
        self.column.insertWidget(2, self.number_label)
        self.column.insertWidget(3, self.expiry_label)
        self.column.insertWidget(4, self.bring_label)
        self.column.insertLayout(5, layout)

    def show_result(self, result: PreregistrationSubmitted) -> None:
        self.number_label.setText(result.number)
        self.expiry_label.setText(t(
            "{date}までに{office}の窓口にお越しください。窓口で本人確認と内容の確認をして本登録をすると、"
            "求職番号が発行され、その場で求職者マイページを開設できます。期限を過ぎると仮登録の内容は削除されます。"
            "仮登録番号は、入力したメールアドレスにもお送りしました。").format(
            date=t("{year}年{month}月{day}日").format(year=result.expires_on.year, month=result.expires_on.month,
                                                   day=result.expires_on.day),
            office=self._office))
        self.bring_label.setText(t("窓口にお持ちいただくもの") + "\n" + "\n".join(
            "・" + t(item) for item in WHAT_TO_BRING))

    def clear(self) -> None:
        for widget in (self.number_label, self.expiry_label, self.bring_label):
            widget.clear()
