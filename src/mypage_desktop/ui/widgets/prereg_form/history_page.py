"""学歴・職歴: rows the seeker adds and removes (at most HISTORY_ROWS_MAX each)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.preregistration import HISTORY_ROWS_MAX, HISTORY_TEXT_MAX
from mypage_desktop.domain.preregistration_dto import HistoryRow
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.prereg_form.texts import StepPage, label
from mypage_desktop.ui.widgets.titled_box import TitledBox

PARTS = ("start", "end", "text")


class HistoryEditor(TitledBox):
    """One list (``kind`` education or work): a grid of 始め / 終わり / 内容 / 削除."""

    def __init__(self, kind: str, title: str, text_caption: str, end_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.kind = kind
        self._text_caption = text_caption
        self.rows: list[tuple[QLineEdit, QLineEdit, QLineEdit, QPushButton, FieldErrorLabel]] = []
        column = QVBoxLayout(self)
        column.addWidget(label(t("年月は西暦で「2020-04」のように入力してください。") + end_hint, self))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        for i, caption in enumerate((t("始め（年月）"), t("終わり（年月）"), text_caption)):
            self.grid.addWidget(label(caption, self, bold=True), 0, i)
        column.addLayout(self.grid)
        self.message = FieldErrorLabel(self)
        column.addWidget(self.message)
        self.add_button = QPushButton(t("行を追加"), self)
        self.add_button.setObjectName(f"{kind}_add")
        column.addWidget(self.add_button)
        self.add_button.clicked.connect(lambda: self.add_row())

    def add_row(self, row: HistoryRow | None = None) -> None:
        if len(self.rows) >= HISTORY_ROWS_MAX:
            return
        start, end, text = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for edit, width, length in ((start, 90, 10), (end, 90, 10), (text, 0, HISTORY_TEXT_MAX + 20)):
            edit.setMaxLength(length)
            if width:
                edit.setFixedWidth(width)
        start.setPlaceholderText("2015-04")
        remove = QPushButton(t("削除"), self)
        message = FieldErrorLabel(self, text)
        entry = (start, end, text, remove, message)
        number = len(self.rows) + 1
        for edit, caption in ((start, t("始め")), (end, t("終わり")), (text, self._text_caption)):
            edit.setAccessibleName(t("{n}行目の").format(n=number) + caption)
        remove.setAccessibleName(t("{n}行目を削除").format(n=number))
        if row is not None:
            start.setText(row.start)
            end.setText(row.end)
            text.setText(row.text)
        self.rows.append(entry)
        remove.clicked.connect(lambda: self.remove_row(entry))
        self._relayout()
        self.add_button.setEnabled(len(self.rows) < HISTORY_ROWS_MAX)

    def remove_row(self, entry: Any) -> None:
        self.rows.remove(entry)
        for widget in entry:
            widget.setParent(None)
            widget.deleteLater()
        self._relayout()
        self.add_button.setEnabled(True)

    def _relayout(self) -> None:
        for i, (start, end, text, remove, message) in enumerate(self.rows):
            self.grid.addWidget(start, 1 + 2 * i, 0)
            self.grid.addWidget(end, 1 + 2 * i, 1)
            self.grid.addWidget(text, 1 + 2 * i, 2)
            self.grid.addWidget(remove, 1 + 2 * i, 3)
            self.grid.addWidget(message, 2 + 2 * i, 0, 1, 4)

    def values(self) -> tuple[HistoryRow, ...]:
        return tuple(HistoryRow(s.text(), e.text(), x.text()) for s, e, x, _r, _m in self.rows)

    def load(self, rows: tuple[HistoryRow, ...]) -> None:
        for entry in list(self.rows):
            self.remove_row(entry)
        for row in rows:
            self.add_row(row)

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        self.message.clear_message()
        for *_edits, message in self.rows:
            message.clear_message()
        for error in errors:
            parts = error.field.split(".")
            if parts[0] != self.kind:
                continue
            if len(parts) == 1:
                self.message.show_message(field_message(error))
            elif int(parts[1]) < len(self.rows):
                target = self.rows[int(parts[1])][4]
                if not target.isVisible():
                    target.show_message(field_message(error))


class HistoryPage(StepPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("学歴と職歴を、古いものから順に入力してください（それぞれ{max}行まで）。").format(
            max=HISTORY_ROWS_MAX), parent)
        self.education = HistoryEditor("education", t("学歴"), t("学校名・学部・学科、卒業・中退など"),
                                       t("在学中の場合、終わりは空欄にしてください。"), self.body)
        self.work = HistoryEditor("work", t("職歴"), t("会社名・仕事の内容"),
                                  t("現在お勤めの場合、終わりは空欄にしてください。"), self.body)
        self.column.insertWidget(1, self.education)
        self.column.insertWidget(2, self.work)

    def values(self) -> dict[str, Any]:
        return {"education": self.education.values(), "work": self.work.values()}

    def load(self, values: dict[str, Any]) -> None:
        self.education.load(values.get("education", ()))
        self.work.load(values.get("work", ()))

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        self.education.show_errors(errors)
        self.work.show_errors(errors)

    def first_error_widget(self) -> QWidget | None:
        for editor in (self.education, self.work):
            for start, _end, _text, _remove, message in editor.rows:
                if message.isVisible():
                    return start
        return None
