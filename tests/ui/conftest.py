"""qasync for pytest-qt: ``qtbot.waitUntil`` pumps Qt and the asyncio loop alike (docs/tech-notes.md
§qasync, pattern A). Never build on ``QEventLoop(already_running=True)`` + ``stop()``: that calls
``QApplication.exit()`` and silently breaks every later ``qtbot.wait*``."""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Iterator

import pytest
import qasync

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _collect_only_on_the_gui_thread() -> Iterator[None]:
    """The cyclic GC runs only where these fixtures call it, on the GUI thread. Left automatic,
    it ran now and then on an executor thread and destroyed Qt objects with timers there (the
    qasync loop's ``_SimpleTimer``, windows of an earlier test): "Timers cannot be stopped from
    another thread", then a crash in a later test (docs/tech-notes.md §test-suite)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()
    # What survived is the session's (modules, the QApplication, fixtures): out of the next
    # collections' reach, so each one looks only at what one test made (about half the UI
    # tests' time, docs/tech-notes.md §test-suite).
    gc.freeze()


@pytest.fixture
def qloop(qapp, qtbot) -> Iterator[qasync.QEventLoop]:  # type: ignore[no-untyped-def]
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=10_000)
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)
        # The loop leaves Qt timers in reference cycles; collect them here, on the GUI
        # thread, before a collection on a worker thread destroys them there.
        gc.collect()


_initial_look: list[object] = []


@pytest.fixture(autouse=True)
def _default_display() -> Iterator[None]:
    """A test that applied 文字の大きさ / 表示 (issue 15), or started the app runtime, does not
    leave its font, palette or application stylesheet to the next test."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication) and not _initial_look:
        _initial_look.extend([app.font(), app.palette()])
    yield
    app = QApplication.instance()
    if not isinstance(app, QApplication) or not _initial_look:
        return
    from mypage_desktop.ui.widgets import display, style

    if app.styleSheet() or display.current() != display.DisplayChoice() or style.colours() is not style.STANDARD:
        display.configure(None, app)
        display.apply_display(display.DisplayChoice(), app)
        app.setStyleSheet("")
        app.setFont(_initial_look[0])  # type: ignore[arg-type]
        app.setPalette(_initial_look[1])  # type: ignore[arg-type]
