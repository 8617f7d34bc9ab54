"""The data directory and the files in it are the user's alone (docs/security.md S5, D1).

The SQLite database (with ``-wal``/``-shm``), the log and the demo mailbox hold seekers'
data; under the usual umask 022 they would be created readable by every account on the PC
(0755 directory, 0644 files). Here the data directory is created 0700 (an existing one is
set to 0700 too: versions before this one made it 0755), and files 0600.

SQLite creates ``-wal``, ``-shm`` and ``-journal`` with the permissions of the database file,
so creating the (empty) database file 0600 before the first connection covers all three,
without touching the process-wide umask while other threads may be creating files.

On Windows the modes mean little (only the read-only flag); the per-user profile folder
(``%LOCALAPPDATA%``) is what keeps the files private there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dirs(path: Path) -> None:
    """``mkdir -p`` where every folder it creates is 0700 (``Path.mkdir(parents=True)``
    gives the missing parents the default mode, 0755 under umask 022)."""
    missing: list[Path] = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            folder.mkdir(mode=PRIVATE_DIR_MODE)


def ensure_data_dir(path: Path) -> Path:
    """The application's own data directory: created 0700, or set to 0700 if it exists."""
    make_private_dirs(path)
    if os.name == "posix":
        with contextlib.suppress(OSError):  # not ours to change (then the open itself tells)
            path.chmod(PRIVATE_DIR_MODE)
    return path


def ensure_private_parent(path: Path) -> None:
    """The folder ``path`` goes into, created 0700 when missing (an existing folder someone
    configured, e.g. for the database, is left as it is)."""
    make_private_dirs(path.parent)


def create_private_file(path: Path) -> None:
    """Creates ``path`` empty and 0600 if it does not exist yet (an existing file is kept)."""
    ensure_private_parent(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def open_private_append(path: Path) -> int:
    """A descriptor for appending to ``path``, which is created 0600 when missing."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
