"""The questions the 紹介状 viewer asks: where to save the PDF, and which printer. Both open
without blocking (docs/code-style.md §non-blocking-dialogs) and answer through a callback; the viewer takes them as
arguments, so tests answer them without a real dialog.

docs/security.md S5: the save dialog leaves no folder history behind (:mod:`..widgets.saved_files`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from mypage_desktop.ui.widgets import saved_files
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.print_document import page_layout

# ask_save_path(parent, suggested path, on_chosen): calls on_chosen(path) when the user chose one.
SavePathAsker = Callable[[QWidget, Path, Callable[[Path], object]], Any]
# ask_printer(parent, printer, on_accepted): calls on_accepted() when the user pressed 印刷.
PrinterAsker = Callable[[QWidget, QPrinter, Callable[[], None]], Any]
# make_printer(): a printer set up for the letter, or None when this PC has none.
PrinterFactory = Callable[[], QPrinter | None]

def ask_pdf_path(parent: QWidget, suggested: Path, on_chosen: Callable[[Path], object]) -> QDialog:
    return saved_files.open_save_dialog(parent, t("紹介状をPDFで保存"), suggested, t("PDF ファイル (*.pdf)"),
                                        ".pdf", on_chosen)


def make_printer() -> QPrinter | None:
    """The default printer, set to A4 like the letter; None when no printer is installed."""
    if not QPrinterInfo.availablePrinterNames():
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(t("紹介状"))
    return printer


def ask_printer(parent: QWidget, printer: QPrinter, on_accepted: Callable[[], None]) -> QDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.printer_ref = printer  # type: ignore[attr-defined]  # Qt keeps only a raw pointer
    dialog.setWindowTitle(t("紹介状を印刷"))
    # 「ファイルへ出力」 would write a PDF wherever the print system likes; 「PDFで保存…」 is the
    # one way to a file, written whole or not at all.
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(on_accepted)
    QDialog.open(dialog)  # PySide binds only QPrintDialog.open(receiver, member)
    return dialog
