"""What the device services return (issue 10): enrolment steps and the device list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Enrolment states a polling PC sees.
PENDING = "pending"
APPROVED = "approved"    # the answer carries the certificate and the device token, once
DELIVERED = "delivered"  # already handed over: a second poll gets nothing
EXPIRED = "expired"
UNKNOWN = "unknown"

# Short codes: 8 letters from an alphabet without vowels or look-alikes (RFC 8628 §6.1),
# shown and typed as XXXX-XXXX.
CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ"
CODE_LENGTH = 8


def normalize_code(raw: str) -> str:
    """What a 管理者 typed: case, spaces, hyphens and full-width letters do not matter."""
    import unicodedata

    text = unicodedata.normalize("NFKC", raw).upper()
    return "".join(ch for ch in text if ch.isalnum())


def display_code(code: str) -> str:
    return f"{code[:4]}-{code[4:]}"


@dataclass(frozen=True)
class EnrolmentStarted:
    poll_secret: str
    user_code: str  # XXXX-XXXX, shown on the new PC
    expires_in_seconds: int
    interval_seconds: int


@dataclass(frozen=True)
class EnrolmentState:
    status: str
    device_uid: str = ""
    kind: str = ""
    certificate_pem: str = ""
    device_token: str = ""


@dataclass(frozen=True)
class PendingEnrolment:
    enrolment_id: int
    kind: str
    name: str
    created_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class DeviceInfo:
    device_id: int
    uid: str
    kind: str
    name: str
    enrolled_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True)
class ServerInfo:
    """What a PC on the remote back end learns from the server at start (its own device row
    decides the kiosk policy)."""

    office_name: str
    helpdesk_number: str
    mail_sender: str
    key_validity_minutes: int
    device_uid: str
    device_kind: str
    device_name: str
