"""お知らせ and おすすめ求人, newest first, loaded a page at a time.

The model itself does no I/O: when the view scrolls to the end it calls ``fetchMore``, which
emits ``more_requested``; the page fetches the next page off the GUI thread and hands it to
:meth:`NoticeListModel.append_page`."""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from mypage_desktop.domain.activity_dto import NoticeInfo, NoticePage
from mypage_desktop.domain.timefmt import format_datetime_jst

from ..i18n import tr
from ..jobs.list_model import Index
from ..jobs.texts import plain_tooltip
from .common import ID_ROLE, SORT_ROLE, bold_font

CONTEXT = "notices_page"
RECOMMENDATION = "おすすめ求人"


class Columns(IntEnum):
    STATE = 0
    KIND = 1
    CREATED = 2
    SENDER = 3
    TITLE = 4  # last: it takes the remaining width


HEADERS = {Columns.STATE: "状態", Columns.KIND: "種別", Columns.TITLE: "件名", Columns.SENDER: "送信元",
           Columns.CREATED: "日時"}
SAMPLES: dict[int, str] = {Columns.STATE: "未読・", Columns.KIND: "おすすめ求人",
                           Columns.CREATED: "0000年00月00日 00時00分・", Columns.SENDER: "ハローワークやまがた"}


class NoticeListModel(QAbstractTableModel):
    """Signals:
        more_requested(): the view reached the end and there are older notices to load.
    """

    more_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NoticeInfo] = []
        self.has_more = False
        self.loaded = False  # the first page has arrived
        self.loading = False  # a page is on its way

    # -- feeding ------------------------------------------------------------------------
    def reset_page(self, page: NoticePage) -> None:
        self.beginResetModel()
        self._rows = list(page.notices)
        self.has_more = page.has_more
        self.loaded = True
        self.endResetModel()

    def append_page(self, page: NoticePage) -> None:
        """Older notices (the next page); ones already listed are skipped."""
        known = {n.notice_id for n in self._rows}
        rows = [n for n in page.notices if n.notice_id not in known]
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.has_more = page.has_more

    def add_newer(self, page: NoticePage) -> None:
        """The first page asked again: notices that arrived since go on top. When the whole
        page is new there may be a gap before the listed ones, so the list starts again."""
        newest = self.newest_id()
        rows = [n for n in page.notices if newest is None or n.notice_id > newest]
        if newest is None or (page.has_more and len(rows) == len(page.notices)):
            self.reset_page(page)
            return
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows[:0] = rows
            self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.has_more = False
        self.loaded = False
        self.loading = False
        self.endResetModel()

    def mark_read(self, notice_id: int) -> None:
        row = self.row_of(notice_id)
        if row >= 0 and not self._rows[row].read:
            self._rows[row] = dataclasses.replace(self._rows[row], read=True)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Columns) - 1))

    # -- reading ------------------------------------------------------------------------
    def notice(self, notice_id: int) -> NoticeInfo | None:
        row = self.row_of(notice_id)
        return self._rows[row] if row >= 0 else None

    def row_of(self, notice_id: int) -> int:
        for row, info in enumerate(self._rows):
            if info.notice_id == notice_id:
                return row
        return -1

    def oldest_id(self) -> int | None:
        return min((n.notice_id for n in self._rows), default=None)

    def newest_id(self) -> int | None:
        return max((n.notice_id for n in self._rows), default=None)

    def unread_count(self) -> int:
        return sum(1 for n in self._rows if not n.read)

    # -- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self.loaded and self.has_more and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.more_requested.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(Columns):
            return tr(CONTEXT, HEADERS[Columns(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return info.notice_id
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(info, column)
        if role == SORT_ROLE:
            # Ids grow with time and break ties between notices sent in the same second.
            return info.notice_id if column == Columns.CREATED else _text(info, column)
        if role == Qt.ItemDataRole.FontRole and not info.read:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(_text(info, column))
        return None


def _text(info: NoticeInfo, column: int) -> str:
    match column:
        case Columns.STATE:
            return tr(CONTEXT, "既読") if info.read else tr(CONTEXT, "未読")
        case Columns.KIND:
            return info.kind
        case Columns.TITLE:
            return info.title
        case Columns.SENDER:
            return info.sender
        case _:
            return format_datetime_jst(info.created_at)
