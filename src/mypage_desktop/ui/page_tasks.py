"""A page's own façade calls: tracked so ``clear()`` (logout) can cancel them and tests can
wait until the page is idle, and guarded so a failed call becomes one Japanese message.

:class:`SessionInvalid` is left to the session owner (it is already back at the login
window); ``ServiceUnavailable`` and ``ValidationFailed`` go to the page's ``on_error``."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.ui.i18n import field_message
from mypage_desktop.ui.jobs.texts import UNAVAILABLE, t
from mypage_desktop.ui.session_owner import SessionOwner


def error_text(exc: Exception) -> str:
    """The message the user sees for a failed façade call."""
    if isinstance(exc, ValidationFailed):
        return "\n".join(field_message(e) for e in exc.errors)
    return t(UNAVAILABLE)


class PageTasks:
    def __init__(self, owner: SessionOwner, on_error: Callable[[str], None],
                 on_done: Callable[[], None] | None = None) -> None:
        """``on_done`` runs after each task (e.g. to update the buttons)."""
        self._owner = owner
        self._on_error = on_error
        self._on_done = on_done
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        """None (and ``coro`` closed) when no session is live."""
        if not self._owner.active:
            coro.close()
            return None
        task = self._owner.start_task(self._guarded(coro))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        # A task cancelled before its first step (logout right after a click) never runs
        # ``_guarded``, so ``coro`` was never started: close it (a no-op once it has finished).
        task.add_done_callback(lambda _task: coro.close())
        if self._on_done is not None:
            on_done = self._on_done
            task.add_done_callback(lambda _task: on_done())
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
