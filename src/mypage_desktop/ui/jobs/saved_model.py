"""保存した検索条件 as a table: name, readable summary, 新着 count, last run time."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mypage_desktop.domain.job_dto import SavedSearchInfo
from mypage_desktop.domain.timefmt import format_datetime_jst

from .list_model import Index, RowListModel
from .texts import plain_tooltip, t

SAVED_ID_ROLE = Qt.ItemDataRole.UserRole + 1
INFO_ROLE = Qt.ItemDataRole.UserRole + 2


class Columns(IntEnum):
    NAME = 0
    SUMMARY = 1
    NEW = 2
    LAST_RUN = 3


HEADERS = {Columns.NAME: "名前", Columns.SUMMARY: "検索条件", Columns.NEW: "新着",
           Columns.LAST_RUN: "前回の検索"}


class SavedSearchModel(RowListModel[SavedSearchInfo]):
    COLUMNS = Columns
    HEADERS = HEADERS

    def info(self, row: int) -> SavedSearchInfo | None:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.info(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = index.column()
        if role == SAVED_ID_ROLE:
            return info.saved_id
        if role == INFO_ROLE:
            return info
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.data(index) or "")
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Columns.NAME:
                    return info.name
                case Columns.SUMMARY:
                    return info.summary
                case Columns.NEW:
                    return t("新着 {n} 件").format(n=f"{info.new_since_last_run:,}")
                case _:
                    return format_datetime_jst(info.last_run_at)
        if role == Qt.ItemDataRole.FontRole and column == Columns.NEW and info.new_since_last_run:
            font = QFont()
            font.setBold(True)
            return font
        return None
