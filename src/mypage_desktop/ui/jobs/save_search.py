"""「この条件を保存」: asks for a name in a non-blocking dialog, saves the form's conditions
through the façade, and shows the service's messages (name rules, the per-person limit)
under the name field; condition messages go to the form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.job_conditions_text import describe
from mypage_desktop.domain.jobs import JobConditions
from mypage_desktop.ui.jobs.condition_form import ConditionForm
from mypage_desktop.ui.jobs.name_dialog import NameDialog
from mypage_desktop.ui.jobs.texts import UNAVAILABLE
from mypage_desktop.ui.widgets.i18n import field_message, t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

NAME_SUGGESTION_MAX = 40


class SaveSearchFlow(QObject):
    """Signals:
        saved(object): the :class:`SavedSearchInfo` just stored.
    """

    saved = Signal(object)

    def __init__(self, client: SeekerClient, form: ConditionForm,
                 parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._client = client
        self._api = client.api
        self._form = form
        self._parent_widget = parent_widget
        self.dialog: NameDialog | None = None
        self._conditions = JobConditions()

    def start(self) -> NameDialog:
        self.close()
        self._conditions = self._form.conditions()
        suggestion = describe(self._conditions)[:NAME_SUGGESTION_MAX]
        dialog = NameDialog(t("この条件を保存"), t("保存する検索条件の名前（40文字以内）"), self._parent_widget,
                            text=suggestion)
        dialog.name_submitted.connect(self._on_dialog_name_submitted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        dialog.name_edit.selectAll()
        return dialog

    def close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    async def _save(self, dialog: NameDialog, name: str) -> None:
        try:
            info = await self._client.call(self._api.save_search, name, self._conditions)
        except ValidationFailed as exc:
            names = [field_message(e) for e in exc.errors if e.field == "name"]
            others = [e for e in exc.errors if e.field != "name"]
            if others:
                self._form.show_errors(others)
                names.append(t("検索条件に誤りがあります。検索画面の表示を確認してください。"))
            if dialog is self.dialog:
                dialog.show_error("\n".join(names))
            return
        except ServiceUnavailable:
            if dialog is self.dialog:
                dialog.show_error(t(UNAVAILABLE))
            return
        except SessionInvalid:
            return
        if dialog is self.dialog:
            dialog.accept()
        self.saved.emit(info)

    @Slot(str)
    def _on_dialog_name_submitted(self, name: str) -> None:
        if self.dialog is not None:
            self._client.start_task(self._save(self.dialog, name))

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
