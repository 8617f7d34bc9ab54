"""Starting UI coroutines so that no failure is silently lost.

A task's unexpected exception goes to ``sys.excepthook`` (the crash handler, docs/security.md P2),
like qasync's ``asyncSlot`` does; cancellation and :class:`SessionInvalid` (already handled
by the session owner) are normal endings."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from typing import Any

from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.ui.async_work import TaskSet


def report_unexpected(task: asyncio.Future[Any]) -> None:
    if task.cancelled():
        return
    exc = task.exception()
    if exc is None or isinstance(exc, SessionInvalid):
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)


def start_task(tasks: TaskSet, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    task = tasks.start(coro)
    task.add_done_callback(report_unexpected)
    return task
