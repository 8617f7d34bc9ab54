"""What the counter sees of an application (docs/product-rules.md §application-documents): the
posting, the seeker, the 志望動機 and the 応募書類, found by 応募番号 or 紹介番号 like
``record_application_status``. Staff only; every view and every document opened is audited
with the staff id (docs/security.md A4)."""

from __future__ import annotations

from sqlalchemy import select

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.activity_models import PostingSnapshot
from mypage_desktop.db.document_models import ApplicationDocument, SeekerDocument
from mypage_desktop.domain.activity_dto import DocumentInfo, StaffApplicationView
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.services import audit
from mypage_desktop.services.activity.applications import find_application
from mypage_desktop.services.activity.documents import document_bytes
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.sign_in import require_staff

NOT_FOUND = FieldError("application_number", "application.not_found")
DOCUMENT_NOT_FOUND = FieldError("document", "document.not_found")


def application_for_staff(ctx: ServiceContext, token: str, application_number: str) -> StaffApplicationView:
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        app = find_application(session, application_number)
        if app is None:
            raise ValidationFailed([NOT_FOUND])
        seeker = session.get_one(JobSeeker, app.seeker_id)
        snapshot = session.get_one(PostingSnapshot, app.snapshot_id)
        documents = tuple(sorted((DocumentInfo(d.id, d.kind, d.file_name, d.size) for d in session.scalars(
            select(SeekerDocument).join(ApplicationDocument, ApplicationDocument.document_id == SeekerDocument.id)
            .where(ApplicationDocument.application_id == app.id))), key=lambda d: d.kind != "履歴書"))
        audit.record(session, at=now, action="application_viewed", result="ok", terminal=ctx.terminal,
                     actor_type="staff", actor_id=actor.staff_id, target_type="application", target_id=app.id)
        return StaffApplicationView(app.application_number, app.source, app.status, app.applied_on,
                                    snapshot.job_number, snapshot.company_name, snapshot.occupation,
                                    seeker.seeker_number, seeker.name, app.motivation, documents)


def application_document_for_staff(ctx: ServiceContext, token: str, application_number: str,
                                   document_id: int) -> bytes:
    """The PDF of a document sent with this application (and only with it)."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        app = find_application(session, application_number)
        if app is None:
            raise ValidationFailed([NOT_FOUND])
        document = session.scalar(
            select(SeekerDocument).join(ApplicationDocument, ApplicationDocument.document_id == SeekerDocument.id)
            .where(ApplicationDocument.application_id == app.id, SeekerDocument.id == document_id))
        if document is None:
            raise ValidationFailed([DOCUMENT_NOT_FOUND])
        audit.record(session, at=now, action="document_viewed", result="ok", terminal=ctx.terminal,
                     actor_type="staff", actor_id=actor.staff_id, target_type="seeker_document",
                     target_id=document.id)
        return document_bytes(session, document)


__all__ = ["application_document_for_staff", "application_for_staff"]
