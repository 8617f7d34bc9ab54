"""Shared parts of the メッセージ and お知らせ pages: the sortable list table, the task set of a
page and the one way a façade error becomes a Japanese message."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView, QWidget

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed

from ..i18n import field_message
from ..jobs.result_table import configure_list_table, set_column_widths
from ..jobs.texts import UNAVAILABLE, t
from ..session_owner import SessionOwner

# Sorting uses raw values (counts as numbers, dates as ordinals), not the display text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 20
ID_ROLE = Qt.ItemDataRole.UserRole + 21


def error_text(exc: Exception) -> str:
    """The message the user sees for a failed façade call."""
    if isinstance(exc, ValidationFailed):
        return "\n".join(field_message(e) for e in exc.errors)
    return t(UNAVAILABLE)


def sorted_table(parent: QWidget, model: QAbstractItemModel, samples: Mapping[int, str],
                 column: int, order: Qt.SortOrder) -> tuple[QTableView, QSortFilterProxyModel]:
    """A list table over ``model`` sorted by the user through a proxy (header clicks)."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView(parent)
    configure_list_table(view)
    view.setModel(proxy)
    set_column_widths(view, samples)
    view.setSortingEnabled(True)
    view.sortByColumn(column, order)
    return view, proxy


def select_id(view: QTableView, item_id: int | None) -> bool:
    """Makes the row with this id current (through the proxy); False when it is not listed."""
    model = view.model()
    if item_id is None or model is None:
        return False
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == item_id:
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return True
    return False


class PageTasks:
    """The page's own tasks (on top of the session's), so ``clear()`` can cancel them and tests
    can wait until the page is idle. A façade error goes to ``on_error`` as Japanese text;
    :class:`SessionInvalid` is left to the session owner (back to login)."""

    def __init__(self, owner: SessionOwner, on_error: Callable[[str], None]) -> None:
        self._owner = owner
        self._on_error = on_error
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        if not self._owner.active:
            coro.close()
            return None
        task = self._owner.start_task(self._guarded(coro))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        # A task cancelled before its first step (logout right after a click) never runs
        # ``_guarded``, so ``coro`` was never started: close it (a no-op once it has finished).
        task.add_done_callback(lambda _task: coro.close())
        return task

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()

    async def _guarded(self, coro: Coroutine[Any, Any, Any]) -> None:
        try:
            await coro
        except (ServiceUnavailable, ValidationFailed) as exc:
            self._on_error(error_text(exc))
        except SessionInvalid:
            pass
