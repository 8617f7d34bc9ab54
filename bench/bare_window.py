"""Baseline for bench/startup.py: a bare PySide6 window that follows the same start-up contract
as the app (bench/README.md): when the window is shown and the event loop runs, print
``READY <seconds since process start>`` and quit."""

from __future__ import annotations

import sys

from _common import seconds_since_process_start
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    app = QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle("bare")
    window.resize(800, 600)
    window.show()

    def ready() -> None:
        print(f"READY {seconds_since_process_start():.4f}", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)  # fires once the event loop is running
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
