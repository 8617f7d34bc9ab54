"""The seeker's applications as message threads: 事業所名, 職種, 未読, whether messaging is
possible, 応募日. Rows with unread employer messages are bold."""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from mypage_desktop.domain.activity_dto import ApplicationSummary

from ..i18n import tr
from ..jobs.list_model import Index, RowListModel
from ..jobs.texts import plain_tooltip, short_date
from .common import ID_ROLE, SORT_ROLE, bold_font

CONTEXT = "messages_page"


class Columns(IntEnum):
    COMPANY = 0
    OCCUPATION = 1
    UNREAD = 2
    MESSAGING = 3
    APPLIED = 4


HEADERS = {Columns.COMPANY: "事業所名", Columns.OCCUPATION: "職種", Columns.UNREAD: "未読",
           Columns.MESSAGING: "やりとり", Columns.APPLIED: "応募日"}
SAMPLES: dict[int, str] = {Columns.COMPANY: "社会福祉法人も", Columns.OCCUPATION: "介護職員（",
                           Columns.UNREAD: "未読", Columns.MESSAGING: "やりとり", Columns.APPLIED: "0000/00/00"}
NO_MYPAGE_TIP = "この事業所は「求人者マイページ」を開設していないため、メッセージはやりとりできません。"


class ThreadListModel(RowListModel[ApplicationSummary]):
    COLUMNS = Columns
    HEADERS = HEADERS

    def set_rows(self, rows: list[ApplicationSummary]) -> None:
        """The same applications in the same order only change cells (the view keeps its
        selection and scroll position); anything else resets the model."""
        if [r.application_id for r in rows] == [r.application_id for r in self._rows] and rows:
            self._rows = list(rows)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(Columns) - 1))
            return
        super().set_rows(rows)

    def row_of(self, application_id: int) -> int:
        for row, summary in enumerate(self._rows):
            if summary.application_id == application_id:
                return row
        return -1

    def summary(self, application_id: int) -> ApplicationSummary | None:
        return self.row_at(self.row_of(application_id))

    def mark_read(self, application_id: int) -> bool:
        """The thread was opened (the server marked it read). True when the row had unread."""
        row = self.row_of(application_id)
        summary = self.row_at(row)
        if summary is None or summary.unread_messages == 0:
            return False
        self._rows[row] = dataclasses.replace(summary, unread_messages=0)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Columns) - 1))
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.row_at(index.row()) if index.isValid() else None
        if summary is None:
            return None
        column = index.column()
        if role == ID_ROLE:
            return summary.application_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == SORT_ROLE:
            match column:
                case Columns.UNREAD:
                    return summary.unread_messages
                case Columns.APPLIED:
                    return summary.applied_on.toordinal()
                case _:
                    return self._text(summary, column)
        if role == Qt.ItemDataRole.FontRole and summary.unread_messages > 0:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Columns.MESSAGING and not summary.messaging_available:
                return plain_tooltip(tr(CONTEXT, NO_MYPAGE_TIP))
            return plain_tooltip(self._text(summary, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Columns.UNREAD:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _text(summary: ApplicationSummary, column: int) -> str:
        match column:
            case Columns.COMPANY:
                return summary.company_name
            case Columns.OCCUPATION:
                return summary.occupation
            case Columns.UNREAD:
                return str(summary.unread_messages) if summary.unread_messages else ""
            case Columns.MESSAGING:
                return tr(CONTEXT, "可") if summary.messaging_available else tr(CONTEXT, "不可")
            case _:
                return short_date(summary.applied_on)
