"""The online 求職仮登録 (migration 0112; docs/product-rules.md §preregistration).

One row per form: a 一時保存 draft, then an オンライン登録者's 仮登録, then 本登録済 with the
seeker it became. The form itself is stored as JSON (``form_json``) because it is read and
written as a whole; the columns staff search by (番号, フリガナ, 生年月日) are copied out of it.
Secrets exist only as hashes: the draft token (SHA-256, like session tokens) and the resume
key (argon2id, like every 認証キー, docs/security.md K2). Rows that expire unfinished are
deleted by :func:`mypage_desktop.services.preregistration.seeker.purge_expired`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mypage_desktop.db.base import Base
from mypage_desktop.db.types import UTCDateTime


class Preregistration(Base):
    __tablename__ = "preregistration"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(11), unique=True)  # 仮登録番号, set at submission
    status: Mapped[str] = mapped_column(String(10), index=True)
    email: Mapped[str] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(30), default="")
    name_kana: Mapped[str] = mapped_column(String(30), default="")
    birthdate: Mapped[date | None] = mapped_column(Date)
    form_json: Mapped[str] = mapped_column(Text)
    draft_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    resume_key_hash: Mapped[str | None] = mapped_column(String(200))
    resume_key_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resume_key_tries: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    seeker_id: Mapped[int | None] = mapped_column(ForeignKey("job_seeker.id", ondelete="SET NULL"))
