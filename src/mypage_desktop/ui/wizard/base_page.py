"""What the wizard's pages share: texts, field rows with their messages, and submitting a
façade call off the GUI thread without blocking ``validatePage`` (docs/tech-notes.md §qasync)."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget, QWizardPage

from mypage_desktop.domain.errors import FieldError, ServiceUnavailable, ValidationFailed
from mypage_desktop.ui.session.tasks import TaskSet, run_blocking
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.scroll_body import scrolling_body
from mypage_desktop.ui.wizard.flow import OpeningFlow, PageId

if TYPE_CHECKING:
    from mypage_desktop.ui.wizard.opening_wizard import OpeningWizard


def text_label(text: str, parent: QWidget, *, bold: bool = False, scale: float = 1.0) -> QLabel:
    """A wrapped plain-text label (never rich text: nothing here is markup); ``scale`` times the
    application's text size, also after 文字の大きさ changes."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if scale != 1.0:
        style.scaled_font(label, scale, bold=bold)
    elif bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _report_unexpected(task: asyncio.Future[Any]) -> None:
    """A bug in a submission goes to the crash handler (docs/security.md P2), never lost silently."""
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)


class WizardPageBase(QWizardPage):
    """A page of :class:`OpeningWizard`; ``page_id`` is its :class:`PageId`."""

    page_id: PageId

    def __init__(self, flow: OpeningFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        step, steps = flow.step(self.page_id)
        self.setSubTitle(t("ステップ{n}／{total}").format(n=step, total=steps))

    def opening_wizard(self) -> OpeningWizard:
        return self.wizard()  # type: ignore[return-value]

    def scrolling_layout(self) -> QVBoxLayout:
        """The page's layout, on a body that scrolls vertically when the wizard is lower than
        the page (large text on a 1366×768 screen, issue 15, docs/accessibility.md): the
        texts keep their wrapped height instead of being squeezed. Widgets added to it move
        onto the body."""
        scroll, layout = scrolling_body(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        return layout

    def isComplete(self) -> bool:
        """Mandatory fields (``registerField("name*")``) filled, and the flow agrees."""
        return QWizardPage.isComplete(self) and self.flow.may_leave(self.page_id)

    def cleanupPage(self) -> None:
        """Going back keeps what was typed; :meth:`reset_inputs` is for restart and close."""

    def has_input(self) -> bool:
        return False

    def cancel_pending(self) -> None:
        """Stop whatever this page is waiting for."""

    def reset_inputs(self) -> None:
        """Forget everything typed on this page (restart, close)."""


class SubmittingPage(WizardPageBase):
    """A page whose 「次へ進む」/「完了」 runs a blocking façade call.

    ``validatePage`` never blocks: it starts the call and answers False; when the call
    succeeds the page approves itself and calls ``wizard.next()``, which asks again.
    While the call runs: indeterminate progress bar, wait cursor, inputs and buttons off.
    """

    def __init__(self, flow: OpeningFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self._approved = False
        self._tasks = TaskSet()
        self._field_errors: dict[str, FieldErrorLabel] = {}
        self._field_inputs: dict[str, QLineEdit] = {}
        self.page_error = FieldErrorLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.setAccessibleName(t("処理中"))
        self.progress.hide()
        self.busy_label = text_label(t("処理しています。しばらくお待ちください…"), self)
        self.busy_label.hide()
        self.inputs = QWidget(self)  # everything the seeker can edit; disabled while busy

    # -- fields and their messages -----------------------------------------------------
    def add_field(self, name: str, edit: QLineEdit) -> FieldErrorLabel:
        label = FieldErrorLabel(self.inputs, edit)  # the edit's description carries the message
        self._field_errors[name] = label
        self._field_inputs[name] = edit
        edit.textEdited.connect(lambda _text, n=name: self.clear_field_error(n))
        return label

    def field_error_label(self, name: str) -> FieldErrorLabel:
        return self._field_errors[name]

    def clear_field_error(self, name: str) -> None:
        self._field_errors[name].clear_message()

    def clear_errors(self) -> None:
        for name in self._field_errors:
            self.clear_field_error(name)
        self.page_error.clear_message()

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        """Each message under its own field; anything else at the top of the page."""
        self.clear_errors()
        other: list[str] = []
        first: QLineEdit | None = None
        for name, items in OpeningFlow.errors_by_field(errors).items():
            text = "\n".join(field_message(e) for e in items)
            label = self._field_errors.get(name)
            if label is None:
                other.append(text)
                continue
            label.show_message(text)
            first = first or self._field_inputs[name]
        if other:
            self.page_error.show_message("\n".join(other))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_unavailable(self) -> None:
        self.page_error.show_message(t("ただいま処理を受け付けることができません。入力した内容はそのままです。"
                                       "しばらく待ってから、もう一度お試しください。"))

    # -- submitting --------------------------------------------------------------------
    def submission(self) -> Callable[[], Any] | None:
        """The façade call to run (a closure over the input), or None when not ready."""
        raise NotImplementedError

    def submitted(self, result: Any) -> None:
        """The call succeeded: update the flow before the wizard moves on."""
        raise NotImplementedError

    def failed(self, errors: tuple[FieldError, ...]) -> None:
        self.show_errors(errors)

    def validatePage(self) -> bool:
        if self._approved:
            self._approved = False
            return True
        call = self.submission()
        if call is None or not self.flow.begin_submission():
            return False
        self.clear_errors()
        self._set_busy(True)
        self._tasks.start(self._submit(call)).add_done_callback(_report_unexpected)
        return False

    def cancel_pending(self) -> None:
        """Drop a running submission (restart, close); its result, if any, is ignored."""
        was_busy = self.flow.busy or self.progress.isVisibleTo(self)
        self._tasks.cancel_all()
        self._approved = False
        if was_busy:
            self.flow.end_submission()
            self._set_busy(False)

    async def _submit(self, call: Callable[[], Any]) -> None:
        try:
            result = await run_blocking(call)
        except ValidationFailed as exc:
            self._finish()
            self.failed(exc.errors)
        except ServiceUnavailable:
            self._finish()
            self.show_unavailable()
        except asyncio.CancelledError:
            raise
        except BaseException:
            self._finish()
            raise
        else:
            self._finish()
            self.submitted(result)
            self._approved = True
            self.wizard().next()

    def _finish(self) -> None:
        self.flow.end_submission()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.inputs.setEnabled(not busy)
        self.completeChanged.emit()  # the wizard re-evaluates 次へ進む/完了 (and Back)
        wizard = self.opening_wizard()
        if wizard is None:
            return
        wizard.update_buttons()
        if busy:
            wizard.setCursor(Qt.CursorShape.WaitCursor)
        else:
            wizard.unsetCursor()

    @Slot()
    def _on_restart_clicked(self) -> None:
        self.opening_wizard().start_over()

