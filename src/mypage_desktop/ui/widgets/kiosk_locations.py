"""Where a seeker may save on a shared PC (kiosk), and what is removed at logout (issue #13).

On a kiosk the one Windows/Linux account is shared by every visitor: a 紹介状 saved in its
ドキュメント (name, 求職番号) was there for the next one. So a kiosk saves only to

* removable media (USB memory): the seeker takes the file away. Linux: volumes mounted under
  ``/media`` or ``/run/media``; Windows: drives the system reports as removable;
* the folder the office configured (``kiosk_save_folder``), e.g. one a staff member prints or
  copies from. What the application saved there is deleted at every logout, and at the next
  start after a crash: a list of those file names is kept in the folder
  (:data:`MANIFEST_NAME`), so nothing else in it is ever touched.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

log = logging.getLogger(__name__)
MANIFEST_NAME = ".mypage-desktop-saved"
LINUX_REMOVABLE_ROOTS = ("/media/", "/run/media/")


@dataclass(frozen=True)
class SaveLocation:
    folder: Path
    name: str  # the volume's name, or "" for the configured folder
    removable: bool


def removable_folders(volumes: Iterable[tuple[str, bool]], platform: str = sys.platform) -> list[Path]:
    """The roots among ``(root path, read-only)`` volumes that count as removable media."""
    found: list[Path] = []
    for root, read_only in volumes:
        if read_only:
            continue
        if platform == "win32":
            if _windows_drive_is_removable(root):
                found.append(Path(root))
        elif any(root.startswith(prefix) for prefix in LINUX_REMOVABLE_ROOTS):
            found.append(Path(root))
    return found


def _windows_drive_is_removable(root: str) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    drive_removable = 2  # GetDriveTypeW: DRIVE_REMOVABLE (USB memory, SD cards)
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_removable)


def mounted_removable_media() -> list[SaveLocation]:
    """USB memory and the like, as mounted right now (QStorageInfo)."""
    volumes = [info for info in QStorageInfo.mountedVolumes() if info.isValid() and info.isReady()]
    names = {info.rootPath(): info.displayName() for info in volumes}
    folders = removable_folders((info.rootPath(), info.isReadOnly()) for info in volumes)
    return [SaveLocation(folder, names.get(str(folder), folder.name) or str(folder), True) for folder in folders]


def configured_location(folder: str) -> SaveLocation | None:
    """The configured folder, when it is set and exists."""
    if not folder:
        return None
    path = Path(folder)
    return SaveLocation(path, "", False) if path.is_dir() else None


def unused_name(folder: Path, name: str) -> str:
    """``name``, or ``name (2)`` … when a file of that name is already there (never overwrite)."""
    stem, suffix = Path(name).stem, Path(name).suffix
    candidate, number = name, 2
    while (folder / candidate).exists():
        candidate = f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def remember_saved(location: SaveLocation, name: str) -> None:
    """A file about to be written to the configured folder: listed for removal at logout."""
    if location.removable:
        return
    with (location.folder / MANIFEST_NAME).open("a", encoding="utf-8") as manifest:
        manifest.write(name + "\n")


def remove_saved(folder: str) -> int:
    """Deletes the files the application saved in the configured ``folder`` (at logout, at
    start); returns how many. Only plain file names from the list, only files."""
    if not folder:
        return 0
    base = Path(folder)
    manifest = base / MANIFEST_NAME
    try:
        names = manifest.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return 0
    except OSError as exc:
        log.warning("kiosk save folder list unreadable (%s)", type(exc).__name__)
        return 0
    removed = 0
    left: list[str] = []
    for name in dict.fromkeys(names):
        if not _plain_name(name):
            continue  # a name with a folder in it was not written by us
        target = base / name
        if not target.is_file() or target.is_symlink():
            continue
        try:
            target.unlink()
            removed += 1
        except OSError as exc:  # open in a viewer (Windows): tried again at the next logout
            log.warning("saved file not removed at logout (%s)", type(exc).__name__)
            left.append(name)
    with contextlib.suppress(OSError):
        if left:
            manifest.write_text("".join(f"{name}\n" for name in left), encoding="utf-8")
        else:
            os.unlink(manifest)
    return removed


def _plain_name(name: str) -> bool:
    return bool(name) and name == Path(name).name and name not in (".", "..", MANIFEST_NAME) and "\\" not in name
