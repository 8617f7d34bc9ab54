"""Saving the interview as an .ics file: the save dialog (non-blocking, replaceable in tests)
and an atomic write (a temporary file in the target folder, then a rename), so a failure
never leaves half a calendar file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from .texts import t

# (parent, caption, default file name, called with the chosen path) -> the open dialog or None.
# Cancelling calls nothing.
SavePathAsker = Callable[[QWidget, str, str, Callable[[str], None]], QWidget | None]

ICS_SUFFIX = ".ics"


def default_folder() -> Path:
    for location in (QStandardPaths.StandardLocation.DownloadLocation,
                     QStandardPaths.StandardLocation.DocumentsLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def ask_save_path(parent: QWidget, caption: str, default_name: str, on_chosen: Callable[[str], None]) -> QWidget:
    dialog = QFileDialog(parent, caption, str(default_folder() / default_name),
                         t("iCalendar ファイル (*.ics)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(ICS_SUFFIX.lstrip("."))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


def ics_path(chosen: str) -> Path:
    path = Path(chosen)
    return path if path.suffix.lower() == ICS_SUFFIX else path.with_name(path.name + ICS_SUFFIX)


def write_atomically(path: Path, text: str) -> None:
    """UTF-8, the iCalendar CRLF line ends kept as they are (binary write)."""
    fd, temporary = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
