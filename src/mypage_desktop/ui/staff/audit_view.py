"""監査ログ (管理者): filters, then a sortable table that loads older rows as the user scrolls
(docs/security.md A4). A pure widget: it emits :class:`AuditQuery` objects and shows what the console
hands back; it never calls the façade."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.audit_dto import (
    AUDIT_ACTIONS,
    AUDIT_LOOKUP_KINDS,
    AUDIT_RESULTS,
    AuditEntry,
    AuditQuery,
)
from mypage_desktop.domain.staff_dto import StaffMember
from mypage_desktop.domain.text import nfkc
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.staff.forms.inputs import MNEMONIC, OptionalDateEdit
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import message, t
from mypage_desktop.ui.widgets.list_table import configure_list_table, set_column_widths
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.table_model import Index, RowTableModel
from mypage_desktop.ui.widgets.text_width import width_for_text

PAGE_SIZE = 200
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2

# The stored action values with their Japanese labels: the domain's list plus the activity
# (issue 5) actions it does not name yet.
ACTION_LABELS: dict[str, str] = AUDIT_ACTIONS
ACTOR_LABELS = {"staff": N_("職員"), "seeker": N_("求職者アカウント"), "system": N_("システム"),
                "cli": N_("管理コマンド"),
                "anonymous": N_("未ログイン"),
                "import": N_("データ取込"), "employer": N_("事業所"), "operator": N_("サーバー管理者")}
TARGET_LABELS = {"seeker": N_("求職者"), "account": N_("ログインアカウント"), "staff": N_("職員"),
                 "application": N_("応募"), "referral": N_("紹介"), "notice": N_("お知らせ"), "device": N_("端末"),
                 "enrolment": N_("端末登録の申請"), "session": N_("求職者セッション"),
                 "staff_session": N_("職員セッション"), "saved_search": N_("保存した検索条件"),
                 "preregistration": N_("仮登録"), "seeker_document": N_("応募書類"),
                 "applications": N_("応募（書き出し件数）"), "publication": N_("求職公開"),
                 "direct_request": N_("直接リクエスト")}
RESULT_LABELS: dict[str, str] = AUDIT_RESULTS




def _label(labels: dict[str, str], value: str) -> str:
    return t(labels[value]) if value in labels else value


def result_text(result: str) -> str:
    """The 結果 column: a label, never a raw code (counts and 求職者検索's "email:1" too)."""
    if result.isdigit():  # how many rows were shown, keys voided, sessions ended
        return t("{n}件").format(n=int(result))
    kind, colon, count = result.partition(":")
    if colon and count.isdigit() and kind in AUDIT_LOOKUP_KINDS:
        return t("{kind}で検索・{n}件").format(kind=t(AUDIT_LOOKUP_KINDS[kind]), n=int(count))
    return _label(RESULT_LABELS, result)


class Columns(IntEnum):
    AT = 0
    ACTOR = 1
    ACTION = 2
    TARGET = 3
    TERMINAL = 4
    RESULT = 5


HEADERS = {Columns.AT: N_("日時"), Columns.ACTOR: N_("操作者"), Columns.ACTION: N_("操作"), Columns.TARGET: N_("対象"),
           Columns.TERMINAL: N_("端末"), Columns.RESULT: N_("結果")}
SAMPLES: dict[int, str] = {Columns.AT: "0000/00/00 00:00:00", Columns.ACTOR: "佐藤 健（職員 00）",
           Columns.ACTION: "パスワード変更失敗", Columns.TARGET: "求職者 000000", Columns.TERMINAL: "COUNTER-PC-00"}


class AuditModel(RowTableModel[AuditEntry]):
    """The rows loaded so far, newest first as they came. ``canFetchMore`` says whether older
    ones exist: the view asks when the user scrolls to the end, and ``more_wanted`` goes out
    once until the next page (or an error) arrives.

    Signals:
        more_wanted(): the next page is needed.
    """

    more_wanted = Signal()
    COLUMNS = Columns
    HEADERS = HEADERS
    ID_ROLE = ENTRY_ID_ROLE
    SORT_ROLE = SORT_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._staff: dict[int, str] = {}
        self.has_more = False
        self.pending = False

    def set_entries(self, entries: list[AuditEntry], *, append: bool, has_more: bool) -> None:
        self.pending = False
        self.has_more = has_more
        if append:
            known = {row.entry_id for row in self._rows}
            self.insert_rows(len(self._rows), [entry for entry in entries if entry.entry_id not in known])
        else:
            self.set_rows(entries)

    def set_staff_names(self, names: dict[int, str]) -> None:
        self._staff = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, Columns.ACTOR), self.index(len(self._rows) - 1, Columns.TARGET))

    def clear(self) -> None:
        self.set_entries([], append=False, has_more=False)
        self._staff = {}

    def oldest_id(self) -> int | None:
        return min((row.entry_id for row in self._rows), default=None)

    def entry(self, row: int) -> AuditEntry | None:
        return self.row_at(row)

    # -- lazy paging ----------------------------------------------------------------------
    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.has_more and not self.pending and bool(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self.pending = True
            self.more_wanted.emit()

    # -- the table ------------------------------------------------------------------------
    def row_id(self, item: AuditEntry) -> int:
        return item.entry_id

    def sort_key(self, item: AuditEntry, column: Columns) -> str:
        if column == Columns.AT:  # the same second: the later row first when newest first
            return f"{item.at.astimezone(JST):%Y%m%d%H%M%S%f}{item.entry_id:015d}"
        return self.display(item, column)

    def tooltip(self, item: AuditEntry, column: Columns) -> str | None:
        return None if column == Columns.AT else super().tooltip(item, column)  # narrow columns elide

    def display(self, item: AuditEntry, column: Columns) -> str:
        match column:
            case Columns.AT:
                return f"{item.at.astimezone(JST):%Y/%m/%d %H:%M:%S}"
            case Columns.ACTOR:
                return self._party(item.actor_type, item.actor_id, ACTOR_LABELS)
            case Columns.ACTION:
                return _label(ACTION_LABELS, item.action)
            case Columns.TARGET:
                return self._party(item.target_type, item.target_id, TARGET_LABELS) if item.target_type else ""
            case Columns.TERMINAL:
                return item.terminal
            case _:
                return result_text(item.result)

    def _party(self, kind: str | None, ident: int | None, labels: dict[str, str]) -> str:
        label = _label(labels, kind or "")
        if kind == "staff" and ident is not None and ident in self._staff:
            return t("{name}（職員 {id}）").format(name=self._staff[ident], id=ident)
        return label if ident is None else f"{label} {ident}"


class AuditLogView(QWidget):
    """Signals:
        query_requested(object): an :class:`AuditQuery`: 「検索」 (``before_id`` None) or the next
            page when the user scrolled to the end (``before_id`` = the oldest row shown).
    """

    query_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query: AuditQuery | None = None  # the filters of the rows shown
        self.since = OptionalDateEdit(t("指定なし"), self)
        self.until = OptionalDateEdit(t("指定なし"), self)
        self.staff = QComboBox(self)
        self.staff.addItem(t("すべて"), None)
        self.seeker_id = QLineEdit(self)
        self.seeker_id.setMaxLength(20)
        self.seeker_id.setPlaceholderText(t("例: 123"))
        width_for_text(self.seeker_id, "0000000000", 24)
        self.action = QComboBox(self)
        self.action.addItem(t("すべて"), None)
        for value, label in ACTION_LABELS.items():
            self.action.addItem(t(label), value)
        for combo in (self.staff, self.action):  # long names would widen the filter bar; the list shows them whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.search_button = QPushButton(t("検索"), self)
        self.reset_button = QPushButton(t("条件をクリア"), self)
        self.filter_error = FieldErrorLabel(self)
        self.status = StatusLabel("", self)
        self.model = AuditModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        configure_list_table(self.table)
        self.table.setModel(self.proxy)
        set_column_widths(self.table, SAMPLES)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Columns.AT, Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(t("監査ログ"))
        self._build_layout()
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.seeker_id.returnPressed.connect(self._on_search_button_clicked)
        self.seeker_id.textEdited.connect(self._on_filter_edited)
        self.since.dateChanged.connect(self._on_filter_edited)
        self.until.dateChanged.connect(self._on_filter_edited)
        self.model.more_wanted.connect(self._on_model_more_wanted)

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        period = QHBoxLayout()
        period.addWidget(self.since)
        period.addWidget(QLabel(t("〜"), self))
        period.addWidget(self.until)
        period.addStretch(1)
        for row, column, caption, field in ((0, 0, N_("期間(&P)"), self.since), (0, 2, N_("職員(&S)"), self.staff),
                                            (1, 0, N_("求職者ID(&I)"), self.seeker_id), (1, 2, N_("操作(&O)"),
                                                                                         self.action)):
            label = QLabel(t(caption), self)
            label.setBuddy(field)
            field.setAccessibleName(MNEMONIC.sub("", t(caption)))
            grid.addWidget(label, row, column)
            if field is self.since:
                grid.addLayout(period, row, column + 1)
            else:
                grid.addWidget(field, row, column + 1, Qt.AlignmentFlag.AlignLeft)
        self.until.setAccessibleName(t("期間（終了日）"))
        self.since.setAccessibleName(t("期間（開始日）"))
        grid.setColumnStretch(4, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.filter_error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        self.heading = style.heading(t("監査ログ"), self, scale=1.25)  # the console may hide it
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        for first, second in ((self.since, self.until), (self.until, self.staff), (self.staff, self.seeker_id),
                              (self.seeker_id, self.action), (self.action, self.reset_button),
                              (self.reset_button, self.search_button), (self.search_button, self.table)):
            QWidget.setTabOrder(first, second)

    # -- the console's side ---------------------------------------------------------------
    def set_staff_members(self, members: list[StaffMember]) -> None:
        """The 職員 filter's choices and the names shown for staff ids (the choice is kept)."""
        current = self.staff.currentData()
        self.staff.clear()
        self.staff.addItem(t("すべて"), None)
        for member in members:
            text = t("{name}（{login}）").format(name=member.display_name, login=member.login_id)
            if member.disabled:
                text += t("［無効］")
            self.staff.addItem(text, member.staff_id)
        self.staff.setCurrentIndex(max(0, self.staff.findData(current)) if current is not None else 0)
        self.model.set_staff_names({m.staff_id: m.display_name for m in members})

    def show_entries(self, entries: list[AuditEntry], append: bool, has_more: bool) -> None:
        """A page arrived: a new result (``append`` False) or older rows after the shown ones."""
        self.model.set_entries(entries, append=append, has_more=has_more)
        if not append:
            self.table.scrollToTop()
        self.filter_error.clear_message()
        self._show_status()

    def show_error(self, text: str) -> None:
        """The call failed; scrolling to the end asks again."""
        self.model.pending = False
        self.filter_error.show_message(text)
        self._show_status()

    def clear(self) -> None:
        """Logout (S5): the rows, the filters (a seeker id is seeker data) and the staff names."""
        self._query = None
        self.model.clear()
        self.set_staff_members([])
        self._reset_filters()
        self.status.clear()

    # -- filters --------------------------------------------------------------------------
    def build_query(self) -> AuditQuery | None:
        """The query the filters describe, or None after showing why they cannot be used."""
        since, until = self.since.value(), self.until.value()
        if since is not None and until is not None and since > until:
            self.filter_error.show_message(message("audit.range"))
            self.until.setFocus()
            return None
        raw = nfkc(self.seeker_id.text()).strip()
        if raw and not (raw.isascii() and raw.isdigit()):
            self.filter_error.show_message(t("求職者IDは数字で入力してください（例: 123）。"))
            self.seeker_id.setFocus()
            return None
        staff_id = self.staff.currentData()
        action = self.action.currentData()
        return AuditQuery(since=_start_of(since), until=_start_of(until + timedelta(days=1)) if until else None,
                          staff_id=staff_id if isinstance(staff_id, int) else None,
                          seeker_id=int(raw) if raw else None, action=action if isinstance(action, str) else None,
                          limit=PAGE_SIZE)

    def _reset_filters(self) -> None:
        self.since.set_value(None)
        self.until.set_value(None)
        self.staff.setCurrentIndex(0)
        self.seeker_id.clear()
        self.action.setCurrentIndex(0)
        self.filter_error.clear_message()

    def _show_status(self) -> None:
        count = self.model.rowCount()
        if self._query is None:
            self.status.clear()
        elif count == 0:
            self.status.setText(t("条件に合う記録はありません。"))
        elif self.model.pending:
            self.status.setText(t("{n}件を表示しています。続きを読み込んでいます…").format(n=count))
        elif self.model.has_more:
            self.status.setText(t("{n}件を表示しています。下までスクロールすると、さらに古い記録を読み込みます。").format(n=count))
        else:
            self.status.setText(t("{n}件を表示しています（すべて）。").format(n=count))

    # -- slots ----------------------------------------------------------------------------
    @Slot()
    def _on_search_button_clicked(self) -> None:
        query = self.build_query()
        if query is None:
            return
        self.filter_error.clear_message()
        self._query = query
        self.model.pending = True  # no next-page request for the rows of the previous search
        self.status.setText(t("検索しています…"))
        self.query_requested.emit(query)

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        self._reset_filters()

    @Slot()
    def _on_filter_edited(self) -> None:
        self.filter_error.clear_message()

    @Slot()
    def _on_model_more_wanted(self) -> None:
        oldest = self.model.oldest_id()
        if self._query is None or oldest is None:
            self.model.pending = False
            return
        self._show_status()
        self.query_requested.emit(dataclasses.replace(self._query, before_id=oldest))


def _start_of(day: date | None) -> datetime | None:
    """Midnight JST: the filter's days are the office's days, not UTC ones."""
    return None if day is None else datetime.combine(day, time(0, 0), JST)
