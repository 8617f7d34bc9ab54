"""What the staff console may ask for: a separate door from :class:`MyPageFacade`, with its
own tokens (a seeker token never works here, a staff token never works there).

Every method blocks; call it off the GUI thread. Errors: ``ValidationFailed`` (field
messages), ``SessionInvalid`` (back to the staff login), ``PasswordChangeRequired`` (show
the password change first), ``ReauthRequired`` (ask for the password, call
:meth:`reauthenticate`, retry), ``NotPermitted`` (管理者 only), ``ServiceUnavailable``.
``id_document`` is one of :data:`mypage_desktop.domain.staff_dto.ID_DOCUMENTS`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from mypage_desktop.domain.account_dto import SessionStatus
from mypage_desktop.domain.activity_dto import NoticeSent, ReferralIssued, StaffApplicationView, StatusRecorded
from mypage_desktop.domain.audit_dto import AuditEntry, AuditQuery
from mypage_desktop.domain.device_dto import DeviceInfo, PendingEnrolment
from mypage_desktop.domain.own_changes import OwnChangeEntry
from mypage_desktop.domain.preregistration_dto import (
    PostalAddress,
    PreregistrationDetail,
    PreregistrationForm,
    PreregistrationQuery,
    PreregistrationSummary,
)
from mypage_desktop.domain.staff_dto import (
    NewSeeker,
    ResetStarted,
    SeekerQuery,
    SeekerSummary,
    StaffLoginResult,
    StaffMember,
    StaffProfile,
)


class StaffFacade(Protocol):
    # -- sign-in and session ------------------------------------------------------------
    def staff_login(self, login_id: str, password: str) -> StaffLoginResult:
        """One generic failure code for every failure (E1); ``profile.must_change_password``
        means the console opens on the password change."""
        ...

    def change_staff_password(
        self, token: str, current_password: str, new_password: str, new_password_confirm: str
    ) -> StaffProfile: ...

    def reauthenticate(self, token: str, password: str) -> None:
        """A3: before register / email change / unlock / reset. Valid for a few minutes."""
        ...

    def staff_session_status(self, token: str) -> SessionStatus: ...

    def touch_staff_session(self, token: str) -> SessionStatus:
        """On user input only, like ``MyPageFacade.touch_session``."""
        ...

    def staff_logout(self, token: str) -> None: ...

    def revoke_stale_staff_sessions(self) -> int:
        """At the console's start-up (S3)."""
        ...

    # -- seekers --------------------------------------------------------------------------
    def find_seekers(self, token: str, query: SeekerQuery) -> list[SeekerSummary]: ...

    def seeker_summary(self, token: str, seeker_id: int) -> SeekerSummary: ...

    def register_seeker(self, token: str, seeker: NewSeeker, id_document: str) -> SeekerSummary:
        """求職登録 (+ login email if given). Needs re-authentication."""
        ...

    def change_seeker_email(self, token: str, seeker_id: int, new_email: str, id_document: str) -> SeekerSummary:
        """Registers or changes the login email; mails the old and the new address. Needs
        re-authentication."""
        ...

    def unlock_account(self, token: str, seeker_id: int, id_document: str) -> bool:
        """Clears the login lockout; True if the account was locked. Needs re-authentication."""
        ...

    def void_pending_keys(self, token: str, seeker_id: int) -> int: ...

    def start_password_reset(self, token: str, seeker_id: int, id_document: str) -> ResetStarted:
        """Mails a reset key to the registered address. Needs re-authentication."""
        ...

    def revoke_seeker_sessions(self, token: str, seeker_id: int) -> int: ...

    def seeker_own_changes(self, token: str, seeker_id: int) -> list[OwnChangeEntry]:
        """The seeker's own changes in 求職者情報・設定, newest first, with the values before and
        after (issue 12, docs/product-rules.md §own-changes); audited."""
        ...

    # -- 求職仮登録 (issue 12): find, show, correct, 本登録 ------------------------------------
    def find_preregistrations(self, token: str, query: PreregistrationQuery) -> list[PreregistrationSummary]:
        """By 仮登録番号, or フリガナ + 生年月日; submitted ones only (never drafts)."""
        ...

    def preregistration_detail(self, token: str, prereg_id: int) -> PreregistrationDetail: ...

    def correct_preregistration(
        self, token: str, prereg_id: int, form: PreregistrationForm
    ) -> PreregistrationDetail:
        """Before 本登録 only. Needs re-authentication."""
        ...

    def confirm_preregistration(self, token: str, prereg_id: int, id_document: str) -> SeekerSummary:
        """本登録: issues the 求職番号 with the form's email as login ID (the opening wizard can
        follow at once). Needs re-authentication."""
        ...

    def lookup_postal_code_for_staff(self, token: str, postal_code: str) -> list[PostalAddress]:
        """「住所を検索」 while correcting a 仮登録: Japan Post's addresses of a 郵便番号 ([] when
        unknown); ValidationFailed when the input is not a 郵便番号."""
        ...

    # -- 紹介状, 応募状況, お知らせ (issue-5 services, audited with the staff id) ------------------
    def issue_referral(self, token: str, seeker_id: int, job_number: str, note: str = "") -> ReferralIssued: ...

    def record_application_status(
        self, token: str, application_number: str, status: str, note: str = "",
        interview_at: datetime | None = None, place: str = "",
    ) -> StatusRecorded:
        """``application_number``: 応募番号 or 紹介番号; ``status`` e.g. 面接予定 (with
        ``interview_at``), 採用, 不採用."""
        ...

    def application_for_staff(self, token: str, application_number: str) -> StaffApplicationView:
        """An application (応募番号 or 紹介番号) with its 志望動機 and 応募書類; audited."""
        ...

    def application_document_for_staff(self, token: str, application_number: str, document_id: int) -> bytes:
        """The PDF of a document sent with that application; audited."""
        ...

    def send_notice(
        self, token: str, seeker_id: int, title: str, body: str, job_number: str | None = None
    ) -> NoticeSent:
        """With ``job_number`` it is an おすすめ求人."""
        ...

    # -- audit (管理者) ---------------------------------------------------------------------
    def audit_log(self, token: str, query: AuditQuery) -> list[AuditEntry]: ...

    def staff_members(self, token: str) -> list[StaffMember]: ...

    # -- office devices (管理者; approving needs the office server's CA) ---------------------
    def pending_device_enrolments(self, token: str) -> list[PendingEnrolment]: ...

    def approve_device(self, token: str, code: str) -> DeviceInfo:
        """The code a new PC shows (XXXX-XXXX). Wrong, expired and used codes alike:
        ValidationFailed ``device.code_wrong``; ``NotPermitted("device.no_ca")`` without a CA."""
        ...

    def devices(self, token: str) -> list[DeviceInfo]: ...

    def revoke_device(self, token: str, device_id: int) -> bool:
        """The device is refused from its next call on; True if it was live."""
        ...
