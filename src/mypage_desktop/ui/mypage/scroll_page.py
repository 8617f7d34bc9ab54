"""The frame ホーム and 求職者情報・設定 share: a page whose content scrolls vertically and that
loads one thing from the façade each time it is shown (a failure says so at the top)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid
from mypage_desktop.ui.mypage.texts import LOAD_FAILED
from mypage_desktop.ui.session.pages import SessionPage
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

R = TypeVar("R")


class ScrollPage(SessionPage):
    """Subclasses put their widgets on ``content`` (into ``content_layout``, ``load_error``
    among them, then a stretch) and implement ``_load`` (``_start_load`` runs it) with
    ``_load_once``, and end their ``__init__`` with ``_finish_layout``."""

    scroll_area: QScrollArea

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self._load_task: asyncio.Task[Any] | None = None
        self.content = QWidget(self)
        self.load_error = FieldErrorLabel(self.content)
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 8, 8)
        self.content_layout.setSpacing(12)

    def _finish_layout(self) -> None:
        """After the subclass's widgets: the stretch under them, then the scroll area around
        them (created last, so Tab reaches it after the page's own fields)."""
        self.content_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAccessibleName(t("ページの内容"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    @property
    def busy(self) -> bool:
        """A load is running (the screenshot tool waits for it)."""
        return self._load_task is not None and not self._load_task.done()

    def clear(self) -> None:
        super().clear()
        self.load_error.clear_message()
        self.scroll_area.verticalScrollBar().setValue(0)

    def _start_load(self) -> None:
        self._load_task = self._client.start_task(self._load())

    async def _load(self) -> None:
        raise NotImplementedError

    async def _load_once(self, func: Callable[[str], R], failure_log: str) -> R | None:
        """The façade's answer, or None: the session ended (the owner shows the login screen)
        or the service is unavailable (logged as ``failure_log`` and said on the page)."""
        try:
            return await self._client.call(func)
        except SessionInvalid:
            return None
        except ServiceUnavailable:
            logging.getLogger(type(self).__module__).warning(failure_log)
            self._show_load_failed()
            return None

    def _show_load_failed(self) -> None:
        self.load_error.show_message(t(LOAD_FAILED))
