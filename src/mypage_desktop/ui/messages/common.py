"""Shared parts of the メッセージ and お知らせ pages: the sortable list table and selecting a
row by id. (Their calls go through :class:`~mypage_desktop.ui.session.tasks.PageTasks`.)"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView, QWidget

from mypage_desktop.ui.widgets.list_table import configure_list_table, set_column_widths

# Sorting uses raw values (counts as numbers, dates as ordinals), not the display text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 20
ID_ROLE = Qt.ItemDataRole.UserRole + 21


def sorted_table(parent: QWidget, model: QAbstractItemModel, samples: Mapping[int, str],
                 column: int, order: Qt.SortOrder) -> tuple[QTableView, QSortFilterProxyModel]:
    """A list table over ``model`` sorted by the user through a proxy (header clicks)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView(parent)
    configure_list_table(view)
    view.setModel(proxy)
    set_column_widths(view, samples)
    view.setSortingEnabled(True)
    view.sortByColumn(column, order)
    return view, proxy


def select_id(view: QTableView, item_id: int | None) -> bool:
    """Makes the row with this id current (through the proxy); False when it is not listed."""
    model = view.model()
    if item_id is None or model is None:
        return False
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == item_id:
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return True
    return False
