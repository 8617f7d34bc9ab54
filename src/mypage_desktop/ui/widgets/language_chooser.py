"""The language chooser of the login window (issue 15, docs/i18n.md): each language named in
itself, so a seeker who reads no Japanese finds theirs; the caption says 「言語」 in the current
language and "Language" beside it, in every language."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from mypage_desktop.domain.languages import offered
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.widgets.i18n import t

ENGLISH_CAPTION = "Language"


def caption_text() -> str:
    own = t("言語(&G)")
    return own if language.current() == "en" else f"{own} / {ENGLISH_CAPTION}"


class LanguageChooser(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChooser")
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageCombo")
        for entry in offered():
            self.combo.addItem(entry.native_name, entry.code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(language.current())))
        self.combo.setAccessibleName(caption_text().replace("&", ""))
        label = QLabel(caption_text(), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.activated.connect(self._on_activated)

    @Slot(int)
    def _on_activated(self, index: int) -> None:
        # activated, not currentIndexChanged: the arrow keys on a closed combo only move the
        # selection in some styles; the language changes when the user picks one.
        language.choose(str(self.combo.itemData(index)))
