"""文字の大きさ and 表示 (issue 15): two labelled combo boxes that apply the choice at once
(``ui/widgets/display.py``). Used on the login window and in 求職者情報・設定; every copy
follows a choice made in another."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets import display, style
from mypage_desktop.ui.widgets.flow_layout import FlowLayout
from mypage_desktop.ui.widgets.i18n import t

THEME_TEXTS = {style.STANDARD.name: N_("標準"), style.HIGH_CONTRAST.name: N_("ハイコントラスト")}


class DisplayControls(QWidget):
    _built = False  # follow_display may be called while __init__ runs (a font or sheet change)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("displayControls")
        self.size_combo = QComboBox(self)
        self.size_combo.setObjectName("textSizeCombo")
        for scale in display.SCALES:
            self.size_combo.addItem(f"{scale}%", scale)
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        for name, text in THEME_TEXTS.items():
            self.theme_combo.addItem(t(text), name)
        # Each caption stays with its combo box; the second pair goes under the first when they
        # do not fit side by side (200 % text in a longer language, docs/accessibility.md).
        layout = FlowLayout(self, spacing=12)
        layout.setContentsMargins(0, 0, 0, 0)
        # 表示 here is the colours (配色), not 「表示」 = show of the password field
        for caption, combo in ((t("文字の大きさ"), self.size_combo), (t("表示", "配色"), self.theme_combo)):
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(caption, pair)
            label.setBuddy(combo)
            combo.setAccessibleName(caption)
            row.addWidget(label)
            row.addWidget(combo)
            layout.addWidget(pair)
        self.setTabOrder(self.size_combo, self.theme_combo)
        self._follow()
        self.size_combo.currentIndexChanged.connect(self._chosen)
        self.theme_combo.currentIndexChanged.connect(self._chosen)
        self._built = True

    def follow_display(self) -> None:
        """After every change, wherever it was made (``style.restyle_all``; also while this
        widget is being built, before it has its combo boxes)."""
        if self._built:
            self._follow()

    @Slot()
    def _follow(self) -> None:
        choice = display.current()
        for combo, value in ((self.size_combo, choice.scale), (self.theme_combo, choice.theme)):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(blocked)

    @Slot()
    def _chosen(self) -> None:
        display.choose(display.DisplayChoice(int(self.size_combo.currentData()), str(self.theme_combo.currentData())))
