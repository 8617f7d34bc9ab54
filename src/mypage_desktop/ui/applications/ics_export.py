"""Saving the interview as an .ics file: the save dialog (non-blocking, replaceable in tests)
and the write, both through :mod:`..widgets.saved_files` (whole file or none, no folder history
left on a shared PC)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from mypage_desktop.ui.widgets import saved_files
from mypage_desktop.ui.widgets.i18n import t

# (parent, caption, default file name, called with the chosen path) -> the open dialog or None.
# Cancelling calls nothing.
SavePathAsker = Callable[[QWidget, str, str, Callable[[str], None]], QWidget | None]

ICS_SUFFIX = ".ics"


def default_folder() -> Path:
    return saved_files.user_folder(QStandardPaths.StandardLocation.DownloadLocation,
                                   QStandardPaths.StandardLocation.DocumentsLocation)


def ask_save_path(parent: QWidget, caption: str, default_name: str, on_chosen: Callable[[str], None]) -> QWidget:
    return saved_files.open_save_dialog(parent, caption, default_folder() / default_name,
                                        t("iCalendar ファイル (*.ics)"), ICS_SUFFIX,
                                        lambda path: on_chosen(str(path)))


def ics_path(chosen: str) -> Path:
    return saved_files.with_suffix(Path(chosen), ICS_SUFFIX)


def write_atomically(path: Path, text: str) -> None:
    """UTF-8, the iCalendar CRLF line ends kept as they are (binary write)."""
    saved_files.write_atomically(text.encode("utf-8"), path)
