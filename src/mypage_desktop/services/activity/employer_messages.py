"""Messages with employers, one thread per application (docs/product-rules.md §messages). Only where the employer has
a 求人者マイページ; elsewhere the thread says so and sending is refused. Bodies are plain text
(docs/security.md I4) of at most 2000 characters with no control characters except newlines (I2)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.activity_models import ApplicationMessage, JobApplication, PostingSnapshot
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.activity_dto import MessageThread, ThreadMessage
from mypage_desktop.domain.applications import MESSAGE_MAX, message_errors
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import SeekerScope, account_id_of, seeker_call
from mypage_desktop.services.activity.applications import own_application
from mypage_desktop.services.context import ServiceContext

NO_MYPAGE = "message.no_employer_mypage"
SEEKER_LABEL = "あなた"


def employer_has_mypage(session: Session, app: JobApplication) -> bool:
    return bool(session.scalar(select(JobPosting.employer_has_mypage).where(JobPosting.id == app.job_id)))


def _thread(session: Session, app: JobApplication, now: datetime, mark_read: bool) -> MessageThread:
    snapshot = session.get_one(PostingSnapshot, app.snapshot_id)
    rows = list(session.scalars(select(ApplicationMessage).where(ApplicationMessage.application_id == app.id)
                                .order_by(ApplicationMessage.sent_at, ApplicationMessage.id)))
    messages = tuple(ThreadMessage(m.id, m.from_employer, snapshot.company_name if m.from_employer else SEEKER_LABEL,
                                   m.body, m.sent_at, m.from_employer and m.read_at is None) for m in rows)
    if mark_read and any(m.unread for m in messages):
        session.execute(update(ApplicationMessage).where(
            ApplicationMessage.application_id == app.id, ApplicationMessage.from_employer.is_(True),
            ApplicationMessage.read_at.is_(None)).values(read_at=now))
    available = employer_has_mypage(session, app)
    return MessageThread(app.id, app.application_number, snapshot.company_name, snapshot.occupation, available,
                         None if available else NO_MYPAGE, MESSAGE_MAX, messages)


def thread(ctx: ServiceContext, token: str, application_id: int) -> MessageThread:
    """The thread of one application; the employer's unread messages become read (each is
    flagged ``unread`` in this answer so the view can highlight it). Viewable while 無効."""
    return seeker_call(ctx, token, lambda session, scope: _thread(
        session, own_application(session, scope, application_id), scope.now, True))


def send_message(ctx: ServiceContext, token: str, application_id: int, body: str) -> MessageThread:
    """Sends ``body`` to the employer; refused while 無効, without a 求人者マイページ, or for a
    body that is empty, too long or has control characters. The UI keeps what was typed when
    this raises."""
    text, errors = message_errors(body)
    if errors:
        raise ValidationFailed(errors)

    def work(session: Session, scope: SeekerScope) -> MessageThread:
        app = own_application(session, scope, application_id)
        if not employer_has_mypage(session, app):
            raise ValidationFailed([FieldError("body", NO_MYPAGE)])
        message = ApplicationMessage(application_id=app.id, from_employer=False, body=text, sent_at=scope.now,
                                     read_at=scope.now)
        session.add(message)
        session.flush()
        audit.record(session, at=scope.now, action="message_sent", result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account_id_of(session, scope.seeker_id),
                     target_type="application", target_id=app.id)
        return _thread(session, app, scope.now, False)

    return seeker_call(ctx, token, work, need_active=True)


def add_employer_message(session: Session, app: JobApplication, body: str, at: datetime,
                         source_event_id: str | None) -> None:
    """A message from the employer (imported); ValidationFailed as for the seeker's."""
    if not employer_has_mypage(session, app):
        raise ValidationFailed([FieldError("body", NO_MYPAGE)])
    text, errors = message_errors(body)
    if errors:
        raise ValidationFailed(errors)
    session.add(ApplicationMessage(application_id=app.id, from_employer=True, body=text, sent_at=at, read_at=None,
                                   source_event_id=source_event_id))
    session.flush()


def unread_message_count(session: Session, seeker_id: int) -> int:
    return int(session.scalar(
        select(func.count()).select_from(ApplicationMessage)
        .join(JobApplication, JobApplication.id == ApplicationMessage.application_id)
        .where(JobApplication.seeker_id == seeker_id, ApplicationMessage.from_employer.is_(True),
               ApplicationMessage.read_at.is_(None))) or 0)
