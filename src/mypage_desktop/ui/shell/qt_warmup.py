"""Creating PySide6's Python classes and enum types ahead of time, off the GUI thread.

PySide6 builds the Python type of a Qt class (with its ``enum`` types) the first time it is
needed. The activity monitor's application-wide event filter (docs/security.md S2) makes PySide
wrap every object an event goes to, so building the main window created ~150 enum types at once
on the GUI thread: a ~30 ms stall at login (bench/run stall, phase "main window").

The warm-up creates, on a worker thread while the login window waits, the classes the app uses
(``qt_classes_used.py``, written by scripts/qt_warmup_list.py from every seeker screen), not
every class of QtCore, QtGui and QtWidgets: those are 720 classes, and creating them all kept
~8 MiB a kiosk never uses (docs/tech-notes.md §kiosk-memory)."""

from __future__ import annotations

import sys

from mypage_desktop.ui.shell.qt_classes_used import QT_CLASSES_USED


def create_qt_enums() -> int:
    """Creates the listed classes of the Qt modules already imported (a module only the print
    path needs stays unloaded) and their enum types; returns how many class attributes were
    touched."""
    touched = 0
    for module_name, class_names in QT_CLASSES_USED.items():
        module = sys.modules.get(f"PySide6.{module_name}")
        if module is None:
            continue
        for name in class_names:
            cls = getattr(module, name, None)
            if not isinstance(cls, type):
                continue
            for attr in dir(cls):
                if attr[:1].isupper():  # enum types (and a few constants), not methods
                    getattr(cls, attr, None)
                    touched += 1
    return touched
