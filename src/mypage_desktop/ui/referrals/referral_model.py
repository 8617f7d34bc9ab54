"""The referrals as a table model, sorted through a proxy (newest first by default)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from mypage_desktop.domain.activity_dto import ReferralSummary
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.table_model import RowTableModel

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


HEADERS = {Columns.REFERRED_ON: N_("紹介日"), Columns.NUMBER: N_("紹介番号"), Columns.COMPANY: N_("事業所名"),
           Columns.OCCUPATION: N_("職種"), Columns.PLACE: N_("就業場所"), Columns.STATUS: N_("応募状況"),
           Columns.SOURCE: N_("紹介元／担当")}
# Column widths from sample texts in the table's font (Japanese is wider than Latin).
SAMPLES: dict[int, str] = {
    Columns.REFERRED_ON: "0000/00/00", Columns.NUMBER: "R00000-00000000", Columns.COMPANY: "社会福祉法人もがみ",
    Columns.OCCUPATION: "介護職員（介護福", Columns.PLACE: "神奈川県川崎市", Columns.STATUS: "書類選考中",
}


def source_text(summary: ReferralSummary) -> str:
    return f"{summary.office_name}／{summary.staff_name}" if summary.staff_name else summary.office_name


class ReferralModel(RowTableModel[ReferralSummary]):
    """``set_rows`` with the same referrals changes nothing (the selection and scrolling stay)."""

    COLUMNS = Columns
    HEADERS = HEADERS
    ID_ROLE = REFERRAL_ID_ROLE
    SORT_ROLE = SORT_ROLE
    SKIP_UNCHANGED = True

    def summary(self, row: int) -> ReferralSummary | None:
        return self.row_at(row)

    def row_id(self, item: ReferralSummary) -> int:
        return item.referral_id

    def sort_key(self, item: ReferralSummary, column: Columns) -> str:
        if column == Columns.REFERRED_ON:  # same day: the later 紹介番号 is the newer one
            return f"{item.referred_on.isoformat()} {item.referral_number}"
        return self.display(item, column)

    def display(self, item: ReferralSummary, column: Columns) -> str:
        match column:
            case Columns.REFERRED_ON:
                day = item.referred_on
                return f"{day.year}/{day.month:02d}/{day.day:02d}"
            case Columns.NUMBER:
                return item.referral_number
            case Columns.COMPANY:
                return item.company_name
            case Columns.OCCUPATION:
                return item.occupation
            case Columns.PLACE:
                return item.work_location
            case Columns.STATUS:
                return item.application_status
            case _:
                return source_text(item)


class ReferralSortModel(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`; starts newest first."""

    def __init__(self, source: ReferralModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.sort(Columns.REFERRED_ON, Qt.SortOrder.DescendingOrder)
