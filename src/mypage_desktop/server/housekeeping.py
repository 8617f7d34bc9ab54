"""The office server's periodic work besides mail: unfinished and unconfirmed 仮登録 past their
days are deleted while the server runs, not only when it starts (docs/product-rules.md
§preregistration). Every worker process runs it; the delete is idempotent, so two at once
delete each row once."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

PURGE_INTERVAL_SECONDS = 3600.0


class Housekeeping:
    """Runs ``task`` every ``interval`` seconds on a daemon thread until :meth:`stop`."""

    def __init__(self, task: Callable[[], object], interval: float = PURGE_INTERVAL_SECONDS) -> None:
        self._task = task
        self._interval = interval
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mypage-housekeeping", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping.wait(self._interval):
            try:
                self._task()
            except Exception as exc:  # the database may be away for a while; the next round tries again
                log.warning("housekeeping failed (%s)", type(exc).__name__)
