"""Running façade calls off the GUI thread and keeping track of the tasks that do it.

- :func:`run_blocking`: a blocking call in the executor (qasync), so the window never freezes::

      result = await run_blocking(facade.login, email, password)

- :class:`TaskSet`: the tasks a window started, so the end of a session can cancel them all;
  :func:`start_task` starts one whose unexpected failure goes to ``sys.excepthook`` (the crash
  handler, docs/security.md P2), like qasync's ``asyncSlot``. Cancellation and
  :class:`SessionInvalid` (already handled by the session owner) are normal endings.
- :class:`LazyTaskSet`: the same, made on first use, for the objects on the way to the first
  window (the login windows and their controllers).
- :class:`PageTasks`: a page's own calls, guarded so a failure becomes one Japanese message.

asyncio is imported where it is first needed, not at the top: start-up loads it only once the
login window shows (ui/app.py), and the login windows import this module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed

if TYPE_CHECKING:
    import asyncio

P = ParamSpec("P")
R = TypeVar("R")


async def run_blocking(func: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    import asyncio

    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))


class TaskSet:
    """Tracks the tasks a window started so the end of a session can cancel them all."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[object]] = set()

    def start(self, coro: object) -> asyncio.Task[object]:
        import asyncio

        task: asyncio.Task[object] = asyncio.ensure_future(coro)  # type: ignore[call-overload]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()

    def __len__(self) -> int:
        return len(self._tasks)


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


class LazyTaskSet:
    """Starts tasks through :func:`start_task` and cancels them all; the :class:`TaskSet`
    behind it is made with the first task."""

    def __init__(self) -> None:
        self._tasks: TaskSet | None = None

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        if self._tasks is None:
            self._tasks = TaskSet()
        return start_task(self._tasks, coro)

    def cancel_all(self) -> None:
        if self._tasks is not None:
            self._tasks.cancel_all()


def error_text(exc: Exception) -> str:
    """The message the user sees for a failed façade call."""
    from mypage_desktop.ui.widgets.i18n import field_message, t
    from mypage_desktop.ui.widgets.texts import UNAVAILABLE

    if isinstance(exc, ValidationFailed):
        return "\n".join(field_message(e) for e in exc.errors)
    return t(UNAVAILABLE)


class TaskOwner(Protocol):
    """Who a page's tasks belong to: the session owner, or a page's session client."""

    @property
    def active(self) -> bool: ...

    def start_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]: ...


class PageTasks:
    """A page's own façade calls: tracked so ``clear()`` (logout) can cancel them and tests can
    wait until the page is idle, and guarded so a failed call becomes one Japanese message.
    :class:`SessionInvalid` is left to the session owner (it is already back at the login
    window); ``ServiceUnavailable`` and ``ValidationFailed`` go to the page's ``on_error``."""

    def __init__(self, owner: TaskOwner, on_error: Callable[[str], None],
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
