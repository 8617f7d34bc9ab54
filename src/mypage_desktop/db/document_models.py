"""応募書類 (migration 0113): PDF contents stored once by their SHA-256, the seeker's own
documents pointing at them, the documents sent with an application, and uploads in progress
(a 5 MB PDF travels in chunks: docs/office-server.md §document-upload)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mypage_desktop.db.base import Base
from mypage_desktop.db.types import UTCDateTime


class DocumentContent(Base):
    """The bytes of one PDF, once however many seekers or applications use them."""

    __tablename__ = "document_content"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SeekerDocument(Base):
    """A 履歴書 or 職務経歴書 of one seeker: the id the seeker's calls use (scoped, A2)."""

    __tablename__ = "seeker_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    file_name: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(ForeignKey("document_content.sha256", ondelete="RESTRICT"))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_seeker_document_seeker", "seeker_id", "sha256"),)


class ApplicationDocument(Base):
    """A document sent with an application (at most one of each kind)."""

    __tablename__ = "application_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("job_application.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("seeker_document.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(10))

    __table_args__ = (UniqueConstraint("application_id", "kind"),)


class DocumentUpload(Base):
    """An upload in progress: chunks arrive in order; finished or abandoned ones are deleted."""

    __tablename__ = "document_upload"
    id: Mapped[int] = mapped_column(primary_key=True)
    upload_key: Mapped[str] = mapped_column(String(32), unique=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    file_name: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DocumentUploadChunk(Base):
    __tablename__ = "document_upload_chunk"
    upload_id: Mapped[int] = mapped_column(ForeignKey("document_upload.id", ondelete="CASCADE"),
                                           primary_key=True)
    offset: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
