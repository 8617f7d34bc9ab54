"""A password field: masked, with a show toggle; paste works, copy, cut and drag do not
(SECURITY C5). No autocomplete, nothing remembered (S5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from ..i18n import tr

_BLOCKED = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)


class SecretLineEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setDragEnabled(False)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if any(event.matches(key) for key in _BLOCKED):
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            text = action.text().replace("&", "")
            if text.startswith(("Copy", "Cut", "コピー", "切り取り")):
                action.setEnabled(False)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def wipe(self) -> None:
        """Clears the text and the undo history (the old value must not be undoable)."""
        self.clear()
        self.setModified(False)
        self.setText("")


class PasswordField(QWidget):
    """A :class:`SecretLineEdit` with a 「パスワードを表示する」 check box beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = SecretLineEdit(self)
        self.show_toggle = QCheckBox(tr("password_field", "パスワードを表示する"), self)
        self.show_toggle.toggled.connect(self._on_show_toggle_toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_toggle)
        self.setFocusProxy(self.edit)

    def _on_show_toggle_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def text(self) -> str:
        return self.edit.text()

    def wipe(self) -> None:
        self.edit.wipe()
        self.show_toggle.setChecked(False)
