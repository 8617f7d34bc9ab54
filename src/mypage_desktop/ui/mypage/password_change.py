"""パスワードの変更 (issue #6, docs/security.md C5, C6): the current password, the new one twice.

The same rule and messages as the opening wizard's 「パスワード登録」 (the service checks C3/C4
and answers with the domain's message codes). A wrong current password counts like a failed
login (L1); many of them end the session, which the session owner turns into the login
screen. On success the other sessions of the account have ended and a notice is mailed.

What stays typed after a refusal: the new password and its confirmation always stay (the
seeker only fixes what the message names); a current password that was wrong is emptied,
like the login window's password field, because typing it again is the only way on."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.account_dto import PasswordChanged
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.mypage.action_box import ActionBox
from mypage_desktop.ui.widgets import language, style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.secret_line_edit import SecretField
from mypage_desktop.ui.widgets.status_label import StatusLabel

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

CURRENT = "current_password"
NEW = "password"
CONFIRM = "password_confirm"
FIELDS = ((CURRENT, N_("現在のパスワード")), (NEW, N_("新しいパスワード")), (CONFIRM, N_("新しいパスワード（確認用）")))
CURRENT_WRONG = "password.current_wrong"
FIELD_WIDTH = 360  # px: 32 characters and the 「表示」 box
# The wizard's rule text (seed), and what C4 adds.
RULES = (N_("パスワード：半角の数字、英字、記号を組み合わせ、8桁以上32桁以内"),
         N_("メールアドレス・生年月日・求職番号を含むものや、よく使われていて推測されやすいものは登録できません。"))

def done_style(c: style.Colours) -> str:
    return (f"QLabel#passwordChanged {{ background: {c.info_bg}; color: {c.info_text}; padding: 8px;"
            f" border: 1px solid {c.info_border}; }}")



class PasswordChangeBox(ActionBox):
    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(t("パスワードの変更"), client, parent)
        self.fields: dict[str, SecretField] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        intro = style.plain_label(t("パスワードを変更するときは、現在のパスワードと新しいパスワードを入力して、"
                                    "「パスワードを変更する」を押してください。"), self)
        rules = style.plain_label("\n".join(t(rule) for rule in RULES), self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)  # the fields keep a readable width, the rest is space
        for row, (name, caption) in enumerate(FIELDS):
            field = SecretField(t(caption), self)
            field.setFixedWidth(FIELD_WIDTH)
            label = QLabel(t(caption), self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)  # a long caption wraps rather than widening the page (large text)
            label.setBuddy(field.edit)
            error = FieldErrorLabel(self)
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(field, row * 2, 1)
            grid.addWidget(error, row * 2 + 1, 1, 1, 2)
            field.edit.textEdited.connect(lambda _text, n=name: self._on_field_edited(n))
            field.edit.returnPressed.connect(self._on_change_button_clicked)
            self.fields[name] = field
            self.errors[name] = error
        self.change_button = QPushButton(t("パスワードを変更する"), self)
        self.change_button.setMinimumHeight(32)
        self.busy_label = style.plain_label(t("処理しています。しばらくお待ちください…"), self, wrap=False)
        self.error = FieldErrorLabel(self)
        self.done_label = StatusLabel("", self)
        self.done_label.setObjectName("passwordChanged")
        style.themed_sheet(self.done_label, done_style)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(rules)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        for first, second in ((self.fields[CURRENT].show_toggle, self.fields[NEW].edit),
                              (self.fields[NEW].show_toggle, self.fields[CONFIRM].edit),
                              (self.fields[CONFIRM].show_toggle, self.change_button)):
            QWidget.setTabOrder(first, second)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.clear()

    # -- public -------------------------------------------------------------------------
    def text(self, name: str) -> str:
        return self.fields[name].text()

    def clear(self) -> None:
        """Logout (S5): every field empty and masked, without undo history; no messages."""
        for field in self.fields.values():
            field.wipe()
        self._clear_errors()
        self.done_label.clear()
        self.done_label.hide()
        self._set_busy(False)

    # -- submitting ---------------------------------------------------------------------
    @Slot()
    def _on_change_button_clicked(self) -> None:
        if self._busy or not self._client.active:
            return  # one change at a time (a double click sends one request, D3)
        self._clear_errors()
        self.done_label.hide()
        self._set_busy(True)
        self._client.start_task(self._run(self.text(CURRENT), self.text(NEW), self.text(CONFIRM)))

    async def _run(self, current: str, new: str, confirm: str) -> None:
        # None also when the session ended (e.g. locked by repeated wrong passwords: the owner
        # shows the login screen).
        change = partial(self._api.change_password, language=language.current())  # the notice's language
        result: PasswordChanged | None = await self._attempt(change, current, new, confirm)
        if result is None:
            return
        for field in self.fields.values():
            field.wipe()  # the secrets are not needed any more
        lines = [
            t("パスワードを変更しました。次回から新しいパスワードでログインしてください。"),
            t("ほかのパソコンやスマートフォンでログインしていた場合、そのログインは終了しました"
              "（このパソコンのログインは続いています）。"),
            t("登録したメールアドレス宛に「パスワード変更のお知らせ」メールをお送りします。"),
        ]
        if result.password_converted_from_fullwidth:
            lines.append(t("入力されたパスワードに含まれていた全角の英字・数字・記号は、半角に変換して登録しました。"))
        self.done_label.setText("\n".join(lines))
        self.done_label.show()

    def _show_errors(self, errors: tuple[FieldError, ...]) -> None:
        """Each message under its field, anything else under the button; focus on the first."""
        by_field: dict[str, list[str]] = {}
        other: list[str] = []
        for error in errors:
            if error.field in self.errors:
                by_field.setdefault(error.field, []).append(field_message(error))
            else:
                other.append(field_message(error))
        if any(error.code == CURRENT_WRONG for error in errors):
            self.fields[CURRENT].wipe()
        first: SecretField | None = None
        for name, _caption in FIELDS:
            text = "\n".join(by_field.get(name, ()))
            if text:
                self.errors[name].show_message(text)
                self.fields[name].edit.setAccessibleDescription(text)
                first = first or self.fields[name]
        if other:
            self.error.show_message("\n".join(other))
        if first is not None:
            first.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        for name in self.errors:
            self._clear_field_error(name)
        self.error.clear_message()

    def _clear_field_error(self, name: str) -> None:
        self.errors[name].clear_message()
        self.fields[name].edit.setAccessibleDescription("")

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        for field in self.fields.values():
            field.setEnabled(not busy)
        self.change_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)

    @Slot(str)
    def _on_field_edited(self, name: str) -> None:
        self._clear_field_error(name)
        self.done_label.hide()
