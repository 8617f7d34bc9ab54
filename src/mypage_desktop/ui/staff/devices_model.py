"""The two tables of 「端末管理」: the enrolled office PCs and the enrolments waiting for a
管理者's approval, with the Japanese labels for the device kinds. Times are the office's
(JST), to the minute."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from mypage_desktop.domain.caller import COUNTER, KIOSK, STAFF
from mypage_desktop.domain.device_dto import DeviceInfo, PendingEnrolment
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.table_model import RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_LABELS = {KIOSK: N_("利用者用端末"), COUNTER: N_("窓口端末"), STAFF: N_("職員端末")}




def kind_text(kind: str) -> str:
    return t(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def moment_text(moment: datetime) -> str:
    return f"{moment.astimezone(JST):%Y/%m/%d %H:%M}"


def moment_key(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment.astimezone(JST):%Y%m%d%H%M%S%f}"


def device_text(kind: str, name: str) -> str:
    """「窓口端末「窓口1」」: how the messages name a device."""
    return t("{kind}「{name}」").format(kind=kind_text(kind), name=name)


class DeviceColumns(IntEnum):
    KIND = 0
    NAME = 1
    UID = 2
    ENROLLED = 3
    LAST_SEEN = 4
    STATE = 5


DEVICE_HEADERS = {DeviceColumns.KIND: N_("種別"), DeviceColumns.NAME: N_("名前"), DeviceColumns.UID: N_("端末ID"),
                  DeviceColumns.ENROLLED: N_("登録日時"), DeviceColumns.LAST_SEEN: N_("最終通信"),
                  DeviceColumns.STATE: N_("状態")}
DEVICE_SAMPLES: dict[int, str] = {DeviceColumns.KIND: "利用者用端末", DeviceColumns.NAME: "職業相談部門 職員PC（2階）",
                                  DeviceColumns.UID: "0123456789ab", DeviceColumns.ENROLLED: "0000/00/00 00:00",
                                  DeviceColumns.LAST_SEEN: "0000/00/00 00:00", DeviceColumns.STATE: "取消済み"}


class DeviceModel(RowTableModel[DeviceInfo]):
    """The enrolled devices as the service lists them (newest first); a refresh with the same
    devices keeps the selection, so 「登録を取り消す」 stays on the row the 管理者 chose."""

    COLUMNS = DeviceColumns
    HEADERS = DEVICE_HEADERS
    ID_ROLE = ID_ROLE
    SORT_ROLE = SORT_ROLE
    UPDATE_IN_PLACE = True

    def device(self, device_id: int) -> DeviceInfo | None:
        return self.by_id(device_id)

    def row_id(self, item: DeviceInfo) -> int:
        return item.device_id

    def display(self, item: DeviceInfo, column: DeviceColumns) -> str:
        match column:
            case DeviceColumns.KIND:
                return kind_text(item.kind)
            case DeviceColumns.NAME:
                return item.name
            case DeviceColumns.UID:
                return item.uid
            case DeviceColumns.ENROLLED:
                return moment_text(item.enrolled_at)
            case DeviceColumns.LAST_SEEN:
                return moment_text(item.last_seen_at) if item.last_seen_at else t("未通信")
            case _:
                return t("取消済み") if item.revoked_at else t("有効")

    def sort_key(self, item: DeviceInfo, column: DeviceColumns) -> str:
        if column == DeviceColumns.ENROLLED:  # the same minute: the later enrolment first when newest first
            return f"{moment_key(item.enrolled_at)}{item.device_id:015d}"
        if column == DeviceColumns.LAST_SEEN:
            return moment_key(item.last_seen_at)
        return self.display(item, column)

    def tooltip(self, item: DeviceInfo, column: DeviceColumns) -> str | None:
        if column == DeviceColumns.STATE and item.revoked_at is not None:
            return t("{at} に取り消しました").format(at=moment_text(item.revoked_at))
        return super().tooltip(item, column)

    def colour(self, item: DeviceInfo, column: DeviceColumns) -> QColor | None:
        return QColor(style.colours().muted_text) if item.revoked_at is not None else None


class PendingColumns(IntEnum):
    KIND = 0
    NAME = 1
    CREATED = 2
    EXPIRES = 3


PENDING_HEADERS = {PendingColumns.KIND: N_("種別"), PendingColumns.NAME: N_("名前"),
                   PendingColumns.CREATED: N_("申請日時"),
                   PendingColumns.EXPIRES: N_("期限")}
PENDING_SAMPLES: dict[int, str] = {PendingColumns.KIND: "利用者用端末",
                                   PendingColumns.NAME: "職業相談部門 職員PC（2階）",
                                   PendingColumns.CREATED: "0000/00/00 00:00",
                                   PendingColumns.EXPIRES: "0000/00/00 00:00"}


class PendingModel(RowTableModel[PendingEnrolment]):
    """Enrolments not yet approved and not expired, oldest first (the service's order)."""

    COLUMNS = PendingColumns
    HEADERS = PENDING_HEADERS
    ID_ROLE = ID_ROLE
    SORT_ROLE = SORT_ROLE
    UPDATE_IN_PLACE = True

    def row_id(self, item: PendingEnrolment) -> int:
        return item.enrolment_id

    def display(self, item: PendingEnrolment, column: PendingColumns) -> str:
        match column:
            case PendingColumns.KIND:
                return kind_text(item.kind)
            case PendingColumns.NAME:
                return item.name
            case PendingColumns.CREATED:
                return moment_text(item.created_at)
            case _:
                return moment_text(item.expires_at)

    def sort_key(self, item: PendingEnrolment, column: PendingColumns) -> str:
        if column == PendingColumns.CREATED:
            return f"{moment_key(item.created_at)}{item.enrolment_id:015d}"
        if column == PendingColumns.EXPIRES:
            return f"{moment_key(item.expires_at)}{item.enrolment_id:015d}"
        return self.display(item, column)
