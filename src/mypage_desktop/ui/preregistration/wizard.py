"""「求職申込み（仮登録）」: the multi-step window opened from the login window.

The rules (order, pupil gate, where a message belongs, what is held) live in
:class:`~.flow.PreregistrationFlow`; this window shows them. Every façade call runs off the
GUI thread (``run_blocking``); while one runs the buttons are off and a bar moves. A refusal
keeps every value and shows each message beside its field, on the step of the first one.
Closing the window, whichever way, forgets everything typed (docs/security.md S5).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.account_dto import AppInfo, RegistrationRequested
from mypage_desktop.domain.errors import ServiceUnavailable, ValidationFailed
from mypage_desktop.domain.preregistration_dto import (
    DraftResumed,
    DraftSaved,
    PreregistrationForm,
    PreregistrationSubmitted,
)
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.ui.preregistration.flow import INPUT_STEPS, STEP_TITLES, PreregistrationFlow, Step
from mypage_desktop.ui.preregistration.review_pages import DonePage, ReviewPage
from mypage_desktop.ui.preregistration.start_page import StartPage
from mypage_desktop.ui.session.tasks import TaskSet, run_blocking
from mypage_desktop.ui.widgets import language, style
from mypage_desktop.ui.widgets.flow_layout import flow_row
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.prereg_form.history_page import HistoryPage
from mypage_desktop.ui.widgets.prereg_form.input_pages import BasicPage, ContactPage, MorePage, WishPage
from mypage_desktop.ui.widgets.prereg_form.texts import UNAVAILABLE, StepPage
from mypage_desktop.ui.widgets.screen_fit import available_area

log = logging.getLogger(__name__)
# On a shared PC (kiosk) the form closes, forgetting what was typed, after this long without a
# key press or click: a visitor who walks away must not leave their data on the screen
# (docs/security.md S5). Longer than a session's idle limit: writing 自己PR takes thought.
KIOSK_IDLE_MS = 10 * 60 * 1000
ACTIVITY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                   QEvent.Type.InputMethod)


class PreregistrationWizard(QWidget):
    """Signals: ``closed()`` when the window has closed (the login window shows again)."""

    closed = Signal()

    def __init__(self, facade: MyPageFacade, app_info: AppInfo, parent: QWidget | None = None, *,
                 kiosk_idle_ms: int = KIOSK_IDLE_MS) -> None:
        super().__init__(parent)
        self._facade = facade
        self.flow = PreregistrationFlow()
        self._tasks = TaskSet()
        self.cancel_box: QMessageBox | None = None
        self.setWindowTitle(t("求職申込み（仮登録）"))
        self.setMinimumSize(760, 560)
        area = available_area().size()
        self.resize(min(980, area.width()), min(760, area.height() - 40))
        self.start = StartPage(self)
        self.basic, self.contact, self.wish = BasicPage(self), ContactPage(self), WishPage(self)
        self.history, self.more = HistoryPage(self), MorePage(self)
        self.review, self.done = ReviewPage(self), DonePage(app_info.office_name, self)
        self.pages: dict[Step, StepPage] = {
            Step.SCHOOL: self.start, Step.BASIC: self.basic, Step.CONTACT: self.contact, Step.WISH: self.wish,
            Step.HISTORY: self.history, Step.MORE: self.more, Step.REVIEW: self.review, Step.DONE: self.done}
        self.stack = QStackedWidget(self)
        for step in Step:
            self.stack.addWidget(self.pages[step])
        self.step_label = style.heading("", self, scale=1.2)
        self.notice = style.notice_label(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.cancel_button = QPushButton(t("キャンセル"), self)
        self.save_button = QPushButton(t("一時保存"), self)
        self.back_button = QPushButton(t("戻る"), self)
        self.next_button = QPushButton(t("次へ進む"), self)
        self.submit_button = QPushButton(t("この内容で仮登録する"), self)
        self.close_button = QPushButton(t("閉じる"), self)
        # Two flowing groups: a button goes under the others when a row does not fit (long
        # translations at 200 %, docs/accessibility.md) instead of being squeezed.
        buttons = QHBoxLayout()
        leave = flow_row(self)
        leave.addWidget(self.cancel_button)
        leave.addWidget(self.save_button)
        steps = flow_row(self)
        for button in (self.back_button, self.next_button, self.submit_button, self.close_button):
            button.setMinimumHeight(34)
            steps.addWidget(button)
        buttons.addLayout(leave, 1)
        buttons.addLayout(steps)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(style.header_band(t("求職申込み（仮登録）"), self))
        inner = QVBoxLayout()
        inner.setContentsMargins(12, 0, 12, 0)
        inner.addWidget(self.step_label)
        inner.addWidget(self.notice)
        inner.addWidget(self.stack, 1)
        inner.addWidget(self.progress)
        inner.addLayout(buttons)
        layout.addLayout(inner, 1)
        layout.addWidget(style.footer(app_info, self))
        self._wire()
        self._show_step()
        self.timed_out = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(kiosk_idle_ms)
        self._idle.timeout.connect(self._on_idle_timeout)
        app = QApplication.instance()
        if app_info.kiosk_mode and app is not None:
            app.installEventFilter(self)
            self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._idle.isActive() and event.type() in ACTIVITY_EVENTS:
            self._idle.start()  # any key or click anywhere starts the wait again
        return False

    def _on_idle_timeout(self) -> None:
        self.timed_out = True
        self.close()

    def _wire(self) -> None:
        self.start.answered.connect(self._on_answered)
        self.start.resume.key_requested.connect(lambda email: self._run(
            partial(self._facade.request_preregistration_resume_key, language=language.current()), email,
            done=self._key_sent,
            failed=self.start.resume.show_errors))
        self.start.resume.resume_requested.connect(lambda email, key: self._run(
            self._facade.resume_preregistration, email, key, done=self._resumed,
            failed=self.start.resume.show_errors))
        self.contact.lookup_requested.connect(lambda code: self._run(
            self._facade.lookup_postal_code, code, done=self.contact.show_addresses, failed=self._failed))
        self.review.edit_requested.connect(lambda step: self._go(lambda: self.flow.go_to(Step(step))))
        self.next_button.clicked.connect(lambda: self._go(self.flow.next))
        self.back_button.clicked.connect(lambda: self._go(self.flow.back))
        self.save_button.clicked.connect(self.save_draft)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.close)

    # -- moving ---------------------------------------------------------------------------------
    def _collect(self) -> None:
        """The shown page's values into the flow (kept across steps and errors)."""
        if self.flow.step in INPUT_STEPS:
            self.flow.update(**self.pages[self.flow.step].values())

    def _go(self, move: Callable[[], Step]) -> None:
        self._collect()
        move()
        self.notice.hide()
        self._show_step()

    def _show_step(self) -> None:
        step = self.flow.step
        page = self.pages[step]
        if step in INPUT_STEPS:
            page.load(self._form_values())
        if step == Step.REVIEW:
            self.review.show_form(self.flow.form)
        page.show_errors(self.flow.errors_for(step) if step != Step.REVIEW else self.flow.errors)
        self.stack.setCurrentWidget(page)
        n, total = self.flow.progress()
        title = t(STEP_TITLES[step])
        self.step_label.setText(t("ステップ{n}／{total}　{title}").format(n=n, total=total, title=title) if n
                                else title)
        self._update_buttons()
        target = page.first_error_widget()
        if target is not None:
            target.setFocus()

    def _form_values(self) -> dict[str, Any]:
        form = self.flow.form
        return {name: getattr(form, name) for name in form.__dataclass_fields__}

    def _update_buttons(self) -> None:
        flow, step = self.flow, self.flow.step
        self.next_button.setVisible(step < Step.REVIEW)
        self.next_button.setEnabled(flow.can_go_next())
        self.back_button.setVisible(Step.SCHOOL < step < Step.DONE)
        self.back_button.setEnabled(flow.can_go_back())
        self.save_button.setVisible(flow.step in (*INPUT_STEPS, Step.REVIEW))
        self.save_button.setEnabled(flow.can_save())
        self.submit_button.setVisible(step == Step.REVIEW)
        self.submit_button.setEnabled(flow.can_submit())
        self.cancel_button.setVisible(step != Step.DONE)
        self.close_button.setVisible(step == Step.DONE)
        self.stack.setEnabled(not flow.busy)

    def _on_answered(self, in_school: bool) -> None:
        self.flow.answer_school(in_school)
        self._update_buttons()

    # -- calls ----------------------------------------------------------------------------------
    def save_draft(self) -> asyncio.Task[object] | None:
        self._collect()
        return self._run(self._facade.save_preregistration_draft, self.flow.form, self.flow.draft_token,
                         done=self._saved, failed=self._failed)

    def submit(self) -> asyncio.Task[object] | None:
        # The mails go out in the screens' language (docs/i18n.md#mails).
        submit = partial(self._facade.submit_preregistration, language=language.current())
        return self._run(submit, self.flow.form, self.flow.draft_token, done=self._submitted, failed=self._failed)

    def _run(self, call: Callable[..., Any], *args: Any, done: Callable[[Any], None],
             failed: Callable[[Any], None]) -> asyncio.Task[object] | None:
        if not self.flow.begin_call():
            return None
        self._set_busy(True)
        return self._tasks.start(self._call(call, args, done, failed))

    async def _call(self, call: Callable[..., Any], args: tuple[Any, ...], done: Callable[[Any], None],
                    failed: Callable[[Any], None]) -> None:
        try:
            result = await run_blocking(call, *args)
        except ValidationFailed as exc:
            self._finish()
            failed(exc.errors)
        except ServiceUnavailable:
            self._finish()
            self._say(t(UNAVAILABLE))
        except asyncio.CancelledError:
            raise
        else:
            self._finish()
            done(result)

    def _finish(self) -> None:
        self.flow.end_call()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _failed(self, errors: Any) -> None:
        self._collect()  # what was typed since the last step change (e.g. before 「住所を検索」) stays
        self.flow.failed(errors)
        self._show_step()
        self._say(t("入力内容を確認してください。入力した内容はそのままです。"))

    def _saved(self, saved: DraftSaved) -> None:
        self.flow.saved_draft(saved)
        self._show_step()
        day = saved.expires_on
        self._say(t("一時保存しました。{y}年{m}月{d}日まで保存されます（最後に保存した日から{days}日間）。"
                    "続きは「求職申込み（仮登録）」の「一時保存した入力を再開する」から、メールアドレスと"
                    "メールで届く認証キーで再開できます。").format(y=day.year, m=day.month, d=day.day,
                                                            days=saved.valid_days))

    def _key_sent(self, answer: RegistrationRequested) -> None:
        self.start.resume.key_sent(answer.key_validity_minutes, answer.mail_sender)

    def _resumed(self, resumed: DraftResumed) -> None:
        self.flow.resumed(resumed)
        self.start.resume.clear()
        self._show_step()
        self._say(t("一時保存した入力を読み込みました。続きから入力してください。"))

    def _submitted(self, result: PreregistrationSubmitted) -> None:
        self.flow.submitted(result)
        self.done.show_result(result)
        self._forget_inputs()
        self.notice.hide()
        self._show_step()

    def has_input(self) -> bool:
        self._collect()
        return self.flow.form != PreregistrationForm(in_school=self.flow.form.in_school)

    def _on_cancel_clicked(self) -> None:
        """With something typed, ask first (a slip of the mouse must not lose it); the box
        opens without blocking (docs/code-style.md §non-blocking-dialogs)."""
        if not self.has_input():
            self.close()
            return
        box = QMessageBox(QMessageBox.Icon.Question, t("求職申込み（仮登録）"), t(
            "入力した内容は、一時保存していない分は失われます。終了しますか。"), parent=self)
        self.cancel_box = box
        leave = box.addButton(t("終了する"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(t("入力に戻る"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _result: self.close() if box.clickedButton() is leave else None)
        box.open()

    # -- closing --------------------------------------------------------------------------------
    def _forget_inputs(self) -> None:
        for step in INPUT_STEPS:
            self.pages[step].load({})
        self.review.clear_form()
        self.start.clear()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._tasks.cancel_all()
        if self.cancel_box is not None and self.cancel_box.isVisible():
            self.cancel_box.done(0)
        self._forget_inputs()
        self.done.clear()
        self.flow.forget()
        super().closeEvent(event)
        self.closed.emit()

    def discard(self) -> None:
        """Closes at once and forgets everything (logout of the PC, quitting)."""
        self.close()

    @property
    def busy(self) -> bool:
        return self.flow.busy

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()
