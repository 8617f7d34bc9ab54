"""Python's cyclic garbage collector, run on the GUI thread only (docs/tech-notes.md §test-suite).

Left automatic, the collector runs on whichever thread allocates past its threshold: here
also the executor threads that run the service calls. A Qt object in a reference cycle (a
closed window, one of qasync's timers) is then destroyed on that thread; Qt warns "Timers
cannot be stopped from another thread" and may crash later. The automatic collector is turned
off, and a timer on the GUI thread does its work: a generation is collected when its count
has passed its threshold, as the interpreter would do."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 250  # young objects pile up for at most this long between checks


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int | None:
        """Collects the oldest generation whose count passed its threshold (on this thread);
        returns it, or None when none is due."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return generation
        return None
