"""Tables. Every change goes through an Alembic migration (``mypage-admin db upgrade``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from mypage_desktop.db.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class JobSeeker(Base):
    """求職登録 made at the counter."""

    __tablename__ = "job_seeker"
    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_number: Mapped[str] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(30))
    name_kana: Mapped[str] = mapped_column(String(30))
    birthdate: Mapped[date] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(120), default="")
    applied_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(4))
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Migration 0003a: wishes registered at the counter, and why a 無効 registration is 無効.
    wish_occupation: Mapped[str] = mapped_column(String(100), default="", server_default="")
    wish_location: Mapped[str] = mapped_column(String(100), default="", server_default="")
    wish_wage: Mapped[str] = mapped_column(String(40), default="", server_default="")
    inactive_reason: Mapped[str | None] = mapped_column(String(10))


class LoginAccount(Base):
    """The seeker's My Page login; ``password_hash`` stays NULL until the wizard opens it."""

    __tablename__ = "login_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="RESTRICT"), unique=True)
    # Stored lower-cased by the service, so the unique index is case-insensitive.
    email: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RegistrationRequest(Base):
    """パスワード登録申込: the 認証キー exists here only as an argon2id hash (docs/security.md K2)."""

    __tablename__ = "registration_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("login_account.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(10), default="open")
    key_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    wrong_tries: Mapped[int] = mapped_column(Integer, default=0)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ConsentRecord(Base):
    """Which versions of the privacy policy and terms were agreed to, and when (UTC)."""

    __tablename__ = "consent_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="RESTRICT"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("registration_request.id", ondelete="SET NULL"))
    privacy_version: Mapped[str] = mapped_column(String(20))
    terms_version: Mapped[str] = mapped_column(String(20))
    agreed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuthSession(Base):
    """A login session; only the SHA-256 of its 128-bit token is stored (docs/security.md S1)."""

    __tablename__ = "auth_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("login_account.id", ondelete="CASCADE"), index=True)
    terminal: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoke_reason: Mapped[str | None] = mapped_column(String(20))


class LoginThrottle(Base):
    """Failure counters keyed by a digest of the typed email, for known and unknown
    addresses alike (docs/security.md L1, E2): shared by every PC, kept across restarts.
    ``consecutive_failures`` and ``blocked_at`` (migration 0100): the streak since the last
    success, reset or staff unlock, which the timed lock running out does not end, and when
    it reached ``login_failure_cap`` (services/throttle.py)."""

    __tablename__ = "login_throttle"
    email_digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


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


class AuditLog(Base):
    """Append-only (UPDATE/DELETE blocked by triggers). Ids only, never personal data."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor_type: Mapped[str] = mapped_column(String(10))
    actor_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40), index=True)
    target_type: Mapped[str | None] = mapped_column(String(20))
    target_id: Mapped[int | None] = mapped_column(Integer)
    terminal: Mapped[str] = mapped_column(String(64), default="")
    result: Mapped[str] = mapped_column(String(20))


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
