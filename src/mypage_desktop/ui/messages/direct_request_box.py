"""直接リクエスト in お知らせ (docs/product-rules.md §publication): under a notice that
carries one, the state of the request and its two answers. 「応募する」 asks for the 志望動機 and,
if the seeker wants, a 履歴書 and a 職務経歴書 (PDF, the apply dialog's 応募書類 rows) in a small
dialog and makes an オンライン自主応募; 「辞退する」 asks for a confirmation. Both are
disabled once answered, and the answer is shown. What was typed stays after a refusal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.documents import MAX_DOCUMENT_BYTES, DocumentKind
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.publication import ANSWER_APPLY, ANSWER_DECLINE
from mypage_desktop.domain.publication_dto import DirectRequestInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets import confirm, style
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.document_row import DocumentRow
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.screen_fit import fit_dialog
from mypage_desktop.ui.widgets.scroll_body import scrolling_body

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient

UNAVAILABLE = N_("ただいま処理できません。入力した内容はそのままです。しばらくしてからもう一度お試しください。")


def box_style(c: style.Colours) -> str:
    return f"QWidget#directRequest {{ background: {c.info_bg}; border: 1px solid {c.info_border}; }}"




class MotivationDialog(QDialog):
    """The 志望動機 and the 応募書類 for 「応募する」; ``submitted(str)`` when the seeker presses
    応募する (the documents: :meth:`document_ids`). Stays open (text and files kept) until the
    answer is taken."""

    submitted = Signal(str)

    def __init__(self, job_label: str, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False
        self.setWindowTitle(t("直接リクエストに応募する"))
        self.setModal(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(t("志望動機"))
        self.edit.setTabChangesFocus(True)
        self.rows = {kind: DocumentRow(kind.value, client, self) for kind in DocumentKind}
        self.error = FieldErrorLabel(self)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(t("応募する"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(t("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 5)
        scroll, layout = scrolling_body(self)  # scrolls when the dialog is lower than it (large text)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.plain_label(t("求人「{label}」にオンラインで応募します。志望動機を入力してください"
                                             "（1000文字以内）。").format(label=job_label), self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(style.plain_label(t("応募書類（任意、PDF形式、1ファイル{mb}MBまで）").format(
            mb=MAX_DOCUMENT_BYTES // (1024 * 1024)), self))
        for row in self.rows.values():
            layout.addWidget(row)
            row.changed.connect(self._update)
        layout.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        fit_dialog(self)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self.error.clear_message)
        self.finished.connect(self._on_finished)

    def document_ids(self) -> tuple[int, ...]:
        return tuple(r.document.document_id for r in self.rows.values() if r.document is not None)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.edit.setReadOnly(busy)
        self._update()

    def _update(self) -> None:
        """応募する waits while a file is being sent; the rows wait while the answer is."""
        uploading = any(row.busy for row in self.rows.values())
        self.apply_button.setEnabled(not self._busy and not uploading)
        for row in self.rows.values():
            row.setEnabled(not self._busy)

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        for row in self.rows.values():
            row.clear()  # an upload still running stops; its file dialog closes

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.show_message(text)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_accepted(self) -> None:
        self.error.clear_message()
        self.set_busy(True)
        self.submitted.emit(self.edit.toPlainText())


class DirectRequestBox(QWidget):
    """Signals:
        answered(object): the request was answered (its :class:`DirectRequestInfo`).
    """

    answered = Signal(object)

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directRequest")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        style.themed_sheet(self, box_style)
        self._client = client
        self.info: DirectRequestInfo | None = None
        self.dialog: MotivationDialog | None = None
        self.question: QMessageBox | None = None
        self._busy = False
        self._wanted: int | None = None  # the request of the notice on screen
        # A call may answer after the page was closed and deleted: then nothing is shown.
        self._alive = [True]
        alive = self._alive
        self.destroyed.connect(lambda *_args: alive.__setitem__(0, False))
        self.state = style.plain_label("", self)
        self.apply_button = QPushButton(t("応募する"), self)
        self.decline_button = QPushButton(t("辞退する"), self)
        self.error = FieldErrorLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.apply_button)
        row.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.decline_button.clicked.connect(self._on_decline_clicked)
        self.clear()

    # -- public -------------------------------------------------------------------------
    def load(self, request_id: int) -> None:
        """Fetches the request behind the notice on screen and shows it."""
        self.clear()
        self._wanted = request_id
        self.state.setText(t("読み込み中…"))
        self.show()
        self._client.start_task(self._load(request_id))

    def show_request(self, info: DirectRequestInfo) -> None:
        self.info = info
        if info.answer == ANSWER_APPLY:
            text = t("回答済み: 応募しました（{at}、応募番号 {number}）。応募履歴で状況を確認できます。").format(
                at=format_datetime_jst(info.answered_at) if info.answered_at else "",
                number=info.application_number or "")
        elif info.answer == ANSWER_DECLINE:
            text = t("回答済み: 辞退しました（{at}）。").format(
                at=format_datetime_jst(info.answered_at) if info.answered_at else "")
        elif info.job_closed:
            text = t("この求人の募集は終了したため、応募できません。")
        else:
            text = t("事業所から応募のリクエストが届いています。求人票を確認して、お答えください。")
        self.state.setText(text)
        self.error.clear_message()
        self.show()
        self._update_buttons()

    def clear(self) -> None:
        for widget in (self.dialog, self.question):
            if widget is not None:
                widget.close()
        self.dialog = self.question = None
        self.info = None
        self._wanted = None
        self._busy = False
        self.state.clear()
        self.error.clear_message()
        self._update_buttons()
        self.hide()

    # -- answering ----------------------------------------------------------------------
    @Slot()
    def _on_apply_clicked(self) -> None:
        if self.info is None or self._busy:
            return
        job_label = self.info.job_label
        self.dialog = MotivationDialog(job_label, self._client, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.submitted.connect(self._on_motivation_submitted)
        self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()

    @Slot()
    def _on_decline_clicked(self) -> None:
        if self.info is None or self._busy:
            return
        self.question = confirm.ask(self, t("直接リクエストの辞退"), t(
            "この求人への直接リクエストを辞退しますか。\n辞退すると、このリクエストから応募することはできません。"),
            lambda: self._answer(ANSWER_DECLINE, ""), yes_text=t("辞退する"), on_closed=self._forget_question)

    def _forget_question(self, question: QMessageBox) -> None:
        if self.question is question:
            self.question = None

    @Slot(str)
    def _on_motivation_submitted(self, motivation: str) -> None:
        self._answer(ANSWER_APPLY, motivation, self.dialog.document_ids() if self.dialog is not None else ())

    @Slot()
    def _on_dialog_finished(self) -> None:
        self.dialog = None

    def _answer(self, answer: str, motivation: str, document_ids: tuple[int, ...] = ()) -> None:
        self.question = None
        if self.info is None or self._busy or not self._client.active:
            return
        self._busy = True
        self._update_buttons()
        self._client.start_task(self._send(self.info.request_id, answer, motivation, document_ids))

    async def _send(self, request_id: int, answer: str, motivation: str, document_ids: tuple[int, ...]) -> None:
        try:
            info = await self._client.call(self._client.api.answer_direct_request, request_id, answer, motivation,
                                           document_ids)
        except ValidationFailed as exc:
            self._refused("\n".join(field_message(e) for e in exc.errors))
            return
        except ServiceUnavailable:
            self._refused(t(UNAVAILABLE))
            return
        except SessionInvalid:
            return
        finally:
            self._busy = False
        if not self._alive[0]:
            return
        if self.dialog is not None:
            self.dialog.accept()
        self.show_request(info)
        self.answered.emit(info)

    def _refused(self, text: str) -> None:
        if not self._alive[0]:
            return
        self._update_buttons()
        if self.dialog is not None:
            self.dialog.show_error(text)
        else:
            self.error.show_message(text)

    async def _load(self, request_id: int) -> None:
        try:
            info = await self._client.call(self._client.api.direct_request, request_id)
        except (ValidationFailed, ServiceUnavailable):
            if not self._alive[0]:
                return
            self.state.setText(t("直接リクエストを読み込めません。しばらくしてから、もう一度お知らせを開いてください。"))
            return
        except SessionInvalid:
            return
        if self._alive[0] and self._wanted == request_id:  # not a notice opened before
            self.show_request(info)

    def _update_buttons(self) -> None:
        open_ = self.info is not None and self.info.answer is None and not self._busy
        self.apply_button.setEnabled(open_ and self.info is not None and not self.info.job_closed)
        self.decline_button.setEnabled(open_)
