"""A red message shown directly under the field it is about; screen readers get it too
(docs/accessibility.md): while it shows, its accessible name is the message, the field it is
about (``field``) carries the message as its accessible description, and it is announced
(assertively) when it appears or changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mypage_desktop.ui.widgets import announcement, style
from mypage_desktop.ui.widgets.i18n import t


class FieldErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, field: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        style.themed_sheet(self, lambda c: f"color: {c.error_text};")
        self.setAccessibleName(t("入力エラー"))
        self._field: QWidget | None = None
        self._field_description = ""
        self.set_field(field)
        self.hide()

    def set_field(self, field: QWidget | None) -> None:
        """The field this message is about (its accessible description carries the message)."""
        self._field = field
        self._field_description = field.accessibleDescription() if field is not None else ""

    def show_message(self, text: str) -> None:
        changed = text != self.text() or not self.isVisible()
        self.setText(text)
        self.setVisible(bool(text))
        self.setAccessibleName(text or t("入力エラー"))
        if self._field is not None:
            self._field.setAccessibleDescription(
                "\n".join(part for part in (text, self._field_description) if part))
        if text and changed:
            announcement.announce(self, text)

    def clear_message(self) -> None:
        self.clear()
        self.hide()
        self.setAccessibleName(t("入力エラー"))
        if self._field is not None:
            self._field.setAccessibleDescription(self._field_description)
