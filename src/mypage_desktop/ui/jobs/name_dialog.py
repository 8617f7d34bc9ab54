"""Asks for a name (「この条件を保存」, 「名前を変更」) without blocking: opened with ``open()``;
「保存」 emits :attr:`NameDialog.name_submitted` and the caller either closes the dialog or
shows the service's message under the name field (the typed name stays)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.screen_fit import fit_dialog


class NameDialog(QDialog):
    """Signals:
        name_submitted(str): the user pressed 「保存」 (or Enter) with this name.
    """

    name_submitted = Signal(str)

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None, *, text: str = "",
                 ok_text: str = N_("保存")) -> None:
        super().__init__(parent)
        self.setWindowTitle(t(title))
        caption = QLabel(t(prompt), self)
        caption.setWordWrap(True)  # a translated prompt is long (large text, issue 15)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.name_edit = QLineEdit(self)
        self.name_edit.setText(text)
        self.name_edit.setAccessibleName(t("名前"))
        caption.setBuddy(self.name_edit)
        self.error = FieldErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(t(ok_text), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(t("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        fit_dialog(self)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.name_edit.setReadOnly(busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.show_message(text)
        self.name_edit.setFocus()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        """Not ``accept()``: the dialog stays open until the name was saved."""
        if not self.ok_button.isEnabled():
            return
        self.error.clear_message()
        self.set_busy(True)
        self.name_submitted.emit(self.name_edit.text())
