"""An application's status history (oldest first): when, which status, who recorded it,
the interview date/time and place, the note. Notes come from staff and employers: plain
text only (docs/security.md I4)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from mypage_desktop.domain.activity_dto import StatusEntry
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.applications.applications_model import SORT_ROLE
from mypage_desktop.ui.applications.texts import short_moment, tooltip
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.table_model import Index, RowTableModel


class HistoryColumns(IntEnum):
    AT = 0
    STATUS = 1
    RECORDED_BY = 2
    INTERVIEW_AT = 3
    PLACE = 4
    NOTE = 5


HISTORY_HEADERS = {HistoryColumns.AT: N_("日時"), HistoryColumns.STATUS: N_("状況"),
                   HistoryColumns.RECORDED_BY: N_("記録"),
                   HistoryColumns.INTERVIEW_AT: N_("面接日時"), HistoryColumns.PLACE: N_("面接場所"),
                   HistoryColumns.NOTE: N_("備考・連絡事項")}


def one_line(text: str) -> str:
    """A multi-line note in one table cell (the tooltip shows it whole)."""
    return " / ".join(part for part in text.splitlines() if part.strip())


class HistoryModel(RowTableModel[StatusEntry]):
    COLUMNS = HistoryColumns
    HEADERS = HISTORY_HEADERS
    SORT_ROLE = SORT_ROLE

    def set_entries(self, entries: Iterable[StatusEntry]) -> None:
        self.set_rows(entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is not None and role == SORT_ROLE and index.column() == HistoryColumns.AT:
            return (int(entry.at.timestamp()) << 16) + index.row()  # same second: the recorded order
        return super().data(index, role)

    def sort_key(self, item: StatusEntry, column: HistoryColumns) -> Any:
        if column == HistoryColumns.INTERVIEW_AT:
            return int(item.interview_at.timestamp()) if item.interview_at is not None else 0
        return self.display(item, column)

    def tooltip(self, item: StatusEntry, column: HistoryColumns) -> str:
        return tooltip(item.note if column == HistoryColumns.NOTE else self.display(item, column))

    def display(self, item: StatusEntry, column: HistoryColumns) -> str:
        match column:
            case HistoryColumns.AT:
                return short_moment(item.at)
            case HistoryColumns.STATUS:
                return t(item.status)
            case HistoryColumns.RECORDED_BY:
                return t(item.recorded_by)
            case HistoryColumns.INTERVIEW_AT:
                return short_moment(item.interview_at, weekday=True)
            case HistoryColumns.PLACE:
                return item.interview_place
            case _:
                return one_line(item.note)


class HistoryProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
