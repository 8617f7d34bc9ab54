"""Helpers for the job-page tests (no tests here): a logged-in main window on the real
backend with the fixed 求人 of ``tests/services/job_fixtures.py``, and typing like a user."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import DEMO_EMAIL, GOOD_PASSWORD, WAIT_MS, open_demo_account, type_text
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.ui.jobs.search_page import JobSearchPage
from mypage_desktop.ui.session.owner import SessionOwner
from mypage_desktop.ui.session.reasons import REASON_QUIT
from mypage_desktop.ui.shell.main_window import MainWindow, Page
from services.job_fixtures import FIXTURES

__all__ = ["WAIT_MS", "Recorder", "click", "job_window_fixture", "row_texts", "search_words", "type_text"]


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


class Recorder:
    """The façade, with a log of the job calls the UI made (name, args after the token)."""

    def __init__(self, facade: Any) -> None:
        self._facade = facade
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Any:
        target = getattr(self._facade, name)
        if not callable(target) or name.startswith("_"):
            return target

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args[1:]))
            return target(*args, **kwargs)

        return call

    def names(self) -> list[str]:
        return [name for name, _args in self.calls]


@pytest.fixture(name="job_window")
def job_window_fixture(qtbot, qloop, backend, ctx, clock) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window of the logged-in demo seeker (1200×820, shown), 求人 fixtures loaded.
    ``window.test_facade`` is the :class:`Recorder` the window talks to."""
    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, clock.now)
    open_demo_account(backend)
    facade = Recorder(backend.facade)
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
    owner.end_session(REASON_QUIT, blocking=True)


def search_page(window: MainWindow) -> JobSearchPage:
    window.select_page(Page.SEARCH)
    return window.jobs.search


def search_words(qtbot: Any, window: MainWindow, words: str) -> JobSearchPage:
    """Types the free words and presses Enter; waits until the results are on the screen."""
    page = search_page(window)
    page.form.free_words.clear()
    type_text(qtbot, page.form.free_words, words)
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(page.form.free_words, Qt.Key.Key_Return)
    return page


def row_texts(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def double_click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 1) -> None:
    index: QModelIndex = view.model().index(row, column)
    view.scrollTo(index)
    center = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
