"""Step 3 「パスワード登録」: password twice and the 認証キー from the mail, then 「完了」."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from mypage_desktop.domain.account_dto import AppInfo, RegistrationCompleted
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.secret_line_edit import SecretField
from mypage_desktop.ui.widgets.text_width import width_for_text
from mypage_desktop.ui.wizard.base_page import SubmittingPage, text_label
from mypage_desktop.ui.wizard.flow import OpeningFlow, PageId

C = "PasswordPage"
KEY_MAX_INPUT = 20  # 8 digits plus the spaces or hyphens people copy from the mail


class PasswordPage(SubmittingPage):
    page_id = PageId.PASSWORD

    def __init__(self, flow: OpeningFlow, facade: MyPageFacade, app_info: AppInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._facade = facade
        self._app_info = app_info
        self.setTitle(t("新しいパスワードの登録") if flow.reset else t("パスワード登録"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, t("完了"))
        key_mail = t("パスワード再設定申込受付通知") if flow.reset else t("パスワード登録申込受付通知")
        # The same text whatever step 2 found (docs/security.md E3).
        self.received = text_label("\n".join((
            (t("パスワード再設定申込を受け付けました。") if flow.reset
             else t("パスワード登録申込を受け付けました。")),
            t("ハローワークの窓口で登録したメールアドレスと生年月日が確認できた場合、そのメールアドレス宛に"
              "「{mail}」メールをお送りしました。").format(mail=key_mail),
            t("メールに記載されている「認証キー」を確認後、パスワードと認証キーを入力し、"
              "「完了」ボタンをクリックしてください。"),
        )), self)

        form = QGridLayout(self.inputs)
        form.setContentsMargins(0, 8, 0, 4)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(4)
        form.setColumnStretch(1, 1)
        self.password = SecretField(t("登録するパスワード"), self.inputs)
        self.password_confirm = SecretField(t("登録するパスワード（確認用）"), self.inputs)
        self.auth_key = QLineEdit(self.inputs)
        self.auth_key.setMaxLength(KEY_MAX_INPUT)
        self.auth_key.setPlaceholderText("1234 5678")
        # From the font, as the birth-date boxes: 160 fixed pixels cut 「0000 0000」 at 200 %.
        width_for_text(self.auth_key, "00000 00000", 24, minimum=160)
        self.auth_key.setAccessibleName(t("認証キー"))
        self.auth_key.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers
                                          | Qt.InputMethodHint.ImhSensitiveData
                                          | Qt.InputMethodHint.ImhNoPredictiveText)
        row = 0
        for caption, widget, edit, name in (
            (t("登録するパスワード"), self.password, self.password.edit, "password"),
            (t("登録するパスワード（確認用）"), self.password_confirm, self.password_confirm.edit,
             "password_confirm"),
        ):
            form.addWidget(self._caption(caption, edit), row, 0)
            form.addWidget(widget, row, 1)
            form.addWidget(self.add_field(name, edit), row + 1, 1)
            row += 2
        self.restart_after_key = QPushButton(t("はじめからやり直す"), self.inputs)
        self.restart_after_key.hide()
        self.restart_after_key.clicked.connect(self._on_restart_clicked)
        key_row = QHBoxLayout()
        key_row.addWidget(self.auth_key)
        key_row.addStretch(1)
        form.addWidget(self._caption(t("認証キー"), self.auth_key), row, 0)
        form.addLayout(key_row, row, 1)
        # The button under the message, not beside it: side by side they made the page wider
        # than the wizard at 200 % in Portuguese (945 of 882 px).
        key_error = QVBoxLayout()
        key_error.addWidget(self.add_field("auth_key", self.auth_key))
        key_error.addWidget(self.restart_after_key, 0, Qt.AlignmentFlag.AlignLeft)
        form.addLayout(key_error, row + 1, 1)

        self.rules = text_label("\n".join((
            t("パスワード：半角の数字、英字、記号を組み合わせ、8桁以上32桁以内"),
            t("認証キー：「{mail}」メール記載の認証キー（メール配信から{minutes}分以内有効）")
            .format(mail=key_mail, minutes=app_info.key_validity_minutes),
        )), self)

        advice_box = QFrame(self)
        advice_box.setFrameShape(QFrame.Shape.StyledPanel)
        advice = QVBoxLayout(advice_box)
        advice.addWidget(text_label(t("しばらく経ってもメールが届かない場合は、メールアドレスが正しいかご確認ください。"
                                      "メール受信制限をしている方は、{sender} からのメール受信を許可し、"
                                      "はじめから{what}をやり直してください。").format(
                sender=app_info.mail_sender,
                what=t("パスワード再設定") if flow.reset else t("パスワード登録")), advice_box))
        self.restart_button = QPushButton(t("はじめからやり直す"), advice_box)
        self.restart_button.clicked.connect(self._on_restart_clicked)
        advice.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = self.scrolling_layout()
        layout.addWidget(self.received)
        layout.addWidget(self.page_error)
        layout.addWidget(self.inputs)
        layout.addWidget(self.rules)
        layout.addStretch(1)
        layout.addWidget(advice_box)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        for name, line_edit in zip(("password", "password_confirm", "auth_key"), self._edits(), strict=True):
            self.registerField(f"{name}*", line_edit)  # 完了 stays off until each is filled
        self.auth_key.textEdited.connect(self.restart_after_key.hide)
        self.setTabOrder(self.password.edit, self.password.show_toggle)
        self.setTabOrder(self.password.show_toggle, self.password_confirm.edit)
        self.setTabOrder(self.password_confirm.edit, self.password_confirm.show_toggle)
        self.setTabOrder(self.password_confirm.show_toggle, self.auth_key)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self.inputs)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(buddy)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.password.edit, self.password_confirm.edit, self.auth_key)

    def initializePage(self) -> None:
        self.password.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def submission(self) -> Callable[[], RegistrationCompleted] | None:
        if not self.flow.may_leave(self.page_id):
            return None
        pending = self.flow.password_submission(self.auth_key.text(), self.password.text(),
                                                self.password_confirm.text())
        complete = (self._facade.complete_password_reset if self.flow.reset
                    else self._facade.complete_password_registration)
        return partial(complete, *pending.args(), language=language.current())

    def submitted(self, result: RegistrationCompleted) -> None:
        self.flow.registration_completed(result)
        self._wipe_inputs()  # the secrets are not needed any more

    def failed(self, errors: tuple[FieldError, ...]) -> None:
        super().failed(self.flow.worded(errors))  # everything typed stays as it was
        self.restart_after_key.setVisible(self.flow.key_rejected(errors))

    def clear_errors(self) -> None:
        super().clear_errors()
        self.restart_after_key.hide()

    def has_input(self) -> bool:
        return any(edit.text() for edit in self._edits())

    def reset_inputs(self) -> None:
        self._wipe_inputs()

    def _wipe_inputs(self) -> None:
        self.clear_errors()
        self.password.wipe()
        self.password_confirm.wipe()
        self.auth_key.setText("")
