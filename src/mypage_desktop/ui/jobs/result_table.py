"""The result table: fixed row heights (docs/tech-notes.md §million-row-tables), whole-row selection,
Enter or a double click opens the 求人票, column widths from sample texts."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

from mypage_desktop.ui.jobs.result_model import JOB_ID_ROLE, Columns
from mypage_desktop.ui.widgets.list_table import configure_list_table, set_column_widths

# Column widths come from sample texts (or the column's title, if wider) in the table's own font
# (a Japanese font is wider than a Latin one; fixed pixel widths would cut 求人番号 and dates off).
COLUMN_SAMPLES: dict[int, str] = {
    Columns.JOB_NUMBER: "00000-00000000", Columns.OCCUPATION: "介護職員（介護", Columns.COMPANY: "社会福祉法人も",
    Columns.PLACE: "神奈川県川崎", Columns.WAGE: "月給 000,000円〜000,000円", Columns.RECEIVED: "0000/00/00",
    Columns.ONLINE: "オンライン応募", Columns.KEPT: "キープ",
}


class JobTableView(QTableView):
    """A table of jobs whose model answers :data:`JOB_ID_ROLE` for every row.

    Signals:
        job_activated(int): the user opened a row (Enter, Return or a double click).
    """

    job_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, samples: Mapping[int, str] | None = None) -> None:
        super().__init__(parent)
        self._samples = dict(COLUMN_SAMPLES if samples is None else samples)
        configure_list_table(self)
        self.doubleClicked.connect(self._on_self_double_clicked)

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]  # Qt's signature
        super().setModel(model)
        set_column_widths(self, self._samples)

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
