"""紹介された求人・紹介状: the referrals HelloWork issued, each posting as it was when referred,
and the 紹介状 (print, PDF).

The list refreshes each time the page is shown, without a reset when nothing changed, so the
selection, sort order and scroll position stay where the user left them."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.activity_dto import ReferralDetail, ReferralLetter, ReferralSummary
from mypage_desktop.ui.referrals.detail_panel import ReferralDetailPanel
from mypage_desktop.ui.referrals.letter_dialog import LetterDialog
from mypage_desktop.ui.referrals.referral_model import SAMPLES, ReferralModel, ReferralSortModel
from mypage_desktop.ui.referrals.texts import LOADING
from mypage_desktop.ui.session.pages import SessionPage
from mypage_desktop.ui.session.tasks import PageTasks
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.flow_layout import flow_row
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.list_table import configure_list_table, set_column_widths
from mypage_desktop.ui.widgets.scroll_body import scrolling_page
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.wrapping_pane import WrappingPane

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient


class ReferralsPage(SessionPage):
    """Signals (from :class:`SessionPage`): ``application_requested`` (「応募履歴で見る」) and
    ``job_requested`` (「現在の求人票を見る」)."""

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self._detail_task: asyncio.Task[Any] | None = None
        self.letter_dialog: LetterDialog | None = None
        # Keyword arguments for every LetterDialog (tests pass their save/print answers here).
        self.letter_dialog_options: dict[str, Any] = {}
        self.model = ReferralModel(self)
        self.proxy = ReferralSortModel(self.model, self)
        self.table = QTableView(self)
        configure_list_table(self.table)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        set_column_widths(self.table, SAMPLES)
        self.table.setAccessibleName(t("紹介された求人"))
        self.empty_label = style.plain_label(
            t("ハローワークで紹介を受けた求人はまだありません。窓口で紹介を受けると、ここに求人と紹介状が表示されます。"),
            self)
        self.message = FieldErrorLabel(self)
        self.status = StatusLabel("", self)
        self._tasks = PageTasks(client, self._show_error, on_done=self._update_buttons)
        self.letter_button = QPushButton(t("紹介状を表示"), self)
        self.application_button = QPushButton(t("応募履歴で見る"), self)
        self.job_button = QPushButton(t("現在の求人票を見る"), self)
        self.detail = ReferralDetailPanel(self)
        self._build()
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        # Enter or a double click opens the 紹介状 (not ``activated``: some styles fire it on a
        # single click, which would open a window for every row the user looks at).
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._on_letter_button_clicked)
        self.model.modelReset.connect(self._update_buttons)
        self.letter_button.clicked.connect(self._on_letter_button_clicked)
        self.application_button.clicked.connect(self._on_application_button_clicked)
        self.job_button.clicked.connect(self._on_job_button_clicked)
        self._update_buttons()

    def _build(self) -> None:
        # The buttons flow onto a second line when they do not fit (large text), the status
        # text under them.
        buttons = flow_row(self)
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.application_button)
        buttons.addWidget(self.job_button)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(t("紹介状の内容"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        lower = WrappingPane(self)  # its buttons' row wraps (large text): it keeps that height
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.status)
        lower_layout.addWidget(scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([210, 590])  # a few rows of the list, most room for the 求人票
        layout = scrolling_page(self)  # too low for every pane's minimum: it scrolls (issue 15)
        layout.addWidget(style.heading(t("紹介された求人・紹介状"), self, scale=1.3))
        layout.addWidget(style.plain_label(
            t("ハローワークが紹介した求人です。行を選ぶと、紹介した時点の求人票とハローワークからの連絡事項を"
              "表示します。「紹介状を表示」から紹介状を印刷したり、PDFで保存したりできます。"), self))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    # -- SessionPage --------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def clear(self) -> None:
        """Logout (S5): rows, the shown referral, the open 紹介状 and any pending call."""
        super().clear()
        self._tasks.cancel_all()
        self._detail_task = None
        self._close_letter()
        self.model.clear()
        self.detail.clear()
        self.message.clear_message()
        self.status.clear()
        self._update_buttons()

    # -- public -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._tasks.busy

    def refresh(self) -> asyncio.Task[Any] | None:
        if not self._client.active:
            return None
        if self.model.rowCount() == 0:
            self.status.setText(t(LOADING))
        return self._start(self._refresh())

    def selected(self) -> ReferralSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(self.proxy.mapToSource(index).row())

    def select_referral(self, referral_id: int) -> bool:
        row = self.model.row_of(referral_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    # -- work ---------------------------------------------------------------------------
    def _start(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[Any] | None:
        return self._tasks.start(coro)

    def _show_error(self, text: str) -> None:
        self.status.clear()
        self.message.show_message(text)

    async def _refresh(self) -> None:
        rows: list[ReferralSummary] = await self._client.call(self._api.referrals)
        self.status.clear()
        self.message.clear_message()
        keep = self.selected()
        scroll = self.table.verticalScrollBar().value()
        if self.model.set_rows(rows):
            if keep is None or not self.select_referral(keep.referral_id):
                if rows:
                    self.table.selectRow(0)
            self.table.verticalScrollBar().setValue(scroll)
        elif keep is not None:
            self._load_detail(keep.referral_id, quiet=True)  # the posting may have closed since
        self.empty_label.setVisible(not rows)

    def _load_detail(self, referral_id: int, *, quiet: bool = False) -> None:
        if self._detail_task is not None and not self._detail_task.done():
            self._detail_task.cancel()
        if not quiet:
            self.detail.clear()
            self.status.setText(t(LOADING))
        self._detail_task = self._start(self._detail(referral_id))

    async def _detail(self, referral_id: int) -> None:
        detail: ReferralDetail = await self._client.call(self._api.referral_detail, referral_id)
        current = self.selected()
        if current is None or current.referral_id != referral_id:
            return  # the user moved on meanwhile
        self.status.clear()
        self.detail.show_detail(detail)
        self._update_buttons()  # with the detail, not a loop turn later (the done callback)

    async def _letter(self, referral_id: int) -> None:
        letter: ReferralLetter = await self._client.call(self._api.referral_letter, referral_id)
        self.status.clear()
        self._open_letter(letter)

    def _open_letter(self, letter: ReferralLetter) -> None:
        self._close_letter()
        dialog = LetterDialog(letter, self, start_task=self._client.start_task, **self.letter_dialog_options)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_letter_dialog_finished)
        self.letter_dialog = dialog
        # Not modal: the ログアウト button must stay usable (the dialog closes at logout). A new
        # window comes up in front by itself; the previous letter was closed above.
        dialog.show()
        dialog.activateWindow()

    def _close_letter(self) -> None:
        dialog, self.letter_dialog = self.letter_dialog, None
        if dialog is not None:
            dialog.finished.disconnect(self._on_letter_dialog_finished)
            dialog.close()

    # -- slots --------------------------------------------------------------------------
    @Slot()
    def _update_buttons(self) -> None:
        selected = self.selected()
        shown = self.detail.detail
        self.letter_button.setEnabled(selected is not None)
        self.application_button.setEnabled(selected is not None)
        closed = shown is not None and shown.posting_closed_now
        self.job_button.setEnabled(selected is not None and shown is not None and not closed)
        self.job_button.setToolTip(t("この求人の募集は終了しています。") if closed else "")
        self.empty_label.setVisible(self.model.rowCount() == 0 and not self.busy)

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.selected() if current.isValid() else None
        if summary is None:
            self.detail.clear()
        else:
            self._load_detail(summary.referral_id)
        self._update_buttons()

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self._on_letter_button_clicked()

    @Slot()
    def _on_letter_button_clicked(self) -> None:
        summary = self.selected()
        if summary is None or not self._client.active:
            return
        self.message.clear_message()
        self.status.setText(t("紹介状を読み込んでいます…"))
        self.letter_button.setEnabled(False)
        self._start(self._letter(summary.referral_id))

    @Slot()
    def _on_application_button_clicked(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.application_requested.emit(summary.application_id)

    @Slot()
    def _on_job_button_clicked(self) -> None:
        summary = self.selected()
        if summary is not None and self.job_button.isEnabled():
            self.job_requested.emit(summary.job_id)

    @Slot(int)
    def _on_letter_dialog_finished(self, _result: int) -> None:
        self.letter_dialog = None
