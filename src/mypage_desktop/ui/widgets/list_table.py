"""The result table: fixed row heights (docs/tech-notes.md §million-row-tables), whole-row selection, Enter or a
double click opens the 求人票."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

CELL_PADDING = 18


def set_column_widths(view: QTableView, samples: Mapping[int, str]) -> None:
    metrics = view.fontMetrics()
    for column, sample in samples.items():
        view.setColumnWidth(column, metrics.horizontalAdvance(sample) + CELL_PADDING)


def configure_list_table(view: QTableView) -> None:
    """Whole rows, one selection, no editing, fixed row heights, Tab leaves the table."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 12)
    rows.hide()
    columns = view.horizontalHeader()
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setStretchLastSection(True)
    columns.setHighlightSections(False)


