"""求人 and what a seeker keeps of them. The free-word index lives beside these tables
(db/search_index.py): an FTS5 table ``fts_job`` on SQLite (migration 0002), a table
``fts_job_segment`` of tsvectors on PostgreSQL (migration 0100)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from mypage_desktop.db.base import Base
from mypage_desktop.db.types import UTCDateTime


class JobPosting(Base):
    __tablename__ = "job_posting"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_number: Mapped[str] = mapped_column(String(14), unique=True)
    company_name: Mapped[str] = mapped_column(String(100))
    # 事業所番号 NNNN-NNNNNN-N (domain/jobs.py normalize_employer_number); migration 0124.
    employer_number: Mapped[str] = mapped_column(String(13), default="", server_default="")
    occupation: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20))
    employment_type: Mapped[str] = mapped_column(String(20))
    occupation_group: Mapped[str] = mapped_column(String(40))
    prefecture: Mapped[str] = mapped_column(String(4))
    municipality: Mapped[str] = mapped_column(String(40))
    wage_unit: Mapped[str] = mapped_column(String(4))
    wage_min: Mapped[int] = mapped_column(Integer)
    wage_max: Mapped[int] = mapped_column(Integer)
    wage_monthly: Mapped[int] = mapped_column(Integer)
    working_hours: Mapped[str] = mapped_column(String(200), default="")
    holidays: Mapped[str] = mapped_column(String(200), default="")
    age_requirement: Mapped[str] = mapped_column(String(100), default="")
    received_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date] = mapped_column(Date)
    online_application: Mapped[bool] = mapped_column(Boolean, default=False)
    employer_has_mypage: Mapped[bool] = mapped_column(Boolean, default=False)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        # Partial indexes over open postings serve the sorted first page without a sort step.
        Index("ix_job_open_newest", "received_on", "id", sqlite_where=text("closed = 0"),
              postgresql_where=text("NOT closed")),
        Index("ix_job_open_wage", "wage_monthly", "id", sqlite_where=text("closed = 0"),
              postgresql_where=text("NOT closed")),
        Index("ix_job_open_prefecture", "prefecture", "received_on", "id", sqlite_where=text("closed = 0"),
              postgresql_where=text("NOT closed")),
        # 「この事業所の求人」: one employer's open postings, newest first without a sort step
        # (by wage, its few postings are sorted; docs/search.md).
        Index("ix_job_open_employer", "employer_number", "received_on", "id", sqlite_where=text("closed = 0"),
              postgresql_where=text("NOT closed")),
        Index("ix_job_first_seen", "first_seen_at"),
    )


class SavedSearch(Base):
    __tablename__ = "saved_search"
    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    conditions_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_run_at: Mapped[datetime] = mapped_column(UTCDateTime)


class KeptJob(Base):
    __tablename__ = "kept_job"
    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="CASCADE"))
    job_id: Mapped[int] = mapped_column(ForeignKey("job_posting.id", ondelete="CASCADE"))
    kept_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("seeker_id", "job_id"), Index("ix_kept_job_seeker", "seeker_id", "kept_at"))
