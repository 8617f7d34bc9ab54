"""Plain data of a seeker's account and its sessions that crosses the façade: the app, the
legal documents and consent, opening My Page, login, session status and password change.
No ORM objects, no callbacks, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class AppInfo:
    office_name: str
    helpdesk_number: str
    mail_sender: str
    key_validity_minutes: int
    demo_mode: bool
    kiosk_mode: bool


@dataclass(frozen=True)
class LegalDocument:
    title: str
    version: str
    text: str


@dataclass(frozen=True)
class LegalDocuments:
    privacy_policy: LegalDocument
    terms_of_use: LegalDocument


@dataclass(frozen=True)
class Consent:
    """What the seeker agreed to in step 1. ``agreed_at`` is when the PC saw it; the service
    records the consent with its own clock (a kiosk's clock may be wrong)."""

    privacy_version: str
    terms_version: str
    agreed_at: datetime


@dataclass(frozen=True)
class RegistrationRequested:
    """The same outcome whether or not the email/birthdate pair matched (docs/security.md E3)."""

    key_validity_minutes: int
    mail_sender: str


@dataclass(frozen=True)
class RegistrationCompleted:
    password_converted_from_fullwidth: bool


@dataclass(frozen=True)
class SeekerProfile:
    name: str
    name_kana: str
    seeker_number: str
    status: str
    valid_until: date
    applied_on: date
    email: str


@dataclass(frozen=True)
class LoginResult:
    """``token`` is set on success. On failure ``message_code`` is always the same generic
    code (docs/security.md E1); ``retry_after_seconds`` is the wait shown from the 3rd failure."""

    token: str | None
    profile: SeekerProfile | None
    message_code: str | None = None
    retry_after_seconds: int = 0

    @property
    def ok(self) -> bool:
        return self.token is not None


@dataclass(frozen=True)
class DeliveredMail:
    """A mail as the demo mailbox shows it (demo mode only)."""

    mail_id: str
    recipient: str
    sender: str
    subject: str
    body: str
    received_at: datetime


@dataclass(frozen=True)
class SessionStatus:
    """What the UI's periodic check and activity ping learn (docs/security.md S2, S4).

    ``end_reason`` is set when the session is over: ``logout``, ``superseded`` (a login
    elsewhere), ``idle``, ``expired``, ``password_reset``, ``password_changed``,
    ``email_changed``, ``staff_revoked``, ``locked``, ``stale`` or ``unknown``;
    ``message_code`` names the text to show (domain.messages). The seconds are measured by
    the server's clock, so a kiosk with a wrong clock cannot stretch a session.
    """

    active: bool
    end_reason: str | None
    message_code: str | None
    idle_timeout_seconds: int
    idle_seconds_left: int
    absolute_seconds_left: int


@dataclass(frozen=True)
class PasswordChanged:
    password_converted_from_fullwidth: bool
