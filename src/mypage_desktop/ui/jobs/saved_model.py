"""保存した検索条件 as a table: name, readable summary, 新着 count, last run time."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from mypage_desktop.domain.job_dto import SavedSearchInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.table_model import Index, RowTableModel

SAVED_ID_ROLE = Qt.ItemDataRole.UserRole + 1
INFO_ROLE = Qt.ItemDataRole.UserRole + 2


class Columns(IntEnum):
    NAME = 0
    SUMMARY = 1
    NEW = 2
    LAST_RUN = 3


HEADERS = {Columns.NAME: N_("名前"), Columns.SUMMARY: N_("検索条件"), Columns.NEW: N_("新着"),
           Columns.LAST_RUN: N_("前回の検索")}


class SavedSearchModel(RowTableModel[SavedSearchInfo]):
    COLUMNS = Columns
    HEADERS = HEADERS
    ID_ROLE = SAVED_ID_ROLE

    def info(self, row: int) -> SavedSearchInfo | None:
        return self.row_at(row)

    def row_id(self, item: SavedSearchInfo) -> int:
        return item.saved_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == INFO_ROLE:
            return self.row_at(index.row()) if index.isValid() else None
        return super().data(index, role)

    def display(self, item: SavedSearchInfo, column: Columns) -> str:
        match column:
            case Columns.NAME:
                return item.name
            case Columns.SUMMARY:
                return item.summary
            case Columns.NEW:
                return t("新着 {n} 件").format(n=f"{item.new_since_last_run:,}")
            case _:
                return format_datetime_jst(item.last_run_at)

    def bold(self, item: SavedSearchInfo, column: Columns) -> bool:
        return column == Columns.NEW and bool(item.new_since_last_run)
