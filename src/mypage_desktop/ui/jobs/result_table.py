"""The result table: fixed row heights (TECH-NOTES §3), whole-row selection, Enter or a
double click opens the 求人票."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .result_model import JOB_ID_ROLE, Columns

COLUMN_WIDTHS = {
    Columns.JOB_NUMBER: 128, Columns.OCCUPATION: 190, Columns.COMPANY: 170, Columns.PLACE: 140,
    Columns.WAGE: 200, Columns.RECEIVED: 90, Columns.ONLINE: 104, Columns.KEPT: 60,
}


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


class JobTableView(QTableView):
    """A table of jobs whose model answers :data:`JOB_ID_ROLE` for every row.

    Signals:
        job_activated(int): the user opened a row (Enter, Return or a double click).
    """

    job_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, widths: Mapping[int, int] | None = None) -> None:
        super().__init__(parent)
        self._widths = dict(COLUMN_WIDTHS if widths is None else widths)
        configure_list_table(self)
        self.doubleClicked.connect(self._on_self_double_clicked)

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]  # Qt's signature
        super().setModel(model)
        for column, width in self._widths.items():
            self.setColumnWidth(column, width)

    def current_job_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        job_id = index.data(JOB_ID_ROLE)
        return int(job_id) if job_id is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            job_id = self.current_job_id()
            if job_id is not None:
                self.job_activated.emit(job_id)
                event.accept()
                return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _on_self_double_clicked(self, index: QModelIndex) -> None:
        job_id = index.data(JOB_ID_ROLE)
        if job_id is not None:
            self.job_activated.emit(int(job_id))
