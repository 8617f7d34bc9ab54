"""The staff console's door to the issue-5 staff actions (紹介状, 応募状況, お知らせ・おすすめ求人):
each call validates the staff session, then runs the activity service with the staff member
as the audited actor (docs/security.md A4)."""

from __future__ import annotations

from datetime import datetime

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.staff_models import StaffAccount
from mypage_desktop.domain.activity_dto import NoticeSent, ReferralIssued, StatusRecorded
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.services.activity.applications import record_status
from mypage_desktop.services.activity.notices import send_notice
from mypage_desktop.services.activity.referrals import issue_referral
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.sign_in import require_staff


def _staff_and_seeker(ctx: ServiceContext, token: str, seeker_id: int | None) -> tuple[int, str, str]:
    """(staff id, staff display name, the seeker's 求職番号 or "")."""
    with ctx.session_factory() as session:
        actor = require_staff(session, token, ctx.clock())
        name = session.get_one(StaffAccount, actor.staff_id).display_name
        number = ""
        if seeker_id is not None:
            seeker = session.get(JobSeeker, seeker_id)
            if seeker is None:
                raise ValidationFailed([FieldError("seeker", "seeker.not_found")])
            number = seeker.seeker_number
        return actor.staff_id, name, number


def issue_referral_at_counter(ctx: ServiceContext, token: str, seeker_id: int, job_number: str,
                              note: str = "") -> ReferralIssued:
    staff_id, name, number = _staff_and_seeker(ctx, token, seeker_id)
    return issue_referral(ctx, seeker_number=number, job_number=job_number, staff_name=name, staff_id=staff_id,
                          note=note, actor_type="staff", actor_id=staff_id)


def record_application_status(ctx: ServiceContext, token: str, application_number: str, status: str, *,
                              note: str = "", interview_at: datetime | None = None,
                              place: str = "") -> StatusRecorded:
    staff_id, _name, _number = _staff_and_seeker(ctx, token, None)
    return record_status(ctx, application_number=application_number, status=status, note=note,
                         interview_at=interview_at, place=place, actor_type="staff", actor_id=staff_id)


def send_notice_to_seeker(ctx: ServiceContext, token: str, seeker_id: int, title: str, body: str,
                          job_number: str | None = None) -> NoticeSent:
    staff_id, _name, number = _staff_and_seeker(ctx, token, seeker_id)
    return send_notice(ctx, seeker_number=number, title=title, body=body, job_number=job_number,
                       actor_type="staff", actor_id=staff_id)
