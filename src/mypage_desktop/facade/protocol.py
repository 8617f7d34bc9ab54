"""What the UI may ask for. Every method blocks (database, hashing, files): the UI calls it
off the GUI thread. Errors: ``ValidationFailed`` (field messages), ``SessionInvalid``
(back to login), ``ServiceUnavailable`` (friendly retry message), ``NotPermitted``."""

from __future__ import annotations

from typing import Protocol

from mypage_desktop.domain.dto import (
    AppInfo,
    Consent,
    DeliveredMail,
    LegalDocuments,
    LoginResult,
    RegistrationCompleted,
    RegistrationRequested,
    SeekerProfile,
)
from mypage_desktop.domain.job_dto import (
    JobDetail,
    JobIdSnapshot,
    JobPage,
    JobSearchOptions,
    JobSummary,
    KeptJobInfo,
    SavedSearchInfo,
)
from mypage_desktop.domain.jobs import JobConditions, SortOrder


class MyPageFacade(Protocol):
    def app_info(self) -> AppInfo: ...

    def legal_documents(self) -> LegalDocuments: ...

    def request_password_registration(
        self, email: str, birth_year: str, birth_month: str, birth_day: str, consent: Consent
    ) -> RegistrationRequested:
        """Step 2: validates, then answers the same whether or not the pair matched."""
        ...

    def complete_password_registration(
        self, email: str, auth_key: str, password: str, password_confirm: str
    ) -> RegistrationCompleted:
        """Step 3: raises ValidationFailed (``auth_key.rejected`` for any bad key)."""
        ...

    def login(self, email: str, password: str) -> LoginResult: ...

    def my_profile(self, token: str) -> SeekerProfile: ...

    def logout(self, token: str) -> None: ...

    # 求人情報検索, 求人票, キープ, 保存した検索条件 (all scoped to the session's seeker)
    def search_jobs(self, token: str, conditions: JobConditions, sort: SortOrder, limit: int = 50) -> JobPage:
        """The first page, fast; ValidationFailed carries field messages for bad conditions."""
        ...

    def search_job_ids(self, token: str, conditions: JobConditions, sort: SortOrder) -> JobIdSnapshot:
        """Every match's id in order (at most 100,000), for lazy paging and the count."""
        ...

    def job_rows(self, token: str, job_ids: list[int]) -> list[JobSummary]: ...

    def job_detail(self, token: str, job_id: int) -> JobDetail: ...

    def set_job_kept(self, token: str, job_id: int, keep: bool) -> bool: ...

    def kept_jobs(self, token: str) -> list[KeptJobInfo]: ...

    def save_search(self, token: str, name: str, conditions: JobConditions) -> SavedSearchInfo: ...

    def saved_searches(self, token: str) -> list[SavedSearchInfo]: ...

    def run_saved_search(self, token: str, saved_id: int) -> JobConditions: ...

    def rename_saved_search(self, token: str, saved_id: int, name: str) -> None: ...

    def delete_saved_search(self, token: str, saved_id: int) -> None: ...

    def job_search_options(self, token: str) -> JobSearchOptions: ...

    def demo_mailbox(self) -> list[DeliveredMail]:
        """Mail delivered to the local folder; raises NotPermitted outside demo mode."""
        ...
