"""The lookup's result table: one row per :class:`SeekerSummary`, sortable through a proxy
(sort role = the raw value, so dates sort as dates)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from mypage_desktop.domain.staff_dto import SeekerSummary
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.table_model import RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEEKER_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class Columns(IntEnum):
    NUMBER = 0
    NAME = 1
    KANA = 2
    BIRTHDATE = 3
    STATUS = 4
    EMAIL = 5
    ACCOUNT = 6
    LOCK = 7


HEADERS = {Columns.NUMBER: N_("求職番号"), Columns.NAME: N_("氏名"), Columns.KANA: N_("フリガナ"),
           Columns.BIRTHDATE: N_("生年月日"), Columns.STATUS: N_("求職状態"),
           Columns.EMAIL: N_("ログインID（メールアドレス）"), Columns.ACCOUNT: N_("マイページ"),
           Columns.LOCK: N_("ロック")}


def account_text(seeker: SeekerSummary) -> str:
    if seeker.email is None:
        return t("ID未登録")
    if seeker.account_disabled:
        return t("停止中")
    return t("開設済み") if seeker.account_opened else t("未開設")


def lock_text(seeker: SeekerSummary) -> str:
    if seeker.login_locked:
        return t("ロック中")
    if seeker.login_failures:
        return t("失敗{n}回").format(n=seeker.login_failures)
    return ""


class SeekerTableModel(RowTableModel[SeekerSummary]):
    COLUMNS = Columns
    HEADERS = HEADERS
    ID_ROLE = SEEKER_ID_ROLE
    SORT_ROLE = SORT_ROLE

    def seeker(self, row: int) -> SeekerSummary | None:
        return self.row_at(row)

    def put(self, seeker: SeekerSummary) -> int:
        """Replaces the seeker's row (after an action) or appends it (a new 求職登録)."""
        row = self.replace_row(seeker)
        if row is None:
            row = len(self._rows)
            self.insert_rows(row, [seeker])
        return row

    def row_id(self, item: SeekerSummary) -> int:
        return item.seeker_id

    def sort_key(self, item: SeekerSummary, column: Columns) -> Any:
        return item.birthdate.toordinal() if column == Columns.BIRTHDATE else self.display(item, column)

    def display(self, item: SeekerSummary, column: Columns) -> str:
        match column:
            case Columns.NUMBER:
                return item.seeker_number
            case Columns.NAME:
                return item.name
            case Columns.KANA:
                return item.name_kana
            case Columns.BIRTHDATE:
                return f"{item.birthdate:%Y/%m/%d}"  # compact in the list; the panel spells it out
            case Columns.STATUS:
                return item.status
            case Columns.EMAIL:
                return item.email or t("（未登録）")
            case Columns.ACCOUNT:
                return account_text(item)
            case _:
                return lock_text(item)
