"""Copying app data to the clipboard (docs/security.md S6): the copy is marked so that Windows keeps it
out of the clipboard history and cloud clipboard; the session owner clears the clipboard at
logout while it holds our data, and the job pages clear their own copies."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

# Registered clipboard formats (Microsoft Learn, "Clipboard formats"); a DWORD 0 opts out.
_WINDOWS_OPT_OUT = ("CanIncludeInClipboardHistory", "CanUploadToCloudClipboard")
_DWORD_ZERO = QByteArray(b"\x00\x00\x00\x00")


def copy_plain_text(text: str) -> None:
    """Puts ``text`` on the clipboard, kept out of the Windows clipboard history."""
    data = QMimeData()
    data.setText(text)
    for name in _WINDOWS_OPT_OUT:
        data.setData(f'application/x-qt-windows-mime;value="{name}"', _DWORD_ZERO)
    QGuiApplication.clipboard().setMimeData(data)


def clear_if_copied(text: str | None) -> None:
    """Logout: empties the clipboard while it still holds ``text`` (our copy). The session
    owner clears it too where the platform reports clipboard ownership (not all do)."""
    if not text:
        return
    clipboard = QGuiApplication.clipboard()
    if clipboard.text() == text:
        clipboard.clear()
