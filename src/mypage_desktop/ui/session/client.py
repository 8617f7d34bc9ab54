"""What a page holds of its session: one client, bound to the session, instead of the owner and
the façade side by side (docs/architecture.md §from-a-button-to-the-database).

A page calls ``await client.call(client.api.job_detail, job_id)``: the call runs off the GUI
thread with the session's token put first, and a :class:`SessionInvalid` ends the session
through the owner. Only the methods of :attr:`SessionClient.api` may be called; the token, the
owner's ``end_session`` and the back end itself stay out of the page's reach.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

if TYPE_CHECKING:
    import asyncio

    from mypage_desktop.domain.account_dto import SeekerProfile
    from mypage_desktop.facade import MyPageFacade
    from mypage_desktop.ui.session.owner import SessionOwner

ApiT = TypeVar("ApiT")
P = ParamSpec("P")
R = TypeVar("R")


class SessionClient(Generic[ApiT]):
    """The calls of one session (``api``: the façade they belong to), and its tasks."""

    def __init__(self, owner: SessionOwner, api: ApiT) -> None:
        self._owner = owner
        self._api = api

    @property
    def api(self) -> ApiT:
        return self._api

    @property
    def active(self) -> bool:
        return self._owner.active

    @property
    def profile(self) -> SeekerProfile | None:
        return self._owner.profile

    def start_task(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """A task that belongs to the session: cancelled when the session ends."""
        return self._owner.start_task(coro)

    async def call(self, func: Callable[Concatenate[str, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
        """``func(token, *args)`` off the GUI thread; ``func`` is a method of :attr:`api`."""
        return await self._owner.call(func, *args, **kwargs)


if TYPE_CHECKING:
    SeekerClient = SessionClient[MyPageFacade]
