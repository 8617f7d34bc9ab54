"""The language chooser of the login window (issue 15, docs/i18n.md): each language named in
itself, so a seeker who reads no Japanese finds theirs; the caption says 「言語」 in the current
language and "Language" beside it, in every language."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from mypage_desktop.domain.languages import offered
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.widgets.i18n import t

ENGLISH_CAPTION = "Language"


def width_in_characters(name: str) -> int:
    """How many 'X' widths the closed combo needs for ``name``: a wide (CJK) character counts
    two, any other one. An 'X' is wider than the average letter, so this is never too narrow."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in name)


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
        # Sized by character counts, not by measuring every name: measuring 中文（简体） makes Qt
        # load a Chinese fallback font (~3 MiB of a kiosk's memory) for a list few people open
        # (docs/tech-notes.md §kiosk-memory). The open list still sizes itself to the names.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(max(width_in_characters(e.native_name) for e in offered()))
        self.combo.setCurrentIndex(max(0, self.combo.findData(language.current())))
        self.combo.setAccessibleName(caption_text().replace("&", ""))
        label = QLabel(caption_text(), self)
        label.setBuddy(self.combo)
        # Two lines where the row is too narrow: at 200 % やさしい日本語's caption (言語（げんご）
        # / Language) and the list together are wider than the login window (816 of 786 px).
        label.setWordWrap(True)
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
