"""A seeker's account: the 求職登録, the My Page login, opening requests, consent, login sessions
and the login throttle. Every change to a table goes through an Alembic migration
(``mypage-admin db upgrade``)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mypage_desktop.db.base import Base
from mypage_desktop.db.types import UTCDateTime


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
    """A seeker's login session; only the SHA-256 of its 128-bit token is stored
    (docs/security.md S1)."""

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
    # The idle clock (docs/security.md S2, migration 0121; a table of its own before): only
    # user input moves ``last_activity_at``; ``idle_seconds`` is the limit of the PC the session
    # was opened on (kiosk or own PC), fixed at login.
    idle_seconds: Mapped[int] = mapped_column(Integer)
    last_activity_at: Mapped[datetime] = mapped_column(UTCDateTime)


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








class InfoSharingConsent(Base):
    """求職情報提供 (migration 0123): the seeker's consent to share the profile, without name and
    contact, with municipalities and private placement agencies. One row per seeker, kept after
    a withdrawal (``withdrawn_at``) as the record of what was agreed; ``text_version`` is the
    version of the explanation the seeker read (domain/info_sharing.py)."""

    __tablename__ = "info_sharing_consent"
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="RESTRICT"), primary_key=True)
    text_version: Mapped[str] = mapped_column(String(20))
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SeekerOwnChange(Base):
    """A change the seeker made in 求職者情報・設定 (migration 0123): which kind, which fields,
    when, from which kind of device. ``old_values``/``new_values`` (JSON objects) are personal
    data: they are read only by the staff call that shows the seeker's history (audited), never
    logged nor written to the audit log; None for the 求職情報提供 switch, which has no values."""

    __tablename__ = "seeker_own_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    seeker_id: Mapped[int] = mapped_column(ForeignKey("job_seeker.id", ondelete="RESTRICT"), index=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(20))
    fields: Mapped[str] = mapped_column(String(100))  # comma-separated field names
    device_kind: Mapped[str] = mapped_column(String(10))
    old_values: Mapped[str | None] = mapped_column(Text)
    new_values: Mapped[str | None] = mapped_column(Text)
