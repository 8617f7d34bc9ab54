"""Creating PySide6's Python enum types ahead of time, off the GUI thread.

PySide6 builds the Python ``enum`` type of a Qt enum the first time it is needed. The activity
monitor's application-wide event filter (docs/security.md S2) makes PySide wrap every object an event
goes to, so building the main window created ~150 enum types at once on the GUI thread: a
~30 ms stall at login (bench/run stall, phase "main window"). Touching every enum attribute of
QtCore, QtGui and QtWidgets classes on a worker thread while the login window waits takes
~90 ms there and nothing on the GUI thread later."""

from __future__ import annotations


def create_qt_enums() -> int:
    """Returns how many class attributes were touched."""
    from PySide6 import QtCore, QtGui, QtWidgets

    touched = 0
    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            cls = getattr(module, name, None)
            if not isinstance(cls, type):
                continue
            for attr in dir(cls):
                if attr[:1].isupper():  # enum types (and a few constants), not methods
                    getattr(cls, attr, None)
                    touched += 1
    return touched
