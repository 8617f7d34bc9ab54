"""Files the seeker chose to save (紹介状 PDF, interview .ics), and nothing else (docs/security.md S5).

* :func:`open_save_dialog`: Qt's own save dialog, non-blocking (docs/code-style.md §non-blocking-dialogs). Qt writes the
  folders it visited ("history", "lastVisited") into the user's ``QtProject`` settings when the dialog
  is destroyed, where the next person on a shared PC would find them; the group is put back as
  it was once the dialog is gone. The system dialog is not used: its recent-folder lists cannot
  be cleaned by the application.
* :func:`write_atomically`: a temporary file in the chosen folder renamed over the target, so a
  failure (disk full, no permission, the old file open in a viewer) leaves neither a half file
  nor a stray temporary one.
* On a shared PC (:func:`configure_kiosk_saving`), :func:`open_save_dialog` opens the kiosk's
  own dialog instead (removable media or the configured folder, no file operations:
  :mod:`.kiosk_save_dialog`), and :func:`remove_kiosk_files` deletes at logout what was saved
  to the configured folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from mypage_desktop.ui.widgets import kiosk_locations, language

FILE_DIALOG_GROUP = "FileDialog"


class _KioskSaving:
    """Set once at start-up (ui/shell/runtime.py): a kiosk, and its configured folder."""

    kiosk = False
    folder = ""


def configure_kiosk_saving(kiosk: bool, folder: str = "") -> None:
    """A kiosk saves only through its own dialog; files a crash left in ``folder`` go now."""
    _KioskSaving.kiosk, _KioskSaving.folder = kiosk, folder if kiosk else ""
    remove_kiosk_files()


def kiosk_saving() -> bool:
    return _KioskSaving.kiosk


def remove_kiosk_files() -> int:
    """At logout: what this kiosk saved to its configured folder is deleted (removable media
    keep theirs: the seeker took them away)."""
    return kiosk_locations.remove_saved(_KioskSaving.folder) if _KioskSaving.kiosk else 0


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def file_dialog_settings() -> dict[str, Any]:
    settings = _qt_settings()
    settings.beginGroup(FILE_DIALOG_GROUP)
    return {key: settings.value(key) for key in settings.childKeys()}


def restore_file_dialog_settings(saved: dict[str, Any]) -> None:
    """Puts the file dialog's settings back as they were before a seeker used it."""
    settings = _qt_settings()
    settings.remove(FILE_DIALOG_GROUP)
    settings.beginGroup(FILE_DIALOG_GROUP)
    for key, value in saved.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()


def user_folder(*locations: QStandardPaths.StandardLocation) -> Path:
    """The first of ``locations`` that exists (e.g. ダウンロード, ドキュメント), else home."""
    for location in locations:
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (".pdf"), added when the user typed a name without it."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def open_save_dialog(parent: QWidget, caption: str, suggested: Path, name_filter: str, suffix: str,
                     on_chosen: Callable[[Path], object]) -> QDialog:
    """Asks where to save; ``on_chosen(path)`` only when the user chose one."""
    if _KioskSaving.kiosk:
        from mypage_desktop.ui.widgets.kiosk_save_dialog import KioskSaveDialog

        kiosk_dialog = KioskSaveDialog(parent, caption, with_suffix(Path(suggested.name), suffix).name,
                                       _KioskSaving.folder)
        kiosk_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        kiosk_dialog.chosen.connect(on_chosen)
        kiosk_dialog.open()
        return kiosk_dialog
    saved = file_dialog_settings()
    language.ensure_applied()  # Qt's dialog labels in the seeker's language
    dialog = QFileDialog(parent, caption, str(suggested.parent), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(suggested.name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The dialog saves its history in its destructor; ``destroyed`` comes after that.
    dialog.destroyed.connect(lambda: restore_file_dialog_settings(saved))
    dialog.fileSelected.connect(lambda path: on_chosen(Path(path)))
    dialog.open()
    return dialog


def write_atomically(data: bytes, target: Path) -> None:
    """Writes ``data`` to ``target`` whole or not at all; raises :class:`OSError`."""
    fd, temporary = tempfile.mkstemp(prefix=".~", suffix=f"{target.suffix}.part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
