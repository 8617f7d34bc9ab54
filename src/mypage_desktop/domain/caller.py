"""Who is calling a service: which device, and what kind of device it is.

The local back end builds one for this PC; the office server derives one per request from
the authenticated device row, so one server process serves many PCs without any of them
being a process-wide setting. The device kind, not the PC's own settings, decides the
seeker session policy (docs/security.md, N3 and S2)."""

from __future__ import annotations

from dataclasses import dataclass

KIOSK = "kiosk"        # a shared PC in the office's self-service corner
COUNTER = "counter"    # the PC at a counter, used by a seeker with staff beside them
STAFF = "staff"        # a staff member's own PC (staff console)
PERSONAL = "personal"  # a seeker's own PC at home (embedded back end only)

DEVICE_KINDS = (KIOSK, COUNTER, STAFF)
SHARED_KINDS = frozenset({KIOSK, COUNTER})
STAFF_KINDS = frozenset({COUNTER, STAFF, PERSONAL})


@dataclass(frozen=True)
class Caller:
    """``device_id`` is a short, non-personal id written to audit rows and session rows."""

    device_id: str
    kind: str = PERSONAL

    @property
    def shared(self) -> bool:
        """A PC that many people use: the short kiosk session limits apply."""
        return self.kind in SHARED_KINDS

    @property
    def may_use_staff_console(self) -> bool:
        return self.kind in STAFF_KINDS
