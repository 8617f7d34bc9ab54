"""The façade implemented in-process over the services (the embedded deployment)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from sqlalchemy import Engine

from mypage_desktop.config import Settings
from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.demo.activity import seed_demo_activity
from mypage_desktop.demo.jobs import seed_demo_jobs
from mypage_desktop.demo.seed import seed_demo
from mypage_desktop.domain import consent as consent_versions
from mypage_desktop.domain.account_dto import (
    AppInfo,
    Consent,
    DeliveredMail,
    LegalDocument,
    LegalDocuments,
    LoginResult,
    PasswordChanged,
    RegistrationCompleted,
    RegistrationRequested,
    SeekerProfile,
    SessionStatus,
)
from mypage_desktop.domain.activity_dto import (
    ApplicationDetail,
    ApplicationSummary,
    Dashboard,
    MessageThread,
    NoticeInfo,
    NoticePage,
    OnlineApplicationCheck,
    ReferralDetail,
    ReferralLetter,
    ReferralSummary,
    RegistrationInfo,
    UnreadCounts,
)
from mypage_desktop.domain.caller import Caller
from mypage_desktop.domain.errors import NotPermitted
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
from mypage_desktop.facade.local.documents import DocumentCalls
from mypage_desktop.facade.local.errors import environmental as _environmental
from mypage_desktop.facade.local.own_changes import OwnChangeCalls
from mypage_desktop.facade.local.preregistration import PreregistrationCalls
from mypage_desktop.facade.local.publication import PublicationCalls
from mypage_desktop.mail.maildir import read_maildir
from mypage_desktop.mail.transport import transport_from_settings
from mypage_desktop.mail.worker import OutboxWorker
from mypage_desktop.resources import resource_path
from mypage_desktop.services.accounts import login as auth, opening, recovery, sessions
from mypage_desktop.services.activity import api as activity
from mypage_desktop.services.common_passwords import load_common_passwords
from mypage_desktop.services.context import Clock, ServiceContext, database_clock, system_clock, this_pc
from mypage_desktop.services.hashing import Hasher
from mypage_desktop.services.jobs import seeker_jobs
from mypage_desktop.services.preregistration.seeker import purge_expired as purge_expired_preregistrations

if TYPE_CHECKING:
    from mypage_desktop.facade.local.staff import LocalStaffFacade

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


def load_legal_documents() -> LegalDocuments:
    def read(name: str, title: str, version: str) -> LegalDocument:
        text = resource_path("legal", f"{name}_{version}.txt").read_text(encoding="utf-8")
        return LegalDocument(title, version, text)

    return LegalDocuments(
        read("privacy_policy", "プライバシーポリシー", consent_versions.PRIVACY_POLICY_VERSION),
        read("terms_of_use", "マイページ利用規約", consent_versions.TERMS_OF_USE_VERSION),
    )


class LocalFacade(DocumentCalls, PreregistrationCalls, OwnChangeCalls, PublicationCalls):
    """Implements :class:`mypage_desktop.facade.MyPageFacade` in this process."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def app_info(self) -> AppInfo:
        s = self._ctx.settings
        return AppInfo(s.office_name, s.helpdesk_number, s.mail_sender, s.key_validity_minutes,
                       s.demo_mode, self._ctx.caller.shared)

    def legal_documents(self) -> LegalDocuments:
        return load_legal_documents()

    @_environmental
    def request_password_registration(
        self, email: str, birth_year: str, birth_month: str, birth_day: str, consent: Consent,
        language: str = "ja",
    ) -> RegistrationRequested:
        return opening.request_password_registration(
            self._ctx, email, birth_year, birth_month, birth_day, consent, language)

    @_environmental
    def complete_password_registration(
        self, email: str, auth_key: str, password: str, password_confirm: str, language: str = "ja"
    ) -> RegistrationCompleted:
        return opening.complete_password_registration(
            self._ctx, email, auth_key, password, password_confirm, language)

    @_environmental
    def login(self, email: str, password: str) -> LoginResult:
        return auth.login(self._ctx, email, password)

    @_environmental
    def my_profile(self, token: str) -> SeekerProfile:
        return auth.my_profile(self._ctx, token)

    @_environmental
    def logout(self, token: str) -> None:
        auth.logout(self._ctx, token)

    # Issue 6: パスワードを忘れた方, パスワード変更, session activity and status
    @_environmental
    def request_password_reset(
        self, email: str, birth_year: str, birth_month: str, birth_day: str, language: str = "ja"
    ) -> RegistrationRequested:
        return recovery.request_password_reset(self._ctx, email, birth_year, birth_month, birth_day, language)

    @_environmental
    def complete_password_reset(
        self, email: str, auth_key: str, password: str, password_confirm: str, language: str = "ja"
    ) -> RegistrationCompleted:
        return recovery.complete_password_reset(self._ctx, email, auth_key, password, password_confirm, language)

    @_environmental
    def change_password(
        self, token: str, current_password: str, new_password: str, new_password_confirm: str,
        language: str = "ja",
    ) -> PasswordChanged:
        return recovery.change_password(self._ctx, token, current_password, new_password, new_password_confirm,
                                        language)

    @_environmental
    def touch_session(self, token: str) -> SessionStatus:
        return sessions.touch(self._ctx, token)

    @_environmental
    def session_status(self, token: str) -> SessionStatus:
        return sessions.session_status(self._ctx, token)

    @_environmental
    def revoke_stale_sessions(self) -> int:
        return sessions.revoke_stale_sessions(self._ctx)

    @_environmental
    def search_jobs(self, token: str, conditions: JobConditions, sort: SortOrder, limit: int = 50) -> JobPage:
        return seeker_jobs.search_page(self._ctx, token, conditions, sort, limit)

    @_environmental
    def count_jobs(self, token: str, conditions: JobConditions) -> int:
        return seeker_jobs.count(self._ctx, token, conditions)

    @_environmental
    def search_job_ids(self, token: str, conditions: JobConditions, sort: SortOrder) -> JobIdSnapshot:
        return seeker_jobs.search_ids(self._ctx, token, conditions, sort)

    @_environmental
    def job_rows(self, token: str, job_ids: list[int]) -> list[JobSummary]:
        return seeker_jobs.rows(self._ctx, token, job_ids)

    @_environmental
    def job_detail(self, token: str, job_id: int) -> JobDetail:
        return seeker_jobs.detail(self._ctx, token, job_id)

    @_environmental
    def set_job_kept(self, token: str, job_id: int, keep: bool) -> bool:
        return seeker_jobs.set_kept(self._ctx, token, job_id, keep)

    @_environmental
    def kept_jobs(self, token: str) -> list[KeptJobInfo]:
        return seeker_jobs.kept_jobs(self._ctx, token)

    @_environmental
    def save_search(self, token: str, name: str, conditions: JobConditions) -> SavedSearchInfo:
        return seeker_jobs.save_search(self._ctx, token, name, conditions)

    @_environmental
    def saved_searches(self, token: str) -> list[SavedSearchInfo]:
        return seeker_jobs.saved_searches(self._ctx, token)

    @_environmental
    def run_saved_search(self, token: str, saved_id: int) -> JobConditions:
        return seeker_jobs.run_saved_search(self._ctx, token, saved_id)

    @_environmental
    def rename_saved_search(self, token: str, saved_id: int, name: str) -> None:
        seeker_jobs.rename_saved_search(self._ctx, token, saved_id, name)

    @_environmental
    def delete_saved_search(self, token: str, saved_id: int) -> None:
        seeker_jobs.delete_saved_search(self._ctx, token, saved_id)

    @_environmental
    def job_search_options(self, token: str) -> JobSearchOptions:
        return seeker_jobs.search_options(self._ctx, token)

    # Issue 5: 求職者情報, 紹介, 応募履歴, メッセージ, お知らせ, ホーム (services/activity/api.py)
    @_environmental
    def registration_info(self, token: str) -> RegistrationInfo:
        return activity.registration_info(self._ctx, token)

    @_environmental
    def set_registration_status(self, token: str, status: str) -> RegistrationInfo:
        return activity.set_registration_status(self._ctx, token, status)

    @_environmental
    def referrals(self, token: str) -> list[ReferralSummary]:
        return activity.referrals(self._ctx, token)

    @_environmental
    def referral_detail(self, token: str, referral_id: int) -> ReferralDetail:
        return activity.referral_detail(self._ctx, token, referral_id)

    @_environmental
    def referral_letter(self, token: str, referral_id: int) -> ReferralLetter:
        return activity.referral_letter(self._ctx, token, referral_id)

    @_environmental
    def applications(self, token: str, status_filter: str | None = None) -> list[ApplicationSummary]:
        return activity.applications(self._ctx, token, status_filter)

    @_environmental
    def application_detail(self, token: str, application_id: int) -> ApplicationDetail:
        return activity.application_detail(self._ctx, token, application_id)

    @_environmental
    def online_application_check(self, token: str, job_id: int) -> OnlineApplicationCheck:
        return activity.online_application_check(self._ctx, token, job_id)

    @_environmental
    def withdraw_application(self, token: str, application_id: int, note: str = "") -> ApplicationDetail:
        return activity.withdraw_application(self._ctx, token, application_id, note)

    @_environmental
    def interview_ics(self, token: str, application_id: int, language: str = "ja") -> str:
        return activity.interview_ics(self._ctx, token, application_id, language)

    @_environmental
    def message_thread(self, token: str, application_id: int) -> MessageThread:
        return activity.thread(self._ctx, token, application_id)

    @_environmental
    def send_message(self, token: str, application_id: int, body: str) -> MessageThread:
        return activity.send_message(self._ctx, token, application_id, body)

    @_environmental
    def notices(self, token: str, limit: int = 100, before_id: int | None = None) -> NoticePage:
        return activity.notices(self._ctx, token, limit, before_id)

    @_environmental
    def notice(self, token: str, notice_id: int) -> NoticeInfo:
        return activity.notice(self._ctx, token, notice_id)

    @_environmental
    def mark_notice_read(self, token: str, notice_id: int) -> None:
        activity.mark_notice_read(self._ctx, token, notice_id)

    @_environmental
    def unread_counts(self, token: str) -> UnreadCounts:
        return activity.unread_counts(self._ctx, token)

    @_environmental
    def dashboard(self, token: str) -> Dashboard:
        return activity.dashboard(self._ctx, token)

    def demo_mailbox(self) -> list[DeliveredMail]:
        if not self._ctx.settings.demo_mode:
            raise NotPermitted()
        if self._ctx.settings.mail_transport != "folder":
            return []
        return read_maildir(Path(self._ctx.settings.mail_folder))


@dataclass
class LocalBackend:
    """Engine, services, façades and mail worker of one embedded installation
    (implements :class:`mypage_desktop.facade.backend.Backend`)."""

    engine: Engine
    context: ServiceContext
    facade: LocalFacade
    mail_worker: OutboxWorker

    @cached_property
    def staff_facade(self) -> LocalStaffFacade:
        from mypage_desktop.facade.local.staff import LocalStaffFacade

        return LocalStaffFacade(self.context)

    def close(self) -> None:
        self.mail_worker.stop()
        self.engine.dispose()


def build_context(settings: Settings, engine: Engine, clock: Clock = system_clock,
                  hasher: Hasher | None = None, caller: Caller | None = None) -> ServiceContext:
    """``caller``: who calls through this context; this PC unless given (the server gives
    each request its device)."""
    return ServiceContext(
        session_factory=make_session_factory(engine),
        settings=settings,
        hasher=hasher or Hasher(settings.argon2_time_cost, settings.argon2_memory_kib,
                                settings.argon2_parallelism),
        is_common_password=load_common_passwords(),
        clock=clock,
        caller=caller or this_pc(settings),
    )


def open_local_backend(
    settings: Settings, *, clock: Clock = system_clock, hasher: Hasher | None = None,
    migrate: bool = True, start_mail_worker: bool = True,
) -> LocalBackend:
    """Creates the data directory, migrates the database, seeds demo data in demo mode and
    starts delivering mail."""
    if settings.database_url.startswith("sqlite:///"):
        Path(settings.database_url.removeprefix("sqlite:///")).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    engine = create_db_engine(settings.database_url)
    # Demo 求人 are dated from the real today; a caller that drives its own clock (the tests)
    # brings its own postings.
    seed_jobs = clock is system_clock
    if migrate:
        upgrade(engine)
    if clock is system_clock and engine.dialect.name == "postgresql":
        clock = database_clock(make_session_factory(engine))
    ctx = build_context(settings, engine, clock, hasher)
    worker = OutboxWorker(ctx.session_factory, transport_from_settings(settings), settings.mail_sender, clock)
    ctx.mail_queued = worker.wake
    if settings.demo_mode:
        seed_demo(ctx)
        if seed_jobs:
            seed_demo_jobs(ctx)
            seed_demo_activity(ctx)  # referrals, applications, messages, notices (idempotent)
    purge_expired_preregistrations(ctx)  # unfinished 仮登録 past their days (docs/product-rules.md §preregistration)
    if start_mail_worker:
        worker.start()
    return LocalBackend(engine, ctx, LocalFacade(ctx), worker)
