"""The staff console's façade implemented in-process over the services."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

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
from mypage_desktop.facade.local.errors import environmental
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.preregistration import counter
from mypage_desktop.services.staff import (
    activity as staff_activity,
    applications as staff_applications,
    audit_log as staff_audit,
    console as staff_console,
    devices as device_service,
    seeker_changes,
    sign_in as staff_auth,
)

if TYPE_CHECKING:
    from mypage_desktop.facade.local.backend import LocalBackend


class LocalStaffFacade:
    """Implements :class:`mypage_desktop.facade.staff_protocol.StaffFacade` in this process."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    @classmethod
    def for_backend(cls, backend: LocalBackend) -> LocalStaffFacade:
        return cls(backend.context)

    @environmental
    def staff_login(self, login_id: str, password: str) -> StaffLoginResult:
        return staff_auth.staff_login(self._ctx, login_id, password)

    @environmental
    def change_staff_password(
        self, token: str, current_password: str, new_password: str, new_password_confirm: str
    ) -> StaffProfile:
        return staff_auth.change_staff_password(self._ctx, token, current_password, new_password,
                                                new_password_confirm)

    @environmental
    def reauthenticate(self, token: str, password: str) -> None:
        staff_auth.reauthenticate(self._ctx, token, password)

    @environmental
    def staff_session_status(self, token: str) -> SessionStatus:
        return staff_auth.staff_session_status(self._ctx, token)

    @environmental
    def touch_staff_session(self, token: str) -> SessionStatus:
        return staff_auth.touch_staff_session(self._ctx, token)

    @environmental
    def staff_logout(self, token: str) -> None:
        staff_auth.staff_logout(self._ctx, token)

    @environmental
    def revoke_stale_staff_sessions(self) -> int:
        return staff_auth.revoke_stale_staff_sessions(self._ctx)

    @environmental
    def find_seekers(self, token: str, query: SeekerQuery) -> list[SeekerSummary]:
        return staff_console.find_seekers(self._ctx, token, query)

    @environmental
    def seeker_summary(self, token: str, seeker_id: int) -> SeekerSummary:
        return staff_console.seeker_summary(self._ctx, token, seeker_id)

    @environmental
    def seeker_own_changes(self, token: str, seeker_id: int) -> list[OwnChangeEntry]:
        return seeker_changes.seeker_own_changes(self._ctx, token, seeker_id)

    @environmental
    def register_seeker(self, token: str, seeker: NewSeeker, id_document: str) -> SeekerSummary:
        return staff_console.register_seeker_at_counter(self._ctx, token, seeker, id_document)

    @environmental
    def change_seeker_email(self, token: str, seeker_id: int, new_email: str, id_document: str) -> SeekerSummary:
        return staff_console.change_seeker_email(self._ctx, token, seeker_id, new_email, id_document)

    @environmental
    def unlock_account(self, token: str, seeker_id: int, id_document: str) -> bool:
        return staff_console.unlock_account(self._ctx, token, seeker_id, id_document)

    @environmental
    def void_pending_keys(self, token: str, seeker_id: int) -> int:
        return staff_console.void_pending_keys(self._ctx, token, seeker_id)

    @environmental
    def start_password_reset(self, token: str, seeker_id: int, id_document: str) -> ResetStarted:
        return staff_console.start_password_reset(self._ctx, token, seeker_id, id_document)

    @environmental
    def revoke_seeker_sessions(self, token: str, seeker_id: int) -> int:
        return staff_console.revoke_seeker_sessions(self._ctx, token, seeker_id)

    @environmental
    def find_preregistrations(self, token: str, query: PreregistrationQuery) -> list[PreregistrationSummary]:
        return counter.find_preregistrations(self._ctx, token, query)

    @environmental
    def preregistration_detail(self, token: str, prereg_id: int) -> PreregistrationDetail:
        return counter.preregistration_detail(self._ctx, token, prereg_id)

    @environmental
    def correct_preregistration(
        self, token: str, prereg_id: int, form: PreregistrationForm
    ) -> PreregistrationDetail:
        return counter.correct_preregistration(self._ctx, token, prereg_id, form)

    @environmental
    def confirm_preregistration(self, token: str, prereg_id: int, id_document: str) -> SeekerSummary:
        return counter.confirm_preregistration(self._ctx, token, prereg_id, id_document)

    @environmental
    def lookup_postal_code_for_staff(self, token: str, postal_code: str) -> list[PostalAddress]:
        return counter.lookup_postal_code_for_staff(self._ctx, token, postal_code)

    @environmental
    def issue_referral(self, token: str, seeker_id: int, job_number: str, note: str = "") -> ReferralIssued:
        return staff_activity.issue_referral_at_counter(self._ctx, token, seeker_id, job_number, note)

    @environmental
    def record_application_status(
        self, token: str, application_number: str, status: str, note: str = "",
        interview_at: datetime | None = None, place: str = "",
    ) -> StatusRecorded:
        return staff_activity.record_application_status(self._ctx, token, application_number, status, note=note,
                                                        interview_at=interview_at, place=place)

    @environmental
    def application_for_staff(self, token: str, application_number: str) -> StaffApplicationView:
        return staff_applications.application_for_staff(self._ctx, token, application_number)

    @environmental
    def application_document_for_staff(self, token: str, application_number: str, document_id: int) -> bytes:
        return staff_applications.application_document_for_staff(self._ctx, token, application_number, document_id)

    @environmental
    def send_notice(
        self, token: str, seeker_id: int, title: str, body: str, job_number: str | None = None
    ) -> NoticeSent:
        return staff_activity.send_notice_to_seeker(self._ctx, token, seeker_id, title, body, job_number)

    @environmental
    def audit_log(self, token: str, query: AuditQuery) -> list[AuditEntry]:
        return staff_audit.audit_entries(self._ctx, token, query)

    @environmental
    def staff_members(self, token: str) -> list[StaffMember]:
        return staff_audit.staff_members(self._ctx, token)

    @environmental
    def pending_device_enrolments(self, token: str) -> list[PendingEnrolment]:
        return device_service.pending_enrolments(self._ctx, token)

    @environmental
    def approve_device(self, token: str, code: str) -> DeviceInfo:
        return device_service.approve(self._ctx, token, code)

    @environmental
    def devices(self, token: str) -> list[DeviceInfo]:
        return device_service.list_devices(self._ctx, token)

    @environmental
    def revoke_device(self, token: str, device_id: int) -> bool:
        return device_service.revoke(self._ctx, token, device_id)
