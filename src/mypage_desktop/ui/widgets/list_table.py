"""The lists' tables: fixed row heights (docs/tech-notes.md §million-row-tables), whole-row
selection, Tab leaves the table; row heights and column widths from the font in use, taken
again when 文字の大きさ changes while the window is open (registered with
``style.refit_on_display_change``)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from mypage_desktop.ui.widgets import style

CELL_PADDING = 18
ROW_PADDING = 12
# The column samples ({column: text}) on the view: plain data, read again at a display change.
SIZING_ATTR = "_mypage_list_table"
ROWS_IN_SIGHT_ATTR = "_mypage_rows_in_sight"


def set_column_widths(view: QTableView, samples: Mapping[int, str]) -> None:
    """Each column in ``samples`` as wide as its sample text or its header's title, whichever
    is wider, in the view's font; now and after every display change."""
    setattr(view, SIZING_ATTR, dict(samples))
    fit_list_table(view)


def keep_rows_in_sight(view: QTableView, rows: int) -> None:
    """The view is never lower than its header, ``rows`` rows and a sideways scroll bar, now and
    after every display change (large text: the results stay in sight, the panes above give
    way)."""
    setattr(view, ROWS_IN_SIGHT_ATTR, rows)
    fit_list_table(view)


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
    rows.hide()
    columns = view.horizontalHeader()
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setStretchLastSection(True)
    columns.setHighlightSections(False)
    if not hasattr(view, SIZING_ATTR):
        setattr(view, SIZING_ATTR, {})
    fit_list_table(view)


def fit_list_table(view: QTableView) -> None:
    """The row height and the sampled columns' widths for the view's current font."""
    metrics = view.fontMetrics()
    row = metrics.height() + ROW_PADDING
    view.verticalHeader().setDefaultSectionSize(row)
    rows = getattr(view, ROWS_IN_SIGHT_ATTR, 0)
    if rows:
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows * row + 2 * view.frameWidth()
                              + view.horizontalScrollBar().sizeHint().height())
    header = view.horizontalHeader()
    model = view.model()
    for column, sample in getattr(view, SIZING_ATTR, {}).items():
        width = metrics.horizontalAdvance(sample)
        title = model.headerData(column, Qt.Orientation.Horizontal) if model is not None else None
        if title:
            width = max(width, header.fontMetrics().horizontalAdvance(str(title)))
        view.setColumnWidth(column, width + CELL_PADDING)


def _refit(widget: QWidget, _samples: object) -> None:
    if isinstance(widget, QTableView):
        fit_list_table(widget)


style.refit_on_display_change(SIZING_ATTR, _refit)
