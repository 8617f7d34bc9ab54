"""The cyclic garbage collector runs on the GUI thread only (ui/shell/gui_thread_gc.py,
docs/tech-notes.md §test-suite): cycles made on a worker thread are not collected there, but by
the GUI thread's timer once their generation is due."""

from __future__ import annotations

import gc
import threading
from typing import Any

from mypage_desktop.ui.shell.gui_thread_gc import GuiThreadCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_worker_cycles_are_collected_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    was_enabled = gc.isenabled()
    gc.enable()  # as in the app: automatic until the collector starts
    collecting_threads: list[str] = []

    def record(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            collecting_threads.append(threading.current_thread().name)

    collector = GuiThreadCollector(interval_ms=10)
    gc.callbacks.append(record)
    try:
        collector.start()
        assert not gc.isenabled() and collector.active
        worker = threading.Thread(target=lambda: [Cycle() for _ in range(20 * gc.get_threshold()[0])],
                                  name="executor")
        worker.start()
        worker.join()
        assert "executor" not in collecting_threads  # far past the threshold, yet not collected there
        qtbot.waitUntil(lambda: bool(collecting_threads), timeout=5_000)
        assert set(collecting_threads) == {threading.main_thread().name}
        qtbot.waitUntil(lambda: collector.collect_due() is None, timeout=5_000)
    finally:
        gc.callbacks.remove(record)
        collector.stop()
        assert gc.isenabled()  # given back as it was found
        if not was_enabled:
            gc.disable()


def test_nothing_is_collected_before_a_generation_is_due() -> None:
    collector = GuiThreadCollector()
    gc.collect()
    assert collector.collect_due() is None
