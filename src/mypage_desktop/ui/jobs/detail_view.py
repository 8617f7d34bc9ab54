"""The 求人票 of one posting: 募集終了 marked clearly, the 「キープする」/「キープを外す」
toggle (with the service's limit message next to it), and 「応募する」 (オンライン自主応募,
:mod:`.apply_panel`) under the sheet."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.errors import ServiceUnavailable, ValidationFailed
from mypage_desktop.domain.job_dto import JobDetail
from mypage_desktop.ui.jobs.apply_panel import ApplyPanel
from mypage_desktop.ui.jobs.texts import CLOSED, UNAVAILABLE
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.copy_text import clear_if_copied, copy_plain_text
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.flow_layout import flow_row
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.job_sheet import JobSheet
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.wrap_button import WrapButton

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

def closed_style(c: style.Colours) -> str:
    return (f"QLabel#closedBanner {{ background: {c.alert_bg}; color: {c.important_text};"
            f" border: 2px solid {c.important_border}; padding: 8px; font-weight: bold; }}")


class JobDetailView(QWidget):
    """Signals:
        back_requested(): 「一覧に戻る」 or Escape.
        kept_changed(int, bool): the job's キープ changed (job id, kept).
        job_shown(): a 求人票 finished loading (whether it can be applied to is asked next).
        apply_state_changed(): the 応募 box shows a new outcome (checked, applied, refused).
        applied(int): an online application was made (its id).
        application_requested(int): show the seeker's application to this posting in 応募履歴.
        employer_requested(str): 「この事業所の求人をすべて見る」 (the 事業所番号).
    """

    back_requested = Signal()
    kept_changed = Signal(int, bool)
    job_shown = Signal()
    applied = Signal(int)
    application_requested = Signal(int)
    apply_state_changed = Signal()
    employer_requested = Signal(str)

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registration: RegistrationInfo | None = None
        self._client = client
        self._api = client.api
        self._task: asyncio.Task[Any] | None = None
        self.job: JobDetail | None = None
        self._copied: str | None = None
        self.back_button = WrapButton(t("← 一覧に戻る"), self)
        self.title = style.heading(t("求人票"), self, scale=1.3)
        self.status = StatusLabel("", self)
        banner = t("【{closed}】この求人の募集は終了しました。").format(closed=t(CLOSED))
        self.closed_banner = style.plain_label(banner, self)
        self.closed_banner.setObjectName("closedBanner")
        style.themed_sheet(self.closed_banner, closed_style)
        self.closed_banner.hide()
        self.sheet = JobSheet(self)
        # The row's buttons wrap their texts rather than widen the page (long translations at
        # 200 %, docs/accessibility.md).
        self.keep_button = WrapButton(t("キープする"), self)
        self.keep_message = FieldErrorLabel(self)
        self.copy_button = WrapButton(t("求人番号をコピー"), self)
        self.employer_button = WrapButton(t("この事業所の求人をすべて見る"), self)
        self.employer_button.setToolTip(t("この求人票の事業所番号で求人を検索します"))
        self.apply_panel = ApplyPanel(client, self)
        self.apply_button = self.apply_panel.apply_button
        self.apply_note = self.apply_panel.note
        self._build()
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        QWidget.setTabOrder(self.copy_button, self.keep_button)  # left to right, as they sit
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.employer_button.clicked.connect(self._on_employer_button_clicked)
        self.apply_panel.applied.connect(self.applied)
        self.apply_panel.application_requested.connect(self.application_requested)
        self.apply_panel.state_changed.connect(self.apply_state_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_back_button_clicked)
        self._set_loaded(False)

    def _build(self) -> None:
        # The buttons flow (one under the other when the row is too narrow: large text, long
        # translations); the title has its own line under them, where it can wrap.
        top = QVBoxLayout()
        actions = flow_row(self)
        for button in (self.back_button, self.copy_button, self.keep_button):
            actions.addWidget(button)
        top.addLayout(actions)
        top.addWidget(self.title)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addWidget(self.closed_banner)
        body_layout.addWidget(self.sheet)
        employer_row = QHBoxLayout()
        employer_row.addStretch(1)
        employer_row.addWidget(self.employer_button)
        body_layout.addLayout(employer_row)
        body_layout.addSpacing(8)
        body_layout.addWidget(self.apply_panel)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(t("求人票"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.keep_message, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

    # -- public -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def show_job(self, job_id: int) -> asyncio.Task[Any] | None:
        self._reset()
        if not self._client.active:
            return None
        self.status.setText(t("求人票を読み込んでいます…"))
        self._task = self._client.start_task(self._load(job_id))
        return self._task

    def set_registration(self, info: RegistrationInfo) -> None:
        """While 無効 online application is not offered (docs/product-rules.md §seeker-status)."""
        self.registration = info
        self.apply_panel.set_registration(info)

    def clear(self) -> None:
        """Logout (S5, S6): the open 求人票 and a 求人番号 we put on the clipboard."""
        self._reset()
        clear_if_copied(self._copied)
        self._copied = None
        self.apply_panel.clear()

    def _reset(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None
        self.job = None
        self.sheet.clear()
        self.status.clear()
        self.keep_message.clear_message()
        self.closed_banner.hide()
        self.apply_panel.clear_job()
        self._set_loaded(False)

    # -- internals ----------------------------------------------------------------------
    async def _load(self, job_id: int) -> None:
        try:
            job: JobDetail = await self._client.call(self._api.job_detail, job_id)
        except ValidationFailed as exc:
            self.status.setText("\n".join(field_message(e) for e in exc.errors))
            return
        except ServiceUnavailable:
            self.status.setText(t(UNAVAILABLE))
            return
        self._show(job)
        self.job_shown.emit()
        self.apply_panel.show_job(job)

    def _show(self, job: JobDetail) -> None:
        self.job = job
        self.status.clear()
        self.sheet.show_job(job)
        self.closed_banner.setVisible(job.closed)
        self.title.setText(t("求人票　{occupation}").format(occupation=job.occupation))
        self._set_loaded(True)

    def _set_loaded(self, loaded: bool) -> None:
        job = self.job
        kept = bool(job and job.kept)
        self.keep_button.setText(t("キープを外す") if kept else t("キープする"))
        self.keep_button.setEnabled(loaded and (kept or not (job and job.closed)))
        self.copy_button.setEnabled(loaded)
        self.employer_button.setEnabled(loaded and bool(job and job.employer_number))
        if not loaded:
            self.title.setText(t("求人票"))

    async def _toggle_keep(self, job: JobDetail) -> None:
        try:
            kept: bool = await self._client.call(self._api.set_job_kept, job.job_id, not job.kept)
        except ValidationFailed as exc:
            self.keep_message.show_message("\n".join(field_message(e) for e in exc.errors))
            self._set_loaded(True)
            return
        except ServiceUnavailable:
            self.keep_message.show_message(t(UNAVAILABLE))
            self._set_loaded(True)
            return
        if self.job is None or self.job.job_id != job.job_id:
            return
        self._show(dataclasses.replace(job, kept=kept))
        self.kept_changed.emit(job.job_id, kept)

    # -- slots --------------------------------------------------------------------------
    @Slot()
    def _on_back_button_clicked(self) -> None:
        self.back_requested.emit()

    @Slot()
    def _on_keep_button_clicked(self) -> None:
        job = self.job
        if job is None or self.busy:
            return
        self.keep_message.clear_message()
        self.keep_button.setEnabled(False)  # one request at a time (docs/security.md D3)
        self._task = self._client.start_task(self._toggle_keep(job))

    @Slot()
    def _on_employer_button_clicked(self) -> None:
        if self.job is not None and self.job.employer_number:
            self.employer_requested.emit(self.job.employer_number)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        if self.job is not None:
            self._copied = self.job.job_number
            copy_plain_text(self._copied)
