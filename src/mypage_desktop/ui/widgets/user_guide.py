"""「求職者マイページ利用者マニュアル」 inside the application.

The leaflet sends seekers to a manual on the HelloWork Internet Service; this desktop program
is not that site, so the manual for its own screens ships with it (``resources/help/``) and
opens in a window here. The text is plain text (never markup) with the office's helpdesk
number, name and key validity filled in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.resources import resource_path
from mypage_desktop.ui.widgets.i18n import t

TITLE = N_("求職者マイページ利用者マニュアル")
GUIDE_FILE = ("help", "user_guide.txt")


def user_guide_text(info: AppInfo) -> str:
    """The manual with this office's details; a short pointer to the helpdesk if the file is
    missing from a broken installation (the button must never lead nowhere)."""
    try:
        text = resource_path(*GUIDE_FILE).read_text(encoding="utf-8")
    except OSError:
        text = t("マニュアルを表示できません。"
                 "操作方法は、ヘルプデスク（電話：{helpdesk}）でご案内しております。")
    return (text.replace("{helpdesk}", info.helpdesk_number).replace("{office}", info.office_name)
            .replace("{minutes}", str(info.key_validity_minutes)))


class UserGuideDialog(QDialog):
    """The manual in a read-only text view, scrollable by keyboard; 「閉じる」 or Esc closes it."""

    def __init__(self, info: AppInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t(TITLE))
        self.resize(760, 560)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text_view.setAccessibleName(t(TITLE))
        self.text_view.setPlainText(user_guide_text(info))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(t("閉じる"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(buttons)
        self.text_view.setFocus()
