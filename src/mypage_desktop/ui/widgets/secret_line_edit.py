"""Password input, the one widget for every password field (login, opening wizard; docs/security.md C5,
S5): masked, with a 「表示」 toggle; paste works (every binding, the context menu, a middle
click); the text never leaves the field — copy and cut are blocked by every key binding, the
context menu, drag and Python callers, and the X11 selection buffer is emptied when a shown
password was selected. No autocomplete, no prediction, nothing remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:  # annotations only (their type set-up is not on the path to the login window)
    from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
    from PySide6.QtWidgets import QMenu

BLOCKED_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)
BLOCKED_ACTIONS = ("edit-copy", "edit-cut")  # object names Qt gives the standard menu's actions


class SecretLineEdit(QLineEdit):
    """A QLineEdit that never puts its text on a clipboard, even while shown in clear text.

    Copy and Cut (every platform binding: Ctrl+C, Ctrl+Insert, the Copy key …) are swallowed,
    the context menu has no コピー/切り取り, drag is off, :meth:`copy` and :meth:`cut` do
    nothing. Qt copies a selection of a shown (Normal echo) field into the X11 selection
    buffer after a mouse release, a double click or a selecting key; that buffer is emptied
    right after each of them. Paste and every other editing key work as usual.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setDragEnabled(False)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.selectionChanged.connect(self._on_self_selection_changed)

    # -- copy and cut ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if any(event.matches(key) for key in BLOCKED_KEYS):
            event.accept()
            return
        super().keyPressEvent(event)
        self.clear_selection_buffer()  # Shift+arrows, Ctrl+A: Qt copies the selection there

    def copy(self) -> None:
        """Blocked for Python callers too."""

    def cut(self) -> None:
        """Blocked for Python callers too."""

    def build_context_menu(self) -> QMenu:
        """The standard menu without コピー and 切り取り (貼り付け stays), whatever the language."""
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in BLOCKED_ACTIONS:
                menu.removeAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())  # non-blocking (docs/code-style.md §non-blocking-dialogs)

    # -- the X11 selection buffer ------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.clear_selection_buffer()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self.clear_selection_buffer()

    @Slot()
    def _on_self_selection_changed(self) -> None:
        self.clear_selection_buffer()

    def clear_selection_buffer(self) -> None:
        """Empties the selection buffer (X11 PRIMARY) when this app put part of this field's
        text there. Only asks for the buffer's text when this app owns it, so it never waits
        for another program."""
        clipboard = QGuiApplication.clipboard()
        if not clipboard.supportsSelection() or not clipboard.ownsSelection():
            return
        from PySide6.QtGui import QClipboard

        selected = clipboard.text(QClipboard.Mode.Selection)
        if selected and selected in self.text():
            clipboard.clear(QClipboard.Mode.Selection)

    # -- forgetting --------------------------------------------------------------------
    def wipe(self) -> None:
        """Empty the field and its undo history (``setText`` resets it), masked again."""
        self.setText("")
        self.setModified(False)
        self.setEchoMode(QLineEdit.EchoMode.Password)


class SecretField(QWidget):
    """A :class:`SecretLineEdit` and its 「表示」 check box on one row; focus goes to the edit."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = SecretLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.show_toggle = QCheckBox(t("表示"), self)
        self.show_toggle.setAccessibleName(t("{name}を表示").format(name=accessible_name))
        self.show_toggle.toggled.connect(self._on_show_toggle_toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_toggle)
        self.setFocusProxy(self.edit)

    @Slot(bool)
    def _on_show_toggle_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def text(self) -> str:
        return self.edit.text()

    def wipe(self) -> None:
        """Masked again and empty, without an undo history (S5)."""
        self.show_toggle.setChecked(False)
        self.edit.wipe()
