"""キープした求人 as a table; closed postings stay in the list, marked 「募集終了」."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QColor

from mypage_desktop.domain.job_dto import KeptJobInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.jobs.result_model import JOB_ID_ROLE
from mypage_desktop.ui.jobs.texts import CLOSED
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.table_model import RowTableModel
from mypage_desktop.ui.widgets.texts import place


class Columns(IntEnum):
    STATUS = 0
    JOB_NUMBER = 1
    OCCUPATION = 2
    COMPANY = 3
    PLACE = 4
    WAGE = 5
    KEPT_AT = 6


HEADERS = {Columns.STATUS: N_("状態"), Columns.JOB_NUMBER: N_("求人番号"), Columns.OCCUPATION: N_("職種"),
           Columns.COMPANY: N_("事業所名"), Columns.PLACE: N_("就業場所"), Columns.WAGE: N_("賃金"),
           Columns.KEPT_AT: N_("キープした日時")}


class KeptJobModel(RowTableModel[KeptJobInfo]):
    COLUMNS = Columns
    HEADERS = HEADERS
    ID_ROLE = JOB_ID_ROLE

    def kept(self, row: int) -> KeptJobInfo | None:
        return self.row_at(row)

    def row_id(self, item: KeptJobInfo) -> int:
        return item.job.job_id

    def display(self, item: KeptJobInfo, column: Columns) -> str:
        job = item.job
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
                return format_datetime_jst(item.kept_at)

    def bold(self, item: KeptJobInfo, column: Columns) -> bool:
        return column == Columns.STATUS and item.job.closed

    def colour(self, item: KeptJobInfo, column: Columns) -> QColor | None:
        return QColor(style.colours().error_text) if column == Columns.STATUS and item.job.closed else None
