"""The lookup's result table: one row per :class:`SeekerSummary`, sortable through a proxy
(sort role = the raw value, so dates sort as dates)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mypage_desktop.domain.security_dto import SeekerSummary

from .texts import t

Index = QModelIndex | QPersistentModelIndex
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


HEADERS = {Columns.NUMBER: "求職番号", Columns.NAME: "氏名", Columns.KANA: "フリガナ", Columns.BIRTHDATE: "生年月日",
           Columns.STATUS: "求職状態", Columns.EMAIL: "ログインID（メールアドレス）", Columns.ACCOUNT: "マイページ",
           Columns.LOCK: "ロック"}


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


class SeekerTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SeekerSummary] = []

    def set_rows(self, rows: list[SeekerSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[SeekerSummary]:
        return list(self._rows)

    def seeker(self, row: int) -> SeekerSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, seeker_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.seeker_id == seeker_id), -1)

    def put(self, seeker: SeekerSummary) -> int:
        """Replaces the seeker's row (after an action) or appends it (a new 求職登録)."""
        row = self.row_of(seeker.seeker_id)
        if row < 0:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(seeker)
            self.endInsertRows()
        else:
            self._rows[row] = seeker
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Columns) - 1))
        return row

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
        seeker = self.seeker(index.row()) if index.isValid() else None
        if seeker is None:
            return None
        column = Columns(index.column())
        if role == SEEKER_ID_ROLE:
            return seeker.seeker_id
        if role == SORT_ROLE:
            if column == Columns.BIRTHDATE:
                return seeker.birthdate.toordinal()
            return self.data(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            match column:
                case Columns.NUMBER:
                    return seeker.seeker_number
                case Columns.NAME:
                    return seeker.name
                case Columns.KANA:
                    return seeker.name_kana
                case Columns.BIRTHDATE:
                    return f"{seeker.birthdate:%Y/%m/%d}"  # compact in the list; the panel spells it out
                case Columns.STATUS:
                    return seeker.status
                case Columns.EMAIL:
                    return seeker.email or t("（未登録）")
                case Columns.ACCOUNT:
                    return account_text(seeker)
                case _:
                    return lock_text(seeker)
        return None
