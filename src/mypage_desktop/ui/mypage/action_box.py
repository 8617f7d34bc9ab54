"""The shared part of the boxes on 求職者情報・設定 that send one request at a time (the
有効/無効 switch, the password change, the seeker's own changes, 求職情報提供, 求職公開): ``busy``
while it runs, usable again once it ends, and one way to show what went wrong."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from mypage_desktop.domain.errors import FieldError, ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.ui.mypage.texts import UNAVAILABLE
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.titled_box import TitledBox

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

R = TypeVar("R")


class ActionBox(TitledBox):
    """Subclasses make ``error`` (the message under the button) and, for fields with their own
    message, fill ``edits`` and ``errors`` by field name."""

    error: FieldErrorLabel

    def __init__(self, title: str, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._client = client
        self._api = client.api
        self._busy = False
        # A call may answer after the page was closed and deleted: then nothing is shown.
        self._alive = [True]
        alive = self._alive
        self.destroyed.connect(lambda *_args: alive.__setitem__(0, False))
        self.dialog: QMessageBox | None = None  # the open question, if any
        self.edits: Mapping[str, QWidget] = {}
        self.errors: dict[str, FieldErrorLabel] = {}

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def alive(self) -> bool:
        """False once the box is deleted (its widgets must not be touched any more)."""
        return self._alive[0]

    def _forget(self, dialog: QMessageBox) -> None:
        """``on_closed`` of a question (widgets/confirm.py): it deletes itself once closed."""
        if self.dialog is dialog:
            self.dialog = None

    def _set_busy(self, busy: bool) -> None:
        """Subclasses also grey out what may not be used meanwhile."""
        self._busy = busy

    async def _send(self, func: Callable[..., R], *args: Any) -> R:
        """The façade call (through the session owner). Whatever the outcome, the box is no
        longer busy when this returns or raises, before the caller shows the answer."""
        try:
            return await self._client.call(func, *args)
        finally:
            if self.alive:
                self._set_busy(False)

    async def _attempt(self, func: Callable[..., R], *args: Any) -> R | None:
        """The call's answer, or None after showing why there is none: the rule messages
        (:meth:`_show_errors`), the "try again later" text, or nothing when the session ended
        (the owner is already back at the login window). None too when the box was deleted
        meanwhile."""
        try:
            result = await self._send(func, *args)
        except ValidationFailed as exc:
            if self.alive:
                self._show_errors(exc.errors)
        except ServiceUnavailable:
            if self.alive:
                self.error.show_message(t(UNAVAILABLE))
        except SessionInvalid:
            pass
        else:
            return result if self.alive else None
        return None

    def _show_errors(self, errors: tuple[FieldError, ...]) -> None:
        """Each message under its field, anything else under the button; focus on the first
        field with a message."""
        by_field: dict[str, list[str]] = {}
        other: list[str] = []
        for error in errors:
            (by_field.setdefault(error.field, []) if error.field in self.errors else other).append(
                field_message(error))
        first: QWidget | None = None
        for name, texts in by_field.items():
            self.errors[name].show_message("\n".join(texts))
            first = first or self.edits.get(name)
        if other:
            self.error.show_message("\n".join(other))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
