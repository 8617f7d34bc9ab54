"""The shared part of the boxes on 求職者情報・設定 that send one request at a time (the
有効/無効 switch, the password change): ``busy`` while it runs, usable again once it ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QGroupBox, QWidget

from mypage_desktop.ui.session_owner import SessionOwner

if TYPE_CHECKING:
    from mypage_desktop.facade import MyPageFacade

R = TypeVar("R")


class ActionBox(QGroupBox):
    def __init__(self, title: str, owner: SessionOwner, facade: MyPageFacade, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._owner = owner
        self._facade = facade
        self._busy = False

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        """Subclasses also grey out what may not be used meanwhile."""
        self._busy = busy

    async def _send(self, func: Callable[..., R], *args: Any) -> R:
        """The façade call (through the session owner). Whatever the outcome, the box is no
        longer busy when this returns or raises, before the caller shows the answer."""
        try:
            return await self._owner.call(func, *args)
        finally:
            self._set_busy(False)
