"""キープした求人: the kept postings (closed ones marked 「募集終了」, never dropped silently);
「詳細を見る」 opens the 求人票, 「キープを外す」 removes one."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.job_dto import KeptJobInfo
from mypage_desktop.ui.jobs.kept_model import Columns, KeptJobModel
from mypage_desktop.ui.jobs.result_table import JobTableView
from mypage_desktop.ui.session.tasks import PageTasks
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

SAMPLES: dict[int, str] = {
    Columns.STATUS: "募集終了", Columns.JOB_NUMBER: "00000-00000000", Columns.OCCUPATION: "介護職員（介護福",
    Columns.COMPANY: "社会福祉法人もが", Columns.PLACE: "神奈川県川崎市", Columns.WAGE: "月給 000,000円〜000,000円",
}


class KeptJobsPage(QWidget):
    """Signals:
        job_opened(int): 「詳細を見る」, Enter or a double click (job id).
        kept_changed(int, bool): 「キープを外す」 removed a job (job id, False).
        refreshed(): the list on the screen is up to date.
    """

    job_opened = Signal(int)
    kept_changed = Signal(int, bool)
    refreshed = Signal()

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._api = client.api
        self.model = KeptJobModel(self)
        self.table = JobTableView(self, SAMPLES)
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("キープした求人"))
        self.open_button = QPushButton(t("詳細を見る"), self)
        self.unkeep_button = QPushButton(t("キープを外す"), self)
        self.empty_label = style.plain_label(t("キープした求人はありません。求人票の「キープする」を押すと、"
                                               "ここに表示されます。"), self)
        self.message = FieldErrorLabel(self)
        self._tasks = PageTasks(client, self.message.show_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.unkeep_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.heading(t("キープした求人"), self, scale=1.3))
        layout.addWidget(style.plain_label(t("募集が終了した求人も、キープを外すまで「募集終了」と表示して残ります。"),
                                           self))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.job_activated.connect(self.job_opened)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.unkeep_button.clicked.connect(self._on_unkeep_button_clicked)
        self.model.modelReset.connect(self._on_model_model_reset)
        self._on_model_model_reset()

    # -- public -------------------------------------------------------------------------
    def refresh(self) -> asyncio.Task[Any] | None:
        return self._tasks.start(self._refresh())

    @property
    def busy(self) -> bool:
        return self._tasks.busy

    def selected(self) -> KeptJobInfo | None:
        return self.model.kept(self.table.currentIndex().row())

    def clear(self) -> None:
        """Logout (S5)."""
        self._tasks.cancel_all()
        self.model.clear()
        self.message.clear_message()

    # -- work ---------------------------------------------------------------------------
    async def _refresh(self) -> None:
        keep = self.selected()
        rows: list[KeptJobInfo] = await self._client.call(self._api.kept_jobs)
        self.model.set_rows(rows)
        ids = [r.job.job_id for r in rows]
        if keep is not None and keep.job.job_id in ids:
            self.table.selectRow(ids.index(keep.job.job_id))
        elif rows:
            self.table.selectRow(0)
        self.refreshed.emit()

    async def _unkeep(self, job_id: int) -> None:
        await self._client.call(self._api.set_job_kept, job_id, False)
        self.kept_changed.emit(job_id, False)
        await self._refresh()

    # -- slots --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @Slot()
    def _on_model_model_reset(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.open_button.setEnabled(not empty)
        self.unkeep_button.setEnabled(not empty)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        kept = self.selected()
        if kept is not None:
            self.job_opened.emit(kept.job.job_id)

    @Slot()
    def _on_unkeep_button_clicked(self) -> None:
        kept = self.selected()
        if kept is None or not self._client.active:
            return
        self.message.clear_message()
        self.unkeep_button.setEnabled(False)
        task = self._tasks.start(self._unkeep(kept.job.job_id))
        if task is not None:
            task.add_done_callback(lambda _task: self._on_model_model_reset())
