"""求職者情報・設定 → 「文字の大きさ・表示」 (issue 15): the same choices as on the login window,
applied at once to every window; remembered on an own PC, back to the default when the
session ends on a shared PC (kiosk)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets import display, style
from mypage_desktop.ui.widgets.display_controls import DisplayControls
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.titled_box import TitledBox

TITLE = N_("文字の大きさ・表示")
NOTE = N_("文字を大きくしたり、見やすい配色（ハイコントラスト）に切り替えたりできます。"
          "すぐにすべての画面に反映されます。")
KIOSK_NOTE = N_("ハローワーク内のパソコンでは、ログアウトすると元の表示に戻ります。")


class DisplayBox(TitledBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(t(TITLE), parent)
        self.setObjectName("displayBox")
        self.setAccessibleName(t(TITLE))
        layout = QVBoxLayout(self)
        text = t(NOTE) + ("" if display.remembered() else "\n" + t(KIOSK_NOTE))
        self.note = style.plain_label(text, self)
        layout.addWidget(self.note)
        self.controls = DisplayControls(self)
        layout.addWidget(self.controls)
