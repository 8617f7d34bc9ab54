"""Texts and the small building blocks the 仮登録 pages share (every string through :func:`t`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.combo import shrinkable
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t

UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。入力した内容はそのままです。")
REQUIRED_MARK = N_("（必須）")
OPTIONAL_MARK = N_("（任意）")


def label(text: str, parent: QWidget | None = None, *, bold: bool = False) -> QLabel:
    widget = QLabel(text, parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # what people typed is never markup (I4)
    widget.setWordWrap(True)
    if bold:
        font = widget.font()
        font.setBold(True)
        widget.setFont(font)
    return widget


class StepPage(QWidget):
    """One step: a scrollable column of labelled fields, each with its message underneath.
    ``edits`` maps a form field to its widget, ``messages`` to its message label."""

    def __init__(self, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QWidget] = {}
        self.messages: dict[str, FieldErrorLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(t("入力欄"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body = QWidget(scroll)
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(12, 8, 12, 8)
        if intro:
            self.column.addWidget(label(intro, self.body))
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.setVerticalSpacing(4)
        self.column.addLayout(self.grid)
        self.column.addStretch(1)
        scroll.setWidget(self.body)
        outer.addWidget(scroll)

    def add_row(self, field: str, caption: str, widget: QWidget, *, required: bool = False,
                optional: bool = False, hint: str = "") -> QWidget:
        row = self.grid.rowCount()
        mark = t(REQUIRED_MARK) if required else t(OPTIONAL_MARK) if optional else ""
        caption_label = label(caption + mark, self.body)
        caption_label.setBuddy(widget)
        caption_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(caption_label, row, 0)
        self.grid.addWidget(widget, row, 1)
        if hint:
            widget.setAccessibleDescription(hint)
        message = FieldErrorLabel(self.body, widget)
        self.grid.addWidget(message, row + 1, 1)
        if hint:
            self.grid.addWidget(label(hint, self.body), row + 2, 1)
        self.edits[field] = widget
        self.messages[field] = message
        widget.setAccessibleName(caption)
        return widget

    def line(self, field: str, caption: str, max_length: int, **kwargs: Any) -> QLineEdit:
        edit = QLineEdit(self.body)
        edit.setMaxLength(max_length)  # a little above the rule: the service says what is too long
        edit.setObjectName(field)
        self.add_row(field, caption, edit, **kwargs)
        return edit

    def text(self, field: str, caption: str, **kwargs: Any) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.body)
        edit.setObjectName(field)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        self.add_row(field, caption, edit, **kwargs)
        return edit

    def combo(self, field: str, caption: str, choices: tuple[str, ...], empty: str, **kwargs: Any) -> QComboBox:
        box = QComboBox(self.body)
        box.setObjectName(field)
        shrinkable(box)  # as wide as the column, not as its longest choice
        for value in choices:
            box.addItem(t(value) if value else t(empty), value)
        self.add_row(field, caption, box, **kwargs)
        return box

    # -- values -----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for field, widget in self.edits.items():
            if isinstance(widget, QLineEdit):
                found[field] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                found[field] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                found[field] = widget.currentData() or ""
        return found

    def load(self, values: dict[str, Any]) -> None:
        for field, widget in self.edits.items():
            value = values.get(field, "")
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        for message in self.messages.values():
            message.clear_message()
        for error in errors:
            target = self.messages.get(error.field)
            if target is not None and not target.isVisible():
                target.show_message(field_message(error))

    def first_error_widget(self) -> QWidget | None:
        for field, message in self.messages.items():
            if message.isVisible():
                return self.edits[field]
        return None
