"""応募書類 uploads (docs/product-rules.md §application-documents, docs/office-server.md
§document-upload): a PDF of up to 5 MB arrives in chunks of at most 128 KiB, so that every call
stays under the server's one body limit; the finished file is checked by content
(domain/documents.py) and stored once by its SHA-256. Every upload and document is the
session's seeker's own: another seeker's key or id answers like a missing one and is audited
(docs/security.md A2)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from mypage_desktop.db.document_models import (
    ApplicationDocument,
    DocumentContent,
    DocumentUpload,
    DocumentUploadChunk,
    SeekerDocument,
)
from mypage_desktop.domain.activity_dto import DocumentInfo
from mypage_desktop.domain.documents import (
    CHUNK_BYTES,
    MAX_DOCUMENT_BYTES,
    TOO_LARGE,
    DocumentKind,
    clean_file_name,
    content_hash,
    document_errors,
    kind_error,
)
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.ids import letters_id
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import (
    ForeignAccess,
    SeekerScope,
    account_id_of,
    seeker_call,
)
from mypage_desktop.services.context import ServiceContext

UPLOAD_NOT_FOUND = FieldError("document", "document.upload_broken")
DOCUMENT_NOT_FOUND = FieldError("document", "document.not_found")
ABANDONED_AFTER = timedelta(hours=1)  # an upload not finished within an hour was given up
MAX_OPEN_UPLOADS = 4  # per seeker: two documents, each retried once
KEEP_UNSENT = 6  # per seeker, documents not sent with any application; older ones are deleted


def _info(row: SeekerDocument) -> DocumentInfo:
    return DocumentInfo(row.id, row.kind, row.file_name, row.size)


def _forget_abandoned(session: Session, scope: SeekerScope) -> None:
    old = select(DocumentUpload.id).where(DocumentUpload.created_at < scope.now - ABANDONED_AFTER)
    session.execute(delete(DocumentUploadChunk).where(DocumentUploadChunk.upload_id.in_(old)))
    session.execute(delete(DocumentUpload).where(DocumentUpload.created_at < scope.now - ABANDONED_AFTER))


def _own_upload(session: Session, scope: SeekerScope, upload_key: str) -> DocumentUpload:
    upload = session.scalar(select(DocumentUpload).where(DocumentUpload.upload_key == upload_key[:32]))
    if upload is None:
        raise ValidationFailed([UPLOAD_NOT_FOUND])
    if upload.seeker_id != scope.seeker_id:
        raise ForeignAccess(scope.seeker_id, "document_upload", upload.id, UPLOAD_NOT_FOUND)
    return upload


def _check_announced(kind: str, size: int) -> None:
    unknown = kind_error(kind)
    if unknown is not None:
        raise ValidationFailed([unknown])
    if size <= 0:
        raise ValidationFailed([FieldError("document", "document.empty", {"kind": kind})])
    if size > MAX_DOCUMENT_BYTES:
        raise ValidationFailed([FieldError("document", TOO_LARGE,
                                           {"kind": kind, "max_mb": MAX_DOCUMENT_BYTES // (1024 * 1024)})])


def begin_upload(ctx: ServiceContext, token: str, kind: str, file_name: str, size: int) -> str:
    """A new upload of ``size`` bytes; the key for its chunks. Too big is refused here, before
    any byte travels."""
    def work(session: Session, scope: SeekerScope) -> str:
        _check_announced(kind, size)  # after the session check: a dead token is SessionInvalid first
        _forget_abandoned(session, scope)
        stale = list(session.scalars(select(DocumentUpload).where(DocumentUpload.seeker_id == scope.seeker_id)
                                     .order_by(DocumentUpload.id.desc()).offset(MAX_OPEN_UPLOADS - 1)))
        for upload in stale:  # the oldest give way to the new one
            session.execute(delete(DocumentUploadChunk).where(DocumentUploadChunk.upload_id == upload.id))
            session.delete(upload)
        key = letters_id(24)
        session.add(DocumentUpload(upload_key=key, seeker_id=scope.seeker_id, kind=kind,
                                   file_name=clean_file_name(file_name, kind), size=size, received=0,
                                   created_at=scope.now))
        return key

    return seeker_call(ctx, token, work, need_active=True)


def upload_chunk(ctx: ServiceContext, token: str, upload_key: str, offset: int, data: bytes) -> int:
    """The next chunk (in order: ``offset`` is the bytes received so far); answers the new total.
    A chunk out of order, too long, or past the announced size breaks the upload."""

    def work(session: Session, scope: SeekerScope) -> int:
        upload = _own_upload(session, scope, upload_key)
        if offset != upload.received or not data or len(data) > CHUNK_BYTES or \
                upload.received + len(data) > upload.size:
            raise ValidationFailed([UPLOAD_NOT_FOUND])
        session.add(DocumentUploadChunk(upload_id=upload.id, offset=offset, data=data))
        upload.received += len(data)
        return upload.received

    return seeker_call(ctx, token, work)


def finish_upload(ctx: ServiceContext, token: str, upload_key: str) -> DocumentInfo:
    """The whole file checked as a PDF (docs/security.md I5), stored once by its hash; the same
    file of the same kind uploaded again by the same seeker is the same document."""

    def work(session: Session, scope: SeekerScope) -> DocumentInfo:
        upload = _own_upload(session, scope, upload_key)
        chunks = session.scalars(select(DocumentUploadChunk.data).where(DocumentUploadChunk.upload_id == upload.id)
                                 .order_by(DocumentUploadChunk.offset))
        data = b"".join(chunks)
        if len(data) != upload.size:
            raise ValidationFailed([UPLOAD_NOT_FOUND])
        errors = document_errors(upload.kind, data)
        if errors:  # the upload stays until given up (ABANDONED_AFTER) or pushed out by the next
            raise ValidationFailed(errors)
        kind, name = DocumentKind(upload.kind), upload.file_name
        session.execute(delete(DocumentUploadChunk).where(DocumentUploadChunk.upload_id == upload.id))
        session.delete(upload)
        return _info(store_document(session, scope, kind, name, data, ctx.terminal))

    return seeker_call(ctx, token, work, need_active=True)


def store_document(session: Session, scope: SeekerScope, kind: DocumentKind, file_name: str,
                   data: bytes, terminal: str) -> SeekerDocument:
    digest = content_hash(data)
    if session.get(DocumentContent, digest) is None:
        session.add(DocumentContent(sha256=digest, size=len(data), data=data, created_at=scope.now))
        session.flush()
    same = session.scalar(select(SeekerDocument).where(SeekerDocument.seeker_id == scope.seeker_id,
                                                       SeekerDocument.sha256 == digest,
                                                       SeekerDocument.kind == kind.value))
    if same is not None:
        same.file_name = file_name
        return same
    row = SeekerDocument(seeker_id=scope.seeker_id, kind=kind.value, file_name=file_name, sha256=digest,
                         size=len(data), created_at=scope.now)
    session.add(row)
    session.flush()
    _prune_unsent(session, scope.seeker_id)
    audit.record(session, at=scope.now, action="document_stored", result="ok", terminal=terminal,
                 actor_type="seeker", actor_id=account_id_of(session, scope.seeker_id),
                 target_type="seeker_document", target_id=row.id)
    return row


def _prune_unsent(session: Session, seeker_id: int) -> None:
    """Uploading again and again must not fill the database: a seeker keeps at most
    :data:`KEEP_UNSENT` documents that no application uses; a content no row uses goes too."""
    sent = select(ApplicationDocument.document_id)
    unsent = list(session.scalars(select(SeekerDocument).where(SeekerDocument.seeker_id == seeker_id,
                                                               SeekerDocument.id.not_in(sent))
                                  .order_by(SeekerDocument.id.desc()).offset(KEEP_UNSENT)))
    for document in unsent:
        digest = document.sha256
        session.delete(document)
        session.flush()
        if session.scalar(select(SeekerDocument.id).where(SeekerDocument.sha256 == digest).limit(1)) is None:
            session.execute(delete(DocumentContent).where(DocumentContent.sha256 == digest))


def own_document(session: Session, scope: SeekerScope, document_id: int) -> SeekerDocument:
    row = session.get(SeekerDocument, document_id)
    if row is None:
        raise ValidationFailed([DOCUMENT_NOT_FOUND])
    if row.seeker_id != scope.seeker_id:
        raise ForeignAccess(scope.seeker_id, "seeker_document", document_id, DOCUMENT_NOT_FOUND)
    return row


def document_bytes(session: Session, document: SeekerDocument) -> bytes:
    return session.get_one(DocumentContent, document.sha256).data


def stored_contents(session: Session) -> int:
    """How many distinct PDFs are stored (tests: deduplication)."""
    return int(session.scalar(select(func.count()).select_from(DocumentContent)) or 0)


__all__ = ["begin_upload", "document_bytes", "finish_upload", "own_document", "store_document",
           "stored_contents", "upload_chunk"]
