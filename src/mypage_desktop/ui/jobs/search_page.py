"""求人情報検索: the condition form, the result count and sort, the lazily paged result table.
A search shows its first page at once with an estimated count, then asks for the exact count
and, once that answers (or after a head start), the id snapshot (up to 0.5 s on a million
postings), so the count never waits for the snapshot; a new search cancels the previous one,
and a generation number keeps late answers of an old search (or of a logged-out session) off
the screen."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.job_dto import JobIdSnapshot, JobPage, JobSummary
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.jobs.condition_form import ConditionForm
from mypage_desktop.ui.jobs.result_count import ResultCount
from mypage_desktop.ui.jobs.result_model import JobResultModel
from mypage_desktop.ui.jobs.result_table import JobTableView
from mypage_desktop.ui.jobs.save_search import SaveSearchFlow
from mypage_desktop.ui.jobs.texts import UNAVAILABLE
from mypage_desktop.ui.widgets import announcement, style
from mypage_desktop.ui.widgets.delayed_busy import DelayedBusy
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.flow_layout import flow_row
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.list_table import keep_rows_in_sight
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.wrapping_pane import WrappingPane

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

log = logging.getLogger(__name__)
FIRST_PAGE = 50
# The exact count is asked for first and the id snapshot once it answers, or after this head
# start if it is slow: on SQLite every transaction begins IMMEDIATE, so whichever asks first
# holds the other back, and the seeker waits for the count, not for the list past row 50.
COUNT_HEAD_START_S = 0.25
STACK_MARGIN = 32  # px
SORTS = ((SortOrder.NEWEST, N_("新着順")), (SortOrder.WAGE, N_("賃金の高い順")))
INACTIVE = SeekerStatus.INACTIVE.value
INACTIVE_TEXT = (N_("求職状態が無効のため、求人情報検索はご利用いただけません。求職活動を再開するときは、"
                    "「求職者情報・設定」で求職状態を「有効」に戻してください。入力した検索条件はそのまま残ります。"))
def inactive_style(c: style.Colours) -> str:
    return (f"QLabel#inactiveBanner {{ background: {c.notice_bg}; color: {c.important_text};"
            f" border: 2px solid {c.important_border}; padding: 8px; font-weight: bold; }}")


class JobSearchPage(QWidget):
    """Signals:
        job_opened(int): the user opened a result row (its job id).
        search_finished(): the results of a search (first page and count) are on the screen.
        search_saved(object): 「この条件を保存」 stored a :class:`SavedSearchInfo`.
        count_shown(str, bool): the count label's new text, and whether it is the exact count.
    """

    job_opened = Signal(int)
    search_finished = Signal()
    count_shown = Signal(str, bool)
    search_saved = Signal(object)

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registration: RegistrationInfo | None = None
        self._client = client
        self._api = client.api
        self._generation, self._task = 0, cast("asyncio.Task[Any] | None", None)
        self._count_said = -1  # the search whose final count a screen reader has heard
        self._count_task: asyncio.Task[Any] | None = None
        self._count: ResultCount | None = None  # the counts the current search has received
        self._options_loaded = self._searched = False
        self.form = ConditionForm(self)
        self.model = JobResultModel(self._fetch_rows, client.start_task, self)
        self.table = JobTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("検索結果"))
        self.count_label = style.plain_label("", self, wrap=False)
        self.count_label.setObjectName("resultCount")
        self.count_label.setStyleSheet("QLabel#resultCount { font-weight: bold; }")
        self._busy = DelayedBusy(self)
        self.busy_bar, self.busy_label = self._busy.bar, self._busy.label
        self.sort_combo = QComboBox(self)
        for sort, caption in SORTS:
            self.sort_combo.addItem(t(caption), sort.value)
        self.sort_combo.setAccessibleName(t("並び順"))
        self.save_button = QPushButton(t("この条件を保存"), self)
        self.notice = FieldErrorLabel(self)
        self.info = StatusLabel("", self)
        self.info.hide()
        self.inactive_banner = style.plain_label(t(INACTIVE_TEXT), self)
        self.inactive_banner.setObjectName("inactiveBanner")
        style.themed_sheet(self.inactive_banner, inactive_style)
        self.inactive_banner.hide()
        self.saver = SaveSearchFlow(client, self.form, self)
        self._build()
        for first, second in ((self.form.search_button, self.sort_combo), (self.sort_combo, self.save_button),
                              (self.save_button, self.table)):
            QWidget.setTabOrder(first, second)
        self.form.search_requested.connect(self._on_form_search_requested)
        self.form.cleared.connect(self._on_form_cleared)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_combo_current_index_changed)
        self.table.job_activated.connect(self.job_opened)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.saver.saved.connect(self._on_saver_saved)
        self.model.load_failed.connect(self._on_model_load_failed)

    def _build(self) -> None:
        scroll = QScrollArea(self)
        scroll.setAccessibleName(t("検索条件"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus and scroll it into view
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().installEventFilter(self)
        self._form_viewport = scroll.viewport()
        # One line where it fits, else onto the next one (large text, issue 15).
        bar = flow_row(self, spacing=8)
        bar.addWidget(self.count_label)
        bar.addWidget(self.busy_bar)
        bar.addWidget(self.busy_label)
        sort_caption = QLabel(t("並び順"), self)
        sort_caption.setBuddy(self.sort_combo)
        bar.addWidget(sort_caption)
        bar.addWidget(self.sort_combo)
        bar.addWidget(self.save_button)
        results = WrappingPane(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 4, 0, 0)
        results_layout.addLayout(bar)
        results_layout.addWidget(self.notice)
        results_layout.addWidget(self.info)
        results_layout.addWidget(self.table, 1)
        # Large text (issue 15): at least three result rows stay in sight; the conditions above
        # give way (they scroll) rather than the results.
        keep_rows_in_sight(self.table, 3)
        conditions = WrappingPane(self)
        conditions_layout = QVBoxLayout(conditions)
        conditions_layout.setContentsMargins(0, 0, 0, 4)
        conditions_layout.addWidget(scroll, 1)
        conditions_layout.addWidget(self.form.button_bar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(conditions)
        splitter.addWidget(results)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.heading(t("求人情報検索"), self, scale=1.3))
        layout.addWidget(self.inactive_banner)
        layout.addWidget(splitter, 1)

    # -- public -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def sort(self) -> SortOrder:
        return SortOrder(self.sort_combo.currentData())

    @property
    def inactive(self) -> bool:
        return self.registration is not None and self.registration.status == INACTIVE

    def search(self) -> asyncio.Task[Any] | None:
        """Searches with the form's conditions; cancels a search still running. While 無効
        it only shows why not (the conditions stay as typed)."""
        if not self._client.active:
            return None
        if self.inactive:
            self.inactive_banner.show()
            return None
        self._cancel()
        self._generation += 1
        self.form.clear_errors()
        self.notice.clear_message()
        self._set_busy(t("検索しています…"))
        self._task = self._client.start_task(self._run(self._generation, self.form.conditions(), self.sort()))
        return self._task

    def run_conditions(self, conditions: JobConditions) -> asyncio.Task[Any] | None:
        """保存した検索条件 「この条件で検索」: fills the form, then searches."""
        self.form.set_conditions(conditions)
        return self.search()

    def set_kept(self, job_id: int, kept: bool) -> None:
        self.model.set_kept(job_id, kept)

    def ensure_options(self) -> None:
        if not self._options_loaded and self._client.active:
            self._options_loaded = True
            self._client.start_task(self._load_options())

    def set_registration(self, info: RegistrationInfo) -> None:
        """While 無効 searching is disabled with an explanation (docs/product-rules.md
        §seeker-status); 検索する and Enter stay where they are and explain it again, the typed
        conditions are kept."""
        if self.registration is not None and info.status_changed_at < self.registration.status_changed_at:
            return  # read before the latest switch: it must not turn searching back on
        self.registration = info
        if self.inactive:
            self._cancel()
            self._generation += 1  # a search still on its way is not shown
            self._set_busy("")
        self.inactive_banner.setVisible(self.inactive)

    def clear(self) -> None:
        """Logout (S5): results, cache, the typed conditions, the loaded choices, dialogs."""
        self._cancel()
        self._generation += 1
        self._searched = False
        self._options_loaded = False
        self.model.clear()
        self.form.forget()
        self.saver.close()
        self.info.clear()
        self._set_busy("")
        self._clear_count()
        self.info.hide()
        self.registration = None
        self.inactive_banner.hide()
        self.notice.clear_message()
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(0)
        self.sort_combo.blockSignals(False)

    # -- the search -------------------------------------------------------------------
    async def _run(self, generation: int, conditions: JobConditions, sort: SortOrder) -> None:
        try:
            page: JobPage = await self._client.call(self._api.search_jobs, conditions, sort, FIRST_PAGE)
            if generation != self._generation:
                return
            self._searched = True
            self.model.show_first_page(page)
            self.table.scrollToTop()
            count = self._count = ResultCount(len(page.rows), page.estimated_total if page.has_more else None)
            if not page.has_more:
                self.model.set_snapshot(JobIdSnapshot(tuple(r.job_id for r in page.rows), sort))
                count.listed = len(page.rows)
                self._show_count()
            else:
                self._show_count()
                self._set_busy(t("件数を確認しています…"))
                counting = self._count_task = self._client.start_task(self._exact_count(generation, conditions))
                await asyncio.wait({counting}, timeout=COUNT_HEAD_START_S)
                snapshot: JobIdSnapshot = await self._client.call(self._api.search_job_ids, conditions, sort)
                if generation != self._generation:
                    return
                self.model.set_snapshot(snapshot)
                count.listed, count.capped = snapshot.total, snapshot.capped
                self._show_count()
                if count.final:
                    counting.cancel()  # the snapshot listed every match: the same number
                else:
                    await counting  # cut at its cap: the exact count is still to come
        except ValidationFailed as exc:
            if generation == self._generation:
                self.model.clear()
                self._clear_count()
                self.form.show_errors(exc.errors)
        except ServiceUnavailable:
            if generation == self._generation:
                self.notice.show_message(t(UNAVAILABLE))
        except SessionInvalid:
            return  # the owner is already back at the login screen
        finally:
            if generation == self._generation:
                self._set_busy("")
        self.search_finished.emit()

    async def _exact_count(self, generation: int, conditions: JobConditions) -> None:
        try:
            total: int = await self._client.call(self._api.count_jobs, conditions)
        except (ServiceUnavailable, ValidationFailed, SessionInvalid):
            return  # the estimate stays until the snapshot's total; the search reports the error
        if generation == self._generation and self._count is not None:
            self._count.exact = total
            self._show_count()
            if self.busy:
                self._set_busy(t("一覧を準備しています…"))

    def _show_count(self) -> None:
        """The count's text; its accessible name says whether the number is still an estimate,
        and is the exact count once known (Qt tells a screen reader the name changed)."""
        assert self._count is not None
        text = self._count.text()
        self.count_label.setText(text)
        final = self._count.final
        self.count_label.setAccessibleName(text if final else t("{count}（件数を確認しています）").format(count=text))
        if final and self._count_said != self._generation:  # an estimate is not news yet (WCAG 4.1.3)
            self._count_said = self._generation
            announcement.announce(self.count_label, text, assertive=False)
        self.count_shown.emit(text, final)

    def _clear_count(self) -> None:
        self._count = None
        self.count_label.clear()
        self.count_label.setAccessibleName("")

    async def _fetch_rows(self, job_ids: list[int]) -> list[JobSummary]:
        return await self._client.call(self._api.job_rows, job_ids)

    async def _load_options(self) -> None:
        try:
            options = await self._client.call(self._api.job_search_options)
        except ServiceUnavailable:
            self._options_loaded = False
            return
        self.form.set_options(options)

    def _cancel(self) -> None:
        for task in (self._task, self._count_task):
            if task is not None and not task.done():
                task.cancel()
        self._task = self._count_task = None

    def _set_busy(self, text: str) -> None:
        self._busy.set_text(text)

    # -- slots --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Stacks the form's columns when its area is too narrow for both (with a margin, so
        a scroll bar appearing does not flip it back and forth)."""
        if watched is self._form_viewport and event.type() == QEvent.Type.Resize:
            need = self.form.side_by_side_width()
            width = self._form_viewport.width()
            if width < need or width >= need + STACK_MARGIN:
                self.form.set_stacked(width < need)
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_options()

    @Slot()
    def _on_form_search_requested(self) -> None:
        self.search()

    @Slot()
    def _on_form_cleared(self) -> None:
        self.notice.clear_message()

    @Slot(int)
    def _on_sort_combo_current_index_changed(self, _index: int) -> None:
        if self._searched:
            self.search()  # sorting is a new query in SQL, never a proxy over loaded rows

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.info.hide()
        self.saver.start()

    @Slot(object)
    def _on_saver_saved(self, info: Any) -> None:
        self.info.setText(t("検索条件「{name}」を保存しました。「保存した検索条件」から呼び出せます。").format(
            name=info.name))
        self.info.show()
        self.search_saved.emit(info)

    @Slot()
    def _on_model_load_failed(self) -> None:
        self.notice.show_message(t(UNAVAILABLE))
