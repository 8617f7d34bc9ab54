"""The counter's small dialogs: the ID check before unlocking or starting a reset, and the
login-email change (docs/security.md A3: staff record which ID document they saw). Non-blocking
(``open()``, docs/code-style.md §non-blocking-dialogs); they stay open with a message next to the field until the action
succeeds, and nothing typed is lost on an error."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.staff_dto import ID_DOCUMENTS
from mypage_desktop.ui.staff.texts import CHOOSE
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, message, t


def id_document_combo(parent: QWidget) -> QComboBox:
    """The ID documents, with nothing chosen at first: the staff member must pick the one seen."""
    combo = QComboBox(parent)
    combo.setAccessibleName(t("確認した本人確認書類"))
    combo.setPlaceholderText(t(CHOOSE))
    for document in ID_DOCUMENTS:
        combo.addItem(t(document), document)
    combo.setCurrentIndex(-1)
    return combo


class _ActionDialog(QDialog):
    """A title, an explanation, a form, a message line and two buttons."""

    def __init__(self, title: str, text: str, action_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(480)
        self.text = style.plain_label(text, self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.error_label = FieldErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(action_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(t("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.cancel_button.clicked.connect(self.reject)

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error_label.show_message(text)


class IdCheckDialog(_ActionDialog):
    """Which ID document was seen, before unlocking or starting a password reset.

    Signals:
        confirmed(str): the document (a value of ``ID_DOCUMENTS``).
    """

    confirmed = Signal(str)

    def __init__(self, title: str, text: str, action_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, text, action_text, parent)
        self.document = id_document_combo(self)
        self.document_error = FieldErrorLabel(self)
        self.form.addRow(t("確認した本人確認書類"), self.document)
        self.form.addRow("", self.document_error)
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        self.document.currentIndexChanged.connect(self.document_error.clear_message)

    @Slot()
    def _on_ok_button_clicked(self) -> None:
        document = self.document.currentData()
        if document is None:
            self.document_error.show_message(message("staff.id_document"))
            return
        self.error_label.clear_message()
        self.set_busy(True)
        self.confirmed.emit(document)

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        self.set_busy(False)
        for error in errors:
            target = self.document_error if error.field == "id_document" else self.error_label
            target.show_message(field_message(error))


class EmailChangeDialog(_ActionDialog):
    """「ログインID（メールアドレス）の変更」: the new address and the ID document seen. The old
    address's pending keys are voided and both addresses get a mail (the service does it).

    Signals:
        submitted(str, str): the new address and the document.
    """

    submitted = Signal(str, str)

    def __init__(self, current_email: str | None, parent: QWidget | None = None) -> None:
        registering = not current_email
        title = t("ログインID（メールアドレス）の登録") if registering else t("ログインID（メールアドレス）の変更")
        text = t("ご本人であることを本人確認書類で確認してから、新しいメールアドレスを入力してください。")
        if not registering:
            text += "\n" + t("変更すると、古いアドレスあての認証キーは無効になり、ログイン中のマイページは"
                             "ログアウトされます。古いアドレスと新しいアドレスの両方にお知らせのメールが届きます。")
        else:
            text += "\n" + t("登録したアドレスにお知らせのメールが届きます。")
        super().__init__(title, text, t("登録する") if registering else t("変更する"), parent)
        self.current = style.plain_label(current_email or t("（未登録）"), self)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.email_edit = QLineEdit(self)
        self.email_edit.setMaxLength(256)  # the service reports >100 with a clear message
        self.email_edit.setAccessibleName(t("新しいメールアドレス"))
        self.email_edit.setPlaceholderText("hellowork@example.jp")
        self.email_error = FieldErrorLabel(self)
        self.document = id_document_combo(self)
        self.document_error = FieldErrorLabel(self)
        self.form.addRow(t("現在のメールアドレス"), self.current)
        self.form.addRow(t("新しいメールアドレス"), self.email_edit)
        self.form.addRow("", self.email_error)
        self.form.addRow(t("確認した本人確認書類"), self.document)
        self.form.addRow("", self.document_error)
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        self.email_edit.textEdited.connect(self.email_error.clear_message)
        self.document.currentIndexChanged.connect(self.document_error.clear_message)

    @Slot()
    def _on_ok_button_clicked(self) -> None:
        document = self.document.currentData()
        self.email_error.clear_message()
        self.document_error.clear_message()
        self.error_label.clear_message()
        if not self.email_edit.text().strip():
            self.email_error.show_message(message("email.required"))
        if document is None:
            self.document_error.show_message(message("staff.id_document"))
        if not self.email_edit.text().strip() or document is None:
            return
        self.set_busy(True)
        self.submitted.emit(self.email_edit.text(), document)

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        self.set_busy(False)
        labels = {"email": self.email_error, "id_document": self.document_error}
        texts: dict[FieldErrorLabel, list[str]] = {}
        for error in errors:
            texts.setdefault(labels.get(error.field, self.error_label), []).append(field_message(error))
        for label, lines in texts.items():
            label.show_message("\n".join(lines))
        if self.email_error.isVisible():
            self.email_edit.setFocus(Qt.FocusReason.OtherFocusReason)
