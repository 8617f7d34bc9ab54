"""Re-entering the staff password before a sensitive action (docs/security.md A3).

Registering a seeker, changing a login email, unlocking and starting a reset raise
:class:`ReauthRequired` unless the password was entered within ``staff_reauth_minutes``.
:meth:`Reauthenticator.sensitive` then opens :class:`ReauthDialog` (non-blocking,
docs/code-style.md §non-blocking-dialogs), checks the password with ``reauthenticate`` and retries the action once. A
wrong password counts like a failed sign-in (the server locks the account after too many; the session then
ends and the owner returns to the sign-in)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.staff_dto import ReauthRequired
from mypage_desktop.ui.staff.texts import UNAVAILABLE, errors_text
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.secret_line_edit import SecretField

if TYPE_CHECKING:
    import asyncio

    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner

R = TypeVar("R")


class ReauthCancelled(Exception):
    """The staff member closed the password prompt: the action did not run."""


class ReauthDialog(QDialog):
    """「本人確認のため、パスワードをもう一度入力してください」.

    Signals:
        submitted(str): 「確認」 with the password typed.
    """

    submitted = Signal(str)

    def __init__(self, staff_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("パスワードの再入力"))
        self.setModal(True)
        self.setMinimumWidth(440)
        self.text = style.plain_label(t(
            "この操作の前に、本人確認のため {name} さんのパスワードをもう一度入力してください。").format(
            name=staff_name), self)
        self.password = SecretField(t("パスワード"), self)
        self.password.edit.setMinimumHeight(32)
        self.error_label = FieldErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(t("確認"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(t("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.password)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.password.edit.returnPressed.connect(self._on_ok_button_clicked)

    @Slot()
    def _on_ok_button_clicked(self) -> None:
        if not self.ok_button.isEnabled():
            return
        if not self.password.text():
            self.error_label.show_message(t("パスワードを入力してください。"))
            return
        self.error_label.clear_message()
        self.submitted.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.password.wipe()
        self.set_busy(False)
        self.error_label.show_message(text)
        self.password.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        self.password.wipe()  # whichever way it closes
        super().done(result)


class Reauthenticator:
    """Runs façade calls that may need the password again; see the module doc."""

    def __init__(self, owner: StaffSessionOwner, parent: QWidget) -> None:
        self._owner = owner
        self._parent = parent
        self.dialog: ReauthDialog | None = None  # the open prompt (tests answer it)

    async def sensitive(self, func: Callable[..., R], *args: Any) -> R:
        """``func(token, *args)``; on :class:`ReauthRequired` asks for the password and retries
        once. Raises :class:`ReauthCancelled` when the prompt is closed."""
        try:
            return await self._owner.call(func, *args)
        except ReauthRequired:
            if not await self.ask():
                raise ReauthCancelled() from None
        return await self._owner.call(func, *args)

    async def ask(self) -> bool:
        """Shows the prompt until the password is accepted (True) or the prompt is closed."""
        import asyncio

        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        profile = self._owner.staff_profile
        dialog = ReauthDialog(profile.display_name if profile else "", self._parent)
        self.dialog = dialog

        def finish(ok: bool) -> None:
            if not done.done():
                done.set_result(ok)

        dialog.submitted.connect(lambda password: self._owner.start_task(self._verify(dialog, password, finish)))
        dialog.rejected.connect(lambda: finish(False))
        dialog.open()
        try:
            return await done
        finally:
            self.dialog = None
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()

    async def _verify(self, dialog: ReauthDialog, password: str, finish: Callable[[bool], None]) -> None:
        dialog.set_busy(True)
        try:
            await self._owner.call(self._owner.staff.reauthenticate, password)
        except ValidationFailed as exc:
            dialog.show_error(errors_text(exc.errors))
            return
        except ServiceUnavailable:
            dialog.show_error(t(UNAVAILABLE))
            return
        except SessionInvalid:
            finish(False)  # locked after too many wrong passwords: the owner has ended the session
            return
        finish(True)
        dialog.accept()
