"""The shared part of the list tables: columns with translated headers, and the roles every
table answers the same way, so a table's model only says what its cells show.

:class:`ColumnTableModel` answers the roles for a row object; where the rows live is the
subclass's (the lazy 求人情報検索 results keep theirs in a page cache). :class:`RowTableModel`
keeps them in a list: ``set_rows`` replaces them (and, for models that ask for it, only
repaints the changed cells when the same rows come again, so the view keeps its selection and
scroll position), ``replace_row`` / ``insert_rows`` change them one by one."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.texts import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
Role = Qt.ItemDataRole

_bold: QFont | None = None


def bold_font() -> QFont:
    """One bold font for every table (a QFont needs the application, so built lazily)."""
    global _bold
    if _bold is None:
        _bold = QFont()
        _bold.setBold(True)
    return _bold


class ColumnTableModel(QAbstractTableModel, Generic[Row]):
    """Columns, headers and the per-cell roles of one table.

    A subclass names its ``COLUMNS`` (an IntEnum from 0) and the ``HEADERS`` (marked ``N_``,
    translated when shown, by column), implements :meth:`row_at`, ``rowCount`` and
    :meth:`display`, and overrides the other hooks where its cells differ:

    - ``ID_ROLE`` answers :meth:`row_id`; ``SORT_ROLE`` answers :meth:`sort_key` (the display
      text unless overridden: dates and counts sort by their raw values);
    - the tooltip is the whole text of a cell the column may cut off, never as markup (I4);
    - ``ALIGNMENT`` maps columns to their alignment; :meth:`bold` and :meth:`colour` style cells.
    """

    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[Mapping[Any, str]]
    ID_ROLE: ClassVar[int | None] = None
    SORT_ROLE: ClassVar[int | None] = None
    ALIGNMENT: ClassVar[Mapping[Any, Qt.AlignmentFlag]] = {}

    # -- what a subclass says ---------------------------------------------------------------
    def row_at(self, row: int) -> Row | None:
        raise NotImplementedError

    def display(self, item: Row, column: Any) -> str:
        raise NotImplementedError

    def row_id(self, item: Row) -> Hashable:
        raise NotImplementedError

    def sort_key(self, item: Row, column: Any) -> Any:
        return self.display(item, column)

    def tooltip(self, item: Row, column: Any) -> str | None:
        return plain_tooltip(self.display(item, column))

    def bold(self, item: Row, column: Any) -> bool:
        return False

    def colour(self, item: Row, column: Any) -> QColor | None:
        return None

    # -- Qt -----------------------------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if role == Role.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return t(self.HEADERS[self.COLUMNS(section)])
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        return None if item is None else self.cell_data(item, index.column(), role)

    def cell_data(self, item: Row, column: int, role: int) -> Any:
        """What ``data`` answers for a cell of a row that is there."""
        column = self.COLUMNS(column)
        if role == Role.DisplayRole:
            return self.display(item, column)
        if role == Role.ToolTipRole:
            return self.tooltip(item, column)
        if role == self.SORT_ROLE:
            return self.sort_key(item, column)
        if role == self.ID_ROLE:
            return self.row_id(item)
        if role == Role.TextAlignmentRole and column in self.ALIGNMENT:
            return int(self.ALIGNMENT[column])
        if role == Role.FontRole and self.bold(item, column):
            return bold_font()
        if role == Role.ForegroundRole:
            colour = self.colour(item, column)
            return None if colour is None else QBrush(colour)
        return None


class RowTableModel(ColumnTableModel[Row]):
    """The rows in a list, as the service returned them (sorting is the view's proxy's).

    ``SKIP_UNCHANGED``: the same rows again change nothing (no reset).
    ``UPDATE_IN_PLACE``: the same rows by id in the same order (a refresh, coming back to the
    page) only repaint the changed cells, so the view keeps its selection and scroll position.
    Anything else resets the model.
    """

    SKIP_UNCHANGED: ClassVar[bool] = False
    UPDATE_IN_PLACE: ClassVar[bool] = False

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # -- reading ------------------------------------------------------------------------------
    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, item_id: Hashable) -> int | None:
        return self._find(item_id)

    def by_id(self, item_id: Hashable) -> Row | None:
        row = self._find(item_id)
        return None if row is None else self._rows[row]

    def _find(self, item_id: Hashable) -> int | None:
        return next((row for row, item in enumerate(self._rows) if self.row_id(item) == item_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    # -- changing -----------------------------------------------------------------------------
    def set_rows(self, rows: Iterable[Row]) -> bool:
        """Replaces the rows; False when nothing on the screen changed."""
        rows = list(rows)
        if self.SKIP_UNCHANGED and rows == self._rows:
            return False
        if self.UPDATE_IN_PLACE and rows and [self.row_id(r) for r in rows] == [self.row_id(r) for r in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = rows
            if changed:
                self._rows_changed(min(changed), max(changed))
            return bool(changed)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        return True

    def clear(self) -> None:
        self.set_rows([])

    def replace_row(self, item: Row) -> int | None:
        """A newer version of a listed row (same id): its cells repaint. The row, or None when
        it is not listed."""
        row = self._find(self.row_id(item))
        if row is not None and self._rows[row] != item:
            self._rows[row] = item
            self._rows_changed(row, row)
        return row

    def insert_rows(self, position: int, items: list[Row]) -> None:
        if items:
            self.beginInsertRows(QModelIndex(), position, position + len(items) - 1)
            self._rows[position:position] = items
            self.endInsertRows()

    def _rows_changed(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
