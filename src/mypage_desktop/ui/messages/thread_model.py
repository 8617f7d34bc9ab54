"""The seeker's applications as message threads: 事業所名, 職種, 未読, whether messaging is
possible, 応募日. Rows with unread employer messages are bold."""

from __future__ import annotations

import dataclasses
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from mypage_desktop.domain.activity_dto import ApplicationSummary
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.messages.common import ID_ROLE, SORT_ROLE
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.table_model import RowTableModel
from mypage_desktop.ui.widgets.texts import plain_tooltip, short_date


class Columns(IntEnum):
    COMPANY = 0
    OCCUPATION = 1
    UNREAD = 2
    MESSAGING = 3
    APPLIED = 4


HEADERS = {Columns.COMPANY: N_("事業所名"), Columns.OCCUPATION: N_("職種"), Columns.UNREAD: N_("未読"),
           Columns.MESSAGING: N_("やりとり"), Columns.APPLIED: N_("応募日")}
SAMPLES: dict[int, str] = {Columns.COMPANY: "社会福祉法人も", Columns.OCCUPATION: "介護職員（",
                           Columns.UNREAD: "未読", Columns.MESSAGING: "やりとり", Columns.APPLIED: "0000/00/00"}
NO_MYPAGE_TIP = N_("この事業所は「求人者マイページ」を開設していないため、メッセージはやりとりできません。")


class ThreadListModel(RowTableModel[ApplicationSummary]):
    """The same applications in the same order only change cells (the view keeps its
    selection and scroll position); anything else resets the model."""

    COLUMNS = Columns
    HEADERS = HEADERS
    ID_ROLE = ID_ROLE
    SORT_ROLE = SORT_ROLE
    ALIGNMENT = {Columns.UNREAD: Qt.AlignmentFlag.AlignCenter}
    UPDATE_IN_PLACE = True

    def summary(self, application_id: int) -> ApplicationSummary | None:
        return self.by_id(application_id)

    def mark_read(self, application_id: int) -> bool:
        """The thread was opened (the server marked it read). True when the row had unread."""
        summary = self.by_id(application_id)
        if summary is None or summary.unread_messages == 0:
            return False
        self.replace_row(dataclasses.replace(summary, unread_messages=0))
        return True

    def row_id(self, item: ApplicationSummary) -> int:
        return item.application_id

    def sort_key(self, item: ApplicationSummary, column: Columns) -> Any:
        match column:
            case Columns.UNREAD:
                return item.unread_messages
            case Columns.APPLIED:
                return item.applied_on.toordinal()
            case _:
                return self.display(item, column)

    def bold(self, item: ApplicationSummary, column: Columns) -> bool:
        return item.unread_messages > 0

    def tooltip(self, item: ApplicationSummary, column: Columns) -> str:
        if column == Columns.MESSAGING and not item.messaging_available:
            return plain_tooltip(t(NO_MYPAGE_TIP))
        return plain_tooltip(self.display(item, column))

    def display(self, item: ApplicationSummary, column: Columns) -> str:
        match column:
            case Columns.COMPANY:
                return item.company_name
            case Columns.OCCUPATION:
                return item.occupation
            case Columns.UNREAD:
                return str(item.unread_messages) if item.unread_messages else ""
            case Columns.MESSAGING:
                return t("可") if item.messaging_available else t("不可")
            case _:
                return short_date(item.applied_on)
