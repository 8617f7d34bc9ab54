"""Everything a use case needs, injected (no global service locator)."""

from __future__ import annotations

import dataclasses
import hashlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.config import Settings
from mypage_desktop.domain.caller import KIOSK, PERSONAL, Caller
from mypage_desktop.services.hashing import Hasher

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def default_terminal_id() -> str:
    """A stable, non-personal name for this PC in the audit log."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:12]


def this_pc(settings: Settings) -> Caller:
    """The caller for the embedded back end: this PC, a kiosk when its settings say so."""
    return Caller(default_terminal_id(), KIOSK if settings.kiosk_mode else PERSONAL)


@dataclass
class ServiceContext:
    session_factory: sessionmaker[Session]
    settings: Settings
    hasher: Hasher
    is_common_password: Callable[[str], bool]
    clock: Clock = system_clock
    # Who is calling: the argument that says which device (audit rows, per-PC limits, the
    # kiosk session policy). The server makes one context per request with for_caller().
    caller: Caller = field(default_factory=lambda: Caller(default_terminal_id()))
    # Called after a commit that queued mail, so a delivery worker can wake up at once.
    mail_queued: Callable[[], None] = lambda: None
    # The office CA's signature for an approved PC: (CSR PEM, device id) -> (certificate PEM,
    # serial). Only the office server has one; elsewhere approving a device is refused.
    device_signer: Callable[[str, str], tuple[str, str]] | None = None

    @property
    def terminal(self) -> str:
        return self.caller.device_id

    def for_caller(self, caller: Caller) -> ServiceContext:
        return dataclasses.replace(self, caller=caller)


def database_clock(session_factory: sessionmaker[Session], resync_seconds: float = 60.0) -> Clock:
    """The database server's time, so a kiosk with a wrong clock cannot stretch or cut a key's
    validity (docs/security.md K3). Used for PostgreSQL; SQLite runs on this PC anyway.

    Read from the database once a minute and carried forward on this process's monotonic
    clock in between: a service call asks for the time several times, and on the office
    server each of those was a pooled connection, a ping and a query (``bench/run office``).
    A change of this computer's own clock does not move it."""
    import time
    from datetime import timedelta

    from sqlalchemy import func, select

    lock = threading.Lock()
    synced: list[tuple[datetime, float]] = []  # (database time, monotonic seconds then)

    def now() -> datetime:
        with lock:
            if not synced or time.monotonic() - synced[0][1] > resync_seconds:
                with session_factory() as session:
                    value = session.scalar(select(func.now()))
                assert isinstance(value, datetime)
                synced[:] = [(value.astimezone(UTC), time.monotonic())]
            base, at = synced[0]
        return base + timedelta(seconds=time.monotonic() - at)

    return now
