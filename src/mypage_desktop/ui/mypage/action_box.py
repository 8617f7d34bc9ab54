"""The shared part of the boxes on 求職者情報・設定 that send one request at a time (the
有効/無効 switch, the password change): ``busy`` while it runs, usable again once it ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QGroupBox, QWidget

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

R = TypeVar("R")


class ActionBox(QGroupBox):
    def __init__(self, title: str, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._client = client
        self._api = client.api
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
            return await self._client.call(func, *args)
        finally:
            self._set_busy(False)
