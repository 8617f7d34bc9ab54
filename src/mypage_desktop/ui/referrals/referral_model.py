"""The referrals as a table model, sorted through a proxy (newest first by default)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from mypage_desktop.domain.activity_dto import ReferralSummary

from ..jobs.texts import plain_tooltip
from .texts import t

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
REFERRAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class Columns(IntEnum):
    REFERRED_ON = 0
    NUMBER = 1
    COMPANY = 2
    OCCUPATION = 3
    PLACE = 4
    STATUS = 5
    SOURCE = 6


HEADERS = {Columns.REFERRED_ON: "紹介日", Columns.NUMBER: "紹介番号", Columns.COMPANY: "事業所名",
           Columns.OCCUPATION: "職種", Columns.PLACE: "就業場所", Columns.STATUS: "応募状況",
           Columns.SOURCE: "紹介元／担当"}
# Column widths from sample texts in the table's font (Japanese is wider than Latin).
SAMPLES: dict[int, str] = {
    Columns.REFERRED_ON: "0000/00/00", Columns.NUMBER: "R00000-00000000", Columns.COMPANY: "社会福祉法人もがみ",
    Columns.OCCUPATION: "介護職員（介護福", Columns.PLACE: "神奈川県川崎市", Columns.STATUS: "書類選考中",
}


def source_text(summary: ReferralSummary) -> str:
    return f"{summary.office_name}／{summary.staff_name}" if summary.staff_name else summary.office_name


class ReferralModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ReferralSummary] = []

    def rows(self) -> list[ReferralSummary]:
        return list(self._rows)

    def set_rows(self, rows: list[ReferralSummary]) -> bool:
        """Replaces the rows; False (and no reset, so selection and scrolling stay) when
        nothing changed."""
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        return True

    def clear(self) -> None:
        self.set_rows([])

    def summary(self, row: int) -> ReferralSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, referral_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.referral_id == referral_id:
                return row
        return None

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
        if role == REFERRAL_ID_ROLE:
            return summary.referral_id
        if role == SORT_ROLE:
            if column == Columns.REFERRED_ON:  # same day: the later 紹介番号 is the newer one
                return f"{summary.referred_on.isoformat()} {summary.referral_number}"
            return self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cut-off cell, never as markup (I4)
            return plain_tooltip(self.data(index) or "")
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case Columns.REFERRED_ON:
                    day = summary.referred_on
                    return f"{day.year}/{day.month:02d}/{day.day:02d}"
                case Columns.NUMBER:
                    return summary.referral_number
                case Columns.COMPANY:
                    return summary.company_name
                case Columns.OCCUPATION:
                    return summary.occupation
                case Columns.PLACE:
                    return summary.work_location
                case Columns.STATUS:
                    return summary.application_status
                case _:
                    return source_text(summary)
        return None


class ReferralSortModel(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; starts newest first."""

    def __init__(self, source: ReferralModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.sort(Columns.REFERRED_ON, Qt.SortOrder.DescendingOrder)
