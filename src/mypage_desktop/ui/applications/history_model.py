"""An application's status history (oldest first): when, which status, who recorded it,
the interview date/time and place, the note. Notes come from staff and employers: plain
text only (SECURITY I4)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from mypage_desktop.domain.activity_dto import StatusEntry

from .applications_model import SORT_ROLE, Index
from .texts import short_moment, t, tooltip


class HistoryColumns(IntEnum):
    AT = 0
    STATUS = 1
    RECORDED_BY = 2
    INTERVIEW_AT = 3
    PLACE = 4
    NOTE = 5


HISTORY_HEADERS = {HistoryColumns.AT: "日時", HistoryColumns.STATUS: "状況", HistoryColumns.RECORDED_BY: "記録",
                   HistoryColumns.INTERVIEW_AT: "面接日時", HistoryColumns.PLACE: "面接場所",
                   HistoryColumns.NOTE: "備考・連絡事項"}


def one_line(text: str) -> str:
    """A multi-line note in one table cell (the tooltip shows it whole)."""
    return " / ".join(part for part in text.splitlines() if part.strip())


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[StatusEntry] = []

    def set_entries(self, entries: tuple[StatusEntry, ...] | list[StatusEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HistoryColumns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HistoryColumns):
            return t(HISTORY_HEADERS[HistoryColumns(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = HistoryColumns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            full = entry.note if column == HistoryColumns.NOTE else self._display(entry, column)
            return tooltip(full)
        if role == SORT_ROLE:
            if column == HistoryColumns.AT:
                return (int(entry.at.timestamp()) << 16) + index.row()  # same second: the recorded order
            if column == HistoryColumns.INTERVIEW_AT:
                return int(entry.interview_at.timestamp()) if entry.interview_at is not None else 0
            return self._display(entry, column)
        return None

    @staticmethod
    def _display(entry: StatusEntry, column: HistoryColumns) -> str:
        match column:
            case HistoryColumns.AT:
                return short_moment(entry.at)
            case HistoryColumns.STATUS:
                return t(entry.status)
            case HistoryColumns.RECORDED_BY:
                return t(entry.recorded_by)
            case HistoryColumns.INTERVIEW_AT:
                return short_moment(entry.interview_at, weekday=True)
            case HistoryColumns.PLACE:
                return entry.interview_place
            case _:
                return one_line(entry.note)


class HistoryProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
