"""紹介 and the 紹介状 (docs/product-rules.md §referrals-applications, §staff).

Staff (the staff console later, ``mypage-admin issue-referral`` now) issue a referral: it links
the seeker, the posting and the issuing office, gets a 紹介番号, freezes the posting as it is
that day, and — because a HelloWork referral *is* the application to the employer — creates
the application with status 応募済 on the referral date. In the registration's last month it
extends the validity by one month. The seeker sees their own referrals and letters only (A2).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.activity_models import JobApplication, PostingSnapshot, Referral
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.activity_dto import (
    PostingSnapshot as PostingSnapshotInfo,
    ReferralDetail,
    ReferralIssued,
    ReferralLetter,
    ReferralSummary,
)
from mypage_desktop.domain.applications import Actor, ApplicationSource, referral_note_errors
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.jobs import normalize_job_number
from mypage_desktop.domain.seeker import SeekerStatus, name_errors
from mypage_desktop.domain.text import nfkc
from mypage_desktop.domain.timefmt import today_jst
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import (
    ForeignAccess,
    SeekerScope,
    observe_registration,
    seeker_call,
)
from mypage_desktop.services.accounts.seeker_status import find_seeker
from mypage_desktop.services.activity.applications import create_application
from mypage_desktop.services.activity.common import (
    add_numbered,
    extend_for_activity,
    posting_closed,
    take_snapshot,
)
from mypage_desktop.services.context import ServiceContext

REFERRAL_PREFIX = "R"
NOT_FOUND = FieldError("referral", "referral.not_found")
LETTER_TITLE = "紹介状"


def find_job(session: Session, job_number: str) -> JobPosting:
    number = normalize_job_number(job_number)
    if number is None:
        raise ValidationFailed([FieldError("job", "job.number_format")])
    job = session.scalar(select(JobPosting).where(JobPosting.job_number == number))
    if job is None:
        raise ValidationFailed([FieldError("job", "job.not_found")])
    return job


def _note(raw: str) -> str:
    note, errors = referral_note_errors(nfkc(raw).strip())
    if errors:
        raise ValidationFailed(errors)
    return note


@dataclass
class _Issue:
    issued: ReferralIssued | None = None
    refused: FieldError | None = None


def issue_referral(ctx: ServiceContext, *, seeker_number: str, job_number: str, staff_name: str = "",
                   staff_id: int | None = None, note: str = "", actor_type: str = "staff",
                   actor_id: int | None = None) -> ReferralIssued:
    """Refused for a closed or expired posting, a 無効 registration, or a posting the seeker
    already applied to (``application.duplicate``)."""
    clean_staff = nfkc(staff_name).strip()
    if clean_staff and (errors := name_errors("staff", clean_staff)):
        raise ValidationFailed(errors)
    clean_note = _note(note)
    settings = ctx.settings
    outcome = _Issue()
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        today = today_jst(now)
        seeker = find_seeker(session, seeker_number)
        job = find_job(session, job_number)
        if posting_closed(job, today):
            raise ValidationFailed([FieldError("job", "referral.job_closed")])
        seeker, state = observe_registration(session, seeker.id, now, ctx.terminal)
        if state.status is not SeekerStatus.ACTIVE:
            # Refused after the commit, so the expiry observed just now is kept.
            outcome.refused = FieldError("seeker", "referral.seeker_inactive")
        else:
            snapshot = take_snapshot(session, job, now)
            referral: Referral = add_numbered(session, lambda number: Referral(
                referral_number=number, seeker_id=seeker.id, job_id=job.id, snapshot_id=snapshot.id,
                office_code=settings.office_code, office_name=settings.office_name,
                office_phone=settings.helpdesk_number, staff_id=staff_id, staff_name=clean_staff,
                seeker_name=seeker.name, seeker_kana=seeker.name_kana, note=clean_note, referred_on=today,
                created_at=now), REFERRAL_PREFIX, settings.office_code)
            application = create_application(session, settings.office_code, seeker_id=seeker.id, job_id=job.id,
                                              snapshot_id=snapshot.id, source=ApplicationSource.REFERRAL,
                                              referral_id=referral.id, now=now, today=today, actor=Actor.STAFF)
            extended = extend_for_activity(session, seeker, today)
            audit.record(session, at=now, action="referral_issued", result="ok", terminal=ctx.terminal,
                         actor_type=actor_type, actor_id=actor_id, target_type="referral", target_id=referral.id)
            outcome.issued = ReferralIssued(referral.id, referral.referral_number, application.id,
                                            application.application_number, seeker.valid_until, extended)
    if outcome.refused is not None:
        raise ValidationFailed([outcome.refused])
    assert outcome.issued is not None
    return outcome.issued


# Seeker side ---------------------------------------------------------------------------------


def _summary(referral: Referral, snapshot: PostingSnapshot, application: JobApplication) -> ReferralSummary:
    return ReferralSummary(
        referral.id, referral.referral_number, referral.referred_on, referral.office_name, referral.staff_name,
        referral.job_id, snapshot.job_number, snapshot.company_name, snapshot.occupation, snapshot.work_location,
        application.id, application.status,
    )


def _rows(session: Session, scope: SeekerScope, referral_id: int | None = None
          ) -> list[tuple[Referral, PostingSnapshot, JobApplication]]:
    query = (select(Referral, PostingSnapshot, JobApplication)
             .join(PostingSnapshot, PostingSnapshot.id == Referral.snapshot_id)
             .join(JobApplication, JobApplication.referral_id == Referral.id)
             .where(Referral.seeker_id == scope.seeker_id))
    if referral_id is not None:
        query = query.where(Referral.id == referral_id)
    query = query.order_by(Referral.referred_on.desc(), Referral.id.desc())
    return [(r, s, a) for r, s, a in session.execute(query)]


def _own(session: Session, scope: SeekerScope, referral_id: int) -> tuple[Referral, PostingSnapshot, JobApplication]:
    rows = _rows(session, scope, referral_id)
    if rows:
        return rows[0]
    if session.scalar(select(Referral.id).where(Referral.id == referral_id)) is None:
        raise ValidationFailed([NOT_FOUND])
    raise ForeignAccess(scope.seeker_id, "referral", referral_id, NOT_FOUND)


def referrals(ctx: ServiceContext, token: str) -> list[ReferralSummary]:
    """The seeker's referrals, newest first (viewable while 無効 too)."""
    return seeker_call(ctx, token, lambda session, scope: [_summary(*row) for row in _rows(session, scope)])


def referral_detail(ctx: ServiceContext, token: str, referral_id: int) -> ReferralDetail:
    def work(session: Session, scope: SeekerScope) -> ReferralDetail:
        referral, snapshot, application = _own(session, scope, referral_id)
        job = session.get_one(JobPosting, referral.job_id)
        return ReferralDetail(_summary(referral, snapshot, application),
                              PostingSnapshotInfo.from_json(snapshot.content_json), referral.note,
                              posting_closed(job, scope.today))

    return seeker_call(ctx, token, work)


def employer_message(office_name: str, job_number: str) -> str:
    return (f"この紹介状をお持ちの方は、{office_name}が貴事業所の求人（求人番号 {job_number}）に紹介した"
            "求職者です。ご多忙のところ恐縮ですが、面接等によりご選考くださいますようお願いいたします。")


REPLY_REQUEST = ("選考の結果（採否）は、採否通知書に記入のうえ紹介元のハローワークへ返送いただくか、"
                 "ハローワーク求人者マイページからお知らせください。応募書類は、選考後に責任をもって"
                 "返却または廃棄してください。")


def referral_letter(ctx: ServiceContext, token: str, referral_id: int) -> ReferralLetter:
    """The 紹介状 with everything the paper form shows, as it was issued."""

    def work(session: Session, scope: SeekerScope) -> ReferralLetter:
        referral, snapshot, _application = _own(session, scope, referral_id)
        posting = PostingSnapshotInfo.from_json(snapshot.content_json)
        seeker_number = session.scalar(select(JobSeeker.seeker_number).where(JobSeeker.id == scope.seeker_id))
        return ReferralLetter(
            title=LETTER_TITLE, referral_number=referral.referral_number, referred_on=referral.referred_on,
            office_name=referral.office_name, office_code=referral.office_code, office_phone=referral.office_phone,
            seeker_number=seeker_number or "", seeker_name=referral.seeker_name, seeker_kana=referral.seeker_kana,
            job_number=posting.job_number, company_name=posting.company_name, occupation=posting.occupation,
            work_location=posting.work_location, wage=posting.wage, employment_type=posting.employment_type,
            working_hours=posting.working_hours, staff_name=referral.staff_name, note=referral.note,
            employer_message=employer_message(referral.office_name, posting.job_number),
            reply_request=REPLY_REQUEST,
        )

    return seeker_call(ctx, token, work)
