"""Last-resort error handling (docs/security.md P2).

An exception nobody caught (in a slot, a timer, an async task) reaches ``sys.excepthook``.
:class:`CrashHandler` logs the traceback (no local variables, redacted by the log filter),
returns the app to a safe screen (the session ends: nothing of a seeker stays visible) and
shows a generic Japanese message with an incident id the helpdesk can look up in the log.
The exception text itself is never shown: it may quote what the user typed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox

from mypage_desktop.ui.widgets.i18n import t

log = logging.getLogger(__name__)

ExcHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def new_incident_id() -> str:
    """Short, unguessable, easy to read out on the phone: ``E-KRTWAZNP``."""
    from mypage_desktop.domain.ids import letters_id  # only when something went wrong

    return "E-" + letters_id(8).upper()


def crash_message(incident: str, helpdesk: str) -> str:
    text = t("予期しないエラーが発生しました。ご迷惑をおかけして申し訳ありません。\n"
             "安全のため、最初の画面に戻りました。\n\n"
             "問題が続く場合は、ヘルプデスク（電話：{helpdesk}）にお問い合わせのうえ、"
             "次のお問い合わせ番号をお伝えください。\n\nお問い合わせ番号：{incident}")
    return text.format(helpdesk=helpdesk, incident=incident)


class CrashHandler(QObject):
    """Installs itself as ``sys.excepthook``.

    Signals:
        crashed(str): an unhandled exception was logged; the argument is the incident id.
    """

    crashed = Signal(str)

    def __init__(self, helpdesk: str = "", safe_screen: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._helpdesk = helpdesk
        self._safe_screen = safe_screen
        self._previous: ExcHook | None = None
        self._handling = False
        self.dialog: QMessageBox | None = None
        self.last_incident: str | None = None

    def set_safe_screen(self, safe_screen: Callable[[], None] | None) -> None:
        self._safe_screen = safe_screen

    def install(self) -> None:
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            if sys.excepthook == self.handle:
                sys.excepthook = self._previous
            self._previous = None

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) and self._previous is not None:
            self._previous(exc_type, exc, tb)
            return
        incident = new_incident_id()
        self.last_incident = incident
        log.error("unhandled %s", exc_type.__name__, exc_info=(exc_type, exc, tb),
                  extra={"incident": incident, "event": "crash"})
        if self._handling:  # an error while handling an error: logged, nothing more
            return
        self._handling = True
        try:
            if self._safe_screen is not None:
                try:
                    self._safe_screen()
                except Exception:
                    log.exception("returning to the safe screen failed", extra={"incident": incident})
            self._show_dialog(incident)
            self.crashed.emit(incident)
        finally:
            self._handling = False

    def _show_dialog(self, incident: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; later incidents are in the log
        dialog = QMessageBox(QMessageBox.Icon.Critical, t("エラー"),
                             crash_message(incident, self._helpdesk), QMessageBox.StandardButton.Ok)
        dialog.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_dialog_destroyed)
        self.dialog = dialog
        dialog.open()  # non-blocking (docs/code-style.md §non-blocking-dialogs)

    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

