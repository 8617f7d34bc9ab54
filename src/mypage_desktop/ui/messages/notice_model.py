"""お知らせ and おすすめ求人, newest first, loaded a page at a time.

The model itself does no I/O: when the view scrolls to the end it calls ``fetchMore``, which
emits ``more_requested``; the page fetches the next page off the GUI thread and hands it to
:meth:`NoticeListModel.append_page`."""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Signal

from mypage_desktop.domain.activity_dto import NoticeInfo, NoticePage
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.messages.common import ID_ROLE, SORT_ROLE
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.table_model import Index, RowTableModel

RECOMMENDATION = N_("おすすめ求人")


class Columns(IntEnum):
    STATE = 0
    KIND = 1
    CREATED = 2
    SENDER = 3
    TITLE = 4  # last: it takes the remaining width


HEADERS = {Columns.STATE: N_("状態"), Columns.KIND: N_("種別"), Columns.TITLE: N_("件名"), Columns.SENDER: N_("送信元"),
           Columns.CREATED: N_("日時")}
SAMPLES: dict[int, str] = {Columns.STATE: "未読・", Columns.KIND: "おすすめ求人",
                           Columns.CREATED: "0000年00月00日 00時00分・", Columns.SENDER: "ハローワークやまがた"}


class NoticeListModel(RowTableModel[NoticeInfo]):
    """Signals:
        more_requested(): the view reached the end and there are older notices to load.
    """

    more_requested = Signal()
    COLUMNS = Columns
    HEADERS = HEADERS
    ID_ROLE = ID_ROLE
    SORT_ROLE = SORT_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.has_more = False
        self.loaded = False  # the first page has arrived
        self.loading = False  # a page is on its way

    # -- feeding ------------------------------------------------------------------------
    def reset_page(self, page: NoticePage) -> None:
        self.has_more = page.has_more
        self.loaded = True
        self.set_rows(page.notices)

    def append_page(self, page: NoticePage) -> None:
        """Older notices (the next page); ones already listed are skipped."""
        known = {n.notice_id for n in self._rows}
        self.insert_rows(len(self._rows), [n for n in page.notices if n.notice_id not in known])
        self.has_more = page.has_more

    def add_newer(self, page: NoticePage) -> None:
        """The first page asked again: notices that arrived since go on top. When the whole
        page is new there may be a gap before the listed ones, so the list starts again."""
        newest = self.newest_id()
        rows = [n for n in page.notices if newest is None or n.notice_id > newest]
        if newest is None or (page.has_more and len(rows) == len(page.notices)):
            self.reset_page(page)
            return
        self.insert_rows(0, rows)

    def clear(self) -> None:
        self.has_more = self.loaded = self.loading = False
        self.set_rows([])

    def mark_read(self, notice_id: int) -> None:
        info = self.by_id(notice_id)
        if info is not None and not info.read:
            self.replace_row(dataclasses.replace(info, read=True))

    # -- reading ------------------------------------------------------------------------
    def notice(self, notice_id: int) -> NoticeInfo | None:
        return self.by_id(notice_id)

    def oldest_id(self) -> int | None:
        return min((n.notice_id for n in self._rows), default=None)

    def newest_id(self) -> int | None:
        return max((n.notice_id for n in self._rows), default=None)

    def unread_count(self) -> int:
        return sum(1 for n in self._rows if not n.read)

    # -- Qt -----------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self.loaded and self.has_more and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.more_requested.emit()

    def row_id(self, item: NoticeInfo) -> int:
        return item.notice_id

    def sort_key(self, item: NoticeInfo, column: Columns) -> Any:
        # Ids grow with time and break ties between notices sent in the same second.
        return item.notice_id if column == Columns.CREATED else self.display(item, column)

    def bold(self, item: NoticeInfo, column: Columns) -> bool:
        return not item.read

    def display(self, item: NoticeInfo, column: Columns) -> str:
        match column:
            case Columns.STATE:
                return t("既読") if item.read else t("未読")
            case Columns.KIND:
                return item.kind
            case Columns.TITLE:
                return item.title
            case Columns.SENDER:
                return item.sender
            case _:
                return format_datetime_jst(item.created_at)
