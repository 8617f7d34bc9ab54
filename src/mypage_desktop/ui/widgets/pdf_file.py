"""Where the 紹介状 PDF goes by default, under which name, and what the user reads when it could
not be written. (The write itself, whole or not at all: :mod:`..widgets.saved_files`.)

The PDF writers themselves (``letter_pdf``, ``resume_pdf``) import ReportLab, ~11 MiB and 83
modules that a kiosk visitor who never saves a PDF should not carry (docs/tech-notes.md
§kiosk-memory): the dialogs import them when a PDF is made, and what those dialogs need before
that (the error type, a head start on the import) lives here."""

from __future__ import annotations

import errno
import importlib
import re
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from mypage_desktop.ui.widgets import saved_files
from mypage_desktop.ui.widgets.i18n import t

# Characters Windows refuses in a file name (the 紹介番号 has none, but it is data).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class NoJapaneseFontError(RuntimeError):
    """No TrueType font with Japanese glyphs was found, so no PDF can be made."""


def import_in_background(module: str) -> None:
    """Starts importing ``module`` on a short-lived thread, so a PDF made on the GUI thread
    later does not wait for ReportLab's import (~0.1 s); an import still running then is
    waited for by Python's module lock, not repeated."""
    if module in sys.modules:  # every dialog after the first: nothing to start
        return
    threading.Thread(target=importlib.import_module, args=(module,), name="mypage-pdf-import",
                     daemon=True).start()


def default_file_name(referral_number: str) -> str:
    return t("紹介状") + f"_{_UNSAFE.sub('_', referral_number)}.pdf"


def documents_folder() -> Path:
    """The user's ドキュメント folder (the home folder when the platform names none)."""
    return saved_files.user_folder(QStandardPaths.StandardLocation.DocumentsLocation)


def save_error_text(error: OSError) -> str:
    """What went wrong, in words the user can act on."""
    if isinstance(error, PermissionError):
        return t("PDFを保存できませんでした。この場所には保存できないか、同じ名前のファイルがほかのアプリで"
                 "開かれています。別の場所か別の名前を選んでください。")
    if error.errno in _NO_SPACE:
        return t("PDFを保存できませんでした。保存先の空き容量が足りません。別の場所を選んでください。")
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return t("PDFを保存できませんでした。保存先のフォルダが見つかりません。別の場所を選んでください。")
    return t("PDFを保存できませんでした。別の場所を選んでもう一度お試しください。")
