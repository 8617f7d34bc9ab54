"""求職登録 at the counter: the person (氏名, フリガナ, 生年月日, contact, an optional login
email), the application (求職申込日, 希望) and the ID document the staff member saw (A3)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from mypage_desktop.domain.birthdate import birthdate_errors
from mypage_desktop.domain.email import email_errors
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.seeker import name_errors
from mypage_desktop.domain.staff_dto import ID_DOCUMENTS, NewSeeker
from mypage_desktop.domain.text import to_katakana
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.ui.staff.forms.common import Problem, StaffForm, problems_of
from mypage_desktop.ui.staff.forms.inputs import DateEdit, id_combo
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.text_width import width_for_text

TEXT_INPUT_MAX = 200  # generous: the service's limits answer with a message, never a silent cut
EMAIL_INPUT_MAX = 120
BIRTH_FIELDS = ("birth_year", "birth_month", "birth_day")  # their messages in this order


def _today_jst() -> date:
    return datetime.now(JST).date()


def _digits_edit(parent: QWidget, width_sample: str, max_length: int) -> QLineEdit:
    """Like the opening wizard's 年/月/日 boxes: short, right-aligned, digits preferred."""
    edit = QLineEdit(parent)
    edit.setMaxLength(max_length)
    width_for_text(edit, width_sample, 24)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers | Qt.InputMethodHint.ImhNoPredictiveText)
    return edit


def _line(parent: QWidget, max_length: int = TEXT_INPUT_MAX, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


class NewSeekerForm(StaffForm):
    """Signals:
        submitted(object, str): 「登録する」 with a :class:`NewSeeker` (as typed; フリガナ in
            katakana) and the ID document checked (one of :data:`ID_DOCUMENTS`).
    """

    submitted = Signal(object, str)

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date] = _today_jst) -> None:
        super().__init__(t("求職登録"), t("本人確認書類を確認してから入力してください。ログイン用メールアドレスは、"
                                      "マイページを使う方だけ入力します。"), t("登録する"), parent)
        self._today = today
        self.name = _line(self.inputs, placeholder=t("例: 山形 太郎"))
        self.name_kana = _line(self.inputs, placeholder=t("例: ヤマガタ タロウ"))
        self.birth_year = _digits_edit(self.inputs, "0000", 10)
        self.birth_month = _digits_edit(self.inputs, "00", 6)
        self.birth_day = _digits_edit(self.inputs, "00", 6)
        self.birth_year.setAccessibleName(t("生年月日（年）"))
        self.birth_month.setAccessibleName(t("生年月日（月）"))
        self.birth_day.setAccessibleName(t("生年月日（日）"))
        birth = QHBoxLayout()
        for edit, unit in ((self.birth_year, t("年")), (self.birth_month, t("月")), (self.birth_day, t("日"))):
            birth.addWidget(edit)
            birth.addWidget(QLabel(unit, self.inputs))
        birth.addStretch(1)
        self.phone = _line(self.inputs, 40, t("例: 023-000-0000"))
        self.address = _line(self.inputs)
        self.email = _line(self.inputs, EMAIL_INPUT_MAX, "hellowork@example.jp")
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly
                                       | Qt.InputMethodHint.ImhNoAutoUppercase
                                       | Qt.InputMethodHint.ImhNoPredictiveText)
        self.applied_on = DateEdit(self.inputs)
        self.wish_occupation = _line(self.inputs, placeholder=t("例: 一般事務"))
        self.wish_location = _line(self.inputs, placeholder=t("例: 山形市内"))
        self.wish_wage = _line(self.inputs, 80, t("例: 月給18万円以上"))
        self.id_document = id_combo(self.inputs, ID_DOCUMENTS)

        self.add_section(t("本人の情報"))
        self.add_row(t("氏名(&M)"), self.name, "name", required=True)
        self.add_row(t("フリガナ(&F)"), self.name_kana, "name_kana", required=True,
                     hint=t("全角カタカナ（ひらがな・半角カナは自動で直します）"))
        self.add_row(t("生年月日(&B)"), birth, "birthdate", self.birth_year, required=True,
                     hint=t("西暦・半角数字"))
        for field, edit in (("birth_year", self.birth_year), ("birth_month", self.birth_month),
                            ("birth_day", self.birth_day)):
            self.alias(field, "birthdate", edit)
        self.add_row(t("電話番号(&T)"), self.phone, "phone", hint=t("半角数字とハイフン"))
        self.add_row(t("住所(&A)"), self.address, "address")
        self.add_row(t("ログイン用メールアドレス(&E)"), self.email, "email",
                     hint=t("マイページを使う場合のみ（半角英数字100文字以内）"))
        self.add_section(t("求職の申込み"))
        self.add_row(t("求職申込日(&D)"), self.applied_on, "applied_on", required=True)
        self.add_row(t("希望職種(&O)"), self.wish_occupation, "wish_occupation")
        self.add_row(t("希望勤務地(&L)"), self.wish_location, "wish_location")
        self.add_row(t("希望賃金(&W)"), self.wish_wage, "wish_wage")
        self.add_section(t("本人確認"))
        self.add_row(t("確認した本人確認書類(&I)"), self.id_document, "id_document", required=True)
        self.finish_layout([self.name, self.name_kana, self.birth_year, self.birth_month, self.birth_day, self.phone,
                            self.address, self.email, self.applied_on, self.wish_occupation, self.wish_location,
                            self.wish_wage, self.id_document], scroll=True)
        self.name_kana.editingFinished.connect(self._on_name_kana_editing_finished)
        self.reset_inputs()

    # -- values -------------------------------------------------------------------------
    def new_seeker(self) -> NewSeeker:
        return NewSeeker(
            name=self.name.text(), name_kana=self.name_kana.text(), birth_year=self.birth_year.text(),
            birth_month=self.birth_month.text(), birth_day=self.birth_day.text(), phone=self.phone.text(),
            address=self.address.text(), email=self.email.text().strip(),
            applied_on=self.applied_on.value(),
            wish_occupation=self.wish_occupation.text(), wish_location=self.wish_location.text(),
            wish_wage=self.wish_wage.text())

    def submit(self) -> None:
        self._convert_kana()
        seeker = self.new_seeker()
        today = self._today()
        birth = sorted(birthdate_errors(seeker.birth_year, seeker.birth_month, seeker.birth_day, today),
                       key=lambda e: BIRTH_FIELDS.index(e.field) if e.field in BIRTH_FIELDS else 0)
        errors = name_errors("name", seeker.name) + name_errors("name_kana", seeker.name_kana, kana=True) + birth
        if seeker.email:
            errors += email_errors(seeker.email)
        document = self.id_document.currentData()
        if document not in ID_DOCUMENTS:
            errors.append(FieldError("id_document", "staff.id_document"))
        problems: list[Problem] = problems_of(errors)
        if seeker.applied_on is not None and seeker.applied_on > today:
            problems.append(("applied_on", t("求職申込日に未来の日付は指定できません。")))
        if problems:
            self.show_problems(problems)
            return
        self.clear_messages()
        self.submitted.emit(seeker, document)

    def reset_inputs(self) -> None:
        for edit in (self.name, self.name_kana, self.birth_year, self.birth_month, self.birth_day, self.phone,
                     self.address, self.email, self.wish_occupation, self.wish_location, self.wish_wage):
            edit.clear()
        today = self._today()
        self.applied_on.set_value(today)
        self.id_document.setCurrentIndex(0)

    # -- slots --------------------------------------------------------------------------
    def _convert_kana(self) -> None:
        converted = to_katakana(self.name_kana.text())
        if converted != self.name_kana.text():
            self.name_kana.setText(converted)

    @Slot()
    def _on_name_kana_editing_finished(self) -> None:
        """Shown converted as soon as the field is left, so what is stored is what is seen."""
        self._convert_kana()
