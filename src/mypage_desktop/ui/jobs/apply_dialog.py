"""The オンライン自主応募 dialog (docs/product-rules.md §application-documents): the posting, the
志望動機 (required, with a character counter), a 履歴書 and a 職務経歴書 as PDF (optional), then a
confirmation naming the posting and the attachments. Opened with ``open()``
(docs/code-style.md §non-blocking-dialogs); it stays open while the application is sent, so a
refusal is shown in it and nothing typed is lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.applications import normalize_newlines
from mypage_desktop.domain.documents import MAX_DOCUMENT_BYTES, MOTIVATION_MAX, DocumentKind, motivation_errors
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.job_dto import JobDetail
from mypage_desktop.ui.jobs.resume_dialog import resume_writer
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.confirm import ask
from mypage_desktop.ui.widgets.document_row import DocumentRow
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import field_message, t
from mypage_desktop.ui.widgets.screen_fit import fit_dialog
from mypage_desktop.ui.widgets.scroll_body import scrolling_body

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient



class ApplyDialog(QDialog):
    """Signals:
        submitted(str, object): the seeker confirmed: the 志望動機 and the document ids (a tuple).
            The owner sends the application, then calls :meth:`finish` or :meth:`show_errors`.
    """

    submitted = Signal(str, object)

    def __init__(self, job: JobDetail, client: SeekerClient,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.confirm_box: QMessageBox | None = None
        self._sending = False
        self.setWindowTitle(t("オンライン自主応募"))
        self.setModal(True)
        facts = style.plain_label(t("事業所名：{company}\n職種：{occupation}\n求人番号：{number}").format(
            company=job.company_name, occupation=job.occupation, number=job.job_number), self)
        caption = QLabel(t("志望動機（必須・{max}文字以内）").format(max=MOTIVATION_MAX), self)
        self.motivation_edit = QPlainTextEdit(self)
        self.motivation_edit.setTabChangesFocus(True)
        self.motivation_edit.setAccessibleName(t("志望動機"))
        self.motivation_edit.setPlaceholderText(t("この求人に応募する理由、活かせる経験などを書いてください。"))
        self.motivation_edit.setMinimumHeight(self.fontMetrics().height() * 7)
        caption.setBuddy(self.motivation_edit)
        self.counter = QLabel(self)
        self.motivation_error = FieldErrorLabel(self)
        documents_caption = QLabel(t("応募書類（PDF形式、1ファイル{mb}MBまで）").format(
            mb=MAX_DOCUMENT_BYTES // (1024 * 1024)), self)
        self.rows = {kind: DocumentRow(kind.value, client, self, writer=resume_writer(client))
                     for kind in DocumentKind}
        notice = style.plain_label(t("応募すると、志望動機と添付した書類、ハローワークに登録されているあなたの"
                                     "求職者情報（氏名・連絡先・希望条件など）がこの事業所に伝わります。"), self)
        self.error = FieldErrorLabel(self)
        self.apply_button = QPushButton(t("応募する"), self)
        self.apply_button.setAutoDefault(False)
        self.cancel_button = QPushButton(t("キャンセル"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        QWidget.setTabOrder(self.cancel_button, self.apply_button)  # left to right, as they sit
        # Everything but the buttons scrolls when the dialog is lower than it (large text).
        scroll, layout = scrolling_body(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.heading(t("この求人に応募します"), self, scale=1.2))
        layout.addWidget(facts)
        layout.addSpacing(6)
        layout.addWidget(caption)
        layout.addWidget(self.motivation_edit, 1)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.motivation_error, 3)
        counter_row.addStretch(1)
        counter_row.addWidget(self.counter)  # right-aligned, under the box's end
        layout.addLayout(counter_row)
        layout.addSpacing(6)
        layout.addWidget(documents_caption)
        for row in self.rows.values():
            layout.addWidget(row)
            row.changed.connect(self._update)
        layout.addSpacing(6)
        layout.addWidget(notice)
        layout.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.motivation_edit.textChanged.connect(self._update)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.finished.connect(self._on_finished)
        self._update()
        fit_dialog(self)

    # -- public -------------------------------------------------------------------------
    def row(self, kind: DocumentKind) -> DocumentRow:
        return self.rows[kind]

    def document_ids(self) -> tuple[int, ...]:
        return tuple(r.document.document_id for r in self.rows.values() if r.document is not None)

    def show_errors(self, errors: list[FieldError]) -> None:
        """The service refused: the messages under the field they are about; what was typed stays."""
        self._sending = False
        motivation = [e for e in errors if e.field == "motivation"]
        others = [e for e in errors if e.field != "motivation"]
        self.motivation_error.show_message("\n".join(field_message(e) for e in motivation))
        self.error.show_message("\n".join(field_message(e) for e in others))
        self._update()

    def show_text(self, text: str) -> None:
        self._sending = False
        self.error.show_message(text)
        self._update()

    def finish(self) -> None:
        self._sending = False
        self.accept()

    # -- internals ----------------------------------------------------------------------
    def _length(self) -> int:
        return len(normalize_newlines(self.motivation_edit.toPlainText()).strip())

    def _update(self) -> None:
        length = self._length()
        self.counter.setText(t("{length} / {max}文字").format(length=length, max=MOTIVATION_MAX))
        over = "error_text" if length > MOTIVATION_MAX else None
        style.themed_sheet(self.counter, style.text_colour(over, bold=True))
        uploading = any(r.busy for r in self.rows.values())
        self.apply_button.setEnabled(not self._sending and not uploading)
        self.apply_button.setText(t("応募しています…") if self._sending else t("応募する"))
        for row in self.rows.values():
            row.setEnabled(not self._sending)
        self.motivation_edit.setReadOnly(self._sending)

    def _attachments_text(self) -> str:
        lines = []
        for kind, row in self.rows.items():
            name = row.document.file_name if row.document is not None else t("添付なし")
            lines.append(f"{kind.value}：{name}")
        return "\n".join(lines)

    def _close_confirm(self) -> None:
        box, self.confirm_box = self.confirm_box, None
        if box is not None:
            box.reject()

    # -- slots --------------------------------------------------------------------------
    @Slot()
    def _on_apply_button_clicked(self) -> None:
        if self._sending or any(r.busy for r in self.rows.values()):
            return
        clean, errors = motivation_errors(self.motivation_edit.toPlainText())
        if errors:
            self.show_errors(errors)
            self.motivation_edit.setFocus()
            return
        self.motivation_error.clear_message()
        job = self.job
        text = t("次の求人に、オンラインで応募します。\n\n事業所名：{company}\n職種：{occupation}\n"
                 "求人番号：{number}\n\n志望動機：{length}文字\n{attachments}\n\n応募すると、ハローワークに登録されているあなたの求職者情報"
                 "（氏名・連絡先・希望条件など）もこの事業所に伝わります。\n応募してよろしいですか。").format(
            company=job.company_name, occupation=job.occupation, number=job.job_number, length=len(clean),
            attachments=self._attachments_text())
        ids = self.document_ids()

        def confirmed() -> None:
            self.confirm_box = None
            if not self._sending and self.isVisible():
                self._sending = True
                self.error.clear_message()
                self._update()  # one application per confirmation (docs/security.md D3)
                self.submitted.emit(self.motivation_edit.toPlainText(), ids)

        self.confirm_box = ask(self, t("オンライン自主応募の確認"), text, confirmed, yes_text=t("応募する"))
        self.confirm_box.finished.connect(self._on_confirm_box_finished)

    @Slot(int)
    def _on_confirm_box_finished(self, _result: int) -> None:
        self.confirm_box = None

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        self._close_confirm()
        for row in self.rows.values():
            row.clear()
