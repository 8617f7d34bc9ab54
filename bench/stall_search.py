"""The ``search`` scenario of ``bench/run stall``: the search page at 1,000,000 postings,
driven like a seeker (issue 14).

The database is ``bench/results/search-1000000.sqlite3`` as ``bench/run search`` generates it
(reused, never generated here: that takes minutes). Set-up, before the meter starts: the
local back end on that file (migrated to this revision), the demo seeker's My Page (opened on
the first run, cheap argon2), the main window at 1280×860 on the search page with its choices
loaded. Then, for each query kind of ``bench/search.py``: the free words typed (or the other
conditions chosen as a saved search would set them), 検索する clicked, and a wait until the
first rows are on the screen and the count is final (the exact count, or the snapshot's).
Each query is a phase of the meter, so the report shows where a stall happened."""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from _common import RESULTS_DIR

POSTINGS = 1_000_000
WINDOW = (1280, 860)
TIMEOUT_S = 60.0


class Missing(Exception):
    """The scenario cannot run here (no database)."""


@dataclass
class SearchBench:
    """What the set-up opened, kept for the measured part and closed afterwards."""

    window: Any = None
    owner: Any = None
    backend: Any = None
    queries: list[Any] = field(default_factory=list)
    tmp: tempfile.TemporaryDirectory[str] | None = None
    timings: list[tuple[str, float, float, float, str]] = field(default_factory=list)  # s: rows, count, all


STATE = SearchBench()


def database() -> tuple[Path, date]:
    path = RESULTS_DIR / f"search-{POSTINGS}.sqlite3"
    meta = path.with_suffix(".json")
    if not path.exists() or not meta.exists():
        raise Missing(f"{path.name} not found: `bench/run search` generates it (minutes)")
    return path, date.fromisoformat(json.loads(meta.read_text())["today"])


async def prepare() -> None:
    """Everything before the first search, off the meter: opening a 900 MB database and
    building the main window are not what this scenario measures."""
    from scroll import open_backend
    from search import queries
    from sqlalchemy import select

    from mypage_desktop.db.job_models import JobPosting
    from mypage_desktop.ui.session.owner import SessionOwner
    from mypage_desktop.ui.shell.main_window import MainWindow, Page

    path, today = database()
    STATE.tmp = tempfile.TemporaryDirectory(prefix="mypage-stall-search-")
    backend, login = await asyncio.to_thread(open_backend, path, today, Path(STATE.tmp.name))
    with backend.context.session_factory() as session:
        job_number = session.scalar(select(JobPosting.job_number).where(JobPosting.id == (POSTINGS + 1) // 2))
    STATE.queries = queries(job_number or "06010-00000001")
    owner = SessionOwner(backend.facade)
    owner.begin(login.token, login.profile)
    window = MainWindow(owner, backend.facade, backend.facade.app_info())
    window.resize(*WINDOW)
    window.show()
    window.select_page(Page.SEARCH)
    form = window.jobs.search.form
    await until(lambda: form.occupation_group.count() > 1, TIMEOUT_S)  # the choices are loaded
    STATE.window, STATE.owner, STATE.backend = window, owner, backend
    await asyncio.sleep(0.2)


async def finish() -> None:
    from mypage_desktop.ui.session.reasons import REASON_QUIT

    if STATE.owner is not None:
        STATE.owner.end_session(REASON_QUIT, blocking=True)
        STATE.window.close()
        await asyncio.to_thread(STATE.backend.close)
    if STATE.tmp is not None:
        STATE.tmp.cleanup()
    STATE.owner = STATE.window = STATE.backend = STATE.tmp = None


async def until(predicate: Callable[[], bool], timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the search page did not answer")
        await asyncio.sleep(0.005)


async def scenario_search(mark: Callable[[str], None]) -> str:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from mypage_desktop.domain.jobs import JobConditions

    page = STATE.window.jobs.search
    form = page.form
    STATE.timings.clear()
    for query in STATE.queries:
        words_only = query.conditions == JobConditions(free_words=query.conditions.free_words)
        mark(f"search: {query.name}")
        if words_only:  # typed like a seeker: the field emptied, the words keyed in
            form.set_conditions(JobConditions())
            type_text(form.free_words, query.conditions.free_words)
        else:  # chosen conditions, as 「この条件で検索」 of a saved search sets them
            form.set_conditions(query.conditions)
        shown: list[float] = []  # the first rows (a search resets the model)
        counted: list[float] = []  # the exact count on the label
        finished: list[float] = []  # snapshot and count both in

        def on_reset(shown: list[float] = shown) -> None:
            shown.append(time.perf_counter())

        def on_count(_text: str, final: bool, counted: list[float] = counted) -> None:
            if final:
                counted.append(time.perf_counter())

        def on_finished(finished: list[float] = finished) -> None:
            finished.append(time.perf_counter())
        page.model.modelReset.connect(on_reset)
        counts = getattr(page, "count_shown", None)  # absent before issue 14: the count comes at the end
        if counts is not None:
            counts.connect(on_count)
        page.search_finished.connect(on_finished)
        began = time.perf_counter()
        QTest.mouseClick(form.search_button, Qt.MouseButton.LeftButton)
        await until(lambda shown=shown, finished=finished: bool(shown) and bool(finished), TIMEOUT_S)
        page.model.modelReset.disconnect(on_reset)
        if counts is not None:
            counts.disconnect(on_count)
        page.search_finished.disconnect(on_finished)
        STATE.timings.append((query.name, shown[0] - began, (counted or finished)[0] - began,
                              finished[0] - began, page.count_label.text()))
        mark("between searches")
        await asyncio.sleep(0.3)  # a seeker reads the count before the next search
    return f"{len(STATE.queries)} query kinds at {POSTINGS:,} postings, each typed and searched once"


def type_text(widget: Any, text: str) -> None:
    from mypage_desktop.ui.devtools.typing import type_like_a_seeker

    type_like_a_seeker(widget, text)


def timing_table() -> tuple[list[str], list[list[str]]]:
    """When each query's answers were on the screen (from the click; the last run)."""
    header = ["query", "first rows (ms)", "exact count (ms)", "snapshot too (ms)", "count label"]
    rows = [[name, f"{rows * 1000:,.0f}", f"{count * 1000:,.0f}", f"{done * 1000:,.0f}", f"「{label}」"]
            for name, rows, count, done, label in STATE.timings]
    return header, rows
