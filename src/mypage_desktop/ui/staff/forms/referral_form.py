"""紹介状の発行: 求人番号 and a 備考 for the referral letter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from mypage_desktop.domain.applications import REFERRAL_NOTE_MAX, referral_note_errors
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.jobs import normalize_job_number
from mypage_desktop.ui.staff.forms.common import Problem, StaffForm, problems_of
from mypage_desktop.ui.staff.forms.inputs import TextBox
from mypage_desktop.ui.widgets.i18n import t

NOTE_MAX = REFERRAL_NOTE_MAX  # the 備考 printed on the 紹介状; checked by the same domain rule
JOB_NUMBER_INPUT_MAX = 40  # generous: a wrong paste gets the format message, never a silent cut


def job_number_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(JOB_NUMBER_INPUT_MAX)
    edit.setPlaceholderText(t("例: 06010-12345678"))
    edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00000-00000000") * 2)
    return edit


def job_number_problems(field: str, raw: str) -> tuple[str, list[Problem]]:
    """(the 求人番号 as the service stores it, problems); full-width digits and a missing
    hyphen are accepted by the domain's own normaliser."""
    if not raw.strip():
        return "", [(field, t("求人番号を入力してください。"))]
    number = normalize_job_number(raw)
    if number is None:
        return "", problems_of([FieldError(field, "job.number_format")])
    return number, []


class ReferralForm(StaffForm):
    """Signals:
        submitted(str, str): 「紹介状を発行」 with a valid 求人番号 (normalised) and the 備考.
    """

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("紹介状の発行"), t("紹介する求人の求人番号を入力してください。備考は紹介状に印刷されます。"),
                         t("紹介状を発行"), parent)
        self.job_number = job_number_edit(self.inputs)
        self.note = TextBox(NOTE_MAX, self.inputs, lines=3)
        self.add_row(t("求人番号(&J)"), self.job_number, "job_number", required=True, hint=t("5桁-8桁の数字"))
        self.add_row(t("備考(&N)"), self.note, "note", hint=t("{max}文字以内").format(max=NOTE_MAX))
        self.alias("job", "job_number")  # what the referral service calls it
        self.finish_layout([self.job_number, self.note])

    def submit(self) -> None:
        number, problems = job_number_problems("job_number", self.job_number.text())
        note = self.note.text()
        _clean, errors = referral_note_errors(note)
        problems += problems_of(errors)
        if problems:
            self.show_problems(problems)
            return
        self.clear_messages()
        self.submitted.emit(number, note)

    def reset_inputs(self) -> None:
        self.job_number.clear()
        self.note.clear()
