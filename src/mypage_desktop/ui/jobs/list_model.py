"""A small table model over a list of dataclass rows (one reset per refresh): the shared part of
the 保存した検索条件 and キープした求人 tables."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from .texts import t

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowListModel(QAbstractTableModel, Generic[Row]):
    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[dict[Any, str]]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return t(self.HEADERS[self.COLUMNS(section)])
        return None
