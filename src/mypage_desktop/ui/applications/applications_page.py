"""応募履歴: the seeker's applications (by referral and online) in a sortable table with a
status filter; the selected one below with its whole status history, the 求人票 as applied
to, 辞退, the interview as an .ics file, its messages and the live 求人票."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.activity_dto import ApplicationDetail, ApplicationSummary
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.ui.applications.applications_model import (
    APPLICATION_ID_ROLE,
    SAMPLES,
    ApplicationsModel,
    ApplicationsProxy,
    Columns,
)
from mypage_desktop.ui.applications.detail_panel import ApplicationDetailPanel
from mypage_desktop.ui.applications.ics_export import SavePathAsker, ask_save_path
from mypage_desktop.ui.applications.interview_export import InterviewExport, failure_text, saved_text
from mypage_desktop.ui.applications.texts import ALL_STATUSES, STATUSES
from mypage_desktop.ui.applications.withdraw_dialog import WithdrawDialog
from mypage_desktop.ui.session.pages import SessionPage
from mypage_desktop.ui.session.tasks import PageTasks
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.flow_layout import flow_row
from mypage_desktop.ui.widgets.i18n import message, t
from mypage_desktop.ui.widgets.list_table import configure_list_table, set_column_widths
from mypage_desktop.ui.widgets.scroll_body import scrolling_page
from mypage_desktop.ui.widgets.status_label import StatusLabel

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

R = TypeVar("R")


class ApplicationsPage(SessionPage):
    """Signals (besides :class:`SessionPage`'s):
        refreshed(): the list on the screen is up to date.
        detail_shown(int): the detail of this application (id) is on the screen.
        withdrawn(int): the seeker withdrew this application (id).
        ics_saved(str): the interview was written to this file.
    """

    refreshed = Signal()
    detail_shown = Signal(int)
    withdrawn = Signal(int)
    ics_saved = Signal(str)

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.ask_save_path: SavePathAsker = ask_save_path  # replaceable (tests)
        self.withdraw_dialog: WithdrawDialog | None = None
        self._list_task: asyncio.Task[Any] | None = None
        self._detail_task: asyncio.Task[Any] | None = None
        self._wanted_id: int | None = None
        self._restoring = False
        self.model = ApplicationsModel(self)
        self.proxy = ApplicationsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        configure_list_table(self.table)
        set_column_widths(self.table, SAMPLES)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Columns.APPLIED_ON, Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(t("応募履歴"))
        self.filter_combo = QComboBox(self)
        self.filter_combo.addItem(t(ALL_STATUSES), None)
        for status in STATUSES:
            self.filter_combo.addItem(t(status), status)
        self.filter_combo.setAccessibleName(t("状況で絞り込み"))
        self.refresh_button = QPushButton(t("最新の情報に更新"), self)
        self.count_label = StatusLabel("", self, wrap=False)
        self.empty_label = style.plain_label("", self)
        self.message = FieldErrorLabel(self)
        self._tasks = PageTasks(client, self.message.show_message)
        self.info = style.notice_label(self)
        self.detail = ApplicationDetailPanel(self)
        self.export = InterviewExport(client, self._start, self)
        self._build()
        QWidget.setTabOrder(self.refresh_button, self.table)  # the filter bar above the table first
        self.filter_combo.currentIndexChanged.connect(self._on_filter_combo_current_index_changed)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        self.detail.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.detail.ics_button.clicked.connect(self._on_ics_button_clicked)
        self.detail.messages_button.clicked.connect(self._on_messages_button_clicked)
        self.detail.job_button.clicked.connect(self._on_job_button_clicked)
        self.export.saved.connect(self._on_export_saved)
        self.export.failed.connect(self.message.show_message)

    def _build(self) -> None:
        caption = QLabel(t("状況(&S)："), self)
        caption.setBuddy(self.filter_combo)
        # One flowing line: the filter, the count and 「最新の情報に更新」 go under the heading
        # when they do not fit beside it (long translations at 200 %, docs/accessibility.md).
        filter_box = QWidget(self)
        filter_row = QHBoxLayout(filter_box)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(caption)
        filter_row.addWidget(self.filter_combo)
        bar = flow_row(self, spacing=16)
        for widget in (style.heading(t("応募履歴"), self, scale=1.3), filter_box, self.count_label,
                       self.refresh_button):
            bar.addWidget(widget)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.empty_label)
        top_layout.addWidget(self.table, 1)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 3 * rows
                                    + self.table.horizontalScrollBar().sizeHint().height() + 4)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = scrolling_page(self)  # too low for every pane's minimum: it scrolls (issue 15)
        layout.addLayout(bar)
        layout.addWidget(style.plain_label(t("紹介による応募とオンライン自主応募の状況です。行を選ぶと、状況の履歴と"
                                             "応募した求人票が下に表示されます。"), self))
        layout.addWidget(self.message)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        self.empty_label.hide()

    # -- public -------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> asyncio.Task[Any] | None:
        """Loads the list again (the latest request wins), keeping selection, sort and scroll."""
        if not self._client.active:
            return None
        if self._list_task is not None and not self._list_task.done():
            self._list_task.cancel()
        self._list_task = self._tasks.start(self._load_list(self.status_filter()))
        return self._list_task

    def show_application(self, application_id: int) -> None:
        """Selects this application and shows its detail (from a referral or a thread)."""
        if self.model.row_of(application_id) is not None:
            self._select(application_id)
            return
        self._wanted_id = application_id
        if self.status_filter() is not None:
            self.filter_combo.setCurrentIndex(0)  # the filter may hide it; this refreshes
        else:
            self.refresh()

    def status_filter(self) -> str | None:
        value = self.filter_combo.currentData()
        return str(value) if value else None

    def selected_id(self) -> int | None:
        value = self.table.currentIndex().data(APPLICATION_ID_ROLE)
        return int(value) if value is not None else None

    @property
    def busy(self) -> bool:
        return self._tasks.busy

    def clear(self) -> None:
        """Logout (S5): rows, detail, dialogs, filter, messages."""
        super().clear()
        self._tasks.cancel_all()
        self._list_task = self._detail_task = None
        self._wanted_id = None
        self._close_dialogs()
        self.model.clear()
        self.detail.clear()
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(0)
        self.filter_combo.blockSignals(False)
        self.table.sortByColumn(Columns.APPLIED_ON, Qt.SortOrder.DescendingOrder)
        self.count_label.clear()
        self.empty_label.clear()
        self.empty_label.hide()
        self.message.clear_message()
        self.info.clear()
        self.info.hide()

    # -- loading ------------------------------------------------------------------------
    def _start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        return self._tasks.start(coro)

    async def _ask(self, func: Callable[..., R], *args: Any) -> R | None:
        """The façade's answer, or None once the message line says why there is none (a session
        that ended is the owner's to show)."""
        try:
            return await self._client.call(func, *args)
        except (ValidationFailed, ServiceUnavailable) as exc:
            self.message.show_message(failure_text(exc))
        except SessionInvalid:
            pass
        return None

    async def _load_list(self, status: str | None) -> None:
        if self.model.rowCount() == 0:
            self.count_label.setText(t("読み込んでいます…"))
        rows: list[ApplicationSummary] | None = await self._ask(self._api.applications, status)
        if rows is None:
            return
        self.message.clear_message()
        keep = self._wanted_id if self._wanted_id is not None else self.selected_id()
        scroll = self.table.verticalScrollBar().value()
        self._restoring = True
        try:
            self.model.set_rows(rows)
            self.table.verticalScrollBar().setValue(scroll)
        finally:
            self._restoring = False
        self._show_counts(status)
        wanted, self._wanted_id = self._wanted_id, None
        if keep is not None and self.model.row_of(keep) is not None:
            self._select(keep)
        elif rows:
            if wanted is not None:
                self.message.show_message(message("application.not_found"))
            self._select(self._top_id())
        else:
            self.detail.clear()
        self.refreshed.emit()

    def _show_counts(self, status: str | None) -> None:
        count = self.model.rowCount()
        self.count_label.setText(t("{count}件").format(count=count))
        if count:
            self.empty_label.hide()
            return
        if status is None:
            self.empty_label.setText(t("応募履歴はありません。ハローワークで紹介を受けた求人や、求人票の「応募する」"
                                       "から応募した求人が、ここに表示されます。"))
        else:
            self.empty_label.setText(t("状況が「{status}」の応募はありません。").format(status=t(status)))
        self.empty_label.show()

    def _top_id(self) -> int:
        """The application in the first row as sorted on the screen."""
        return int(self.proxy.index(0, 0).data(APPLICATION_ID_ROLE))

    def _select(self, application_id: int) -> None:
        row = self.model.row_of(application_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._restoring = True
        try:
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        finally:
            self._restoring = False
        self._load_detail(application_id)

    def _load_detail(self, application_id: int) -> None:
        if self._detail_task is not None and not self._detail_task.done():
            self._detail_task.cancel()
        self._detail_task = self._tasks.start(self._fetch_detail(application_id))

    async def _fetch_detail(self, application_id: int) -> None:
        detail: ApplicationDetail | None = await self._ask(self._api.application_detail, application_id)
        if detail is None or self.selected_id() != application_id:
            return  # failed, or the user has moved on
        self._show_detail(detail)

    def _show_detail(self, detail: ApplicationDetail) -> None:
        self.model.update_row(detail.summary)
        self.detail.show_detail(detail)
        self.detail_shown.emit(detail.summary.application_id)

    # -- 辞退 ---------------------------------------------------------------------------
    async def _withdraw(self, dialog: WithdrawDialog, note: str) -> None:
        try:
            detail: ApplicationDetail = await self._client.call(self._api.withdraw_application,
                                                               dialog.application_id, note)
        except (ValidationFailed, ServiceUnavailable) as exc:
            self._withdraw_refused(dialog, failure_text(exc))
            if isinstance(exc, ValidationFailed):
                self._load_detail(dialog.application_id)  # the status may have moved on meanwhile
            return
        except SessionInvalid:
            return
        if self.withdraw_dialog is dialog:
            dialog.finish()
        if self.selected_id() == detail.summary.application_id:
            self._show_detail(detail)
        else:
            self.model.update_row(detail.summary)
        self._show_info(t("応募番号 {number}（{company}）を辞退しました。").format(
            number=detail.summary.application_number, company=detail.summary.company_name))
        self.withdrawn.emit(detail.summary.application_id)
        self.counts_changed.emit()
        if self.status_filter() is not None:
            self.refresh()  # it may no longer match the filter

    def _withdraw_refused(self, dialog: WithdrawDialog, text: str) -> None:
        if self.withdraw_dialog is dialog:  # still open: the reason goes where the note is
            dialog.show_error(text)
        else:
            self.message.show_message(text)

    # -- helpers --------------------------------------------------------------------------
    def _show_info(self, text: str) -> None:
        self.message.clear_message()
        self.info.setText(text)
        self.info.show()

    def _close_dialogs(self) -> None:
        dialog, self.withdraw_dialog = self.withdraw_dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()
        self.export.close_dialog()

    # -- slots ----------------------------------------------------------------------------
    @Slot(int)
    def _on_filter_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.info.hide()
        self.refresh()

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        application_id = current.data(APPLICATION_ID_ROLE)
        if application_id is not None:
            self.info.hide()
            self._load_detail(int(application_id))

    @Slot()
    def _on_withdraw_button_clicked(self) -> None:
        detail = self.detail.detail
        if detail is None or not detail.summary.withdrawable or self.withdraw_dialog is not None:
            return
        dialog = WithdrawDialog(detail.summary, self)
        dialog.confirmed.connect(self._on_withdraw_dialog_confirmed)
        dialog.finished.connect(self._on_withdraw_dialog_finished)
        self.withdraw_dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_withdraw_dialog_confirmed(self, note: str) -> None:
        dialog = self.withdraw_dialog
        if dialog is not None and self._start(self._withdraw(dialog, note)) is None:
            dialog.reject()

    @Slot(int)
    def _on_withdraw_dialog_finished(self, _result: int) -> None:
        dialog, self.withdraw_dialog = self.withdraw_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    @Slot()
    def _on_ics_button_clicked(self) -> None:
        detail = self.detail.detail
        if detail is not None and detail.has_interview:
            self.export.ask(detail, self.ask_save_path)

    @Slot(str)
    def _on_export_saved(self, path: str) -> None:
        self._show_info(saved_text(path))
        self.ics_saved.emit(path)

    @Slot()
    def _on_messages_button_clicked(self) -> None:
        detail = self.detail.detail
        if detail is not None and detail.summary.messaging_available:
            self.thread_requested.emit(detail.summary.application_id)

    @Slot()
    def _on_job_button_clicked(self) -> None:
        detail = self.detail.detail
        if detail is not None:
            self.job_requested.emit(detail.summary.job_id)

