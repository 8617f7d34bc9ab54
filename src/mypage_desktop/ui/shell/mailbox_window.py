"""「デモ用メールボックス」 (demo mode only, docs/product-rules.md §data-in-out): shows what the mail worker delivered
to the local folder, so a newcomer can finish the opening wizard on one machine.

Refreshes every 2 s while visible, off the GUI thread. Mail text is shown as PlainText
(docs/security.md I4). Nothing here exists outside demo mode (the façade refuses it there)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.account_dto import DeliveredMail
from mypage_desktop.domain.errors import NotPermitted, ServiceUnavailable
from mypage_desktop.ui.session.tasks import TaskSet, run_blocking, start_task
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:  # the protocol (and the DTO modules it pulls in) is not needed at run time
    from mypage_desktop.facade import MyPageFacade

log = logging.getLogger(__name__)
REFRESH_MS = 2000
ID_ROLE = Qt.ItemDataRole.UserRole


class MailboxWindow(QWidget):
    """Received mail, newest first (受信日時, 宛先, 件名), and the selected mail's body."""

    def __init__(self, facade: MyPageFacade, parent: QWidget | None = None, *,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self._facade = facade
        self._tasks = TaskSet()
        self._mails: dict[str, DeliveredMail] = {}
        self._refreshing = False
        self.setWindowTitle(t("デモ用メールボックス"))
        # An explicit minimum: otherwise every new status text would resize the window's
        # minimum (and warn "propagateSizeHints" on the offscreen platform).
        self.setMinimumSize(640, 420)
        self.resize(860, 600)
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

        note = style.plain_label(t("この画面はデモ専用です。実際の運用では、メールはご本人のメールアドレスに届き、"
                                   "この画面はありません。送信されたメールが数秒で表示されます。"), self)
        note.setObjectName("demoNote")
        style.themed_sheet(note, lambda c: f"QLabel#demoNote {{ background: {c.notice_bg}; color: {c.text};"
                                         f" padding: 8px; border: 1px solid {c.caution_border}; }}")
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([t("受信日時"), t("宛先"), t("件名")])
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 240)
        self.list.setAccessibleName(t("受信したメール"))
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        self.body.setAccessibleName(t("メール本文"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.body)
        splitter.setSizes([200, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(style.heading(t("デモ用メールボックス"), self, scale=1.3))
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)

    # -- public -------------------------------------------------------------------------
    def _items(self) -> list[QTreeWidgetItem]:
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def mails(self) -> list[DeliveredMail]:
        """The mails shown, in display order."""
        return [self._mails[item.data(0, ID_ROLE)] for item in self._items()]

    def select_mail(self, row: int) -> None:
        items = self._items()
        if 0 <= row < len(items):
            self.list.setCurrentItem(items[row])

    async def refresh(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        try:
            mails = await run_blocking(self._facade.demo_mailbox)
        except (NotPermitted, ServiceUnavailable) as exc:
            self.status.setText(t("メールを読み込めません（{reason}）。").format(
                reason=type(exc).__name__))
            return
        finally:
            self._refreshing = False
        self.set_mails(mails)

    def set_mails(self, mails: list[DeliveredMail]) -> None:
        ordered = sorted(mails, key=lambda m: (m.received_at, m.mail_id), reverse=True)
        ids = [m.mail_id for m in ordered]
        if ids == [item.data(0, ID_ROLE) for item in self._items()]:
            return  # unchanged: keep selection and scroll position
        current = self.list.currentItem()
        selected = current.data(0, ID_ROLE) if current is not None else None
        if set(ids) - set(self._mails):
            # A new mail arrived: show it (the newest), not the one read before, whose 認証キー
            # a newer request has already voided.
            selected = ids[0]
        self._mails = {m.mail_id: m for m in ordered}
        self.list.clear()
        for mail in ordered:
            item = QTreeWidgetItem([format_datetime_jst(mail.received_at), mail.recipient, mail.subject])
            item.setData(0, ID_ROLE, mail.mail_id)
            self.list.addTopLevelItem(item)
            if mail.mail_id == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and ordered:
            self.select_mail(0)
        self.status.setText(t("{n}通のメール").format(n=len(ordered)))

    # -- slots ------------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        if not self._refreshing:
            start_task(self._tasks, self.refresh())

    def _on_list_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        mail = self._mails.get(current.data(0, ID_ROLE)) if current is not None else None
        if mail is None:
            self.body.setPlainText("")
            return
        self.body.setPlainText(
            t("差出人：{sender}\n宛先：{recipient}\n件名：{subject}\n受信日時：{at}\n\n").format(
                sender=mail.sender, recipient=mail.recipient, subject=mail.subject,
                at=format_datetime_jst(mail.received_at)) + mail.body)

    def show_without_activating(self) -> None:
        """Shown behind the active window, without the keyboard focus (the demo opens it
        together with the wizard, where the seeker is typing)."""
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.show()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timer.start()
        self._on_timer_timeout()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        self._tasks.cancel_all()
        self._refreshing = False
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self._tasks.cancel_all()
        super().closeEvent(event)
