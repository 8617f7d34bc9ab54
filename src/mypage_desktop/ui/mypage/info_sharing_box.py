"""「求職情報提供」 on 求職者情報・設定 (docs/product-rules.md §info-sharing): who receives what
(never the name or contact details), the current choice with the date of the consent, and the
switch, each way after a confirmation. A new consent needs a 有効 registration."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from mypage_desktop.domain import info_sharing as rules
from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.info_sharing import InfoSharingState
from mypage_desktop.ui.mypage.action_box import ActionBox
from mypage_desktop.ui.mypage.texts import ACTIVE, LOAD_FAILED, LOADING, date_text
from mypage_desktop.ui.widgets import language, style
from mypage_desktop.ui.widgets.confirm import ask
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import message, t
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.wrap_button import WrapButton

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient


def state_style(c: style.Colours) -> str:
    return (f"QLabel#sharingState {{ background: {c.info_bg}; color: {c.info_text}; padding: 6px;"
            f" border: 1px solid {c.info_border}; }}")


def state_text(state: InfoSharingState) -> str:
    if state.sharing and state.given_at is not None:
        return t("現在の設定：提供する（{date}に同意）").format(date=date_text(state.given_at.date()))
    if state.withdrawn_at is not None:
        return t("現在の設定：提供しない（{date}に同意を取り消しました）").format(
            date=date_text(state.withdrawn_at.date()))
    return t("現在の設定：提供しない（同意していません）")


class InfoSharingBox(ActionBox):
    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(t("求職情報提供"), client, parent)
        self.state: InfoSharingState | None = None
        self._active = True
        self.explanation = style.plain_label("\n".join(t(line) for line in rules.EXPLANATION), self)
        self.state_label = style.plain_label(t(LOADING), self)
        self.state_label.setObjectName("sharingState")
        style.themed_sheet(self.state_label, state_style)
        self.button = WrapButton("", self)
        self.button.setMinimumHeight(32)
        self.note = StatusLabel("", self)
        self.error = FieldErrorLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.explanation)
        layout.addWidget(self.state_label)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        self.button.clicked.connect(self._on_button_clicked)
        self.clear()

    # -- public -------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._client.active:
            self._client.start_task(self._load())

    def set_registration(self, info: RegistrationInfo) -> None:
        self._active = info.status == ACTIVE
        self._update()

    def show_state(self, state: InfoSharingState) -> None:
        self.state = state
        self._update()

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.state = None
        self.state_label.setText(t(LOADING))
        self.note.clear()
        self.note.hide()
        self.error.clear_message()
        self._set_busy(False)

    # -- internals ------------------------------------------------------------------------
    def _update(self) -> None:
        state = self.state
        self.note.hide()
        if state is None:
            self.button.setText(t("求職情報提供に同意する"))
            self.button.setEnabled(False)
            return
        self.state_label.setText(state_text(state))
        if state.sharing:
            self.button.setText(t("同意を取り消す（提供しない）"))
            self.button.setEnabled(not self._busy)
            return
        self.button.setText(t("求職情報提供に同意する"))
        can = state.can_opt_in and self._active
        self.button.setEnabled(can and not self._busy)
        if not can:
            self.note.setText(message(rules.INACTIVE))
            self.note.show()

    async def _load(self) -> None:
        try:
            state = await self._client.call(self._api.info_sharing)
        except (ServiceUnavailable, ValidationFailed):
            if self.alive:
                self.state_label.setText(t(LOAD_FAILED))
            return
        except SessionInvalid:
            return
        if self.alive:
            self.show_state(state)

    @Slot()
    def _on_button_clicked(self) -> None:
        if self._busy or self.state is None or not self._client.active:
            return
        self.error.clear_message()
        if self.state.sharing:
            question = t("求職情報提供への同意を取り消しますか？\n"
                         "取り消した後は、あなたの求職情報を新たに提供しません。")
            self.dialog = ask(self, t("求職情報提供"), question, lambda: self._switch(False),
                              yes_text=t("同意を取り消す"),
                               on_closed=self._forget)
        else:
            question = t("上の説明のとおり、氏名・連絡先を除いた求職情報を地方自治体と職業紹介事業者に"
                         "提供することに同意しますか？")
            self.dialog = ask(self, t("求職情報提供"), question, lambda: self._switch(True), yes_text=t("同意する"),
                               on_closed=self._forget)

    def _switch(self, share: bool) -> None:
        self.dialog = None
        if self._busy or not self._client.active:
            return
        self._set_busy(True)
        self._client.start_task(self._run(share))

    async def _run(self, share: bool) -> None:
        if share:
            state = await self._attempt(partial(self._api.opt_in_info_sharing, language=language.current()),
                                        rules.TEXT_VERSION)
        else:
            state = await self._attempt(partial(self._api.opt_out_info_sharing, language=language.current()))
        if state is None:
            return
        self.show_state(state)
        self.note.setText(t("設定を変更しました。登録したメールアドレス宛に「求職情報提供の設定変更のお知らせ」を"
                            "お送りします。"))
        self.note.show()

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self._update()
