"""The staff forms' own inputs: dates typed the way people write them (「2026/12/03」,
「20261203」, 「14:30」), a date that may stay empty, multi-line text with a counter, and a
combo that never picks a required choice by default."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QLabel, QPlainTextEdit, QTimeEdit, QWidget

from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t

CHOOSE = N_("（選択してください）")
DATE_SEPARATOR_CHARS = "/-.／－．"
TIME_SEPARATOR_CHARS = ":："
MNEMONIC = re.compile(r"\(&.\)|&(?=.)")  # 「求人番号(&J)」 → 「求人番号」 for screen readers




class DateEdit(QDateEdit):
    """年/月/日 typed as 「2026/12/03」, 「2026-12-3」 or 「20261203」, or picked from the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy/MM/dd")

    def value(self) -> date:
        self.interpretText()  # a day typed as 「3」 counts before the field is left
        value = self.date().toPython()
        assert isinstance(value, date)
        return value

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if swallow_separator(self, event, DATE_SEPARATOR_CHARS, "/"):
            return  # after 「2026」 Qt has moved on to 月 by itself; the 「/」 must not skip it
        super().keyPressEvent(event)


class TimeEdit(QTimeEdit):
    """時:分 typed as 「14:30」 or 「1430」."""

    def __init__(self, value: QTime, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self.setDisplayFormat("HH:mm")

    def value(self) -> time:
        self.interpretText()
        value = self.time().toPython()
        assert isinstance(value, time)
        return value

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if swallow_separator(self, event, TIME_SEPARATOR_CHARS, ":"):
            return
        super().keyPressEvent(event)


def swallow_separator(edit: QDateTimeEdit, event: QKeyEvent, separators: str, shown: str) -> bool:
    """Qt moves to the next section by itself once one is complete (「2026」, 「14」); a
    separator typed right after that would skip a section. True when the key was eaten."""
    text = event.text()
    line = edit.lineEdit()
    start = line.selectionStart()
    if text and text in separators and line.hasSelectedText() and start > 0 and line.text()[start - 1] == shown:
        event.accept()
        return True
    return False


class OptionalDateEdit(DateEdit):
    """A date that may stay empty: at its minimum date it shows ``empty_text`` (「指定なし」,
    「未入力」). A click or an arrow key starts from today rather than from the sentinel, a
    digit starts typing the year; Delete empties it again."""

    SENTINEL = QDate(2000, 1, 1)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(self.SENTINEL)
        self.setMaximumDate(QDate(2099, 12, 31))
        self.setSpecialValueText(empty_text)
        self.setDate(self.SENTINEL)
        self.setToolTip(t("Delete キーで「{empty}」に戻ります。").format(empty=empty_text))

    def value(self) -> date | None:  # type: ignore[override]
        day = super().value()
        return None if self.is_empty() else day

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(self.SENTINEL)
        else:
            super().set_value(value)

    def is_empty(self) -> bool:
        return self.date() == self.SENTINEL

    def _start_from_today(self) -> None:
        if self.is_empty():
            self.setDate(QDate.currentDate())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start_from_today()  # the calendar would open in January 2000 otherwise
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Delete:
            self.set_value(None)
            event.accept()
            return
        if self.is_empty() and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self._start_from_today()  # the first step lands on today
            event.accept()
            return
        if self.is_empty() and event.text().isdigit():
            self._start_from_today()
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.lineEdit().setSelection(0, 4)
        super().keyPressEvent(event)


class TextBox(QPlainTextEdit):
    """Multi-line plain text (never rich text), Tab moves on, a live 「n／max文字」 counter.

    Signals:
        submit_requested(): Ctrl+Enter.
    """

    submit_requested = Signal()

    def __init__(self, max_length: int, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self.max_length = max_length
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self.counter = QLabel(self.parentWidget())
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.textChanged.connect(self._on_self_text_changed)
        self._on_self_text_changed()

    def text(self) -> str:
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_self_text_changed(self) -> None:
        length = len(self.toPlainText())
        self.counter.setText(t("{n}／{max}文字").format(n=length, max=self.max_length))
        style.themed_sheet(self.counter, style.text_colour("error_text" if length > self.max_length else "muted_text"))


def id_combo(parent: QWidget, choices: Iterable[str]) -> QComboBox:
    """A combo whose first entry is 「（選択してください）」 (data None): a required choice
    is never made by default."""
    combo = QComboBox(parent)
    combo.addItem(t(CHOOSE), None)
    for choice in choices:
        combo.addItem(t(choice), choice)
    return combo
