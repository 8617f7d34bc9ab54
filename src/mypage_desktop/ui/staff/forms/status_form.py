"""応募状況の記録: an application (応募番号 or 紹介番号) moves to a new status, e.g. from the
employer's 採否通知書; 面接予定 needs the interview's date, time and place."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTime, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from mypage_desktop.domain.applications import (
    INTERVIEW_REQUIRED,
    NOTE_MAX,
    PLACE_MAX,
    TRANSITIONS,
    ApplicationStatus,
    text_errors,
)
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.ui.staff.forms.common import Problem, StaffForm, problems_of
from mypage_desktop.ui.staff.forms.inputs import OptionalDateEdit, TextBox, TimeEdit, id_combo
from mypage_desktop.ui.widgets.i18n import t

# Every status some transition leads to (応募済 is where an application starts, never a target),
# in the order of the enum: the statuses staff may record.
STAFF_STATUSES: tuple[str, ...] = tuple(
    status.value for status in ApplicationStatus if any(status in targets for targets in TRANSITIONS.values()))
NUMBER_INPUT_MAX = 40
DEFAULT_TIME = QTime(10, 0)


class StatusForm(StaffForm):
    """Signals:
        submitted(object): the keyword arguments of ``StaffFacade.record_application_status``
            without the token: ``application_number``, ``status``, ``note``, ``interview_at``
            (an aware datetime in JST, or None) and ``place``.
    """

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("応募状況の記録"),
                         t("事業所から連絡のあった応募状況を記録します。"
                           "「面接予定」のときは面接の日時と場所も入力してください。"),
                         t("応募状況を記録"), parent)
        self.application_number = QLineEdit(self.inputs)
        self.application_number.setMaxLength(NUMBER_INPUT_MAX)
        self.application_number.setMaximumWidth(self.fontMetrics().horizontalAdvance("A00000-00000000") * 2)
        self.status = id_combo(self.inputs, STAFF_STATUSES)
        self.interview_date = OptionalDateEdit(t("未入力"), self.inputs)
        self.interview_time = TimeEdit(DEFAULT_TIME, self.inputs)
        self.interview_time.setAccessibleName(t("面接の時刻"))
        when = QHBoxLayout()
        when.addWidget(self.interview_date)
        when.addWidget(self.interview_time)
        when.addStretch(1)
        self.place = QLineEdit(self.inputs)
        self.note = TextBox(NOTE_MAX, self.inputs)
        self.add_row(t("応募番号(&A)"), self.application_number, "application_number", required=True,
                     hint=t("応募番号または紹介番号"))
        self.add_row(t("新しい応募状況(&S)"), self.status, "status", required=True)
        self._interview_caption = self.add_row(t("面接日時(&D)"), when, "interview_at", self.interview_date,
                                               hint=t("「面接予定」のときは必須です"))
        self._place_caption = self.add_row(t("面接場所(&P)"), self.place, "place",
                                           hint=t("「面接予定」のときは必須です（{max}文字以内）").format(max=PLACE_MAX))
        self.add_row(t("備考(&N)"), self.note, "note")
        self.alias("application", "application_number")
        self.finish_layout([self.application_number, self.status, self.interview_date, self.interview_time,
                            self.place, self.note])
        self.status.currentIndexChanged.connect(self._on_status_current_index_changed)
        self._on_status_current_index_changed()

    # -- values -------------------------------------------------------------------------
    def selected_status(self) -> str | None:
        value = self.status.currentData()
        return value if isinstance(value, str) else None

    def interview_selected(self) -> bool:
        return self.selected_status() == ApplicationStatus.INTERVIEW.value

    def submit(self) -> None:
        problems: list[Problem] = []
        number = self.application_number.text().strip()
        if not number:
            problems.append(("application_number", t("応募番号または紹介番号を入力してください。")))
        status = self.selected_status()
        if status is None:
            problems.append(("status", t("新しい応募状況を選んでください。")))
        interview_at: datetime | None = None
        place = ""
        if self.interview_selected():
            day = self.interview_date.value()
            if day is None:
                problems += problems_of([FieldError("interview_at", INTERVIEW_REQUIRED)])
            else:
                interview_at = datetime.combine(day, self.interview_time.value(), JST)
            place, errors = text_errors("place", self.place.text(), max_length=PLACE_MAX,
                                        code_prefix="application.place_", multiline=False)
            problems += problems_of(errors)
        note, errors = text_errors("note", self.note.text(), max_length=NOTE_MAX, code_prefix="application.note_",
                                   required=False)
        problems += problems_of(errors)
        if problems:
            self.show_problems(problems)
            return
        self.clear_messages()
        payload: dict[str, Any] = {"application_number": number, "status": status, "note": note,
                                   "interview_at": interview_at, "place": place.strip()}
        self.submitted.emit(payload)

    def reset_inputs(self) -> None:
        self.application_number.clear()
        self.status.setCurrentIndex(0)
        self.interview_date.set_value(None)
        self.interview_time.setTime(DEFAULT_TIME)
        self.place.clear()
        self.note.clear()

    # -- slots --------------------------------------------------------------------------
    @Slot()
    def _on_status_current_index_changed(self) -> None:
        """The interview inputs only count for 面接予定; what was typed there stays (greyed)
        in case the staff member picked another status by mistake."""
        interview = self.interview_selected()
        for widget in (self.interview_date, self.interview_time, self.place, self._interview_caption,
                       self._place_caption):
            widget.setEnabled(interview)
        if not interview:
            self.clear_field_error("interview_at")
            self.clear_field_error("place")
