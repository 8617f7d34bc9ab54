"""The shared part of 「連絡先の変更」 and 「希望条件の変更」 (docs/product-rules.md §own-changes):
one-line fields with a message under each, a button, and the request off the GUI thread.

The fields start with the registered values; a refresh of the registration replaces them only
while the seeker has not typed (nothing typed is lost, also not on a refusal). After a change
the fields show the new registration and ``changed`` tells the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.mypage.action_box import ActionBox
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.tab_order import tab_stops

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

def done_style(c: style.Colours) -> str:
    return (f"QLabel#changeDone {{ background: {c.info_bg}; color: {c.info_text}; padding: 8px;"
            f" border: 1px solid {c.info_border}; }}")


MAIL_NOTE = N_("登録したメールアドレス宛に「登録内容変更のお知らせ」をお送りします（変更後の内容は記載しません）。")


class ChangeFormBox(ActionBox):
    changed = Signal(object)  # RegistrationInfo

    def __init__(self, title: str, intro: str, button_text: str, client: SeekerClient,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, client, parent)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldErrorLabel] = {}
        self._dirty = False
        self._info: RegistrationInfo | None = None
        self.intro = style.plain_label(intro, self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(2, 1)
        self.button = QPushButton(button_text, self)
        self.button.setMinimumHeight(32)
        self.busy_label = style.plain_label(t("処理しています。しばらくお待ちください…"), self, wrap=False)
        self.error = FieldErrorLabel(self)
        self.done_label = StatusLabel("", self)
        self.done_label.setObjectName("changeDone")
        style.themed_sheet(self.done_label, done_style)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button)
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        self.button.clicked.connect(self._on_button_clicked)

    # -- building -------------------------------------------------------------------------
    def add_field(self, name: str, caption: str, max_length: int, hint: str = "",
                  widget: QWidget | None = None, edit: QLineEdit | None = None) -> QLineEdit:
        """A row: caption, the edit (or ``widget`` holding ``edit``), the hint, then the message."""
        row = self.grid.rowCount()
        edit = edit or QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(max_length)
        edit.setAccessibleName(t(caption))
        label = QLabel(t(caption), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)  # a long caption wraps rather than widening the page (large text)
        label.setBuddy(edit)
        error = FieldErrorLabel(self, edit)  # the edit's description carries the message
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(widget or edit, row, 1)
        if hint:
            note = style.plain_label(hint, self)
            style.themed_sheet(note, lambda c: f"color: {c.muted_text};")
            self.grid.addWidget(note, row + 1, 1, 1, 2)
            row += 1
        self.grid.addWidget(error, row + 1, 1, 1, 2)
        edit.textEdited.connect(lambda _text, n=name: self._on_edited(n))
        edit.returnPressed.connect(self._on_button_clicked)
        # The button was made first; Tab reaches it after the fields above it (reading order).
        stops = tab_stops(widget) if widget is not None else []
        QWidget.setTabOrder(stops[-1] if stops else edit, self.button)
        self.edits[name] = edit
        self.errors[name] = error
        return edit

    # -- what subclasses say ---------------------------------------------------------------
    def registered_values(self, info: RegistrationInfo) -> dict[str, str]:
        raise NotImplementedError

    def request(self) -> tuple[Callable[..., Any], Any]:
        """The façade call and its argument for what is typed."""
        raise NotImplementedError

    def done_text(self) -> str:
        raise NotImplementedError

    # -- public -------------------------------------------------------------------------
    def value(self, name: str) -> str:
        return self.edits[name].text()

    def show_info(self, info: RegistrationInfo) -> None:
        self._info = info
        if not self._dirty and not self._busy:
            self._fill(info)

    def clear(self) -> None:
        """Logout (S5): no values, no messages."""
        self._info = None
        self._dirty = False
        for edit in self.edits.values():
            edit.clear()
        self._clear_errors()
        self.done_label.clear()
        self.done_label.hide()
        self._set_busy(False)

    # -- internals ------------------------------------------------------------------------
    def _fill(self, info: RegistrationInfo) -> None:
        for name, value in self.registered_values(info).items():
            self.edits[name].setText(value)

    @Slot()
    def _on_button_clicked(self) -> None:
        if self._busy or not self._client.active:
            return
        self._clear_errors()
        self.done_label.hide()
        func, argument = self.request()
        self._set_busy(True)
        self._client.start_task(self._run(func, argument))

    async def _run(self, func: Callable[..., Any], argument: Any) -> None:
        info: RegistrationInfo | None = await self._attempt(func, argument)
        if info is None:
            return
        self._dirty = False
        self._info = info
        self._fill(info)
        self.done_label.setText(self.done_text() + "\n" + t(MAIL_NOTE))
        self.done_label.show()
        self.changed.emit(info)

    def _clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear_message()
        self.error.clear_message()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        for edit in self.edits.values():
            edit.setReadOnly(busy)
        self.button.setEnabled(not busy)
        self.busy_label.setVisible(busy)

    @Slot(str)
    def _on_edited(self, name: str) -> None:
        self._dirty = True
        self.errors[name].clear_message()
        self.done_label.hide()
