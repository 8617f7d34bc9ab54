"""The four job pages of one session and the wiring between them; the main window only
places them and navigates (it listens to ``job_opened`` and ``search_shown``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.jobs import JobConditions
from mypage_desktop.ui.jobs.detail_view import JobDetailView
from mypage_desktop.ui.jobs.kept_page import KeptJobsPage
from mypage_desktop.ui.jobs.saved_page import SavedSearchesPage
from mypage_desktop.ui.jobs.search_page import JobSearchPage

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient


class JobPages(QObject):
    """Signals:
        job_opened(): a 求人票 is being loaded into :attr:`detail`; show it.
        search_shown(): a saved search was run, or 「この事業所の求人をすべて見る」 on a 求人票;
            show :attr:`search`.
        applied(int): an online application was made (its id) from the 求人票.
        application_requested(int): 「応募履歴で見る」 on a 求人票 already applied to.
    """

    job_opened = Signal()
    search_shown = Signal()
    applied = Signal(int)
    application_requested = Signal(int)

    def __init__(self, client: SeekerClient, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.search = JobSearchPage(client, parent_widget)
        self.saved = SavedSearchesPage(client, parent_widget)
        self.kept = KeptJobsPage(client, parent_widget)
        self.detail = JobDetailView(client, parent_widget)
        self.search.job_opened.connect(self._on_page_job_opened)
        self.kept.job_opened.connect(self._on_page_job_opened)
        self.detail.kept_changed.connect(self._on_kept_changed)
        self.kept.kept_changed.connect(self._on_kept_changed)
        self.saved.run_requested.connect(self._on_saved_run_requested)
        self.detail.employer_requested.connect(self._on_employer_requested)
        self.detail.applied.connect(self.applied)
        self.detail.application_requested.connect(self.application_requested)

    def set_registration(self, info: RegistrationInfo) -> None:
        """無効 disables searching and applying (docs/product-rules.md §seeker-status)."""
        self.search.set_registration(info)
        self.detail.set_registration(info)

    def clear(self) -> None:
        """Logout (S5): every model, field, cache, dialog and the open 求人票."""
        for page in (self.search, self.saved, self.kept, self.detail):
            page.clear()

    @Slot(int)
    def _on_page_job_opened(self, job_id: int) -> None:
        self.detail.show_job(job_id)
        self.job_opened.emit()

    @Slot(int, bool)
    def _on_kept_changed(self, job_id: int, kept: bool) -> None:
        self.search.set_kept(job_id, kept)

    @Slot(object)
    def _on_saved_run_requested(self, conditions: Any) -> None:
        self.search_shown.emit()
        self.search.run_conditions(conditions)

    @Slot(str)
    def _on_employer_requested(self, employer_number: str) -> None:
        """Only that 事業所番号: the form shows it (the other conditions cleared), then searches."""
        self.search_shown.emit()
        self.search.run_conditions(JobConditions(employer_number=employer_number))
