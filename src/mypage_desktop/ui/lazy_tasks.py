"""A task set made on first use, for the objects on the way to the first window (the login
windows and their controllers): :mod:`.async_work` and :mod:`.tasks` import asyncio, which
start-up loads only once the login window shows (ui/app.py)."""

from __future__ import annotations

from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    from mypage_desktop.ui.async_work import TaskSet


class LazyTaskSet:
    """Starts tasks through :func:`.tasks.start_task` (unexpected failures reach the crash
    handler) and cancels them all; nothing is imported until the first task."""

    def __init__(self) -> None:
        self._tasks: TaskSet | None = None

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        from mypage_desktop.ui.async_work import TaskSet
        from mypage_desktop.ui.tasks import start_task

        if self._tasks is None:
            self._tasks = TaskSet()
        return start_task(self._tasks, coro)

    def cancel_all(self) -> None:
        if self._tasks is not None:
            self._tasks.cancel_all()
