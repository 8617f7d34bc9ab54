"""応募履歴 (docs/product-rules.md §referrals-applications): applications from a referral or an online self-application,
their status history, the seeker's 辞退, status changes by staff and employers, and the .ics export
of an interview. Seeker calls are scoped to the session's seeker (docs/security.md A2)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mypage_desktop.db.activity_models import (
    ApplicationEvent,
    ApplicationMessage,
    JobApplication,
    PostingSnapshot,
    Referral,
)
from mypage_desktop.db.document_models import ApplicationDocument, SeekerDocument
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain import ical
from mypage_desktop.domain.activity_dto import (
    ApplicationDetail,
    ApplicationSummary,
    DocumentInfo,
    OnlineApplicationCheck,
    PostingSnapshot as PostingSnapshotInfo,
    StatusEntry,
    StatusRecorded,
    UpcomingInterview,
)
from mypage_desktop.domain.applications import (
    ACTOR_LABELS,
    INTERVIEW_REQUIRED,
    NOTE_MAX,
    PLACE_MAX,
    UNKNOWN_STATUS,
    Actor,
    ApplicationSource,
    ApplicationStatus,
    event_time_error,
    interview_time_error,
    parse_status,
    text_errors,
    transition_error,
    withdrawable,
)
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.languages import SOURCE, require_language
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.domain.text import nfkc
from mypage_desktop.domain.validity import INACTIVE
from mypage_desktop.mail import catalogue
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import (
    ForeignAccess,
    SeekerScope,
    account_id_of,
    observe_registration,
    seeker_call,
)
from mypage_desktop.services.activity.common import add_numbered, posting_closed
from mypage_desktop.services.context import ServiceContext

APPLICATION_PREFIX = "A"
NOT_FOUND = FieldError("application", "application.not_found")
DUPLICATE = FieldError("job", "application.duplicate")
NO_INTERVIEW = FieldError("application", "application.no_interview")
UNUSABLE_INTERVIEW = FieldError("application", "application.interview_unusable")


def create_application(session: Session, office_code: str, *, seeker_id: int, job_id: int, snapshot_id: int,
                       source: ApplicationSource, referral_id: int | None, now: datetime, today: date,
                       actor: Actor) -> JobApplication:
    """The application with its first history entry (応募済). One per seeker and posting:
    checked first for a clear message, and by the unique key for two at once (D4)."""
    if session.scalar(select(JobApplication.id).where(JobApplication.seeker_id == seeker_id,
                                                      JobApplication.job_id == job_id)) is not None:
        raise ValidationFailed([DUPLICATE])
    try:
        application: JobApplication = add_numbered(session, lambda number: JobApplication(
            application_number=number, seeker_id=seeker_id, job_id=job_id, referral_id=referral_id,
            snapshot_id=snapshot_id, source=source.value, status=ApplicationStatus.APPLIED.value, applied_on=today,
            created_at=now, status_changed_at=now), APPLICATION_PREFIX, office_code)
    except IntegrityError:
        raise ValidationFailed([DUPLICATE]) from None
    session.add(ApplicationEvent(application_id=application.id, status=ApplicationStatus.APPLIED.value, at=now,
                                 recorded_at=now, actor_type=actor.value, note="", interview_place=""))
    return application


def status_inputs(note: str, place: str) -> tuple[str, str]:
    """A history note (multi-line, ≤500) and an interview place (one line, ≤200), optional."""
    clean_note, errors = text_errors("note", note, max_length=NOTE_MAX, code_prefix="application.note_",
                                     required=False)
    clean_place, place_errors = text_errors("place", place, max_length=PLACE_MAX,
                                            code_prefix="application.place_", required=False, multiline=False)
    if errors or place_errors:
        raise ValidationFailed(errors + place_errors)
    return clean_note.strip(), clean_place.strip()


def change_status(session: Session, application: JobApplication, target: ApplicationStatus, *, actor: Actor,
                  now: datetime, at: datetime | None = None, note: str = "", interview_at: datetime | None = None,
                  place: str = "", source_event_id: str | None = None) -> None:
    """Moves the application along the transition table (domain/applications.py) and records
    the history entry; ValidationFailed with the reason otherwise."""
    error = transition_error(ApplicationStatus(application.status), target, actor)
    if error is not None:
        raise ValidationFailed([error])
    if target is ApplicationStatus.INTERVIEW and interview_at is None:
        raise ValidationFailed([FieldError("interview_at", INTERVIEW_REQUIRED)])
    times = [interview_time_error(interview_at, now) if target is ApplicationStatus.INTERVIEW and interview_at
             else None, event_time_error(at, now) if at is not None else None]
    if any(times):
        raise ValidationFailed([e for e in times if e is not None])
    clean_note, clean_place = status_inputs(note, place)
    when = at or now
    session.add(ApplicationEvent(
        application_id=application.id, status=target.value, at=when, recorded_at=now, actor_type=actor.value,
        note=clean_note, interview_at=interview_at if target is ApplicationStatus.INTERVIEW else None,
        interview_place=clean_place if target is ApplicationStatus.INTERVIEW else "", source_event_id=source_event_id,
    ))
    application.status = target.value
    application.status_changed_at = when
    session.flush()


def find_application(session: Session, number: str) -> JobApplication | None:
    """By 応募番号 or 紹介番号 (what an employer knows)."""
    value = nfkc(number).strip().upper()
    found = session.scalar(select(JobApplication).where(JobApplication.application_number == value))
    if found is None:
        found = session.scalar(select(JobApplication).join(Referral, Referral.id == JobApplication.referral_id)
                               .where(Referral.referral_number == value))
    return found


# Read models --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Extras:
    snapshots: dict[int, PostingSnapshot]
    referral_numbers: dict[int, str]
    mypage: dict[int, bool]
    interviews: dict[int, datetime | None]
    unread: dict[int, int]


def _extras(session: Session, apps: Sequence[JobApplication]) -> _Extras:
    ids = [a.id for a in apps]
    snapshots = {s.id: s for s in session.scalars(
        select(PostingSnapshot).where(PostingSnapshot.id.in_({a.snapshot_id for a in apps})))}
    referral_ids = {a.referral_id for a in apps if a.referral_id is not None}
    numbers = {rid: number for rid, number in session.execute(
        select(Referral.id, Referral.referral_number).where(Referral.id.in_(referral_ids)))}
    mypage = {jid: flag for jid, flag in session.execute(
        select(JobPosting.id, JobPosting.employer_has_mypage).where(JobPosting.id.in_({a.job_id for a in apps}))
    )}
    interviews: dict[int, datetime | None] = {}
    for app_id, at in session.execute(
            select(ApplicationEvent.application_id, ApplicationEvent.interview_at)
            .where(ApplicationEvent.application_id.in_(ids),
                   ApplicationEvent.status == ApplicationStatus.INTERVIEW.value)
            .order_by(ApplicationEvent.id)):
        interviews[app_id] = at  # the latest one wins
    unread = {app_id: int(count) for app_id, count in session.execute(
        select(ApplicationMessage.application_id, func.count())
        .where(ApplicationMessage.application_id.in_(ids), ApplicationMessage.from_employer.is_(True),
               ApplicationMessage.read_at.is_(None))
        .group_by(ApplicationMessage.application_id))}
    return _Extras(snapshots, numbers, mypage, interviews, unread)


def _summary(app: JobApplication, extras: _Extras, now: datetime) -> ApplicationSummary:
    snapshot = extras.snapshots[app.snapshot_id]
    status = ApplicationStatus(app.status)
    interview = extras.interviews.get(app.id)
    upcoming = interview if status is ApplicationStatus.INTERVIEW and interview is not None and interview >= now \
        else None
    return ApplicationSummary(
        application_id=app.id, application_number=app.application_number, source=app.source,
        referral_id=app.referral_id,
        referral_number=extras.referral_numbers.get(app.referral_id) if app.referral_id else None,
        applied_on=app.applied_on, job_id=app.job_id, job_number=snapshot.job_number,
        company_name=snapshot.company_name, occupation=snapshot.occupation, work_location=snapshot.work_location,
        status=status.value, status_changed_at=app.status_changed_at, next_interview_at=upcoming,
        withdrawable=withdrawable(status), messaging_available=extras.mypage.get(app.job_id, False),
        unread_messages=extras.unread.get(app.id, 0),
    )


def summaries(session: Session, apps: Sequence[JobApplication], now: datetime) -> list[ApplicationSummary]:
    extras = _extras(session, apps)
    return [_summary(a, extras, now) for a in apps]


def own_application(session: Session, scope: SeekerScope, application_id: int) -> JobApplication:
    app = session.get(JobApplication, application_id)
    if app is None:
        raise ValidationFailed([NOT_FOUND])
    if app.seeker_id != scope.seeker_id:
        raise ForeignAccess(scope.seeker_id, "application", application_id, NOT_FOUND)
    return app


def _detail(session: Session, app: JobApplication, now: datetime) -> ApplicationDetail:
    events = list(session.scalars(select(ApplicationEvent).where(ApplicationEvent.application_id == app.id)
                                  .order_by(ApplicationEvent.id)))
    history = tuple(StatusEntry(e.status, e.at, ACTOR_LABELS[Actor(e.actor_type)], e.note, e.interview_at,
                                e.interview_place) for e in events)
    summary = summaries(session, [app], now)[0]
    snapshot = session.get_one(PostingSnapshot, app.snapshot_id)
    documents = tuple(sorted((DocumentInfo(d.id, d.kind, d.file_name, d.size) for d in session.scalars(
        select(SeekerDocument).join(ApplicationDocument, ApplicationDocument.document_id == SeekerDocument.id)
        .where(ApplicationDocument.application_id == app.id))), key=lambda d: d.kind != "履歴書"))
    return ApplicationDetail(summary, history, PostingSnapshotInfo.from_json(snapshot.content_json),
                             any(e.interview_at is not None for e in events), app.motivation, documents)


def applications(ctx: ServiceContext, token: str, status_filter: str | None = None) -> list[ApplicationSummary]:
    """The seeker's applications, newest first; optionally only those with one status."""
    wanted = None
    if status_filter:
        wanted = parse_status(status_filter)
        if wanted is None:
            raise ValidationFailed([FieldError("status", UNKNOWN_STATUS, {"status": status_filter})])

    def work(session: Session, scope: SeekerScope) -> list[ApplicationSummary]:
        query = select(JobApplication).where(JobApplication.seeker_id == scope.seeker_id)
        if wanted is not None:
            query = query.where(JobApplication.status == wanted.value)
        apps = list(session.scalars(query.order_by(JobApplication.applied_on.desc(), JobApplication.id.desc())))
        return summaries(session, apps, scope.now)

    return seeker_call(ctx, token, work)


def application_detail(ctx: ServiceContext, token: str, application_id: int) -> ApplicationDetail:
    """One application with its whole history and the posting as applied to."""
    return seeker_call(ctx, token, lambda session, scope: _detail(
        session, own_application(session, scope, application_id), scope.now))


# Online self-application ----------------------------------------------------------------------


def online_refusal(job: JobPosting, scope: SeekerScope) -> str | None:
    if posting_closed(job, scope.today):
        return "application.job_closed"
    if not job.online_application:
        return "application.online_not_accepted"
    return None


def online_application_check(ctx: ServiceContext, token: str, job_id: int) -> OnlineApplicationCheck:
    """For the job detail view: may オンライン自主応募 be offered, and if not, why."""

    def work(session: Session, scope: SeekerScope) -> OnlineApplicationCheck:
        job = session.get(JobPosting, job_id)
        if job is None:
            raise ValidationFailed([FieldError("job", "job.not_found")])
        _seeker, state = observe_registration(session, scope.seeker_id, scope.now, ctx.terminal)
        existing = session.scalar(select(JobApplication.id).where(JobApplication.seeker_id == scope.seeker_id,
                                                                  JobApplication.job_id == job_id))
        code: str | None
        if state.status is not SeekerStatus.ACTIVE:
            code = INACTIVE
        elif existing is not None:
            code = DUPLICATE.code
        else:
            code = online_refusal(job, scope)
        return OnlineApplicationCheck(job_id, code is None, code, existing)

    return seeker_call(ctx, token, work)


def withdraw_application(ctx: ServiceContext, token: str, application_id: int, note: str = "") -> ApplicationDetail:
    """The seeker's 辞退 (after the UI's confirmation), from a status still in progress.
    Allowed while 無効 too: a seeker who stopped searching may want to close applications."""

    def work(session: Session, scope: SeekerScope) -> ApplicationDetail:
        app = own_application(session, scope, application_id)
        change_status(session, app, ApplicationStatus.WITHDRAWN, actor=Actor.SEEKER, now=scope.now, note=note)
        audit.record(session, at=scope.now, action="application_withdrawn", result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account_id_of(session, scope.seeker_id),
                     target_type="application", target_id=app.id)
        return _detail(session, app, scope.now)

    return seeker_call(ctx, token, work)


# Staff ------------------------------------------------------------------------------------------


def record_status(ctx: ServiceContext, *, application_number: str, status: str, note: str = "",
                  interview_at: datetime | None = None, place: str = "", at: datetime | None = None,
                  actor_type: str = "staff", actor_id: int | None = None) -> StatusRecorded:
    """Staff record a status (応募番号 or 紹介番号), e.g. from the employer's 採否通知書."""
    target = parse_status(status)
    if target is None:
        raise ValidationFailed([FieldError("status", UNKNOWN_STATUS, {"status": status})])
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        app = find_application(session, application_number)
        if app is None:
            raise ValidationFailed([NOT_FOUND])
        change_status(session, app, target, actor=Actor.STAFF, now=now, at=at, note=note,
                      interview_at=interview_at, place=place)
        audit.record(session, at=now, action="application_status", result="ok", terminal=ctx.terminal,
                     actor_type=actor_type, actor_id=actor_id, target_type="application", target_id=app.id)
        return StatusRecorded(app.id, app.application_number, app.status)


# Interviews ----------------------------------------------------------------------------------


def upcoming_interviews(session: Session, scope: SeekerScope) -> list[UpcomingInterview]:
    apps = list(session.scalars(select(JobApplication).where(
        JobApplication.seeker_id == scope.seeker_id, JobApplication.status == ApplicationStatus.INTERVIEW.value)))
    result = []
    for summary in summaries(session, apps, scope.now):
        if summary.next_interview_at is not None:
            place = session.scalar(
                select(ApplicationEvent.interview_place)
                .where(ApplicationEvent.application_id == summary.application_id,
                       ApplicationEvent.status == ApplicationStatus.INTERVIEW.value)
                .order_by(ApplicationEvent.id.desc()).limit(1)) or ""
            result.append(UpcomingInterview(summary.application_id, summary.company_name, summary.occupation,
                                            summary.next_interview_at, place))
    return sorted(result, key=lambda i: i.interview_at)


def interview_ics(ctx: ServiceContext, token: str, application_id: int, language: str = SOURCE) -> str:
    """The latest 面接予定 of one application as an iCalendar (RFC 5545) text, times in UTC; its
    texts in the seeker's ``language`` (docs/i18n.md#mails: the same catalogues as the mails)."""
    require_language(language)

    def say(name: str, **values: str) -> str:
        return catalogue.text(language, name).format(**values)

    def work(session: Session, scope: SeekerScope) -> str:
        app = own_application(session, scope, application_id)
        event = session.scalar(select(ApplicationEvent).where(
            ApplicationEvent.application_id == app.id, ApplicationEvent.status == ApplicationStatus.INTERVIEW.value,
            ApplicationEvent.interview_at.is_not(None)).order_by(ApplicationEvent.id.desc()).limit(1))
        if event is None or event.interview_at is None:
            raise ValidationFailed([NO_INTERVIEW])
        summary = summaries(session, [app], scope.now)[0]
        lines = [say("ics_company", company=summary.company_name), say("ics_occupation", occupation=summary.occupation),
                 say("ics_job", number=summary.job_number), say("ics_application", number=summary.application_number)]
        if summary.referral_number:
            lines += [say("ics_referral", number=summary.referral_number), say("ics_bring")]
        if event.note:
            lines.append(say("ics_note", note=event.note))
        try:
            return ical.interview_event(
                uid=f"{app.application_number}-{event.id}@mypage-desktop", stamp=scope.now, start=event.interview_at,
                summary=say("ics_summary", company=summary.company_name, occupation=summary.occupation),
                location=event.interview_place,
                description="\n".join(lines))
        except ical.UnwritableTime:  # stored before the range rule existed
            raise ValidationFailed([UNUSABLE_INTERVIEW]) from None

    return seeker_call(ctx, token, work)


__all__ = ["application_detail", "applications", "change_status", "create_application",
           "find_application", "interview_ics", "online_application_check", "online_refusal", "record_status",
           "summaries", "upcoming_interviews", "withdraw_application"]
