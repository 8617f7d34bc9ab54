"""PyInstaller entry point of both executables of the bundle.

``mypage-desktop`` runs ``mypage_desktop.ui.app:main`` (the gui-script of pyproject) and
``mypage-admin`` runs ``mypage_desktop.cli.main:main``: one analysis, one set of libraries,
two names (the admin one is a console program on Windows). app.py uses package-relative
imports, so it cannot be the frozen ``__main__`` itself."""

import sys
from pathlib import Path


def run() -> int:
    if Path(sys.executable).stem.lower() == "mypage-admin":
        from mypage_desktop.cli.main import main as admin_main

        return admin_main()
    from mypage_desktop.ui.app import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
