"""The warning before an idle logout: a countdown and 「操作を続ける」 (docs/security.md S2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.ui.widgets import announcement
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QShowEvent



class IdleWarning(QDialog):
    """Non-modal, always on top, so it shows over whatever window the seeker left open. When it
    appears it takes the focus (on 「操作を続ける」, so Enter or Space continues) and a screen
    reader announces its message (docs/accessibility.md); Escape continues as well.

    Signals:
        continue_requested(): 「操作を続ける」 was pressed.
    """

    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("まもなくログアウトします"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setModal(False)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.continue_button = QPushButton(t("操作を続ける"), self)
        self.continue_button.setDefault(True)
        self.continue_button.setAccessibleDescription(t("ログアウトせずに利用を続けます"))
        self.continue_button.clicked.connect(self.continue_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.continue_button)
        self.set_seconds_left(60)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()
        self.continue_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        announcement.announce(self, self.windowTitle() + "。" + self.message.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape: the seeker is there, so it counts as 「操作を続ける」 (not a silent close)."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.continue_requested.emit()
            return
        super().keyPressEvent(event)

    def set_seconds_left(self, seconds: int) -> None:
        self.message.setText(t("しばらく操作がありません。あと{n}秒でログアウトします。\n"
                               "続けて利用する場合は「操作を続ける」を押してください。").format(n=max(0, seconds)))
