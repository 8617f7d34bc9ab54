"""A yes/no question that does not block (docs/code-style.md §non-blocking-dialogs): ``open()`` plus a ``finished``
callback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.i18n import t


def ask(parent: QWidget, title: str, text: str, on_yes: Callable[[], None], *, yes_text: str = N_("はい"),
        on_closed: Callable[[QMessageBox], None] | None = None) -> QMessageBox:
    """The question, open. It deletes itself when closed: ``on_closed(box)`` (after ``on_yes``)
    lets a holder forget it, so nothing later touches a deleted box."""
    box = QMessageBox(QMessageBox.Icon.Question, t(title), text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text may hold a user-chosen name (I4)
    yes = box.addButton(t(yes_text), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(t("キャンセル"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()
        if on_closed is not None:
            on_closed(box)

    box.finished.connect(finished)
    box.open()
    return box
