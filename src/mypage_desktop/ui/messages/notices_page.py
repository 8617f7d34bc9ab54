"""お知らせ: notices and おすすめ求人 from HelloWork, read only, and 直接リクエスト from employers
with their two answers (``request_box``).

The list loads a page at a time (more when the user scrolls to its end); opening a notice shows
it below the list and marks it read on the server."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import NoticePage
from mypage_desktop.ui.messages.common import ID_ROLE, sorted_table
from mypage_desktop.ui.messages.direct_request_box import DirectRequestBox
from mypage_desktop.ui.messages.notice_model import SAMPLES, Columns, NoticeListModel
from mypage_desktop.ui.messages.notice_view import NoticeView
from mypage_desktop.ui.session.pages import SessionPage
from mypage_desktop.ui.session.tasks import PageTasks
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient



class NoticesPage(SessionPage):
    """Signals (besides the page contract):
        notices_loaded(): a page of notices arrived (the first, a newer or an older one).
        notice_shown(int): a notice (id) is on the screen.
    """

    notices_loaded = Signal()
    notice_shown = Signal(int)

    page_size = 50

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self._tasks = PageTasks(client, self._show_error)
        self._shown_id: int | None = None
        self._first: asyncio.Task[Any] | None = None
        self.model = NoticeListModel(self)
        self.table, self.proxy = sorted_table(self, self.model, SAMPLES, Columns.CREATED,
                                              Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(t("お知らせの一覧"))
        self.status_label = style.plain_label("", self)
        self.more_button = QPushButton(t("さらに読み込む"), self)
        self.message = FieldErrorLabel(self)
        self.view = NoticeView(self)
        self.request_box = DirectRequestBox(client, self.view)
        self.view.add_extra(self.request_box)
        self._build()
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.more_requested.connect(self._on_model_more_requested)
        self.model.modelReset.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.view.job_requested.connect(self.job_requested)
        self._update_status()

    def _build(self) -> None:
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        status = QHBoxLayout()
        status.addWidget(self.status_label, 1)
        status.addWidget(self.more_button)
        top_layout.addLayout(status)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.view)
        splitter.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.heading(t("お知らせ"), self, scale=1.3))
        intro = t("ハローワークからのお知らせや、ご希望に近いおすすめ求人が届きます。")
        layout.addWidget(style.plain_label(intro, self))
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    # -- the page contract --------------------------------------------------------------
    def activate(self) -> None:
        """The first page on first use; afterwards only what arrived since (selection, sort
        and scroll stay)."""
        if self._first is None or self._first.done():
            self._first = self._tasks.start(self._load_first())

    def clear(self) -> None:
        super().clear()
        self._tasks.cancel_all()
        self._first = None
        self._shown_id = None
        self.model.clear()
        self.view.clear()
        self.request_box.clear()
        self.message.clear_message()
        self._update_status()

    # -- reading ------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._tasks.busy

    # -- work ---------------------------------------------------------------------------
    async def _load_first(self) -> None:
        page: NoticePage = await self._client.call(self._api.notices, self.page_size, None)
        self.message.clear_message()
        if self.model.loaded:
            self.model.add_newer(page)
        else:
            self.model.reset_page(page)
        self.notices_loaded.emit()

    async def _load_more(self) -> None:
        self.model.loading = True
        try:
            page: NoticePage = await self._client.call(self._api.notices, self.page_size,
                                                      self.model.oldest_id())
        finally:
            self.model.loading = False
        self.message.clear_message()
        self.model.append_page(page)
        self._update_status()
        self.notices_loaded.emit()

    async def _mark_read(self, notice_id: int) -> None:
        await self._client.call(self._api.mark_notice_read, notice_id)
        self.model.mark_read(notice_id)
        self._update_status()
        self.counts_changed.emit()

    # -- showing ------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.message.show_message(text)
        self._update_status()

    @Slot()
    def _update_status(self) -> None:
        count = self.model.rowCount()
        if not self.model.loaded:
            text = ""
        elif count == 0:
            text = t("お知らせはありません。")
        else:
            text = t("{count}件を表示中（未読 {unread}件）").format(
                count=count, unread=self.model.unread_count())
            if self.model.has_more:
                text += t("　一覧の最後までスクロールすると、古いお知らせを読み込みます。")
        self.status_label.setText(text)
        self.more_button.setVisible(self.model.has_more)
        self.more_button.setEnabled(not self.model.loading)

    # -- slots --------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        notice_id = current.data(ID_ROLE) if current.isValid() else None
        info = self.model.notice(int(notice_id)) if notice_id is not None else None
        if info is None or info.notice_id == self._shown_id:
            return
        self._shown_id = info.notice_id
        self.view.show_notice(info)
        if info.direct_request_id is not None:
            self.request_box.load(info.direct_request_id)
        else:
            self.request_box.clear()
        self.notice_shown.emit(info.notice_id)
        if not info.read:
            self._tasks.start(self._mark_read(info.notice_id))

    @Slot()
    def _on_model_more_requested(self) -> None:
        if self._tasks.start(self._load_more()) is None:
            self.model.loading = False
        self._update_status()

    @Slot()
    def _on_more_button_clicked(self) -> None:
        self.model.fetchMore(QModelIndex())
