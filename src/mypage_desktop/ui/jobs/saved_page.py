"""保存した検索条件: run, rename or delete a saved search (dialogs never block)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget

from mypage_desktop.domain.errors import ServiceUnavailable, ValidationFailed
from mypage_desktop.domain.job_dto import SavedSearchInfo
from mypage_desktop.ui.jobs.name_dialog import NameDialog
from mypage_desktop.ui.jobs.saved_model import Columns, SavedSearchModel
from mypage_desktop.ui.session.tasks import PageTasks, error_text
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.confirm import ask
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.flow_layout import flow_row
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.list_table import configure_list_table, set_column_widths

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

SAMPLES: dict[int, str] = {
    Columns.NAME: "介護の仕事（山形市内）",
    Columns.SUMMARY: "フリーワード「介護」／一般／山形県山形市／月給180000円以上",
    Columns.NEW: "新着 0,000 件",
}


class SavedSearchesPage(QWidget):
    """Signals:
        run_requested(object): 「この条件で検索」 returned these :class:`JobConditions`.
        refreshed(): the list on the screen is up to date.
    """

    run_requested = Signal(object)
    refreshed = Signal()

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._api = client.api
        self.dialog: NameDialog | None = None
        self.confirm: QMessageBox | None = None
        self.model = SavedSearchModel(self)
        self.table = QTableView(self)
        configure_list_table(self.table)
        self.table.setModel(self.model)
        self.table.setAccessibleName(t("保存した検索条件"))
        set_column_widths(self.table, SAMPLES)
        self.run_button = QPushButton(t("この条件で検索"), self)
        self.rename_button = QPushButton(t("名前を変更"), self)
        self.delete_button = QPushButton(t("削除"), self)
        self.empty_label = style.plain_label(t("保存した検索条件はありません。求人情報検索の画面で"
                                               "「この条件を保存」を押すと、ここに表示されます。"), self)
        self.message = FieldErrorLabel(self)
        self._tasks = PageTasks(client, self.message.show_message)
        buttons = flow_row(self)  # one under the other when they do not fit (large text)
        for button in (self.run_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.heading(t("保存した検索条件"), self, scale=1.3))
        note = t("「新着」は、前回その条件で検索したあとに掲載された求人の件数です。")
        layout.addWidget(style.plain_label(note, self))
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.doubleClicked.connect(self._on_run_button_clicked)
        self.model.modelReset.connect(self._on_model_model_reset)
        self._on_model_model_reset()

    # -- public -------------------------------------------------------------------------
    def refresh(self) -> asyncio.Task[Any] | None:
        return self._start(self._refresh())

    @property
    def busy(self) -> bool:
        return self._tasks.busy

    def selected(self) -> SavedSearchInfo | None:
        return self.model.info(self.table.currentIndex().row())

    def clear(self) -> None:
        """Logout (S5)."""
        self._tasks.cancel_all()
        self._close_dialogs()
        self.model.clear()
        self.message.clear_message()

    # -- work ---------------------------------------------------------------------------
    def _start(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[Any] | None:
        return self._tasks.start(self._refreshed_if_refused(coro))

    async def _refreshed_if_refused(self, coro: Coroutine[Any, Any, None]) -> None:
        try:
            await coro
        except ValidationFailed as exc:  # e.g. deleted meanwhile on another PC: show what is left
            self.message.show_message(error_text(exc))
            await self._refresh()

    async def _refresh(self) -> None:
        keep = self.selected()
        rows: list[SavedSearchInfo] = await self._client.call(self._api.saved_searches)
        self.model.set_rows(rows)
        ids = [r.saved_id for r in rows]
        if keep is not None and keep.saved_id in ids:
            self.table.selectRow(ids.index(keep.saved_id))
        elif rows:
            self.table.selectRow(0)
        self.refreshed.emit()

    async def _run(self, info: SavedSearchInfo) -> None:
        conditions = await self._client.call(self._api.run_saved_search, info.saved_id)
        self.run_requested.emit(conditions)
        await self._refresh()

    async def _delete(self, info: SavedSearchInfo) -> None:
        await self._client.call(self._api.delete_saved_search, info.saved_id)
        await self._refresh()

    async def _rename(self, dialog: NameDialog, info: SavedSearchInfo, name: str) -> None:
        try:
            await self._client.call(self._api.rename_saved_search, info.saved_id, name)
        except (ValidationFailed, ServiceUnavailable) as exc:
            dialog.show_error(error_text(exc))  # kept open with the name as typed
            return
        dialog.accept()
        await self._refresh()

    def _forget_dialog(self, widget: QWidget) -> None:
        if self.dialog is widget:
            self.dialog = None
        if self.confirm is widget:
            self.confirm = None

    def _close_dialogs(self) -> None:
        dialog, self.dialog = self.dialog, None
        confirm, self.confirm = self.confirm, None
        for widget in (dialog, confirm):
            if widget is not None:
                widget.reject()

    # -- slots --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @Slot()
    def _on_model_model_reset(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        for button in (self.run_button, self.rename_button, self.delete_button):
            button.setEnabled(not empty)

    @Slot()
    def _on_run_button_clicked(self) -> None:
        info = self.selected()
        if info is not None:
            self.message.clear_message()
            self._start(self._run(info))

    @Slot()
    def _on_rename_button_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        self._close_dialogs()
        dialog = NameDialog(t("名前を変更"), t("新しい名前（40文字以内）"), self, text=info.name, ok_text=t("変更する"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.name_submitted.connect(lambda name: self._start(self._rename(dialog, info, name)))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.name_edit.selectAll()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        self._close_dialogs()
        text = t("保存した検索条件「{name}」を削除しますか？").format(name=info.name)
        def delete() -> None:
            self._start(self._delete(info))

        box = ask(self, t("検索条件の削除"), text, delete, yes_text=t("削除する"))
        box.finished.connect(lambda _result: self._forget_dialog(box))
        self.confirm = box
