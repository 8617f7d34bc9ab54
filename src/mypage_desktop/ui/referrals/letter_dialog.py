"""The 紹介状 viewer: the letter as it will print, 「印刷する…」 and 「PDFで保存…」.

The PDF is made in memory (``letter_pdf``, off the GUI thread) and written whole into the
place the user chose (``pdf_file``); no copy goes anywhere else (docs/security.md S5). The
save and print questions are injected (:mod:`mypage_desktop.ui.widgets.print_dialogs`), so
tests answer them."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import ReferralLetter
from mypage_desktop.ui.referrals.letter_document import build_letter_document
from mypage_desktop.ui.session.tasks import run_blocking
from mypage_desktop.ui.widgets import print_dialogs, style
from mypage_desktop.ui.widgets.content_language import mark_japanese
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.pdf_file import NoJapaneseFontError, default_file_name, documents_folder, save_error_text
from mypage_desktop.ui.widgets.saved_files import with_suffix, write_atomically
from mypage_desktop.ui.widgets.screen_fit import available_area
from mypage_desktop.ui.widgets.status_label import StatusLabel

log = logging.getLogger(__name__)
TaskStarter = Callable[[Coroutine[Any, Any, Any]], "asyncio.Task[Any]"]
VIEW_MARGIN = 28  # white paper edge around the letter on the screen


class LetterDialog(QDialog):
    """Signals:
        pdf_saved(str): the PDF was written (the path the user chose).
        printed(): the letter went to the printer.
        failed(str): saving or printing failed (the message shown).
    """

    pdf_saved = Signal(str)
    printed = Signal()
    failed = Signal(str)

    def __init__(self, letter: ReferralLetter, parent: QWidget | None = None, *,
                 start_task: TaskStarter | None = None,
                 ask_save_path: print_dialogs.SavePathAsker = print_dialogs.ask_pdf_path,
                 ask_printer: print_dialogs.PrinterAsker = print_dialogs.ask_printer,
                 make_printer: print_dialogs.PrinterFactory = print_dialogs.make_printer) -> None:
        super().__init__(parent)
        self.letter = letter
        self._start_task = start_task or asyncio.ensure_future
        self._ask_save_path = ask_save_path
        self._ask_printer = ask_printer
        self._make_printer = make_printer
        self._printer: QPrinter | None = None
        self._task: asyncio.Task[Any] | None = None
        self.document = build_letter_document(letter)
        self.document.setParent(self)  # freed with the dialog
        self.setWindowTitle(t("紹介状") + f"（{letter.referral_number}）")
        self.viewer = self._build_viewer(self.document)
        self.print_button = QPushButton(t("印刷する…"), self)
        self.save_button = QPushButton(t("PDFで保存…"), self)
        self.close_button = QPushButton(t("閉じる"), self)
        self.message = StatusLabel("", self)
        self.message.setObjectName("letterMessage")
        style.themed_sheet(self.message, lambda c: f"QLabel#letterMessage {{ color: {c.success_text}; }}")
        self.error = FieldErrorLabel(self)
        self._build()
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.reject)

    def _build_viewer(self, document: QTextDocument) -> QTextBrowser:
        """A copy laid out at the page's width, so the screen shows the lines the paper will."""
        viewer = QTextBrowser(self)
        copy = document.clone(viewer)
        copy.setDocumentMargin(VIEW_MARGIN)
        viewer.setDocument(copy)
        viewer.setOpenLinks(False)
        # No selecting and copying: the clipboard would carry the seeker's data (S6).
        viewer.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        viewer.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # still scrolls with the keyboard
        width = round(document.pageSize().width()) + 2 * VIEW_MARGIN
        viewer.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        viewer.setLineWrapColumnOrWidth(width)
        viewer.setMinimumWidth(width + viewer.verticalScrollBar().sizeHint().width() + 2 * viewer.frameWidth())
        viewer.setAccessibleName(t("紹介状"))
        mark_japanese(viewer)  # the letter is Japanese in every language of the screens (WCAG 3.1.2)
        return viewer

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(style.plain_label(
            t("事業所へ応募書類と一緒にお持ちいただく紹介状です。印刷してお持ちいただくか、"
              "PDFで保存してご利用ください。"), self))
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.message.hide()
        room = available_area(self).height() - 60
        self.resize(self.viewer.minimumWidth() + 40, max(480, min(860, room)))

    # -- public -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def suggested_path(self) -> Path:
        return documents_folder() / default_file_name(self.letter.referral_number)

    def save_pdf(self, target: Path) -> asyncio.Task[Any]:
        """Writes the PDF to ``target`` (off the GUI thread); the outcome is shown below the
        letter and reported by ``pdf_saved``/``failed``."""
        self._show(None, None)
        self.save_button.setEnabled(False)
        self._task = self._start_task(self._write(with_suffix(target, ".pdf")))
        return self._task

    def print_letter(self, printer: QPrinter) -> None:
        self._show(None, None)
        self.document.print_(printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            self._fail(t("印刷できませんでした。プリンターの電源や用紙を確かめて、もう一度お試しください。"))
            return
        self._show(t("紹介状を印刷しました。プリンターから出てこないときは、窓口の職員にお声がけください。"), None)
        self.printed.emit()

    # -- work ---------------------------------------------------------------------------
    async def _write(self, target: Path) -> None:
        try:  # drawn by ReportLab, not Qt: exact text layer (docs/accessibility.md §pdf-text-layer)
            data = await run_blocking(_letter_pdf_bytes, self.letter)
        except NoJapaneseFontError:
            log.warning("referral letter PDF not made: no TrueType Japanese font")
            self.save_button.setEnabled(True)
            self._fail(t("PDFを作れませんでした。日本語フォント（IPAexゴシック）をインストールしてから、"
                                       "もう一度お試しください。"))
            return
        try:
            await run_blocking(write_atomically, data, target)
        except OSError as exc:
            log.warning("referral letter PDF not saved (%s)", type(exc).__name__)
            self.save_button.setEnabled(True)
            self._fail(save_error_text(exc))
            return
        # (Cancelled at logout: the dialog may be gone; the write itself finishes whole.)
        self.save_button.setEnabled(True)
        self._show(t("PDFを保存しました：{path}").format(path=str(target)), None)
        self.pdf_saved.emit(str(target))

    def _fail(self, text: str) -> None:
        self._show(None, text)
        self.failed.emit(text)

    def _show(self, message: str | None, error: str | None) -> None:
        self.message.setText(message or "")
        self.message.setVisible(bool(message))
        if error:
            self.error.show_message(error)
        else:
            self.error.clear_message()

    # -- slots --------------------------------------------------------------------------
    @Slot()
    def _on_save_button_clicked(self) -> None:
        self._ask_save_path(self, self.suggested_path(), self.save_pdf)

    @Slot()
    def _on_print_button_clicked(self) -> None:
        printer = self._make_printer()
        if printer is None:
            self._fail(t("このパソコンにはプリンターが設定されていません。「PDFで保存…」で保存してください。"))
            return
        self._printer = printer  # alive while the print dialog is open
        self._ask_printer(self, printer, lambda: self.print_letter(printer))


def _letter_pdf_bytes(letter: ReferralLetter) -> bytes:
    """On the worker thread: ReportLab is imported there, the first time a 紹介状 is saved
    (widgets/pdf_file.py)."""
    from mypage_desktop.ui.referrals.letter_pdf import letter_pdf_bytes

    return letter_pdf_bytes(letter)
