"""求職公開 and 直接リクエスト (issue 12, migration 0122): one anonymised profile per seeker that
employers may see under a random 求職公開番号, and the employers' direct requests to it
(docs/product-rules.md §publication)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mypage_desktop.db.base import Base
from mypage_desktop.db.types import UTCDateTime


class SeekerPublication(Base):
    """The fields the seeker chose to show. Never a name, contact or birthdate: the age band
    is computed from the birthdate when the profile is read."""

    __tablename__ = "seeker_publication"
    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"), unique=True)
    public_number: Mapped[str] = mapped_column(String(12), unique=True)  # 求職公開番号 (random)
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    wish_occupation: Mapped[str] = mapped_column(String(100), default="")
    wish_location: Mapped[str] = mapped_column(String(100), default="")
    experience: Mapped[str] = mapped_column(Text, default="")
    qualifications: Mapped[str] = mapped_column(String(300), default="")
    self_pr: Mapped[str] = mapped_column(Text, default="")


class DirectRequest(Base):
    """直接リクエスト: an employer asks a published seeker to apply to one posting."""

    __tablename__ = "direct_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("job_posting.id", ondelete="RESTRICT"))
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"), index=True)
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("seeker_notice.id", ondelete="SET NULL"))
    source_event_id: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answer: Mapped[str | None] = mapped_column(String(10))  # 応募 / 辞退
    application_id: Mapped[int | None] = mapped_column(ForeignKey("job_application.id", ondelete="SET NULL"))

    __table_args__ = (
        UniqueConstraint("job_id", "seeker_id"),  # once per seeker and posting, even at once
        Index("ix_direct_request_notice", "notice_id"),
    )
