"""The staff side (issue 6, migrations 0001 and 0003s): 職員 accounts, their sessions and sign-in
throttle, and the ID checks the counter records."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from mypage_desktop.db.base import Base
from mypage_desktop.db.types import UTCDateTime


class StaffSession(Base):
    """A staff console session, separate from seeker sessions (a token of one kind is never
    found in the other's table). ``reauth_at``: the last time the staff member entered their
    password again (docs/security.md A3)."""

    __tablename__ = "staff_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_account.id", ondelete="CASCADE"), index=True)
    terminal: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime)
    idle_seconds: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reauth_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoke_reason: Mapped[str | None] = mapped_column(String(20))


class StaffLoginThrottle(Base):
    """Failure counters for staff sign-in, keyed by a digest of the typed 職員ID (known or
    not, docs/security.md L1, E2); separate from the seekers' so neither can lock the other. The
    streak and the block at the cap work as in ``LoginThrottle`` (migration 0100)."""

    __tablename__ = "staff_login_throttle"
    login_digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class IdCheck(Base):
    """Which ID document a staff member saw before a sensitive action (docs/security.md A3). The
    document type only: never its number or a copy."""

    __tablename__ = "staff_id_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_account.id", ondelete="RESTRICT"))
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="RESTRICT"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    document_type: Mapped[str] = mapped_column(String(20))

    __table_args__ = (Index("ix_staff_id_check_staff_at", "staff_id", "at"),)


class StaffAccount(Base):
    """職員 accounts, separate from seekers; roles 職員 / 管理者."""

    __tablename__ = "staff_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    login_id: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(30))
    role: Mapped[str] = mapped_column(String(4))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
