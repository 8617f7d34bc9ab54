"""Password input: masked, with a 「表示」 toggle; paste works, copy and cut do not (SECURITY C5)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QClipboard, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QMenu, QWidget

from mypage_desktop.ui.i18n import tr

_BLOCKED_ACTIONS = ("edit-copy", "edit-cut")


class SecretLineEdit(QLineEdit):
    """A QLineEdit that never puts its text on a clipboard, even while shown in clear text.

    Ctrl+C/Ctrl+X (every platform binding) are swallowed, the context menu has no
    コピー/切り取り, drag is off, and the X11 selection buffer is emptied when a shown password
    was selected. Paste and every other editing key work as usual.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setDragEnabled(False)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoAutoUppercase)
        self.selectionChanged.connect(self._on_self_selection_changed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(QKeySequence.StandardKey.Cut):
            event.accept()
            return
        super().keyPressEvent(event)

    def build_context_menu(self) -> QMenu:
        """The standard menu without コピー and 切り取り (貼り付け stays)."""
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in _BLOCKED_ACTIONS:
                menu.removeAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())  # non-blocking (STYLE 7)

    def copy(self) -> None:
        """Blocked for Python callers too."""

    def cut(self) -> None:
        """Blocked for Python callers too."""

    def wipe(self) -> None:
        """Empty the field, its undo history (``setText`` resets it) and mask it again."""
        self.setText("")
        self.setEchoMode(QLineEdit.EchoMode.Password)

    @Slot()
    def _on_self_selection_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if not clipboard.supportsSelection() or not self.hasSelectedText():
            return
        if clipboard.text(QClipboard.Mode.Selection) == self.selectedText():
            clipboard.clear(QClipboard.Mode.Selection)


class SecretField(QWidget):
    """A :class:`SecretLineEdit` and its 「表示」 check box on one row."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = SecretLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.show_toggle = QCheckBox(tr("SecretField", "表示"), self)
        self.show_toggle.setAccessibleName(tr("SecretField", "{name}を表示").format(name=accessible_name))
        self.show_toggle.toggled.connect(self._on_show_toggle_toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_toggle)

    @Slot(bool)
    def _on_show_toggle_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def text(self) -> str:
        return self.edit.text()

    def wipe(self) -> None:
        self.show_toggle.setChecked(False)
        self.edit.wipe()
