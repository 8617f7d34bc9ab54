"""When a session ends (docs/security.md S2, S4), kept pure so seeker sessions, staff sessions, the
UI's warning and the tests all use the same arithmetic.

A session ends when it was revoked (logout, a login elsewhere, a password reset …), when its
absolute limit has passed (``expires_at``), or when the last *user activity* is longer ago
than the idle limit. Only user input counts as activity: validating a call does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

END_IDLE = "idle"
END_EXPIRED = "expired"
END_REVOKED = "revoked"
END_UNKNOWN = "unknown"


@dataclass(frozen=True)
class SessionLimits:
    idle: timedelta
    absolute: timedelta


def end_reason(
    *,
    revoked_at: datetime | None,
    revoke_reason: str | None,
    expires_at: datetime,
    last_activity_at: datetime,
    idle: timedelta,
    now: datetime,
) -> str | None:
    """Why the session is over at ``now``, or None while it is live. Idle for exactly the
    limit is still live; one second more is not (as with the key's validity, K3)."""
    if revoked_at is not None:
        return revoke_reason or END_REVOKED
    if expires_at <= now:
        return END_EXPIRED
    if now - last_activity_at > idle:
        return END_IDLE
    return None


def seconds_until(deadline: datetime, now: datetime) -> int:
    """Whole seconds left until ``deadline`` (0 when past), for the UI's countdown."""
    return max(0, int((deadline - now).total_seconds()))
