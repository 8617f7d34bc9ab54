"""「履歴書を作成」 / 「職務経歴書を作成」: a form filled from the registration (氏名, ふりがな,
生年月日, 現住所, 電話, メール; 学歴・職歴 and 免許・資格 when 本登録 came from the seeker's
仮登録) that prints, saves as PDF and can be attached to the application being written
(docs/product-rules.md §application-documents). The PDF is made in memory; only
「PDFで保存…」 writes a file, where the seeker chose (on a kiosk: the kiosk's own save dialog,
docs/security.md S5)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.documents import DocumentKind
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid, ValidationFailed
from mypage_desktop.domain.preregistration_dto import HistoryRow
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.jobs.resume_document import (
    CareerSheet,
    ResumeSheet,
    build_career_document,
    build_resume_document,
)
from mypage_desktop.ui.session.tasks import run_blocking
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.document_row import Writer
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.pdf_file import (
    NoJapaneseFontError,
    documents_folder,
    import_in_background,
    save_error_text,
)
from mypage_desktop.ui.widgets.saved_files import with_suffix, write_atomically

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from mypage_desktop.ui.session.client import SeekerClient

HINTS = {"history": N_("1行に1件。例：2004/04 株式会社さくら 入社"),
         "licenses": N_("1行に1件。例：2010/06 普通自動車第一種運転免許 取得")}


def history_text(education: tuple[HistoryRow, ...], work: tuple[HistoryRow, ...], *, titled: bool = True) -> str:
    """学歴 and 職歴 of the 仮登録 as the box's lines, under 「学歴」 / 「職歴」 when ``titled``:
    「2012/04〜2015/03 …」 (nothing after 「〜」: still there)."""
    lines: list[str] = []
    for title, rows in ((N_("学歴"), education), (N_("職歴"), work)):
        shown = [row for row in rows if row.text.strip()]
        if shown and titled:
            lines.append(t(title))
        lines += [f"{row.start.replace('-', '/')}〜{row.end.replace('-', '/')} {row.text.strip()}".strip()
                  for row in shown]
    return "\n".join(lines)


RESUME_PDF_MODULE = "mypage_desktop.ui.jobs.resume_pdf"


class ResumeDialog(QDialog):
    """Signals:
        attach_requested(str, bytes): 「この応募に添付する」 with the file name and the PDF.
    """

    attach_requested = Signal(str, bytes)

    def __init__(self, kind: DocumentKind, client: SeekerClient, parent: QWidget | None = None,
                 *, can_attach: bool = True,
                 ask_save_path: Callable[[QWidget, Path, Callable[[Path], object]], Any] | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._client = client
        self._api = client.api
        self._ask_save_path = ask_save_path or self._default_save_dialog
        self._printer: QPrinter | None = None
        self._task: asyncio.Task[Any] | None = None
        self.registration: RegistrationInfo | None = None
        self.setWindowTitle(t("{kind}を作成").format(kind=t(kind.value)))
        import_in_background(RESUME_PDF_MODULE)  # ready by the time 「PDFで保存」 is pressed
        self.setModal(True)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        lines = ("name", "name_kana", "birthdate", "address", "phone", "email") if kind is DocumentKind.RESUME \
            else ("name",)
        captions = {"name": N_("氏名"), "name_kana": N_("ふりがな"), "birthdate": N_("生年月日（例 1985-04-12）"),
                    "address": N_("現住所"), "phone": N_("電話"), "email": "E-mail", "history": N_("学歴・職歴"),
                    "licenses": N_("免許・資格"), "motivation": N_("志望の動機・自己PR"),
                    "wishes": N_("本人希望記入欄"),
                    "summary": N_("職務要約"), "career": N_("職務経歴"), "skills": N_("活かせる経験・知識・技術"),
                    "self_pr": N_("自己PR")}
        boxes = ("history", "licenses", "motivation", "wishes") if kind is DocumentKind.RESUME \
            else ("summary", "career", "skills", "licenses", "self_pr")
        for key in lines:
            edit = QLineEdit(self)
            edit.setAccessibleName(captions[key])
            form.addRow(t(captions[key]), edit)
            self.fields[key] = edit
        for key in boxes:
            box = QPlainTextEdit(self)
            box.setTabChangesFocus(True)
            box.setAccessibleName(captions[key])
            box.setFixedHeight(self.fontMetrics().height() * (6 if key in ("history", "career") else 3) + 12)
            if key in HINTS:
                box.setPlaceholderText(t(HINTS[key]))
            form.addRow(t(captions[key]), box)
            self.fields[key] = box
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(t("入力欄"))
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.message = style.notice_label(self)
        self.message.hide()
        self.error = FieldErrorLabel(self)
        self.print_button = QPushButton(t("印刷する…"), self)
        self.save_button = QPushButton(t("PDFで保存…"), self)
        self.attach_button = QPushButton(t("この応募に添付する"), self)
        self.attach_button.setVisible(can_attach)
        self.close_button = QPushButton(t("閉じる"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(style.plain_label(
            t("登録されている求職者情報を入れてあります。確かめて、足りないところを書き足してください。"
              "JIS規格の様式に沿った A4 の書類になります。"), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(760, 640)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._on_finished)

    # -- public -------------------------------------------------------------------------
    def load_registration(self) -> asyncio.Task[Any]:
        """Fills the form from 求職者情報 (off the GUI thread)."""
        self._task = self._client.start_task(self._load())
        return self._task

    def fill(self, info: RegistrationInfo) -> None:
        self.registration = info
        values = {"name": info.name, "name_kana": info.name_kana, "birthdate": info.birthdate.isoformat(),
                  "address": info.address, "phone": info.phone, "email": info.email,
                  "history": history_text(info.education, info.work),
                  "career": history_text((), info.work, titled=False),
                  "licenses": info.licenses}
        for key, value in values.items():  # what the seeker typed meanwhile stays
            edit = self.fields.get(key)
            if isinstance(edit, QLineEdit) and not edit.text():
                edit.setText(value)
            elif isinstance(edit, QPlainTextEdit) and not edit.toPlainText():
                edit.setPlainText(value)

    def value(self, key: str) -> str:
        edit = self.fields.get(key)
        if edit is None:
            return ""
        return edit.text().strip() if isinstance(edit, QLineEdit) else edit.toPlainText().strip()

    def sheet(self) -> ResumeSheet | CareerSheet:
        if self.kind is DocumentKind.RESUME:
            try:
                birth: date | None = date.fromisoformat(self.value("birthdate"))
            except ValueError:
                birth = None
            return ResumeSheet(
                self.value("name"), self.value("name_kana"), birth, self.value("address"), self.value("phone"),
                self.value("email"), self.value("history"), self.value("licenses"), self.value("motivation"),
                self.value("wishes"))
        return CareerSheet(
            self.value("name"), self.value("summary"), self.value("career"), self.value("skills"),
            self.value("licenses"), self.value("self_pr"))

    def document(self) -> QTextDocument:
        """What the printer gets (Qt)."""
        sheet = self.sheet()
        return build_resume_document(sheet) if isinstance(sheet, ResumeSheet) else build_career_document(sheet)

    def pdf(self) -> bytes:
        """What is saved and attached: drawn by ReportLab, so the text layer has the exact
        characters (docs/accessibility.md §pdf-text-layer). Some ms on the GUI thread; raises
        :class:`NoJapaneseFontError` when no TrueType Japanese font is installed."""
        from mypage_desktop.ui.jobs import resume_pdf  # ReportLab: only once a PDF is made (pdf_file)

        sheet = self.sheet()
        return resume_pdf.resume_pdf_bytes(sheet) if isinstance(sheet, ResumeSheet) \
            else resume_pdf.career_pdf_bytes(sheet)

    def _pdf_or_say_why(self) -> bytes | None:
        try:
            return self.pdf()
        except NoJapaneseFontError:
            self._show(None, t("PDFを作れませんでした。日本語フォント（IPAexゴシック）を"
                               "インストールしてから、もう一度お試しください。"))
            return None

    def file_name(self) -> str:
        name = self.value("name").replace(" ", "").replace("　", "") or t("本人")
        return f"{self.kind.value}_{name}.pdf"

    def save_pdf(self, target: Path) -> asyncio.Task[Any] | None:
        """Writes the PDF to ``target`` off the GUI thread; None when no PDF could be made (said below)."""
        data = self._pdf_or_say_why()
        if data is None:
            return None
        self.save_button.setEnabled(False)
        self._task = self._client.start_task(self._write(data, with_suffix(target, ".pdf")))
        return self._task

    # -- work ---------------------------------------------------------------------------
    async def _load(self) -> None:
        try:
            info: RegistrationInfo = await self._client.call(self._api.registration_info)
        except (ValidationFailed, ServiceUnavailable):
            self._show(None, t("求職者情報を読み込めませんでした。手で入力してください。"))
            return
        except SessionInvalid:
            return
        self.fill(info)

    async def _write(self, data: bytes, target: Path) -> None:
        try:
            await run_blocking(write_atomically, data, target)
        except OSError as exc:
            self.save_button.setEnabled(True)
            self._show(None, save_error_text(exc))
            return
        self.save_button.setEnabled(True)
        self._show(t("PDFを保存しました：{path}").format(path=str(target)), None)

    def _show(self, message: str | None, error: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))
        if error:
            self.error.show_message(error)
        else:
            self.error.clear_message()

    def _default_save_dialog(self, parent: QWidget, suggested: Path, on_chosen: Callable[[Path], object]) -> Any:
        from mypage_desktop.ui.widgets.saved_files import open_save_dialog

        return open_save_dialog(parent, t("{kind}をPDFで保存").format(kind=t(self.kind.value)), suggested,
                                t("PDF ファイル (*.pdf)"), ".pdf",
                                on_chosen)

    # -- slots --------------------------------------------------------------------------
    @Slot()
    def _on_save_button_clicked(self) -> None:
        self._ask_save_path(self, documents_folder() / self.file_name(), self.save_pdf)

    @Slot()
    def _on_print_button_clicked(self) -> None:
        # Imported here, once, on the GUI thread (~25 ms): QtPrintSupport is ~1 MiB a kiosk
        # that never prints does not load (docs/tech-notes.md §kiosk-memory). Not on a worker
        # thread: PySide creating types on two threads at once crashed (tests/ui/test_startup_race.py).
        from mypage_desktop.ui.widgets import print_dialogs

        printer = print_dialogs.make_printer()
        if printer is None:
            self._show(None, t("このパソコンにはプリンターが設定されていません。「PDFで保存…」で保存してください。"))
            return
        printer.setDocName(self.kind.value)
        self._printer = printer
        print_dialogs.ask_printer(self, printer, lambda: self.document().print_(printer))

    @Slot()
    def _on_attach_button_clicked(self) -> None:
        if not self.value("name"):
            self._show(None, t("氏名を入力してください。"))
            return
        data = self._pdf_or_say_why()
        if data is None:
            return
        self.attach_requested.emit(self.file_name(), data)
        self.accept()

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()


def resume_writer(client: SeekerClient) -> Writer:
    """「作成する…」 of a 応募書類 row: this form, filled from 求職者情報, attaching what it makes."""
    def open_form(kind: DocumentKind, parent: QWidget, attach: Callable[[str, bytes], None]) -> QDialog:
        dialog = ResumeDialog(kind, client, parent)
        dialog.attach_requested.connect(attach)
        dialog.load_registration()
        return dialog

    return open_form
