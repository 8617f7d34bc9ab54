"""「応募する」 on the 求人票 (オンライン自主応募, docs/product-rules.md §referrals-applications): asks the service
whether this seeker may apply to this posting and says why not (無効, 応募済み, no online application,
募集終了); a confirmation names the posting and that the employer will see the registered
information; one application per click (docs/security.md D3), a duplicate is refused clearly. The
志望動機 and the 応募書類 are asked for in :class:`.apply_dialog.ApplyDialog`, which stays open while
the application is sent."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import ApplicationSummary, OnlineApplicationCheck, RegistrationInfo
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.job_dto import JobDetail
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.ui.jobs.apply_dialog import ApplyDialog
from mypage_desktop.ui.jobs.texts import UNAVAILABLE
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, message, t
from mypage_desktop.ui.widgets.status_label import StatusLabel
from mypage_desktop.ui.widgets.titled_box import TitledBox

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

DUPLICATE = "application.duplicate"
INACTIVE = "registration.inactive"
# Refusals about the posting or the seeker (not what was typed): the dialog closes, the panel says why.
POSTING_REFUSALS = frozenset({DUPLICATE, INACTIVE, "application.job_closed", "application.online_not_accepted",
                              "job.not_found"})


def apply_style(c: style.Colours) -> str:
    """The brand-coloured 応募する button. Its focus ring is drawn in the margin the button
    keeps free (on the window colour, where the ring needs its 3:1), not on the blue face."""
    return (f"QPushButton#applyButton:enabled {{ background: {c.brand}; color: {c.brand_text}; font-weight: bold;"
            f" border: 1px solid {c.border}; border-radius: 4px; margin: 3px; }}"
            f" QPushButton#applyButton:focus {{ border: 3px solid {c.focus}; margin: 0px; }}")


def refusal_text(code: str) -> str:
    if code == DUPLICATE:
        return t("応募済みです。この求人には既に応募しています。応募の状況は「応募履歴」で確認できます。")
    return message(code)  # 無効, オンライン自主応募なし (窓口で紹介を), 募集終了, …


class ApplyPanel(TitledBox):
    """Signals:
        applied(int): an online application was made (its id).
        state_changed(): the panel shows a new outcome (checked, applied or refused).
        application_requested(int): 「応募履歴で見る」 for the seeker's application to this posting.
    """

    applied = Signal(int)
    state_changed = Signal()
    application_requested = Signal(int)

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(t("応募"), parent)
        self._client = client
        self._api = client.api
        self.registration: RegistrationInfo | None = None
        self.job: JobDetail | None = None
        self.check: OnlineApplicationCheck | None = None
        self.dialog: ApplyDialog | None = None
        self._check_task: asyncio.Task[Any] | None = None
        self._applying = False
        self.apply_button = QPushButton(t("応募する"), self)
        self.apply_button.setObjectName("applyButton")
        style.themed_sheet(self.apply_button, apply_style)
        self.apply_button.setMinimumSize(160, self.apply_button.fontMetrics().height() + 18)
        self.note = StatusLabel("", self)
        self.history_button = QPushButton(t("応募履歴で見る"), self)
        self.error = FieldErrorLabel(self)
        self.result = style.notice_label(self)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addSpacing(8)
        row.addWidget(self.note, 1)
        row.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.history_button.clicked.connect(self._on_history_button_clicked)
        self._update()

    # -- public -------------------------------------------------------------------------
    @property
    def confirm_box(self) -> QMessageBox | None:
        """The confirmation that names the posting and the attachments, while it is open."""
        return self.dialog.confirm_box if self.dialog is not None else None

    @property
    def busy(self) -> bool:
        return self._applying or (self._check_task is not None and not self._check_task.done())

    @property
    def inactive(self) -> bool:
        return self.registration is not None and self.registration.status == SeekerStatus.INACTIVE.value

    def show_job(self, job: JobDetail) -> None:
        """A 求人票 is on the screen: ask whether it can be applied to."""
        self.clear_job()
        self.job = job
        self._start_check()

    def set_registration(self, info: RegistrationInfo) -> None:
        """While 無効 the button is disabled with the explanation (docs/product-rules.md §seeker-status); back to 有効,
        the open 求人票 is checked again."""
        was_inactive = self.inactive
        self.registration = info
        if was_inactive and not self.inactive and self.job is not None:
            self._start_check()
        else:
            self._update()

    def clear_job(self) -> None:
        if self._check_task is not None and not self._check_task.done():
            self._check_task.cancel()
        self._check_task = None
        self._close_confirm()
        self.job = None
        self.check = None
        self.error.clear_message()
        self.result.clear()
        self.result.hide()
        self._update()

    def clear(self) -> None:
        """Logout (S5)."""
        self.clear_job()
        self.registration = None
        self._applying = False
        self._update()

    # -- internals ----------------------------------------------------------------------
    def _start_check(self) -> None:
        job = self.job
        if job is None or not self._client.active:
            return
        if self._check_task is not None and not self._check_task.done():
            self._check_task.cancel()
        self.check = None
        self._check_task = self._client.start_task(self._check(job))
        self._update()

    async def _check(self, job: JobDetail) -> None:
        try:
            check: OnlineApplicationCheck = await self._client.call(self._api.online_application_check,
                                                                   job.job_id)
        except ValidationFailed as exc:
            self.error.show_message("\n".join(field_message(e) for e in exc.errors))
            check = OnlineApplicationCheck(job.job_id, False, None, None)
        except ServiceUnavailable:
            self.error.show_message(t(UNAVAILABLE))
            check = OnlineApplicationCheck(job.job_id, False, None, None)
        except SessionInvalid:
            return
        if self.job is not job:
            return
        self.check = check
        self._check_task = None
        self._update()
        self.state_changed.emit()

    async def _apply(self, job: JobDetail, dialog: ApplyDialog, motivation: str, ids: tuple[int, ...]) -> None:
        """Not cancelled when another 求人票 is opened: the application may be stored already,
        and the main window must hear of it."""
        try:
            summary: ApplicationSummary = await self._client.call(self._api.apply_online, job.job_id, motivation,
                                                                 ids)
        except ValidationFailed as exc:
            if POSTING_REFUSALS.isdisjoint(exc.codes()) and dialog.isVisible():
                dialog.show_errors(list(exc.errors))  # what was typed stays in the dialog
            else:
                dialog.reject()
                self._refused(job, exc)
            return
        except ServiceUnavailable:
            dialog.show_text(t(UNAVAILABLE))
            return
        except SessionInvalid:
            return
        finally:
            self._applying = False
            self._update()
            if not dialog.isVisible():  # closed meanwhile (another 求人票, logout): gone now
                dialog.deleteLater()
        attached = "、".join(row.document.kind for row in dialog.rows.values() if row.document is not None)
        dialog.finish()
        if self.job is job:
            self.check = OnlineApplicationCheck(job.job_id, False, DUPLICATE, summary.application_id)
            self.error.clear_message()
            text = t("応募しました。応募番号：{number}").format(number=summary.application_number)
            text += "\n" + (t("添付した書類：{documents}").format(documents=attached) if attached
                            else t("書類は添付していません。"))
            if job.employer_has_mypage:
                text += "\n" + t("事業所からの連絡は「メッセージ」に届きます。")
            self.result.setText(text)
            self.result.show()
            self._update()
            self.state_changed.emit()
        self.applied.emit(summary.application_id)

    def _refused(self, job: JobDetail, exc: ValidationFailed) -> None:
        if self.job is not job:
            return
        codes = [e.code for e in exc.errors]
        if DUPLICATE in codes:
            self.error.show_message(message(DUPLICATE))
        else:
            self.error.show_message("\n".join(field_message(e) for e in exc.errors))
        first = codes[0] if codes else None
        self.check = OnlineApplicationCheck(job.job_id, False, first, None)
        self._update()
        self.state_changed.emit()

    def _update(self) -> None:
        """The button is enabled only when the service said yes; the note says why not."""
        job, check = self.job, self.check
        enabled = False
        if job is None:
            note = ""
        elif self.inactive:
            note = message(INACTIVE)
        elif self._applying:
            note = t("応募しています…")
        elif self._check_task is not None:
            note = t("オンラインで応募できるか確認しています…")
        elif check is None:
            note = ""
        elif check.can_apply:
            enabled = True
            note = t("この求人には、このマイページからオンラインで応募できます（オンライン自主応募）。")
        else:
            note = refusal_text(check.refusal_code) if check.refusal_code else ""
        self.apply_button.setEnabled(enabled)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.history_button.setVisible(self._existing_application() is not None)

    def _existing_application(self) -> int | None:
        check = self.check
        return None if self.job is None or check is None else check.existing_application_id

    def _close_confirm(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()

    # -- slots --------------------------------------------------------------------------
    @Slot()
    def _on_history_button_clicked(self) -> None:
        application_id = self._existing_application()
        if application_id is not None:
            self.application_requested.emit(application_id)

    @Slot()
    def _on_apply_button_clicked(self) -> None:
        job, check = self.job, self.check
        if job is None or check is None or not check.can_apply or self.busy or self.inactive:
            return
        dialog = ApplyDialog(job, self._client, self.window())

        def submitted(motivation: str, ids: tuple[int, ...]) -> None:
            if self.job is job and not self._applying and self._client.active:
                self._applying = True
                self.error.clear_message()
                self._update()  # disabled until the answer (docs/security.md D3)
                self._client.start_task(self._apply(job, dialog, motivation, ids))

        dialog.submitted.connect(submitted)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        sender = self.sender()
        if sender is self.dialog:
            self.dialog = None
        if isinstance(sender, ApplyDialog) and not self._applying:
            sender.deleteLater()  # while applying, _apply still needs it and deletes it itself
