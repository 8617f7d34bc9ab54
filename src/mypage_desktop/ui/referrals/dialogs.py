"""The questions the 紹介状 viewer asks: where to save the PDF, and which printer. Both open
without blocking (STYLE 7) and answer through a callback; the viewer takes them as arguments,
so tests answer them without a real dialog.

SECURITY S5: Qt's file dialog writes the folders it visited ("history", "lastVisited") into
the user's ``QtProject`` settings when it is destroyed, where the next person on a shared PC
would find them. :func:`ask_pdf_path` puts that settings group back as it was once the dialog
is gone. It also uses Qt's own dialog rather than the system one, whose recent-folder lists the
application cannot clean."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from .letter_document import page_layout
from .texts import t

# ask_save_path(parent, suggested path, on_chosen): calls on_chosen(path) when the user chose one.
SavePathAsker = Callable[[QWidget, Path, Callable[[Path], object]], Any]
# ask_printer(parent, printer, on_accepted): calls on_accepted() when the user pressed 印刷.
PrinterAsker = Callable[[QWidget, QPrinter, Callable[[], None]], Any]
# make_printer(): a printer set up for the letter, or None when this PC has none.
PrinterFactory = Callable[[], QPrinter | None]

FILE_DIALOG_GROUP = "FileDialog"


def _settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def file_dialog_settings() -> dict[str, Any]:
    settings = _settings()
    settings.beginGroup(FILE_DIALOG_GROUP)
    return {key: settings.value(key) for key in settings.childKeys()}


def restore_file_dialog_settings(saved: dict[str, Any]) -> None:
    """Puts the file dialog's settings back as they were before a seeker used it."""
    settings = _settings()
    settings.remove(FILE_DIALOG_GROUP)
    settings.beginGroup(FILE_DIALOG_GROUP)
    for key, value in saved.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()


def ask_pdf_path(parent: QWidget, suggested: Path, on_chosen: Callable[[Path], object]) -> QFileDialog:
    saved = file_dialog_settings()
    dialog = QFileDialog(parent, t("紹介状をPDFで保存"), str(suggested.parent), t("PDF ファイル (*.pdf)"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested.name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The dialog saves its history in its destructor; ``destroyed`` comes after that.
    dialog.destroyed.connect(lambda: restore_file_dialog_settings(saved))
    dialog.fileSelected.connect(lambda path: on_chosen(Path(path)))
    dialog.open()
    return dialog


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
