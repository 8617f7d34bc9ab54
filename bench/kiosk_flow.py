"""Child of bench/startup.py: one login in a fresh process, so the parent can read the peak
RSS a PC reaches over a whole login (``wait4``'s ``ru_maxrss``), not just at its first window.

    python bench/kiosk_flow.py remote EMAIL PASSWORD   # a kiosk on the office server (MYPAGE_SERVER_URL …)
    python bench/kiosk_flow.py local                   # the demo back end: argon2 on this PC

The application is made as the app makes it (``make_application``: Japanese font, Qt's
translations); the flow is the stall benchmark's hook (``ui/bench_hooks.py``): real login
window, main window, logout. Prints ``DONE <note>`` and exits 0."""

from __future__ import annotations

import asyncio
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    import qasync

    from mypage_desktop.ui import bench_hooks
    from mypage_desktop.ui.gui_runtime import make_application

    make_application([])
    if sys.argv[1] == "remote":
        coro = bench_hooks.run_remote_login_flow(sys.argv[2], sys.argv[3])
    else:
        coro = bench_hooks.run_registration_and_login_flow()
    if sys.version_info >= (3, 12):
        note = asyncio.run(coro, loop_factory=qasync.QEventLoop)
    else:
        note = qasync.run(coro)
    print(f"DONE {note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
