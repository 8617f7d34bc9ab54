"""The first step: what the 仮登録 is, the 中学校・高等学校 question (a pupil is stopped here with
where to go instead), and 「一時保存した入力を再開する」 (email → key by mail → email + key)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.flow_layout import flow_row
from mypage_desktop.ui.widgets.i18n import message, t
from mypage_desktop.ui.widgets.prereg_form.texts import StepPage, label
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.titled_box import TitledBox


class ResumePanel(TitledBox):
    """Signals: ``key_requested(email)``, ``resume_requested(email, key)``."""

    key_requested = Signal(str)
    resume_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t("一時保存した入力を再開する"), parent)
        column = QVBoxLayout(self)
        column.addWidget(label(t("一時保存したときのメールアドレスを入力して「認証キーを送信」を押し、"
                                 "届いたメールの認証キーを入力してください。"), self))
        row = QHBoxLayout()
        self.email_edit = QLineEdit(self)
        self.email_edit.setMaxLength(120)
        self.email_edit.setPlaceholderText("hellowork@example.jp")
        self.email_edit.setAccessibleName(t("メールアドレス"))
        self.send_button = QPushButton(t("認証キーを送信"), self)
        row.addWidget(label(t("メールアドレス"), self))
        row.addWidget(self.email_edit, 1)
        row.addWidget(self.send_button)
        column.addLayout(row)
        row = QHBoxLayout()
        self.key_edit = QLineEdit(self)
        self.key_edit.setMaxLength(12)
        self.key_edit.setFixedWidth(130)
        self.key_edit.setAccessibleName(t("認証キー"))
        self.resume_button = QPushButton(t("再開する"), self)
        row.addWidget(label(t("認証キー"), self))
        row.addWidget(self.key_edit)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        column.addLayout(row)
        self.status = StatusLabel("", self)
        self.status.hide()
        column.addWidget(self.status)
        self.message = FieldErrorLabel(self)
        column.addWidget(self.message)
        self.send_button.clicked.connect(lambda: self.key_requested.emit(self.email_edit.text()))
        self.resume_button.clicked.connect(
            lambda: self.resume_requested.emit(self.email_edit.text(), self.key_edit.text()))
        self.email_edit.returnPressed.connect(self.send_button.click)  # Enter does what the row's button does
        self.key_edit.returnPressed.connect(self.resume_button.click)

    def key_sent(self, minutes: int, sender: str) -> None:
        self.message.clear_message()
        text = t("一時保存した入力があれば、認証キーをメールでお送りしました（{minutes}分以内有効）。"
                 "届かない場合はメールアドレスを確かめ、{sender} からの受信を許可してください。")
        self.status.show_status(text.format(minutes=minutes, sender=sender))

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        self.message.show_message("\n".join(dict.fromkeys(message(e.code, **e.params) for e in errors)))

    def clear(self) -> None:
        self.email_edit.clear()
        self.key_edit.clear()
        self.status.hide()
        self.message.clear_message()


class StartPage(StepPage):
    """``answered(bool)``: True when the seeker is still at 中学校・高等学校."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t(
            "ハローワークに来所する前に、求職申込みの内容をこのパソコンで入力できます（仮登録）。"
            "入力後に表示される仮登録番号を控え、表示される期限までにハローワークの窓口にお越しください。"
            "窓口で内容と本人確認をして本登録をすると、求職番号が発行されます。"
            "入力の途中で「一時保存」すると、あとで続きから入力できます（保存の期限は保存したときに表示します）。"),
            parent)
        question = TitledBox(t("中学校または高等学校に在学中ですか。"), self.body)  # the title wraps
        row = flow_row(question)
        QVBoxLayout(question).addLayout(row)
        self.pupil_yes = QRadioButton(t("在学中である"), question)
        self.pupil_no = QRadioButton(t("在学中ではない"), question)
        self.group = QButtonGroup(self)
        self.group.addButton(self.pupil_yes)
        self.group.addButton(self.pupil_no)
        row.addWidget(self.pupil_no)
        row.addWidget(self.pupil_yes)
        QWidget.setTabOrder(self.pupil_no, self.pupil_yes)  # left to right, as they sit
        self.column.insertWidget(1, question)
        self.pupil_message = label(message("prereg.pupil"), self.body, bold=True)
        self.pupil_message.setObjectName("pupilMessage")
        style.themed_sheet(self.pupil_message, lambda c: f"QLabel#pupilMessage {{ color: {c.important_text};"
                                                         f" border: 2px solid {c.important_border}; padding: 8px; }}")
        self.pupil_message.hide()
        self.column.insertWidget(2, self.pupil_message)
        self.resume = ResumePanel(self.body)
        self.column.insertWidget(3, self.resume)
        self.pupil_yes.toggled.connect(self._on_toggled)
        self.pupil_no.toggled.connect(self._on_toggled)

    def _on_toggled(self) -> None:
        if not (self.pupil_yes.isChecked() or self.pupil_no.isChecked()):
            return
        self.pupil_message.setVisible(self.pupil_yes.isChecked())
        self.answered.emit(self.pupil_yes.isChecked())

    def clear(self) -> None:
        self.group.setExclusive(False)
        self.pupil_yes.setChecked(False)
        self.pupil_no.setChecked(False)
        self.group.setExclusive(True)
        self.pupil_message.hide()
        self.resume.clear()
