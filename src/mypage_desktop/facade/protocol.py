"""What the UI may ask for. Every method blocks (database, hashing, files): the UI calls it
off the GUI thread. Errors: ``ValidationFailed`` (field messages), ``SessionInvalid``
(back to login), ``ServiceUnavailable`` (friendly retry message), ``NotPermitted``."""

from __future__ import annotations

from typing import Protocol

from mypage_desktop.domain.account_dto import (
    AppInfo,
    Consent,
    DeliveredMail,
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
    DocumentInfo,
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
from mypage_desktop.domain.info_sharing import InfoSharingState
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
from mypage_desktop.domain.own_changes import ContactChange, WishesChange
from mypage_desktop.domain.preregistration_dto import (
    DraftResumed,
    DraftSaved,
    PostalAddress,
    PreregistrationForm,
    PreregistrationSubmitted,
)
from mypage_desktop.domain.publication_dto import (
    DirectRequestInfo,
    PublicationForm,
    PublicationInfo,
    PublicProfile,
)


class MyPageFacade(Protocol):
    def app_info(self) -> AppInfo: ...

    def legal_documents(self) -> LegalDocuments: ...

    def request_password_registration(
        self, email: str, birth_year: str, birth_month: str, birth_day: str, consent: Consent,
        language: str = "ja",
    ) -> RegistrationRequested:
        """Step 2: validates, then answers the same whether or not the pair matched.
        ``language``: the seeker's screen language, the mail's too (docs/i18n.md#mails); so in
        every call below that mails the seeker (``language.unknown`` when not one of
        domain/languages.py)."""
        ...

    def complete_password_registration(
        self, email: str, auth_key: str, password: str, password_confirm: str, language: str = "ja"
    ) -> RegistrationCompleted:
        """Step 3: raises ValidationFailed (``auth_key.rejected`` for any bad key)."""
        ...

    def login(self, email: str, password: str) -> LoginResult: ...

    def my_profile(self, token: str) -> SeekerProfile: ...

    def logout(self, token: str) -> None: ...

    # Issue 6: パスワードを忘れた方, パスワード変更, session activity and status
    def request_password_reset(
        self, email: str, birth_year: str, birth_month: str, birth_day: str, language: str = "ja"
    ) -> RegistrationRequested:
        """「パスワードを忘れた方」 step 1: answers the same whether or not anything matched (E3)."""
        ...

    def complete_password_reset(
        self, email: str, auth_key: str, password: str, password_confirm: str, language: str = "ja"
    ) -> RegistrationCompleted:
        """Step 2: like opening step 3 (``auth_key.rejected`` for any bad key); ends every
        session of the account. Then show an empty login screen."""
        ...

    def change_password(
        self, token: str, current_password: str, new_password: str, new_password_confirm: str,
        language: str = "ja",
    ) -> PasswordChanged:
        """ValidationFailed on ``current_password`` / ``password`` / ``password_confirm``;
        SessionInvalid when repeated wrong current passwords locked the account."""
        ...

    # -- Issue 12: the seeker's own changes and 求職情報提供 (docs/product-rules.md §own-changes,
    # §info-sharing). Each answers the state after the change; allowed while 無効 except a new
    # 求職情報提供 consent. Implemented in facade/local/own_changes.py.
    def change_contact(self, token: str, contact: ContactChange, language: str = "ja") -> RegistrationInfo:
        """連絡先 (郵便番号 + 住所, 電話); ValidationFailed on ``postal_code`` / ``address`` /
        ``phone``, or ``form`` (``own_change.unchanged``). A notice goes to the login address."""
        ...

    def change_wishes(self, token: str, wishes: WishesChange, language: str = "ja") -> RegistrationInfo:
        """希望条件; ValidationFailed on ``wish_occupation`` / ``wish_location`` / ``wish_wage`` or ``form``."""
        ...

    def info_sharing(self, token: str) -> InfoSharingState: ...

    def opt_in_info_sharing(self, token: str, text_version: str, language: str = "ja") -> InfoSharingState:
        """Consent to the explanation the screen showed (``info_sharing.outdated_text`` when it
        is not the current one; ``info_sharing.inactive`` while 無効)."""
        ...

    def opt_out_info_sharing(self, token: str, language: str = "ja") -> InfoSharingState: ...

    def touch_session(self, token: str) -> SessionStatus:
        """Call on user input only (coalesced, e.g. at most every 15 s): restarts the idle
        clock. SessionInvalid if the session has already ended."""
        ...

    def session_status(self, token: str) -> SessionStatus:
        """The periodic check (every few seconds): never extends the session, never raises
        SessionInvalid; ``active`` False with ``end_reason``/``message_code`` when it ended."""
        ...

    def revoke_stale_sessions(self) -> int:
        """At start-up: ends the sessions this PC left open (S3)."""
        ...

    # 求人情報検索, 求人票, キープ, 保存した検索条件 (all scoped to the session's seeker)
    def search_jobs(self, token: str, conditions: JobConditions, sort: SortOrder, limit: int = 50) -> JobPage:
        """The first page, fast; ValidationFailed carries field messages for bad conditions."""
        ...

    def count_jobs(self, token: str, conditions: JobConditions) -> int:
        """The exact number of matches (no cap); the page's ``estimated_total`` comes first."""
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

    # 求職者情報・求職状態, 紹介・紹介状, 応募履歴, メッセージ, お知らせ, ホーム (issue 5). Every call is
    # scoped to the session's seeker: another seeker's id answers exactly like a missing one
    # (``*.not_found``) and is audited (docs/security.md A2). While 求職状態 is 無効, searching, applying
    # and sending raise ValidationFailed ``registration.inactive``; everything else stays viewable.
    # Texts from employers, staff and notices are plain text: show them with Qt.PlainText (I4).
    def registration_info(self, token: str) -> RegistrationInfo:
        """求職者情報: everything registered, whether the 有効/無効 switch is allowed and why not."""
        ...

    def set_registration_status(self, token: str, status: str) -> RegistrationInfo:
        """``"有効"`` or ``"無効"`` (after a confirmation). 無効→有効 after the configured period
        raises ``registration.reactivation_period_over`` (「最寄りのハローワークにお越しください」)."""
        ...

    def referrals(self, token: str) -> list[ReferralSummary]:
        """The seeker's referrals, newest first."""
        ...

    def referral_detail(self, token: str, referral_id: int) -> ReferralDetail:
        """A referral with the 求人票 as it was when referred."""
        ...

    def referral_letter(self, token: str, referral_id: int) -> ReferralLetter:
        """The 紹介状's content, for a form-like layout, printing and PDF export."""
        ...

    def applications(self, token: str, status_filter: str | None = None) -> list[ApplicationSummary]:
        """応募履歴, newest first; ``status_filter`` is one of the statuses (応募済, 書類選考中 …)."""
        ...

    def application_detail(self, token: str, application_id: int) -> ApplicationDetail:
        """One application with its whole status history."""
        ...

    def online_application_check(self, token: str, job_id: int) -> OnlineApplicationCheck:
        """Whether the 求人票 view may offer オンライン自主応募, and the reason code if not."""
        ...

    def apply_online(self, token: str, job_id: int, motivation: str,
                     document_ids: tuple[int, ...] = ()) -> ApplicationSummary:
        """After the confirmation step, with the 志望動機 (1–1000 characters) and the ids of at
        most one 履歴書 and one 職務経歴書 from ``finish_document_upload``. Refused:
        ``application.online_not_accepted``, ``application.job_closed``, ``application.duplicate``,
        ``registration.inactive``, ``application.motivation_*``, ``document.not_found``."""
        ...

    # 応募書類: a PDF (≤ 5 MB) travels in chunks of ≤ 128 KiB (docs/office-server.md §document-upload).
    def begin_document_upload(self, token: str, kind: str, file_name: str, size: int) -> str:
        """The key for the chunks of one 履歴書 / 職務経歴書; ``document.too_large`` before any
        byte travels."""
        ...

    def upload_document_chunk(self, token: str, upload_key: str, offset: int, data: bytes) -> int:
        """The next chunk, in order (``offset`` = bytes sent so far); answers the new total."""
        ...

    def finish_document_upload(self, token: str, upload_key: str) -> DocumentInfo:
        """Checked as a PDF by content (``document.not_pdf``, ``document.active_content``) and
        stored once; the id to pass to ``apply_online``."""
        ...

    def withdraw_application(self, token: str, application_id: int, note: str = "") -> ApplicationDetail:
        """辞退 (after a confirmation), from 応募済/書類選考中/面接予定/選考中 only."""
        ...

    def interview_ics(self, token: str, application_id: int, language: str = "ja") -> str:
        """The latest 面接予定 as iCalendar text (write it with CRLF kept, UTF-8, ``.ics``)."""
        ...

    def message_thread(self, token: str, application_id: int) -> MessageThread:
        """The thread of one application; marks the employer's messages read. ``can_send`` is
        False (with ``unavailable_code``) where the employer has no 求人者マイページ."""
        ...

    def send_message(self, token: str, application_id: int, body: str) -> MessageThread:
        """1–2000 characters, newlines allowed; on ValidationFailed keep what was typed."""
        ...

    def notices(self, token: str, limit: int = 100, before_id: int | None = None) -> NoticePage:
        """お知らせ・おすすめ求人, newest first, a page at a time."""
        ...

    def notice(self, token: str, notice_id: int) -> NoticeInfo: ...

    def mark_notice_read(self, token: str, notice_id: int) -> None: ...

    def unread_counts(self, token: str) -> UnreadCounts:
        """Unread employer messages and notices, for the navigation badges."""
        ...

    def dashboard(self, token: str) -> Dashboard:
        """ホーム: validity, unread counts, new postings for saved conditions, upcoming interviews."""
        ...

    # Issue 12: 求職申込み（仮登録） before the first visit (no session; docs/product-rules.md
    # §preregistration). ``draft_token`` is the window's handle on its own draft ("" for none).
    def lookup_postal_code(self, postal_code: str) -> list[PostalAddress]:
        """Japan Post's addresses of a 郵便番号 ([] when unknown); ValidationFailed when the
        input is not a 郵便番号."""
        ...

    def save_preregistration_draft(self, form: PreregistrationForm, draft_token: str) -> DraftSaved:
        """一時保存 (only the email is required); keep the returned token for the next save."""
        ...

    def request_preregistration_resume_key(self, email: str, language: str = "ja") -> RegistrationRequested:
        """Mails a resume key when a draft exists; the same answer either way (E3)."""
        ...

    def resume_preregistration(self, email: str, auth_key: str) -> DraftResumed:
        """The saved form back; ``auth_key.rejected`` for any bad key."""
        ...

    def submit_preregistration(
        self, form: PreregistrationForm, draft_token: str, language: str = "ja"
    ) -> PreregistrationSubmitted:
        """The 仮登録: ValidationFailed names every field to fix (keep what was typed)."""
        ...

    def demo_mailbox(self) -> list[DeliveredMail]:
        """Mail delivered to the local folder; raises NotPermitted outside demo mode."""
        ...

    # Issue 12: 求職公開 and 直接リクエスト (docs/product-rules.md §publication).
    # Implemented by facade/local/publication.py. The profile never holds a name, contact or
    # birthdate; employers see ``PublicProfile`` under the random 求職公開番号.
    def publication(self, token: str) -> PublicationInfo:
        """The seeker's 求職公開: what is stored (the counter's 希望職種/勤務地 before the first
        save), whether it is published, and the employer's view of it."""
        ...

    def preview_publication(self, token: str, form: PublicationForm) -> PublicProfile:
        """Exactly what employers would see if ``form`` were published; ValidationFailed names
        the fields to fix (keep what was typed)."""
        ...

    def publish_profile(self, token: str, form: PublicationForm) -> PublicationInfo:
        """Publishes, or updates while published (after the UI's confirmation); only while 有効."""
        ...

    def withdraw_publication(self, token: str) -> PublicationInfo:
        """Withdraws at any time; employers can no longer send 直接リクエスト."""
        ...

    def direct_requests(self, token: str) -> list[DirectRequestInfo]:
        """The 直接リクエスト received, newest first."""
        ...

    def direct_request(self, token: str, request_id: int) -> DirectRequestInfo:
        """One request (another seeker's id is refused like a missing one)."""
        ...

    def answer_direct_request(self, token: str, request_id: int, answer: str, motivation: str = "",
                              document_ids: tuple[int, ...] = ()) -> DirectRequestInfo:
        """``answer``: "応募" (an オンライン自主応募 with the 志望動機, while 有効) or "辞退". Once."""
        ...
