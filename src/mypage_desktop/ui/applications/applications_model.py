"""The 応募履歴 table: one row per application, a raw value per cell for sorting
(:data:`SORT_ROLE`) and the application id (:data:`APPLICATION_ID_ROLE`)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from mypage_desktop.domain.activity_dto import ApplicationSummary
from mypage_desktop.domain.applications import ApplicationStatus
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.applications.texts import FINISHED, local_day, short_day, short_moment, tooltip
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.table_model import RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
APPLICATION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
NO_INTERVIEW = 2**62  # rows without an upcoming interview sort after every date
STATUS_ORDER = {status.value: i for i, status in enumerate(ApplicationStatus)}


class Columns(IntEnum):
    APPLIED_ON = 0
    NUMBER = 1
    SOURCE = 2
    COMPANY = 3
    OCCUPATION = 4
    STATUS = 5
    STATUS_CHANGED = 6
    NEXT_INTERVIEW = 7
    UNREAD = 8


HEADERS = {Columns.APPLIED_ON: N_("応募日"), Columns.NUMBER: N_("応募番号"), Columns.SOURCE: N_("応募経路"),
           Columns.COMPANY: N_("事業所名"), Columns.OCCUPATION: N_("職種"), Columns.STATUS: N_("状況"),
           Columns.STATUS_CHANGED: N_("状況の更新日"), Columns.NEXT_INTERVIEW: N_("次の面接"),
           Columns.UNREAD: N_("未読メッセージ")}
# Column widths from sample texts in the table's font (the page's table).
SAMPLES: dict[int, str] = {
    Columns.APPLIED_ON: "0000/00/00", Columns.NUMBER: "A00000-00000000", Columns.SOURCE: "オンライン自主応募",
    Columns.COMPANY: "社会福祉法人も", Columns.OCCUPATION: "介護職員（", Columns.STATUS: "書類選考中",
    Columns.STATUS_CHANGED: "状況の更新日", Columns.NEXT_INTERVIEW: "0000/00/00(水) 00:00 ",  # bold
}


def source_text(summary: ApplicationSummary) -> str:
    return t("紹介") if summary.referral_id is not None else t("オンライン自主応募")


NO_MESSAGING = "―"
NO_MESSAGING_TIP = N_("この事業所は「求人者マイページ」を利用していないため、メッセージはありません。")


def unread_text(summary: ApplicationSummary) -> str:
    if not summary.messaging_available:
        return NO_MESSAGING
    return t("{count}件").format(count=summary.unread_messages) if summary.unread_messages else t("なし")


class ApplicationsModel(RowTableModel[ApplicationSummary]):
    """The same applications again (a refresh, coming back to the page) only update their
    cells, so the view keeps its selection and scroll position; others reset the model."""

    COLUMNS = Columns
    HEADERS = HEADERS
    ID_ROLE = APPLICATION_ID_ROLE
    SORT_ROLE = SORT_ROLE
    UPDATE_IN_PLACE = True

    def summary(self, row: int) -> ApplicationSummary | None:
        return self.row_at(row)

    def update_row(self, summary: ApplicationSummary) -> None:
        """A newer summary of a listed application (its detail was loaded, it was withdrawn)."""
        self.replace_row(summary)

    def row_id(self, item: ApplicationSummary) -> int:
        return item.application_id

    def display(self, item: ApplicationSummary, column: Columns) -> str:
        match column:
            case Columns.APPLIED_ON:
                return short_day(item.applied_on)
            case Columns.NUMBER:
                return item.application_number
            case Columns.SOURCE:
                return source_text(item)
            case Columns.COMPANY:
                return item.company_name
            case Columns.OCCUPATION:
                return item.occupation
            case Columns.STATUS:
                return t(item.status)
            case Columns.STATUS_CHANGED:
                return short_day(local_day(item.status_changed_at))
            case Columns.NEXT_INTERVIEW:
                return short_moment(item.next_interview_at, weekday=True)
            case _:
                return unread_text(item)

    def sort_key(self, item: ApplicationSummary, column: Columns) -> Any:
        match column:
            case Columns.APPLIED_ON:
                return item.applied_on.toordinal()
            case Columns.STATUS:  # in the order an application moves through them
                return STATUS_ORDER.get(item.status, len(STATUS_ORDER))
            case Columns.STATUS_CHANGED:
                return int(item.status_changed_at.timestamp())
            case Columns.NEXT_INTERVIEW:
                at = item.next_interview_at
                return int(at.timestamp()) if at is not None else NO_INTERVIEW
            case Columns.UNREAD:
                return item.unread_messages if item.messaging_available else -1
            case _:
                return self.display(item, column)

    def tooltip(self, item: ApplicationSummary, column: Columns) -> str:
        if column == Columns.UNREAD and not item.messaging_available:
            return tooltip(t(NO_MESSAGING_TIP))
        return tooltip(self.display(item, column))

    def colour(self, item: ApplicationSummary, column: Columns) -> QColor | None:
        c = style.colours()
        if column == Columns.STATUS:
            if item.status == ApplicationStatus.HIRED.value:
                return QColor(c.success_text)
            if item.status == ApplicationStatus.INTERVIEW.value:
                return QColor(c.info_text)
            if item.status in FINISHED:
                return QColor(c.muted_text)
        if column == Columns.NEXT_INTERVIEW and item.next_interview_at is not None:
            return QColor(c.info_text)
        return None

    def bold(self, item: ApplicationSummary, column: Columns) -> bool:
        if column == Columns.STATUS:
            return item.status not in FINISHED
        if column == Columns.UNREAD:
            return item.messaging_available and item.unread_messages > 0
        return column == Columns.NEXT_INTERVIEW and item.next_interview_at is not None


class ApplicationsProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; rows with equal keys keep the service's order (newest
    first), since Qt's sort is stable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.setSortLocaleAware(True)
