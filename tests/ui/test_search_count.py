"""The count next to the results, driven like a user (issue 14): 検索する shows the estimate
with the first page at once, the exact count as soon as ``count_jobs`` answers (before the id
snapshot), and late answers of an older search or a logged-out session never show. The
façade holds each search answer back until the test lets it through."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import DEMO_EMAIL, GOOD_PASSWORD, open_demo_account
from PySide6.QtCore import QEvent, QObject, Qt
from test_job_support import WAIT_MS, click, search_page, type_text

from mypage_desktop.demo.jobs import bulk_load
from mypage_desktop.ui.jobs.search_page import JobSearchPage
from mypage_desktop.ui.session.owner import SessionOwner
from mypage_desktop.ui.session.reasons import REASON_QUIT
from mypage_desktop.ui.shell.main_window import MainWindow
from mypage_desktop.ui.widgets import announcement
from mypage_desktop.ui.widgets.delayed_busy import BUSY_DELAY_MS
from services.job_fixtures import TODAY

HELD = ("search_jobs", "count_jobs", "search_job_ids")
WORD = "介護"  # in about a third of the generated postings: more than a first page


class HeldFacade:
    """The real façade; each call of ``HELD`` computes its answer, then waits until the test
    lets one call of that name through (:meth:`release`). ``estimate`` replaces the first
    page's ``estimated_total`` (what the search service would estimate)."""

    def __init__(self, facade: Any, estimate: int | None) -> None:
        self._facade = facade
        self.estimate = estimate
        self.answers: dict[str, list[Any]] = {name: [] for name in HELD}
        self._gates = {name: threading.Semaphore(0) for name in HELD}
        self._lock = threading.Lock()
        self.waiting = dict.fromkeys(HELD, 0)
        self.released = dict.fromkeys(HELD, 0)
        self.order: list[str] = []  # the calls, as they began

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._facade, name)
        if name not in HELD:
            return target

        def held(*args: Any) -> Any:
            with self._lock:
                self.order.append(name)
            answer = target(*args)
            if name == "search_jobs" and answer.has_more:
                answer = dataclasses.replace(answer, estimated_total=self.estimate)
            with self._lock:
                self.answers[name].append(answer)
                self.waiting[name] += 1
            passed = self._gates[name].acquire(timeout=WAIT_MS / 1000)
            with self._lock:
                self.waiting[name] -= 1
            if not passed:
                raise TimeoutError(f"{name} was never released")
            return answer

        return held

    def release(self, qtbot: Any, name: str) -> Any:
        """Lets the next call of ``name`` answer (once it is waiting); returns that answer."""
        done = self.released[name]
        qtbot.waitUntil(lambda: len(self.answers[name]) > done, timeout=WAIT_MS)
        self.released[name] += 1
        self._gates[name].release()
        return self.answers[name][done]

    def release_arrived(self, name: str) -> None:
        """Lets every call of ``name`` that has come so far answer."""
        while self.released[name] < len(self.answers[name]):
            self.released[name] += 1
            self._gates[name].release()

    def release_all(self) -> None:
        for gate in self._gates.values():
            gate.release(100)


@pytest.fixture
def held(request) -> int | None:  # type: ignore[no-untyped-def]
    return getattr(request, "param", 1234)


@pytest.fixture
def window(qtbot, qloop, backend, ctx, clock, held) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    bulk_load(ctx.session_factory, 400, seed=3, today=TODAY, now=clock.now, optimize=False)
    open_demo_account(backend)
    facade = HeldFacade(backend.facade, held)
    result = backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD)
    owner = SessionOwner(facade)
    owner.begin(result.token, result.profile)
    window = MainWindow(owner, facade, backend.facade.app_info())  # type: ignore[arg-type]
    window.test_facade = facade  # type: ignore[attr-defined]
    window.test_owner = owner  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.resize(1200, 820)
    window.show()
    qtbot.waitExposed(window)
    yield window
    facade.release_all()
    owner.end_session(REASON_QUIT, blocking=True)


def press_search(qtbot: Any, window: MainWindow, words: str) -> JobSearchPage:
    page = search_page(window)
    page.form.free_words.clear()
    type_text(qtbot, page.form.free_words, words)
    click(qtbot, page.form.search_button)
    return page


def first_page_shown(qtbot: Any, window: MainWindow, page: JobSearchPage) -> Any:
    first = window.test_facade.release(qtbot, "search_jobs")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(first.rows), timeout=WAIT_MS)
    assert first.has_more
    return first


def test_the_estimate_at_once_then_the_exact_count_before_the_snapshot(qtbot, window) -> None:
    facade = window.test_facade
    page = press_search(qtbot, window, WORD)
    qtbot.waitUntil(page.busy_bar.isVisible, timeout=WAIT_MS)  # the search is held past BUSY_DELAY_MS
    assert page.busy_label.text() == "検索しています…" and page.count_label.text() == ""
    first_page_shown(qtbot, window, page)
    assert page.count_label.text() == "該当 約1,200件"  # 1,234 to two significant digits
    assert page.busy_bar.isVisible() and page.busy_label.text() == "件数を確認しています…"
    assert page.count_label.accessibleName() == "該当 約1,200件（件数を確認しています）"

    with qtbot.waitSignal(page.count_shown, timeout=WAIT_MS) as shown:
        exact = facade.release(qtbot, "count_jobs")
    assert exact > 50 and shown.args == [f"該当 {exact:,} 件", True]
    assert page.count_label.text() == f"該当 {exact:,} 件"
    assert page.count_label.accessibleName() == f"該当 {exact:,} 件"  # what a screen reader reads
    assert not page.model.has_snapshot and page.model.rowCount() == 50  # the snapshot is still held
    assert page.busy_bar.isVisible()

    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        snapshot = facade.release(qtbot, "search_job_ids")
    assert snapshot.total == exact == page.model.rowCount()
    assert facade.order == ["search_jobs", "count_jobs", "search_job_ids"]  # on SQLite the first holds the others
    assert page.count_label.text() == f"該当 {exact:,} 件" and not page.busy_bar.isVisible()


@pytest.mark.parametrize("held", [None], indirect=True)
def test_without_an_estimate_the_rows_shown_and_more_then_the_snapshot_counts(qtbot, window) -> None:
    facade = window.test_facade
    page = press_search(qtbot, window, WORD)
    first_page_shown(qtbot, window, page)
    assert page.count_label.text() == "該当 50件以上"
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        # the count is slow: after its head start the snapshot is asked for, and its total is exact
        snapshot = facade.release(qtbot, "search_job_ids")
        qtbot.waitUntil(lambda: page.count_label.text() == f"該当 {snapshot.total:,} 件", timeout=WAIT_MS)
        assert page.count_label.accessibleName() == page.count_label.text()
    facade.release(qtbot, "count_jobs")
    qtbot.wait(50)
    assert page.count_label.text() == f"該当 {snapshot.total:,} 件"


@pytest.mark.parametrize("held", [5], indirect=True)
def test_an_estimate_below_the_rows_shown_is_not_shown(qtbot, window) -> None:
    page = press_search(qtbot, window, WORD)
    first_page_shown(qtbot, window, page)
    assert page.count_label.text() == "該当 50件以上"


def test_a_newer_search_discards_the_late_count_of_the_older(qtbot, window) -> None:
    facade = window.test_facade
    page = press_search(qtbot, window, WORD)
    first_page_shown(qtbot, window, page)
    qtbot.waitUntil(lambda: facade.waiting["count_jobs"] == 1, timeout=WAIT_MS)
    page = press_search(qtbot, window, "")  # every posting: a different count
    old_count = facade.release(qtbot, "count_jobs")
    qtbot.wait(50)
    assert page.count_label.text() == "該当 約1,200件"  # still the older estimate, not its count
    first_page_shown(qtbot, window, page)
    new_count = facade.release(qtbot, "count_jobs")
    assert new_count != old_count
    qtbot.waitUntil(lambda: page.count_label.text() == f"該当 {new_count:,} 件", timeout=WAIT_MS)
    snapshots = facade.answers["search_job_ids"]
    qtbot.waitUntil(lambda: any(s.total == new_count for s in snapshots), timeout=WAIT_MS)
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        facade.release_arrived("search_job_ids")  # the older search's too, if it was asked for
    assert page.count_label.text() == f"該当 {new_count:,} 件" and page.model.rowCount() == new_count


def test_logout_discards_a_late_count(qtbot, window) -> None:
    facade = window.test_facade
    page = press_search(qtbot, window, WORD)
    first_page_shown(qtbot, window, page)
    qtbot.waitUntil(lambda: facade.waiting["count_jobs"] == 1, timeout=WAIT_MS)
    owner = window.test_owner
    with qtbot.waitSignal(owner.session_revoked, timeout=WAIT_MS):
        click(qtbot, window.logout_button)
    facade.release(qtbot, "count_jobs")
    facade.release_arrived("search_job_ids")
    qtbot.wait(50)
    assert page.count_label.text() == "" and page.count_label.accessibleName() == ""
    assert page.model.rowCount() == 0


def test_enter_in_the_words_field_searches_too(qtbot, window) -> None:
    facade = window.test_facade
    page = search_page(window)
    type_text(qtbot, page.form.free_words, WORD)
    qtbot.keyClick(page.form.free_words, Qt.Key.Key_Return)
    first_page_shown(qtbot, window, page)
    exact = facade.release(qtbot, "count_jobs")
    qtbot.waitUntil(lambda: page.count_label.text() == f"該当 {exact:,} 件", timeout=WAIT_MS)
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        facade.release(qtbot, "search_job_ids")


def test_the_busy_bar_waits_for_a_slow_search_and_a_fast_one_never_shows_it(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """search() itself paints nothing: the bar is only due (its timer runs) until the search has
    lasted BUSY_DELAY_MS; a search whose answers all come before that never shows it. A bar
    that appears is said once to a screen reader."""
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(announcement, "announce", lambda widget, text, assertive=True: said.append((text, assertive)))
    page = search_page(window)
    type_text(qtbot, page.form.free_words, WORD)
    shown: list[bool] = []
    page.busy_bar.installEventFilter(watcher := _ShowWatcher(shown))
    timer = page._busy.timer
    assert timer.interval() == BUSY_DELAY_MS
    timer.setInterval(3_600_000)  # every answer comes "before the delay", however slow the host
    page.search()
    assert not page.busy_bar.isVisible() and page.busy_label.text() == "" and timer.isActive()
    answer_all(qtbot, window, page)
    assert shown == [] and not page.busy_bar.isVisible() and not timer.isActive()
    assert ("検索しています…", False) not in said

    timer.setInterval(BUSY_DELAY_MS)
    page.search()  # held: after the delay the bar and its text appear, and go with the answers
    qtbot.waitUntil(page.busy_bar.isVisible, timeout=WAIT_MS)
    assert shown == [True] and page.busy_label.text() == "検索しています…"
    assert said[-1] == ("検索しています…", False)
    page._busy.step_timer.setInterval(3_600_000)  # the count's steps pass "in a moment"
    answer_all(qtbot, window, page)
    busy_said = [text for text, _ in said if text.endswith("…")]
    assert busy_said == ["検索しています…"]  # steps that pass at once are not read out
    assert not page.busy_bar.isVisible() and page.busy_label.text() == ""
    page.busy_bar.removeEventFilter(watcher)


def test_a_slow_searchs_later_steps_are_said_once_each_as_they_last(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A screen-reader user waiting on a slow search hears each step that lasts (WCAG 4.1.3):
    the search, the count, the count itself, the list being prepared; each once."""
    said: list[str] = []
    monkeypatch.setattr(announcement, "announce", lambda widget, text, assertive=True: said.append(text))
    facade = window.test_facade
    page = press_search(qtbot, window, WORD)
    qtbot.waitUntil(lambda: said == ["検索しています…"], timeout=WAIT_MS)
    first_page_shown(qtbot, window, page)
    qtbot.waitUntil(lambda: said[-1:] == ["件数を確認しています…"], timeout=WAIT_MS)  # the count is held
    exact = facade.release(qtbot, "count_jobs")
    qtbot.waitUntil(lambda: said[-1:] == ["一覧を準備しています…"], timeout=WAIT_MS)  # the snapshot is held
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        facade.release(qtbot, "search_job_ids")
    assert said == ["検索しています…", "件数を確認しています…", f"該当 {exact:,} 件", "一覧を準備しています…"]


def answer_all(qtbot: Any, window: MainWindow, page: JobSearchPage) -> None:
    facade = window.test_facade
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        first_page_shown(qtbot, window, page)
        facade.release(qtbot, "count_jobs")
        facade.release(qtbot, "search_job_ids")


class _ShowWatcher(QObject):
    def __init__(self, shown: list[bool]) -> None:
        super().__init__()
        self.shown = shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown.append(True)
        return False
