"""Everything a use case needs, injected (no global service locator)."""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.config import Settings

from .hashing import Hasher

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def default_terminal_id() -> str:
    """A stable, non-personal name for this PC in the audit log."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:12]


@dataclass
class ServiceContext:
    session_factory: sessionmaker[Session]
    settings: Settings
    hasher: Hasher
    is_common_password: Callable[[str], bool]
    clock: Clock = system_clock
    terminal: str = field(default_factory=default_terminal_id)
    # Called after a commit that queued mail, so a delivery worker can wake up at once.
    mail_queued: Callable[[], None] = lambda: None


def database_clock(session_factory: sessionmaker[Session]) -> Clock:
    """The database server's time, so a kiosk with a wrong clock cannot stretch or cut a key's
    validity (SECURITY K3). Used for PostgreSQL; SQLite runs on this PC anyway."""
    from sqlalchemy import func, select

    def now() -> datetime:
        with session_factory() as session:
            value = session.scalar(select(func.now()))
        assert isinstance(value, datetime)
        return value.astimezone(UTC)

    return now
