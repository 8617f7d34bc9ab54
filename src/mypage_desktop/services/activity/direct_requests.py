"""直接リクエスト (docs/product-rules.md §publication): an employer's request, through an
employer event, that a seeker with a published profile apply to one posting. It arrives as an
お知らせ linking the posting; the seeker answers 「応募する」 (an オンライン自主応募) or 「辞退する」."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.activity_models import JobApplication, SeekerNotice
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.publication_models import DirectRequest, SeekerPublication
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.publication import ANSWER_APPLY, ANSWERS, PUBLIC_NUMBER, REQUESTS_PER_POSTING
from mypage_desktop.domain.publication_dto import DirectRequestInfo
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.domain.timefmt import today_jst
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import SeekerScope, account_id_of, owned, seeker_call
from mypage_desktop.services.activity.common import posting_closed
from mypage_desktop.services.activity.notices import KIND_NOTICE
from mypage_desktop.services.activity.online_application import apply_in_scope
from mypage_desktop.services.context import ServiceContext

NOT_FOUND = FieldError("direct_request", "direct_request.not_found")
NOTICE_TITLE = "直接リクエストが届きました"


def _info(session: Session, row: DirectRequest, today: date) -> DirectRequestInfo:
    job = session.get_one(JobPosting, row.job_id)
    app = session.get(JobApplication, row.application_id) if row.application_id is not None else None
    return DirectRequestInfo(row.id, job.id, job.job_number, f"{job.occupation}（{job.company_name}）",
                             posting_closed(job, today), row.received_at, row.answer, row.answered_at,
                             app.id if app else None, app.application_number if app else None, row.notice_id)


def direct_requests(ctx: ServiceContext, token: str) -> list[DirectRequestInfo]:
    """The seeker's requests, newest first."""
    def work(session: Session, scope: SeekerScope) -> list[DirectRequestInfo]:
        rows = session.scalars(select(DirectRequest).where(DirectRequest.seeker_id == scope.seeker_id)
                               .order_by(DirectRequest.id.desc()))
        return [_info(session, row, scope.today) for row in rows]

    return seeker_call(ctx, token, work)


def _own(session: Session, scope: SeekerScope, request_id: int) -> DirectRequest:
    row = session.get(DirectRequest, request_id)
    return owned(row, row.seeker_id if row else None, scope, "direct_request", request_id, NOT_FOUND)


def direct_request(ctx: ServiceContext, token: str, request_id: int) -> DirectRequestInfo:
    def work(session: Session, scope: SeekerScope) -> DirectRequestInfo:
        return _info(session, _own(session, scope, request_id), scope.today)

    return seeker_call(ctx, token, work)


def answer_direct_request(ctx: ServiceContext, token: str, request_id: int, answer: str, motivation: str = "",
                          document_ids: Sequence[int] = ()) -> DirectRequestInfo:
    """``応募``: an オンライン自主応募 with the 志望動機 (and 応募書類), by its rules (有効, open
    posting, once per posting); ``辞退``: the refusal is recorded. Answered once."""
    def work(session: Session, scope: SeekerScope) -> DirectRequestInfo:
        if answer not in ANSWERS:  # checked inside the call: a dead token is refused first
            raise ValidationFailed([FieldError("answer", "direct_request.answer")])
        row = _own(session, scope, request_id)
        if row.answer is not None:
            raise ValidationFailed([FieldError("direct_request", "direct_request.answered")])
        if answer == ANSWER_APPLY:
            row.application_id = apply_in_scope(ctx, session, scope, row.job_id, motivation, document_ids).id
        row.answer, row.answered_at = answer, scope.now
        action = "direct_request_declined"
        if answer == ANSWER_APPLY:
            action = "direct_request_applied"
        audit.record(session, at=scope.now, action=action, result="ok", terminal=ctx.terminal, actor_type="seeker",
                     actor_id=account_id_of(session, scope.seeker_id), target_type="direct_request",
                     target_id=row.id)
        return _info(session, row, scope.today)

    return seeker_call(ctx, token, work, need_active=answer == ANSWER_APPLY)


def request_for_notice(session: Session, notice_id: int) -> int | None:
    return session.scalar(select(DirectRequest.id).where(DirectRequest.notice_id == notice_id))


# -- from employer events ----------------------------------------------------------------
def receive_direct_request(session: Session, *, job_number: str, public_number: str, body: str, event_id: str,
                           now: datetime, at: datetime | None, sender: str) -> DirectRequest:
    """Inside the import's transaction: refuses (ValidationFailed, one reason) a posting that is
    unknown, closed or not open to オンライン自主応募, a profile that is not published (withdrawn,
    or the registration 無効), a second request for the same posting and seeker, and an 11th
    request for one posting; otherwise records the request and its お知らせ."""
    number = job_number.strip()
    job = session.scalar(select(JobPosting).where(JobPosting.job_number == number).with_for_update())
    if job is None:
        raise ValidationFailed([FieldError("posting", "event.posting_not_found", {"number": number[:20]})])
    today = today_jst(now)
    if posting_closed(job, today) or not job.online_application:
        raise ValidationFailed([FieldError("posting", "event.posting_closed", {"number": number[:20]})])
    if not PUBLIC_NUMBER.fullmatch(public_number):
        raise ValidationFailed([FieldError("seeker", "event.seeker")])
    publication = session.scalar(select(SeekerPublication).where(SeekerPublication.public_number == public_number))
    seeker = session.get(JobSeeker, publication.seeker_id) if publication else None
    if (publication is None or seeker is None or not publication.published
            or seeker.status != SeekerStatus.ACTIVE.value or seeker.valid_until < today):
        raise ValidationFailed([FieldError("seeker", "event.not_published", {"number": public_number})])
    if session.scalar(select(DirectRequest.id).where(DirectRequest.job_id == job.id,
                                                     DirectRequest.seeker_id == seeker.id)) is not None:
        raise ValidationFailed([FieldError("seeker", "event.request_duplicate")])
    sent = int(session.scalar(select(func.count()).select_from(DirectRequest)
                              .where(DirectRequest.job_id == job.id)) or 0)
    if sent >= REQUESTS_PER_POSTING:
        raise ValidationFailed([FieldError("posting", "event.request_limit", {"max": REQUESTS_PER_POSTING})])
    text = (f"{job.company_name}から、公開中の求職情報をご覧になった上で、求人「{job.occupation}」"
            f"（求人番号 {job.job_number}）への応募のリクエストが届きました。\n"
            "求人票をご確認のうえ、「応募する」か「辞退する」でお答えください。")
    if body.strip():
        text += f"\n\n事業所からのメッセージ:\n{body.strip()}"
    notice = SeekerNotice(seeker_id=seeker.id, kind=KIND_NOTICE, title=NOTICE_TITLE, body=text, job_id=job.id,
                          sender_name=job.company_name[:60] or sender, created_at=now)
    session.add(notice)
    session.flush()
    row = DirectRequest(job_id=job.id, seeker_id=seeker.id, notice_id=notice.id, source_event_id=event_id,
                        received_at=at or now)
    session.add(row)
    session.flush()
    return row
