"""求職状態の切り替え (docs/product-rules.md §seeker-status): 有効 ⇄ 無効 after a confirmation that says what happens.

無効 stops searching, applying and sending messages; the seeker may switch back within the
configured period (``grace_days``, until ``reactivation_deadline``). After it the switch is
refused with 「…最寄りのハローワークにお越しください。」: shown before the seeker tries when
the service already says so (``reactivation_refusal``), and when the service refuses the
switch itself (the period ended while the page was open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.ui.mypage.action_box import ActionBox
from mypage_desktop.ui.mypage.texts import (
    ACTIVE,
    INACTIVE,
    INACTIVE_EFFECTS,
    LAST_MONTH,
    UNAVAILABLE,
    date_text,
    refusal_text,
    status_text,
)
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.wrap_button import WrapButton

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

PERIOD_OVER = "registration.reactivation_period_over"
def guidance_style(c: style.Colours) -> str:
    return (f"QLabel#reactivationGuidance {{ background: {c.notice_bg}; color: {c.important_text};"
            f" border: 2px solid {c.important_border}; padding: 8px; font-weight: bold; }}")


def last_month_style(c: style.Colours) -> str:
    return (f"QLabel#lastMonthNote {{ background: {c.caution_bg}; color: {c.caution_text}; padding: 6px;"
            f" border: 1px solid {c.caution_border}; }}")


def done_style(c: style.Colours) -> str:
    return (f"QLabel#switchDone {{ background: {c.info_bg}; color: {c.info_text}; padding: 6px;"
            f" border: 1px solid {c.info_border}; }}")


def not_older(fetched: RegistrationInfo, known: RegistrationInfo | None) -> bool:
    """Whether a fetched registration may replace the known one: a fetch that started before
    a switch (or before another page's fetch) answers with an older status and must not undo it."""
    return known is None or fetched.status_changed_at >= known.status_changed_at


def confirmation_texts(info: RegistrationInfo, target: str) -> tuple[str, str, str]:
    """(question, details, yes-button text) of the confirmation for switching to ``target``."""
    if target == INACTIVE:
        details = "\n\n".join((
            t(INACTIVE_EFFECTS),
            t("「無効」にした日から{days}日以内であれば、このページで「有効」に戻すことができます。"
              "それを過ぎると、最寄りのハローワークでの手続きが必要です。").format(days=info.grace_days),
        ))
        return t("求職状態を「無効」にしますか？"), details, t("「無効」にする")
    renews_to = info.reactivation_renews_to or info.valid_until
    details = "\n\n".join((
        t("「有効」に戻すと、求人情報検索、オンライン自主応募、応募先へのメッセージの送信が再びできるようになります。"),
        t("有効期限は{date}になります。").format(date=date_text(renews_to)),
    ))
    return t("求職状態を「有効」に戻しますか？"), details, t("「有効」に戻す")


class StatusSwitch(ActionBox):
    """The 有効/無効 switch with its explanation.

    Signals:
        changed(object): the service answered with a new :class:`RegistrationInfo` (after a
            switch, or after a refused one: then ``can_reactivate`` became False).
    """

    changed = Signal(object)

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(t("求職状態の切り替え"), client, parent)
        self._info: RegistrationInfo | None = None
        self.confirm: QMessageBox | None = None
        self.state_label = style.plain_label("", self)
        self.state_label.setObjectName("switchState")
        self.state_label.setStyleSheet("QLabel#switchState { font-weight: bold; }")
        self.explanation = style.plain_label("", self)
        self.last_month_note = style.plain_label(t(LAST_MONTH), self)
        self.last_month_note.setObjectName("lastMonthNote")
        style.themed_sheet(self.last_month_note, last_month_style)
        self.guidance = style.plain_label("", self)
        self.guidance.setObjectName("reactivationGuidance")
        style.themed_sheet(self.guidance, guidance_style)
        self.switch_button = WrapButton("", self)
        self.switch_button.setMinimumHeight(32)
        self.busy_label = style.plain_label(t("処理しています…"), self, wrap=False)
        self.done_label = StatusLabel("", self)
        self.done_label.setObjectName("switchDone")
        style.themed_sheet(self.done_label, done_style)
        self.error = FieldErrorLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for widget in (self.state_label, self.explanation, self.last_month_note, self.guidance):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.done_label)
        layout.addWidget(self.error)
        self.switch_button.clicked.connect(self._on_switch_button_clicked)
        self.clear()

    # -- public -------------------------------------------------------------------------
    def show_info(self, info: RegistrationInfo) -> None:
        self._info = info
        inactive = info.status == INACTIVE
        self.state_label.setText(t("現在の求職状態：{status}").format(status=status_text(info)))
        if inactive:
            lines = [t(INACTIVE_EFFECTS)]
            if info.can_reactivate and info.reactivation_deadline is not None:
                lines.append(t("{deadline}までは、このページで「有効」に戻すことができます（戻すと有効期限は{renews}"
                               "になります）。").format(deadline=date_text(info.reactivation_deadline),
                                                    renews=date_text(info.reactivation_renews_to or info.valid_until)))
            self.explanation.setText("\n".join(lines))
            self.switch_button.setText(t("求職状態を「有効」に戻す"))
        else:
            self.explanation.setText(t(
                "求職活動をしばらく休むときは、求職状態を「無効」にできます。有効期限：{date}").format(
                date=date_text(info.valid_until)))
            self.switch_button.setText(t("求職状態を「無効」にする"))
        self.last_month_note.setVisible(not inactive and info.in_last_month)
        refusal = refusal_text(info) if inactive else ""
        self.guidance.setText(refusal)
        self.guidance.setVisible(bool(refusal))
        self.switch_button.setVisible(True)
        self._update_enabled()

    def clear(self) -> None:
        """Logout (S5): no status, no dialog."""
        self._info = None
        self._busy = False
        if self.confirm is not None:
            self.confirm.close()
            self.confirm = None
        for label in (self.state_label, self.explanation, self.guidance, self.done_label):
            label.clear()
        self.guidance.hide()
        self.last_month_note.hide()
        self.done_label.hide()
        self.busy_label.hide()
        self.error.clear_message()
        self.switch_button.setText(t("求職状態を切り替える"))
        self.switch_button.setEnabled(False)
        self.switch_button.setVisible(False)

    # -- switching ----------------------------------------------------------------------
    def _target(self) -> str | None:
        if self._info is None:
            return None
        if self._info.status == INACTIVE:
            return ACTIVE if self._info.can_reactivate else None
        return INACTIVE if self._info.can_deactivate else None

    def _update_enabled(self) -> None:
        self.switch_button.setEnabled(not self._busy and self._target() is not None)
        self.busy_label.setVisible(self._busy)

    @Slot()
    def _on_switch_button_clicked(self) -> None:
        target = self._target()
        if target is None or self._info is None or self._busy:
            return
        self.done_label.hide()
        self.error.clear_message()
        question, details, yes_text = confirmation_texts(self._info, target)
        box = QMessageBox(QMessageBox.Icon.Question, t("求職状態の切り替え"), question,
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(details)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(t("キャンセル"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)  # a slip of the Enter key changes nothing
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(_result: int) -> None:
            if self.confirm is box:
                self.confirm = None
            if box.clickedButton() is yes:
                self._switch(target)

        box.finished.connect(finished)
        self.confirm = box
        box.open()  # non-blocking (docs/code-style.md §non-blocking-dialogs)

    def _switch(self, target: str) -> None:
        if not self._client.active or self._busy:
            return
        self._set_busy(True)
        self._client.start_task(self._run(target))

    async def _run(self, target: str) -> None:
        try:
            info = await self._send(self._api.set_registration_status, target)
        except ValidationFailed as exc:
            await self._refused(exc)
            return
        except ServiceUnavailable:
            self.error.show_message(t(UNAVAILABLE))
            return
        except SessionInvalid:
            return  # the owner is already back at the login screen
        self.show_info(info)
        self.done_label.setText(t("求職状態を「{status}」にしました。").format(status=t(info.status)))
        self.done_label.show()
        self.changed.emit(info)

    async def _refused(self, exc: ValidationFailed) -> None:
        text = "\n".join(field_message(error) for error in exc.errors)
        if PERIOD_OVER not in exc.codes():
            self.error.show_message(text)
            return
        # The period ended while the page was open: show the guidance now, then the fresh state.
        self.guidance.setText(text)
        self.guidance.show()
        self.switch_button.setEnabled(False)
        try:
            info = await self._client.call(self._api.registration_info)
        except (ServiceUnavailable, SessionInvalid):
            return
        self.show_info(info)
        self.changed.emit(info)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self._update_enabled()
