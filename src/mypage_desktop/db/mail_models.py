"""The mail outbox (transactional: written in the same transaction as what it announces)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mypage_desktop.db.base import Base
from mypage_desktop.db.types import UTCDateTime


class MailOutbox(Base):
    """Transactional outbox: written in the same transaction as what it announces."""

    __tablename__ = "mail_outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(100))
    subject: Mapped[str] = mapped_column(String(200))
    # Emptied once delivered: the body may carry a 認証キー (docs/security.md K2).
    body: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (Index("ix_mail_outbox_pending", "sent_at", "next_attempt_at"),)
