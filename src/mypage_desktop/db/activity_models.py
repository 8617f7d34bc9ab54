"""Job-seeking activity (issue 5, migration 0003a): referrals (紹介) with the posting as it was,
applications (応募) with their status history, messages per application, notices
(お知らせ・おすすめ求人) and the employer events already imported (idempotency)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mypage_desktop.db.base import Base
from mypage_desktop.db.types import UTCDateTime


class PostingSnapshot(Base):
    """A 求人 frozen when referred or applied to: later changes to the posting don't rewrite it."""

    __tablename__ = "posting_snapshot"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("job_posting.id", ondelete="RESTRICT"), index=True)
    job_number: Mapped[str] = mapped_column(String(14))
    company_name: Mapped[str] = mapped_column(String(100))
    occupation: Mapped[str] = mapped_column(String(100))
    work_location: Mapped[str] = mapped_column(String(50))
    content_json: Mapped[str] = mapped_column(Text)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Referral(Base):
    """紹介: a seeker, a posting and the issuing office; what the 紹介状 prints."""

    __tablename__ = "referral"
    id: Mapped[int] = mapped_column(primary_key=True)
    referral_number: Mapped[str] = mapped_column(String(20), unique=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="RESTRICT"))
    job_id: Mapped[int] = mapped_column(ForeignKey("job_posting.id", ondelete="RESTRICT"), index=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("posting_snapshot.id", ondelete="RESTRICT"))
    office_code: Mapped[str] = mapped_column(String(5))
    office_name: Mapped[str] = mapped_column(String(60))
    office_phone: Mapped[str] = mapped_column(String(20), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_account.id", ondelete="SET NULL"))
    staff_name: Mapped[str] = mapped_column(String(30), default="")
    # The seeker's name as printed on the letter that day.
    seeker_name: Mapped[str] = mapped_column(String(30))
    seeker_kana: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(String(200), default="")
    referred_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_referral_seeker", "seeker_id", "referred_on"),)


class JobApplication(Base):
    """応募: from a referral or an online self-application; one per seeker and posting."""

    __tablename__ = "job_application"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_number: Mapped[str] = mapped_column(String(20), unique=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="RESTRICT"))
    job_id: Mapped[int] = mapped_column(ForeignKey("job_posting.id", ondelete="RESTRICT"), index=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral.id", ondelete="RESTRICT"), unique=True)
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("posting_snapshot.id", ondelete="RESTRICT"))
    source: Mapped[str] = mapped_column(String(12))
    status: Mapped[str] = mapped_column(String(10))
    applied_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    motivation: Mapped[str] = mapped_column(Text, default="")  # 志望動機 (online, migration 0113)

    __table_args__ = (
        UniqueConstraint("seeker_id", "job_id"),  # applying twice is refused, even at once (D4)
        Index("ix_job_application_seeker", "seeker_id", "applied_on"),
    )


class ApplicationEvent(Base):
    """One entry of an application's status history."""

    __tablename__ = "application_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("job_application.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_type: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(String(500), default="")
    interview_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    interview_place: Mapped[str] = mapped_column(String(200), default="")
    source_event_id: Mapped[str | None] = mapped_column(String(64))


class ApplicationMessage(Base):
    """A message in the thread of one application (only where the employer has a 求人者マイページ)."""

    __tablename__ = "application_message"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("job_application.id", ondelete="CASCADE"))
    from_employer: Mapped[bool] = mapped_column()
    body: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source_event_id: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_application_message_thread", "application_id", "sent_at"),)


class SeekerNotice(Base):
    """お知らせ / おすすめ求人 from HelloWork to one seeker (read-only for the seeker)."""

    __tablename__ = "seeker_notice"
    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)
    job_id: Mapped[int | None] = mapped_column(ForeignKey("job_posting.id", ondelete="SET NULL"))
    sender_name: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_seeker_notice_seeker", "seeker_id", "id"),)


class EmployerEventRecord(Base):
    """An employer event already applied: importing it again changes nothing."""

    __tablename__ = "employer_event"
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    application_id: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
