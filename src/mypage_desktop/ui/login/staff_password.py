"""「パスワードの変更」 for staff: at the first sign-in with the one-time password (docs/security.md A1)
and later from the console. The seekers' password rules apply (C3, C4); the current password
is required (C6); fields are masked with a show toggle and block copying (C5)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.errors import FieldError, ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.login.texts import UNAVAILABLE
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.secret_line_edit import SecretField

if TYPE_CHECKING:
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner

log = logging.getLogger(__name__)
FIELDS = ("current_password", "password", "password_confirm")


class PasswordChangePanel(QWidget):
    """Current password, new password twice, 「変更する」 (and 「中止してログアウト」 when asked for).

    Signals:
        changed(object): the new :class:`StaffProfile`; the fields are empty again.
        cancelled(): 「中止してログアウト」 was pressed.
    """

    changed = Signal(object)
    cancelled = Signal()

    def __init__(self, owner: StaffSessionOwner, parent: QWidget | None = None, *, first_time: bool = False,
                 cancel_text: str = N_("中止してログアウト")) -> None:
        super().__init__(parent)
        self._owner = owner
        self._busy = False
        if first_time:
            intro = t("初回用パスワードのままです。続けるには、ご自身で決めたパスワードに変更してください。")
        else:
            intro = t("現在のパスワードと、新しいパスワードを入力してください。")
        self.intro = style.plain_label(intro + "\n" + t(
            "パスワードは半角の英字・数字・記号をそれぞれ1文字以上含む、8桁以上32桁以内です。"), self)
        self.current = SecretField(t("現在のパスワード"), self)
        self.new = SecretField(t("新しいパスワード"), self)
        self.confirm = SecretField(t("新しいパスワード（確認）"), self)
        self.field_errors = {name: FieldErrorLabel(self) for name in FIELDS}
        self.error_label = FieldErrorLabel(self)
        self.change_button = QPushButton(t("変更する"), self)
        self.change_button.setMinimumHeight(36)
        self.cancel_button = QPushButton(t(cancel_text), self)
        self.cancel_button.setMinimumHeight(36)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for label, field, name in ((t("現在のパスワード（初回用パスワード）") if first_time else t("現在のパスワード"),
                                    self.current, "current_password"),
                                   (t("新しいパスワード"), self.new, "password"),
                                   (t("新しいパスワード（確認のため、もう一度）"), self.confirm, "password_confirm")):
            form.addRow(label, field)
            form.addRow("", self.field_errors[name])
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.cancel_button.clicked.connect(self.cancelled)
        QWidget.setTabOrder(self.cancel_button, self.change_button)  # left to right, as they sit
        self.confirm.edit.returnPressed.connect(self._on_change_button_clicked)

    @property
    def busy(self) -> bool:
        return self._busy

    def wipe(self) -> None:
        for field in (self.current, self.new, self.confirm):
            field.wipe()
        self._clear_errors()
        self._set_busy(False)

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            label.clear_message()
        self.error_label.clear_message()

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        self._clear_errors()
        other: list[str] = []
        by_field: dict[str, list[str]] = {}
        for error in errors:
            if error.field in self.field_errors:
                by_field.setdefault(error.field, []).append(field_message(error))
            else:
                other.append(field_message(error))
        for name, texts in by_field.items():
            self.field_errors[name].show_message("\n".join(texts))
        if other:
            self.error_label.show_message("\n".join(other))
        first = next((name for name in FIELDS if name in by_field), None)
        if first is not None:
            {"current_password": self.current, "password": self.new,
             "password_confirm": self.confirm}[first].edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self._busy or not self._owner.active:
            return
        self._clear_errors()
        self._set_busy(True)
        self._owner.start_task(self._change(self.current.text(), self.new.text(), self.confirm.text()))

    @Slot()
    def _on_change_button_clicked(self) -> None:
        self.submit()

    async def _change(self, current: str, new: str, confirm: str) -> None:
        try:
            profile = await self._owner.call(self._owner.staff.change_staff_password, current, new, confirm)
        except ValidationFailed as exc:
            self._set_busy(False)
            if any(error.field == "current_password" for error in exc.errors):
                self.current.wipe()  # a wrong password does not stay on the screen
            self.show_errors(exc.errors)
            return
        except ServiceUnavailable:
            self._set_busy(False)
            self.error_label.show_message(t(UNAVAILABLE))
            return
        except SessionInvalid:
            return  # the owner has ended the session (e.g. locked after wrong passwords)
        log.info("staff password changed", extra={"event": "staff_password_changed"})
        self._owner.update_profile(profile)
        self.wipe()
        self.changed.emit(profile)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.change_button.setEnabled(not busy)
        for field in (self.current, self.new, self.confirm):
            field.setEnabled(not busy)
