"""「辞退する」 confirmation: which application, that 辞退 cannot be undone, an optional note
for the employer. Opened with ``open()`` (docs/code-style.md §non-blocking-dialogs); it stays open while the 辞退 is
sent so that a refusal is shown in it and the typed note is not lost."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import ApplicationSummary
from mypage_desktop.domain.applications import NOTE_MAX, text_errors
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t


def warning_style(c: style.Colours) -> str:
    return (f"QLabel#withdrawWarning {{ background: {c.alert_bg}; color: {c.important_text};"
            f" border: 2px solid {c.important_border}; padding: 8px; font-weight: bold; }}")


class WithdrawDialog(QDialog):
    """Signals:
        confirmed(str): 「辞退する」 was pressed with a valid note (may be empty); the page
            sends the 辞退 and then calls :meth:`finish` or :meth:`show_error`.
    """

    confirmed = Signal(str)

    def __init__(self, summary: ApplicationSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.application_id = summary.application_id
        self.setWindowTitle(t("応募の辞退"))
        self.setModal(True)
        self.setMinimumWidth(520)
        facts = style.plain_label(t("次の応募を辞退します。\n\n事業所名：{company}\n職種：{occupation}\n"
                                    "応募番号：{number}").format(company=summary.company_name,
                                                                 occupation=summary.occupation,
                                                                 number=summary.application_number), self)
        self.warning = style.plain_label(t("辞退すると、元に戻すことはできません。同じ求人にもう一度応募すること"
                                           "もできません。"), self)
        self.warning.setObjectName("withdrawWarning")
        style.themed_sheet(self.warning, warning_style)
        note_caption = QLabel(t("事業所への連絡事項（任意・{max}文字以内）").format(max=NOTE_MAX), self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(t("例：他社への就職が決まったため"))
        self.note_edit.setAccessibleName(t("事業所への連絡事項"))
        self.note_edit.setFixedHeight(self.fontMetrics().height() * 5)
        note_caption.setBuddy(self.note_edit)
        self.error = FieldErrorLabel(self)
        self.withdraw_button = QPushButton(t("辞退する"), self)
        self.withdraw_button.setAutoDefault(False)
        self.cancel_button = QPushButton(t("キャンセル"), self)
        self.cancel_button.setDefault(True)  # Enter must not withdraw by accident
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addWidget(self.warning)
        layout.addSpacing(6)
        layout.addWidget(note_caption)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        """One 辞退 at a time (docs/security.md D3)."""
        self.withdraw_button.setEnabled(not busy)
        self.note_edit.setReadOnly(busy)
        self.withdraw_button.setText(t("送信しています…") if busy else t("辞退する"))

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.show_message(text)

    def finish(self) -> None:
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.withdraw_button.isEnabled():
            return  # sending: wait for the answer
        super().keyPressEvent(event)

    @Slot()
    def _on_withdraw_button_clicked(self) -> None:
        note, errors = text_errors("note", self.note_edit.toPlainText(), max_length=NOTE_MAX,
                                   code_prefix="application.note_", required=False)
        if errors:
            self.error.show_message("\n".join(field_message(e) for e in errors))
            self.note_edit.setFocus()
            return
        self.error.clear_message()
        self.set_busy(True)
        self.confirmed.emit(note.strip())
