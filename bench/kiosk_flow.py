"""Child of bench/startup.py: one login in a fresh process, so the parent can read the peak
RSS a PC reaches over a whole login (its own VmHWM), not just at its first window.

    python bench/kiosk_flow.py remote EMAIL PASSWORD   # a kiosk on the office server (MYPAGE_SERVER_URL …)
    python bench/kiosk_flow.py local                   # the demo back end: argon2 on this PC

The application is made as the app makes it (``make_application``: Japanese font, Qt's
translations); the flow is the stall benchmark's hook (``ui/devtools/bench_hooks.py``): real login
window, main window, logout. Prints ``MEMORY`` lines (:func:`memory_mark`), then
``DONE <note>``, and exits 0."""

from __future__ import annotations

import asyncio
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Measured like an installed copy: ``pip install mypage-desktop`` brings no click, rich or
# pygments (here they come with the test tools), and httpx imports its optional command line
# when they are present: ~6 MB the installed app does not carry. ``--dev-venv`` keeps them.
TEST_TOOLS_ONLY = ("click", "rich", "pygments")
if "--dev-venv" in sys.argv:
    sys.argv.remove("--dev-venv")
else:
    for _name in TEST_TOOLS_ONLY:
        sys.modules.setdefault(_name, None)  # type: ignore[assignment]  # import raises ImportError


def memory_mark(phase: str) -> None:
    """Each phase's RSS and this process's peak so far, on stdout:
    ``MEMORY <phase> <rss KiB> <peak KiB>`` (VmRSS, VmHWM: this process's own memory; a
    ``wait4`` in the parent would report at least the parent's RSS, which it inherits)."""
    values = {}
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(("VmRSS:", "VmHWM:")):
                values[line.split(":")[0]] = line.split()[1]
    print(f"MEMORY {phase.replace(' ', '_')} {values.get('VmRSS', '0')} {values.get('VmHWM', '0')}", flush=True)


def main() -> int:
    import qasync

    from mypage_desktop.ui.devtools import bench_hooks
    from mypage_desktop.ui.shell.runtime import make_application

    memory_mark("imported")
    make_application([])
    memory_mark("application")
    if sys.argv[1] == "remote":
        coro = bench_hooks.run_remote_login_flow(sys.argv[2], sys.argv[3], mark=memory_mark)
    else:
        coro = bench_hooks.run_registration_and_login_flow(mark=memory_mark)
    if sys.version_info >= (3, 12):
        note = asyncio.run(coro, loop_factory=qasync.QEventLoop)
    else:
        note = qasync.run(coro)
    memory_mark("end")
    print(f"DONE {note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
