"""オンライン自主応募 with a 志望動機 and 応募書類 (docs/product-rules.md §application-documents):
the application, its 志望動機 and the documents the seeker attached, in one transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.activity_models import JobApplication
from mypage_desktop.db.document_models import ApplicationDocument
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.activity_dto import ApplicationSummary
from mypage_desktop.domain.applications import Actor, ApplicationSource
from mypage_desktop.domain.documents import motivation_errors
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import SeekerScope, account_id_of, seeker_call
from mypage_desktop.services.activity.applications import create_application, online_refusal, summaries
from mypage_desktop.services.activity.common import extend_for_activity, take_snapshot
from mypage_desktop.services.activity.documents import own_document
from mypage_desktop.services.context import ServiceContext

TOO_MANY = FieldError("documents", "application.documents_too_many")


def apply_online(ctx: ServiceContext, token: str, job_id: int, motivation: str,
                 document_ids: Sequence[int] = ()) -> ApplicationSummary:
    """オンライン自主応募 (after the UI's confirmation): only for postings that accept it, while
    有効, once per posting, with a 志望動機 and at most one 履歴書 and one 職務経歴書 of the
    seeker's own. In the registration's last month it extends the validity."""
    def work(session: Session, scope: SeekerScope) -> ApplicationSummary:
        app = apply_in_scope(ctx, session, scope, job_id, motivation, document_ids)
        return summaries(session, [app], scope.now)[0]

    return seeker_call(ctx, token, work, need_active=True)


def apply_in_scope(ctx: ServiceContext, session: Session, scope: SeekerScope, job_id: int, motivation: str,
                   document_ids: Sequence[int] = ()) -> JobApplication:
    """The application of :func:`apply_online` inside a seeker call that already checked the
    registration is 有効 (also 「応募する」 on a 直接リクエスト)."""
    clean_motivation, errors = motivation_errors(motivation)
    if errors:
        raise ValidationFailed(errors)
    wanted = list(dict.fromkeys(document_ids))
    if len(wanted) > 2:
        raise ValidationFailed([TOO_MANY])
    job = session.get(JobPosting, job_id)
    if job is None:
        raise ValidationFailed([FieldError("job", "job.not_found")])
    refusal = online_refusal(job, scope)
    if refusal is not None:
        raise ValidationFailed([FieldError("job", refusal)])
    documents = [own_document(session, scope, document_id) for document_id in wanted]
    if len({d.kind for d in documents}) != len(documents):
        raise ValidationFailed([TOO_MANY])
    snapshot = take_snapshot(session, job, scope.now)
    app = create_application(session, ctx.settings.office_code, seeker_id=scope.seeker_id, job_id=job.id,
                             snapshot_id=snapshot.id, source=ApplicationSource.ONLINE, referral_id=None,
                             now=scope.now, today=scope.today, actor=Actor.SEEKER)
    app.motivation = clean_motivation
    for document in documents:
        session.add(ApplicationDocument(application_id=app.id, document_id=document.id, kind=document.kind))
    extend_for_activity(session, session.get_one(JobSeeker, scope.seeker_id), scope.today)
    audit.record(session, at=scope.now, action="application_online", result="ok", terminal=ctx.terminal,
                 actor_type="seeker", actor_id=account_id_of(session, scope.seeker_id),
                 target_type="application", target_id=app.id)
    return app


__all__ = ["apply_in_scope", "apply_online"]
