"""お知らせ and おすすめ求人 from HelloWork (docs/product-rules.md §messages): their own folder, read-only for the
seeker, a recommendation links to a posting. Sent by staff (``mypage-admin send-notice`` now,
the staff console later). Also the unread counts for the navigation."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.activity_models import SeekerNotice
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.publication_models import DirectRequest
from mypage_desktop.domain.activity_dto import NoticeInfo, NoticePage, NoticeSent, UnreadCounts
from mypage_desktop.domain.applications import NOTICE_BODY_MAX, NOTICE_TITLE_MAX, text_errors
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import ForeignAccess, SeekerScope, seeker_call
from mypage_desktop.services.accounts.seeker_status import find_seeker
from mypage_desktop.services.activity.common import posting_closed
from mypage_desktop.services.activity.employer_messages import unread_message_count
from mypage_desktop.services.activity.referrals import find_job
from mypage_desktop.services.context import ServiceContext

KIND_NOTICE = "お知らせ"
KIND_RECOMMENDATION = "おすすめ求人"
NOT_FOUND = FieldError("notice", "notice.not_found")
PAGE_MAX = 200


def send_notice(ctx: ServiceContext, *, seeker_number: str, title: str, body: str, job_number: str | None = None,
                sender_name: str = "", actor_type: str = "staff", actor_id: int | None = None) -> NoticeSent:
    """A notice to one seeker; with ``job_number`` it is an おすすめ求人 linking that posting."""
    clean_title, errors = text_errors("title", title, max_length=NOTICE_TITLE_MAX, code_prefix="notice.title_",
                                      multiline=False)
    clean_body, body_errors = text_errors("body", body, max_length=NOTICE_BODY_MAX, code_prefix="notice.body_")
    if errors or body_errors:
        raise ValidationFailed(errors + body_errors)
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        seeker = find_seeker(session, seeker_number)
        job_id = find_job(session, job_number).id if job_number else None
        kind = KIND_RECOMMENDATION if job_id is not None else KIND_NOTICE
        notice = SeekerNotice(seeker_id=seeker.id, kind=kind, title=clean_title.strip(), body=clean_body,
                              job_id=job_id, sender_name=sender_name.strip()[:60] or ctx.settings.office_name,
                              created_at=now)
        session.add(notice)
        session.flush()
        audit.record(session, at=now, action="notice_sent", result="ok", terminal=ctx.terminal,
                     actor_type=actor_type, actor_id=actor_id, target_type="notice", target_id=notice.id)
        return NoticeSent(notice.id, kind)


def _infos(session: Session, rows: list[SeekerNotice], scope: SeekerScope) -> list[NoticeInfo]:
    jobs = {job.id: job for job in session.scalars(
        select(JobPosting).where(JobPosting.id.in_({r.job_id for r in rows if r.job_id is not None})))}
    requests: dict[int | None, int] = {notice_id: request_id for notice_id, request_id in session.execute(
        select(DirectRequest.notice_id, DirectRequest.id).where(DirectRequest.notice_id.in_([r.id for r in rows])))}
    result = []
    for row in rows:
        job = jobs.get(row.job_id) if row.job_id is not None else None
        result.append(NoticeInfo(
            row.id, row.kind, row.title, row.body, row.sender_name, row.created_at, row.read_at is not None,
            job.id if job else None, job.job_number if job else None,
            f"{job.occupation}（{job.company_name}）" if job else None,
            posting_closed(job, scope.today) if job else False, requests.get(row.id),
        ))
    return result


def notices(ctx: ServiceContext, token: str, limit: int = 100, before_id: int | None = None) -> NoticePage:
    """Newest first, a page at a time (``before_id``: the last id of the previous page)."""
    size = max(1, min(limit, PAGE_MAX))

    def work(session: Session, scope: SeekerScope) -> NoticePage:
        query = select(SeekerNotice).where(SeekerNotice.seeker_id == scope.seeker_id)
        if before_id is not None:
            query = query.where(SeekerNotice.id < before_id)
        rows = list(session.scalars(query.order_by(SeekerNotice.id.desc()).limit(size + 1)))
        return NoticePage(tuple(_infos(session, rows[:size], scope)), len(rows) > size)

    return seeker_call(ctx, token, work)


def notice(ctx: ServiceContext, token: str, notice_id: int) -> NoticeInfo:
    def work(session: Session, scope: SeekerScope) -> NoticeInfo:
        return _infos(session, [_own(session, scope, notice_id)], scope)[0]

    return seeker_call(ctx, token, work)


def _own(session: Session, scope: SeekerScope, notice_id: int) -> SeekerNotice:
    row = session.get(SeekerNotice, notice_id)
    if row is None:
        raise ValidationFailed([NOT_FOUND])
    if row.seeker_id != scope.seeker_id:
        raise ForeignAccess(scope.seeker_id, "notice", notice_id, NOT_FOUND)
    return row


def mark_notice_read(ctx: ServiceContext, token: str, notice_id: int) -> None:
    def work(session: Session, scope: SeekerScope) -> None:
        row = _own(session, scope, notice_id)
        if row.read_at is None:
            session.execute(update(SeekerNotice).where(SeekerNotice.id == row.id, SeekerNotice.read_at.is_(None))
                            .values(read_at=scope.now))

    seeker_call(ctx, token, work)


def unread_notice_count(session: Session, seeker_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(SeekerNotice).where(
        SeekerNotice.seeker_id == seeker_id, SeekerNotice.read_at.is_(None))) or 0)


def counts(session: Session, scope: SeekerScope) -> UnreadCounts:
    return UnreadCounts(unread_message_count(session, scope.seeker_id), unread_notice_count(session, scope.seeker_id))


def unread_counts(ctx: ServiceContext, token: str) -> UnreadCounts:
    """(messages from employers, notices) not yet read: for the navigation badges."""
    return seeker_call(ctx, token, counts)
