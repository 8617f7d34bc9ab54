"""The one thing the UI holds: a back end with the seeker façade, the staff façade and close().

Two implementations: local (SQLite on this PC; the demo and a home PC) and remote (HTTPS to
the office server). :func:`open_backend` picks by ``server_url`` (machine policy); the UI never
imports either module itself (an import-linter contract says so).
"""

from __future__ import annotations

from typing import Protocol

from mypage_desktop.config import Settings
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.facade.staff_protocol import StaffFacade


class Backend(Protocol):
    @property
    def facade(self) -> MyPageFacade: ...

    @property
    def staff_facade(self) -> StaffFacade: ...

    def close(self) -> None: ...


def open_backend(settings: Settings) -> Backend:
    """Blocking (database or network, TLS): call it off the GUI thread."""
    if settings.server_url:
        from mypage_desktop.facade.remote.client import open_remote_backend

        return open_remote_backend(settings)
    from mypage_desktop.facade.local.backend import open_local_backend

    return open_local_backend(settings)
