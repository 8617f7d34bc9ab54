"""Copying app data to the clipboard (SECURITY S6): the copy is marked so that Windows keeps it
out of the clipboard history and cloud clipboard; the session owner clears the clipboard at
logout while it holds our data."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

# Registered clipboard formats (Microsoft Learn, "Clipboard formats"); a DWORD 0 opts out.
_WINDOWS_OPT_OUT = ("CanIncludeInClipboardHistory", "CanUploadToCloudClipboard")
_DWORD_ZERO = QByteArray(b"\x00\x00\x00\x00")


def copy_plain_text(text: str) -> None:
    data = QMimeData()
    data.setText(text)
    for name in _WINDOWS_OPT_OUT:
        data.setData(f'application/x-qt-windows-mime;value="{name}"', _DWORD_ZERO)
    QGuiApplication.clipboard().setMimeData(data)
