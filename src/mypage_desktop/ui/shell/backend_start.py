"""Opening the back end at start-up, off the GUI thread."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from mypage_desktop.config import Settings

if TYPE_CHECKING:
    from mypage_desktop.facade.backend import Backend


def open_backend(settings: Settings) -> Backend:
    """Runs on a worker thread: even importing SQLAlchemy/Alembic (~0.3 s), or building the
    TLS context for the office server, stays off the path to the first interactive login
    window. Local (SQLite) or remote (office server) by ``server_url``.

    ``gc.freeze()`` moves the long-lived objects of start-up (modules, classes, the engine)
    out of the cyclic collector's reach: a full collection over all of them takes ~60 ms
    with the GIL held, a GUI stall whichever thread triggers it (docs/product-rules.md §performance-targets: none over
    50 ms).
    """
    from mypage_desktop.facade.backend import open_backend as open_configured_backend

    gc.freeze()
    backend = open_configured_backend(settings)
    gc.freeze()
    return backend
