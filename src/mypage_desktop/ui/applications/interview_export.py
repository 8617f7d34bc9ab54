"""「面接予定をカレンダーに保存（.ics）」 for the 応募履歴 page: asks where (a non-blocking save
dialog), then fetches the interview and writes the file off the GUI thread. Also words a failed
façade call for the page's message line."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from mypage_desktop.domain.activity_dto import ApplicationDetail
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.ui.applications.ics_export import SavePathAsker, ics_path, write_atomically
from mypage_desktop.ui.applications.texts import UNAVAILABLE
from mypage_desktop.ui.session.tasks import run_blocking
from mypage_desktop.ui.widgets import language
from mypage_desktop.ui.widgets.i18n import field_message, t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

# The page's task starter: the task counts as the page's work (busy, cancelled by clear()).
Start = Callable[[Coroutine[Any, Any, Any]], "asyncio.Task[Any] | None"]


def failure_text(exc: ValidationFailed | ServiceUnavailable | OSError) -> str:
    """What the seeker reads when a call or the file write failed."""
    if isinstance(exc, ValidationFailed):
        return "\n".join(field_message(e) for e in exc.errors)
    if isinstance(exc, OSError):
        return t("ファイルを保存できませんでした。保存先のフォルダーと空き容量を確かめて、"
                 "もう一度お試しください。（{reason}）").format(reason=exc.strerror or exc)
    return t(UNAVAILABLE)


def saved_text(path: str) -> str:
    return t("面接の予定を保存しました：{path}\nカレンダーのアプリでこのファイルを開くと、予定に追加できます。"
             "ハローワークなど共用のパソコンでは、取り込んだ後にファイルを削除してください。").format(path=path)


class InterviewExport(QObject):
    """Signals:
        saved(str): the interview was written to this file.
        failed(str): why it was not (Japanese).
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, client: SeekerClient, start: Start, page: QWidget) -> None:
        super().__init__(page)
        self._client = client
        self._api = client.api
        self._start = start
        self._page = page
        self._dialog: QWidget | None = None

    def ask(self, detail: ApplicationDetail, ask_save_path: SavePathAsker) -> None:
        """Asks where to save this application's interview; the file is written once chosen."""
        application_id = detail.summary.application_id
        name = t("面接_{number}.ics").format(number=detail.summary.application_number)

        def chosen(path: str) -> None:
            if path:
                self._start(self._save(application_id, path))

        dialog = ask_save_path(self._page, t("面接予定の保存（.ics）"), name, chosen)
        if isinstance(dialog, QDialog):
            self._dialog = dialog
            dialog.finished.connect(self._on_dialog_finished)

    def close_dialog(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.close()

    async def _save(self, application_id: int, chosen: str) -> None:
        path = ics_path(chosen)
        try:
            text: str = await self._client.call(self._api.interview_ics, application_id,
                                                language=language.current())
        except (ValidationFailed, ServiceUnavailable) as exc:
            self.failed.emit(failure_text(exc))
            return
        except SessionInvalid:
            return
        try:
            await run_blocking(write_atomically, path, text)
        except OSError as exc:
            self.failed.emit(failure_text(exc))
            return
        self.saved.emit(str(path))

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self._dialog = None
