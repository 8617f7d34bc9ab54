"""メッセージ: one thread per application with the employer (only where the employer has a 求人者マイページ).

Left the applications as threads, right the selected thread and, where sending is possible, the
send box. Opening a thread marks the employer's messages read on the server, so the page asks
the window to refresh the unread counts. A text typed for one thread stays with that thread
when the user looks at another one (until it is sent or the session ends)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import ApplicationSummary, MessageThread, RegistrationInfo
from mypage_desktop.domain.errors import ServiceUnavailable, ValidationFailed
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.messages.common import ID_ROLE, select_id, sorted_table
from mypage_desktop.ui.messages.composer import Composer
from mypage_desktop.ui.messages.thread_model import SAMPLES, Columns, ThreadListModel
from mypage_desktop.ui.messages.thread_view import ThreadView
from mypage_desktop.ui.session.pages import SessionPage
from mypage_desktop.ui.session.tasks import PageTasks, error_text
from mypage_desktop.ui.widgets import announcement, style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import message, t
from mypage_desktop.ui.widgets.scroll_body import scrolling_body
from mypage_desktop.ui.widgets.text_width import height_for_lines

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

INACTIVE = N_("無効")
LEAFLET_NOTE = N_("※ メッセージをやりとりできるのは、求人事業所が「求人者マイページ」を開設している場合です。")
HINT = N_("左の一覧から応募先を選ぶと、その事業所とのメッセージが表示されます。")


class MessagesPage(SessionPage):
    """Signals (besides the page contract):
        threads_loaded(): the list of threads on the screen is up to date.
        thread_shown(int): a thread (application id) is on the screen.
        message_sent(int): a message was sent in this thread (application id).
    """

    threads_loaded = Signal()
    thread_shown = Signal(int)
    message_sent = Signal(int)

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self._tasks = PageTasks(client, self._show_page_error)
        self._drafts: dict[int, str] = {}
        self._current_id: int | None = None
        self._thread: MessageThread | None = None
        self._sending_id: int | None = None
        self.model = ThreadListModel(self)
        self.table, self.proxy = sorted_table(self, self.model, SAMPLES, Columns.APPLIED,
                                              Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(t("応募先の一覧"))
        self.empty_label = style.plain_label(t("応募した求人はまだありません。ハローワークで紹介を受けるか、"
                                               "オンライン自主応募をすると、ここに表示されます。"), self)
        self.message = FieldErrorLabel(self)
        self.thread_title = style.heading("", self, scale=1.15)
        self.thread_subtitle = style.plain_label("", self)
        self.thread_view = ThreadView(self)
        self.unavailable_label = style.notice_label(self)
        self.composer = Composer(self)
        self._build()
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.composer.send_requested.connect(self._on_composer_send_requested)
        self.model.modelReset.connect(self._on_model_model_reset)
        self._show_nothing()
        self._on_model_model_reset()

    def _build(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        right = QWidget(self)
        outer = QVBoxLayout(right)
        outer.setContentsMargins(8, 0, 0, 0)
        # The thread and the send box scroll together when the window is lower than they need
        # (200 % text on 1280×720, docs/accessibility.md): nothing is squeezed; the thread keeps
        # a few lines to read in.
        scroll, right_layout = scrolling_body(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        height_for_lines(self.thread_view, 6, 0)
        right_layout.addWidget(self.thread_title)
        right_layout.addWidget(self.thread_subtitle)
        right_layout.addWidget(self.thread_view, 1)
        right_layout.addWidget(self.unavailable_label)
        right_layout.addWidget(self.composer)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 510])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.heading(t("メッセージ"), self, scale=1.3))
        layout.addWidget(style.plain_label(t("応募した求人の担当者とメッセージをやりとりできます。")
                                           + "\n" + t(LEAFLET_NOTE), self))
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    # -- the page contract --------------------------------------------------------------
    def activate(self) -> None:
        """Refreshes the list (selection, sort and scroll stay) and the open thread."""
        self._tasks.start(self._load_threads())
        if self._current_id is not None and self._sending_id is None:
            self._tasks.start(self._load_thread(self._current_id))

    def show_thread(self, application_id: int) -> None:
        """Opens the thread of this application (from 応募履歴)."""
        if not select_id(self.table, application_id) and application_id != self._current_id:
            self._open(application_id)  # not listed yet: selected when the list arrives

    def set_registration(self, info: RegistrationInfo) -> None:
        super().set_registration(info)
        self._update_blocked()

    def clear(self) -> None:
        super().clear()
        self._tasks.cancel_all()
        self._drafts.clear()
        self._current_id = None
        self._thread = None
        self._sending_id = None
        self.model.clear()
        self.message.clear_message()
        self.composer.clear()
        self._update_blocked()
        self._show_nothing()

    # -- reading ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._tasks.busy

    @property
    def current_thread(self) -> MessageThread | None:
        return self._thread

    def draft(self, application_id: int) -> str:
        if application_id == self._current_id:
            return self.composer.text()
        return self._drafts.get(application_id, "")

    # -- work ---------------------------------------------------------------------------
    async def _load_threads(self) -> None:
        rows: list[ApplicationSummary] = await self._client.call(self._api.applications)
        self.model.set_rows(rows)
        self.message.clear_message()
        select_id(self.table, self._current_id)
        self.threads_loaded.emit()

    async def _load_thread(self, application_id: int) -> None:
        try:
            thread: MessageThread = await self._client.call(self._api.message_thread, application_id)
        except (ServiceUnavailable, ValidationFailed) as exc:
            if application_id == self._current_id and self._thread is None:
                self.thread_view.show_text(error_text(exc))
            return
        if application_id != self._current_id:
            return  # the user has moved on to another thread
        was_unread = self.model.mark_read(application_id)
        if not _same_thread(self._thread, thread):  # else the reader keeps their scroll position
            self._show(thread)
        if was_unread or any(m.unread for m in thread.messages):
            self.counts_changed.emit()
        self.thread_shown.emit(application_id)

    async def _send(self, application_id: int, text: str) -> None:
        self._sending_id = application_id
        self.composer.set_sending(True)
        try:
            thread: MessageThread = await self._client.call(self._api.send_message, application_id, text)
        except (ServiceUnavailable, ValidationFailed) as exc:
            # The text stays in the box (or in the thread's draft if the user moved on).
            if application_id == self._current_id:
                self.composer.show_error(error_text(exc))
            return
        finally:
            self._sending_id = None
            if application_id == self._current_id:
                self.composer.set_sending(False)
        self._drafts.pop(application_id, None)
        if application_id == self._current_id:
            self.composer.set_text("")
            self._show(thread)
            # The new message appears in the thread, away from the focus: say that it went.
            announcement.announce(self.composer.editor, t("メッセージを送信しました。"), assertive=False)
        self.message_sent.emit(application_id)

    # -- showing ------------------------------------------------------------------------
    def _open(self, application_id: int) -> None:
        """Keeps the draft of the thread on the screen, shows the chosen one (loading)."""
        if self._current_id is not None:
            text = self.composer.text()
            if text:
                self._drafts[self._current_id] = text
            else:
                self._drafts.pop(self._current_id, None)
        self._current_id = application_id
        self._thread = None
        summary = self.model.summary(application_id)
        self.thread_title.setText(summary.company_name if summary else "")
        self.thread_subtitle.setText(summary.occupation if summary else "")
        self.thread_view.show_text(t("読み込み中…"))
        self.unavailable_label.hide()
        self.composer.hide()
        self.composer.set_text(self._drafts.get(application_id, ""))
        self.composer.set_sending(self._sending_id == application_id)
        self._tasks.start(self._load_thread(application_id))

    def _show(self, thread: MessageThread) -> None:
        self._thread = thread
        self.thread_title.setText(thread.company_name)
        self.thread_subtitle.setText(t("{occupation}　応募番号 {number}").format(
            occupation=thread.occupation, number=thread.application_number))
        self.thread_view.show_thread(thread)
        if thread.can_send:
            self.unavailable_label.hide()
            self.composer.set_max_length(thread.max_length)
            self.composer.show()
        else:
            self.composer.hide()
            reason = message(thread.unavailable_code) if thread.unavailable_code else ""
            self.unavailable_label.setText("\n".join(filter(None, (reason, t(LEAFLET_NOTE)))))
            self.unavailable_label.show()

    def _show_nothing(self) -> None:
        self.thread_title.clear()
        self.thread_subtitle.clear()
        self.thread_view.show_text(t(HINT))
        self.unavailable_label.hide()
        self.composer.hide()

    def _update_blocked(self) -> None:
        inactive = self.registration is not None and self.registration.status == INACTIVE
        self.composer.set_blocked(message("registration.inactive") if inactive else None)

    def _show_page_error(self, text: str) -> None:
        self.message.show_message(text)

    # -- slots --------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        application_id = current.data(ID_ROLE) if current.isValid() else None
        if application_id is not None and application_id != self._current_id:
            self._open(int(application_id))

    @Slot(str)
    def _on_composer_send_requested(self, text: str) -> None:
        if self._current_id is None or self._thread is None or self._sending_id is not None:
            return
        self._tasks.start(self._send(self._current_id, text))

    @Slot()
    def _on_model_model_reset(self) -> None:
        self.empty_label.setVisible(self.model.rowCount() == 0)


def _same_thread(shown: MessageThread | None, loaded: MessageThread) -> bool:
    """Nothing new to show (a refresh when the page is shown again)."""
    return shown is not None and shown.can_send == loaded.can_send and \
        [m.message_id for m in shown.messages] == [m.message_id for m in loaded.messages]
