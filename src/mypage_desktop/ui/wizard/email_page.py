"""Step 2 「メールアドレスの入力（パスワード登録申込）」: email and birthdate, then the key mail."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget, QWizard

from mypage_desktop.domain.account_dto import AppInfo, RegistrationRequested
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.ui.widgets import language, style
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.text_width import width_for_text
from mypage_desktop.ui.wizard.base_page import SubmittingPage, text_label
from mypage_desktop.ui.wizard.flow import OpeningFlow, PageId, RegistrationSubmission

C = "EmailPage"
EMAIL_MAX_INPUT = 120  # generous: 101+ characters get the message instead of silent truncation


def _digits_edit(parent: QWidget, digits: int, max_length: int, name: str) -> QLineEdit:
    """A field ``digits`` wide in the font in use (issue 15: it grows with 文字の大きさ)."""
    edit = QLineEdit(parent)
    edit.setMaxLength(max_length)
    width_for_text(edit, "0" * (digits + 1), 20)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers | Qt.InputMethodHint.ImhNoPredictiveText)
    edit.setAccessibleName(name)
    return edit


class EmailPage(SubmittingPage):
    page_id = PageId.EMAIL

    def __init__(self, flow: OpeningFlow, facade: MyPageFacade, app_info: AppInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._facade = facade
        self._pending: RegistrationSubmission | None = None
        self.setTitle(t("メールアドレスの入力（パスワード再設定申込）") if flow.reset
                      else t("メールアドレスの入力（パスワード登録申込）"))
        self.setCommitPage(True)  # once the key is requested there is no way back
        self.setButtonText(QWizard.WizardButton.CommitButton, t("次へ進む"))
        lead = text_label("\n".join((
            t("ハローワークの窓口で登録したメールアドレスおよび生年月日を入力してください。"),
            t("ご入力いただいたメールアドレス宛に「パスワード再設定申込受付通知」メールをお送りします。")
            if flow.reset else
            t("ご入力いただいたメールアドレス宛に「パスワード登録申込受付通知」メールをお送りします。"),
        )), self)
        allow = text_label(t("メール受信制限をされている方は{sender}からのメール受信を許可してください。")
                           .format(sender=app_info.mail_sender), self)
        allow.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QGridLayout(self.inputs)
        form.setContentsMargins(0, 8, 0, 8)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(4)
        form.setColumnStretch(7, 1)
        self.email = QLineEdit(self.inputs)
        self.email.setMaxLength(EMAIL_MAX_INPUT)
        width_for_text(self.email, "hellowork@example.jp", 24, fixed=False)
        self.email.setPlaceholderText("hellowork@example.jp")
        self.email.setAccessibleName(t("ID（メールアドレス）"))
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly
                                       | Qt.InputMethodHint.ImhNoAutoUppercase
                                       | Qt.InputMethodHint.ImhNoPredictiveText)
        email_row = QHBoxLayout()
        email_row.setSpacing(12)
        email_row.addWidget(self.email, 1)
        email_row.addWidget(self._hint(t("半角英数字100文字以内")))
        self.email.setAccessibleDescription(t("半角英数字100文字以内"))  # the hint, read with the field
        form.addWidget(self._caption(t("ID（メールアドレス）"), self.email), 0, 0)
        form.addLayout(email_row, 0, 1, 1, 7)
        form.addWidget(self.add_field("email", self.email), 1, 1, 1, 7)

        self.birth_year = _digits_edit(self.inputs, 4, 10, t("生年月日（年）"))
        self.birth_month = _digits_edit(self.inputs, 2, 6, t("生年月日（月）"))
        self.birth_day = _digits_edit(self.inputs, 2, 6, t("生年月日（日）"))
        form.addWidget(self._caption(t("生年月日"), self.birth_year), 2, 0)
        for column, (edit, unit) in enumerate(((self.birth_year, t("年")),
                                              (self.birth_month, t("月")),
                                              (self.birth_day, t("日")))):
            form.addWidget(edit, 2, 1 + 2 * column)
            form.addWidget(QLabel(unit, self.inputs), 2, 2 + 2 * column)
        form.addWidget(self._hint(t("半角数字 西暦で入力してください")), 2, 7)
        for edit in (self.birth_year, self.birth_month, self.birth_day):
            edit.setAccessibleDescription(t("半角数字 西暦で入力してください"))
        # The birthdate's messages one under the other, all starting under 「年」: each names
        # its field (「月」は…), and starting under their own fields made a staircase.
        for row, (name, edit) in enumerate((("birth_year", self.birth_year), ("birth_month", self.birth_month),
                                            ("birth_day", self.birth_day)), start=3):
            form.addWidget(self.add_field(name, edit), row, 1, 1, 7)

        mail_note = text_label(t("※入力したメールアドレス宛てに、「認証キー」が記載されたメールが届きます。"), self)
        layout = self.scrolling_layout()
        layout.addWidget(lead)
        layout.addWidget(allow)
        # The leaflet's advice for office PCs: shown on every PC (an office PC need not run in
        # kiosk mode), in bold on a kiosk, where the mail can only be read on the seeker's phone.
        self.on_the_spot = text_label(t(
            "※ハローワーク内のパソコンで手続きを行う場合は、登録したメールアドレスあてにメールが届きますので、"
            "その場で（ご自身のスマートフォンなどで）受信・確認できるようにご準備ください。"), self,
            bold=app_info.kiosk_mode)
        layout.addWidget(self.on_the_spot)
        layout.addWidget(self.page_error)
        layout.addWidget(self.inputs)
        layout.addWidget(mail_note)
        layout.addStretch(1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        for name, edit in zip(("email", "birth_year", "birth_month", "birth_day"), self._edits(), strict=True):
            self.registerField(f"{name}*", edit)  # 次へ進む stays off until each is filled
        self.setTabOrder(self.email, self.birth_year)
        self.setTabOrder(self.birth_year, self.birth_month)
        self.setTabOrder(self.birth_month, self.birth_day)

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self.inputs)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(buddy)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self.inputs)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # large text: the hint wraps beside its field instead of pushing it
        style.themed_sheet(label, lambda c: f"color: {c.muted_text};")
        return label

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.email, self.birth_year, self.birth_month, self.birth_day)

    def initializePage(self) -> None:
        self.email.setFocus(Qt.FocusReason.OtherFocusReason)

    def submission(self) -> Callable[[], RegistrationRequested] | None:
        if not self.flow.may_leave(self.page_id):
            return None
        self._pending = self.flow.registration_submission(
            self.email.text(), self.birth_year.text(), self.birth_month.text(), self.birth_day.text())
        if self.flow.reset:
            return partial(self._facade.request_password_reset, *self._pending.reset_args(),
                           language=language.current())
        # The key's mail goes out in the screens' language (docs/i18n.md#mails).
        return partial(self._facade.request_password_registration, *self._pending.args(),
                       language=language.current())

    def submitted(self, result: RegistrationRequested) -> None:
        assert self._pending is not None
        self.flow.registration_requested(self._pending, result)
        self._pending = None

    def failed(self, errors: tuple[FieldError, ...]) -> None:
        self._pending = None
        super().failed(errors)

    def has_input(self) -> bool:
        return any(edit.text() for edit in self._edits())

    def reset_inputs(self) -> None:
        self.clear_errors()
        self._pending = None
        for edit in self._edits():
            edit.setText("")
