"""The 応募履歴 table: one row per application, a raw value per cell for sorting
(:data:`SORT_ROLE`) and the application id (:data:`APPLICATION_ID_ROLE`)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mypage_desktop.domain.activity_dto import ApplicationSummary
from mypage_desktop.domain.applications import ApplicationStatus

from .texts import FINISHED, local_day, short_day, short_moment, t, tooltip

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
APPLICATION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
NO_INTERVIEW = 2**62  # rows without an upcoming interview sort after every date
HIRED_COLOUR = QColor("#0a5c1f")
INTERVIEW_COLOUR = QColor("#0b3d91")
FINISHED_COLOUR = QColor("#555555")
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


HEADERS = {Columns.APPLIED_ON: "応募日", Columns.NUMBER: "応募番号", Columns.SOURCE: "応募経路",
           Columns.COMPANY: "事業所名", Columns.OCCUPATION: "職種", Columns.STATUS: "状況",
           Columns.STATUS_CHANGED: "状況の更新日", Columns.NEXT_INTERVIEW: "次の面接",
           Columns.UNREAD: "未読メッセージ"}


def source_text(summary: ApplicationSummary) -> str:
    return t("紹介") if summary.referral_id is not None else t("オンライン自主応募")


NO_MESSAGING = "―"
NO_MESSAGING_TIP = "この事業所は「求人者マイページ」を利用していないため、メッセージはありません。"


def unread_text(summary: ApplicationSummary) -> str:
    if not summary.messaging_available:
        return NO_MESSAGING
    return t("{count}件").format(count=summary.unread_messages) if summary.unread_messages else t("なし")


class ApplicationsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationSummary] = []

    # -- rows ---------------------------------------------------------------------------
    def set_rows(self, rows: list[ApplicationSummary]) -> None:
        """The same applications again (a refresh, coming back to the page) only update their
        cells, so the view keeps its selection and scroll position; others reset the model."""
        rows = list(rows)
        if rows and [r.application_id for r in rows] == [r.application_id for r in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
            self._rows = rows
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(Columns) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def summary(self, row: int) -> ApplicationSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, application_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.application_id == application_id:
                return row
        return None

    def update_row(self, summary: ApplicationSummary) -> None:
        """A newer summary of a listed application (its detail was loaded, it was withdrawn)."""
        row = self.row_of(summary.application_id)
        if row is None or self._rows[row] == summary:
            return
        self._rows[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Columns) - 1))

    # -- Qt -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(Columns):
            return t(HEADERS[Columns(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.summary(index.row()) if index.isValid() else None
        if summary is None:
            return None
        column = Columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == APPLICATION_ID_ROLE:
            return summary.application_id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Columns.UNREAD and not summary.messaging_available:
                return tooltip(t(NO_MESSAGING_TIP))
            return tooltip(self._display(summary, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(summary, column)
        if role == Qt.ItemDataRole.FontRole and self._bold(summary, column):
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _display(summary: ApplicationSummary, column: Columns) -> str:
        match column:
            case Columns.APPLIED_ON:
                return short_day(summary.applied_on)
            case Columns.NUMBER:
                return summary.application_number
            case Columns.SOURCE:
                return source_text(summary)
            case Columns.COMPANY:
                return summary.company_name
            case Columns.OCCUPATION:
                return summary.occupation
            case Columns.STATUS:
                return t(summary.status)
            case Columns.STATUS_CHANGED:
                return short_day(local_day(summary.status_changed_at))
            case Columns.NEXT_INTERVIEW:
                return short_moment(summary.next_interview_at, weekday=True)
            case _:
                return unread_text(summary)

    @staticmethod
    def _sort_key(summary: ApplicationSummary, column: Columns) -> Any:
        match column:
            case Columns.APPLIED_ON:
                return summary.applied_on.toordinal()
            case Columns.STATUS:  # in the order an application moves through them
                return STATUS_ORDER.get(summary.status, len(STATUS_ORDER))
            case Columns.STATUS_CHANGED:
                return int(summary.status_changed_at.timestamp())
            case Columns.NEXT_INTERVIEW:
                at = summary.next_interview_at
                return int(at.timestamp()) if at is not None else NO_INTERVIEW
            case Columns.UNREAD:
                return summary.unread_messages if summary.messaging_available else -1
            case _:
                return ApplicationsModel._display(summary, column)

    @staticmethod
    def _colour(summary: ApplicationSummary, column: Columns) -> QBrush | None:
        if column == Columns.STATUS:
            if summary.status == ApplicationStatus.HIRED.value:
                return QBrush(HIRED_COLOUR)
            if summary.status == ApplicationStatus.INTERVIEW.value:
                return QBrush(INTERVIEW_COLOUR)
            if summary.status in FINISHED:
                return QBrush(FINISHED_COLOUR)
        if column == Columns.NEXT_INTERVIEW and summary.next_interview_at is not None:
            return QBrush(INTERVIEW_COLOUR)
        return None

    @staticmethod
    def _bold(summary: ApplicationSummary, column: Columns) -> bool:
        if column == Columns.STATUS:
            return summary.status not in FINISHED
        if column == Columns.UNREAD:
            return summary.messaging_available and summary.unread_messages > 0
        return column == Columns.NEXT_INTERVIEW and summary.next_interview_at is not None


class ApplicationsProxy(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; rows with equal keys keep the service's order (newest
    first), since Qt's sort is stable."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.setSortLocaleAware(True)
