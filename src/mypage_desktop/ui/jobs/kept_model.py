"""キープした求人 as a table; closed postings stay in the list, marked 「募集終了」."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mypage_desktop.domain.job_dto import KeptJobInfo
from mypage_desktop.domain.timefmt import format_datetime_jst

from .list_model import Index, RowListModel
from .result_model import JOB_ID_ROLE
from .texts import CLOSED, place, plain_tooltip, t

CLOSED_COLOUR = QColor("#8a0000")


class Columns(IntEnum):
    STATUS = 0
    JOB_NUMBER = 1
    OCCUPATION = 2
    COMPANY = 3
    PLACE = 4
    WAGE = 5
    KEPT_AT = 6


HEADERS = {Columns.STATUS: "状態", Columns.JOB_NUMBER: "求人番号", Columns.OCCUPATION: "職種",
           Columns.COMPANY: "事業所名", Columns.PLACE: "就業場所", Columns.WAGE: "賃金",
           Columns.KEPT_AT: "キープした日時"}


class KeptJobModel(RowListModel[KeptJobInfo]):
    COLUMNS = Columns
    HEADERS = HEADERS

    def kept(self, row: int) -> KeptJobInfo | None:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        kept = self.kept(index.row()) if index.isValid() else None
        if kept is None:
            return None
        job, column = kept.job, index.column()
        if role == JOB_ID_ROLE:
            return job.job_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.data(index) or "")
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Columns.STATUS:
                    return t(CLOSED) if job.closed else t("募集中")
                case Columns.JOB_NUMBER:
                    return job.job_number
                case Columns.OCCUPATION:
                    return job.occupation
                case Columns.COMPANY:
                    return job.company_name
                case Columns.PLACE:
                    return place(job.prefecture, job.municipality)
                case Columns.WAGE:
                    return job.wage
                case _:
                    return format_datetime_jst(kept.kept_at)
        if role == Qt.ItemDataRole.ForegroundRole and job.closed and column == Columns.STATUS:
            return QBrush(CLOSED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and job.closed and column == Columns.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None
