"""PyInstaller entry point: runs ``mypage_desktop.ui.app:main`` (the gui-script of pyproject).

app.py itself uses package-relative imports, so it cannot be the frozen ``__main__``."""

import sys

from mypage_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
