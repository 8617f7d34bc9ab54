"""``mypage-desktop``: the GUI entry point (also ``python -m mypage_desktop.ui.app``).

Flags: ``--demo`` (separate embedded SQLite + local mail folder + demo data + the demo
mailbox), ``--kiosk`` (shared office PC), ``--staff`` (the staff console instead of the seeker
login: :mod:`mypage_desktop.ui.staff`), ``--render-screens DIR`` (every seeker screen to
PNG, offscreen, then exit), ``--version``.

Start-up: logging (docs/security.md P1) → QApplication + Japanese font → settings (a
:class:`ConfigError` is a clear message and exit code 2, never a traceback) → crash handler
(P2) → login window shown on Qt's event loop → asyncio + qasync imported on a worker thread
and the qasync loop installed on the running Qt loop (docs/tech-notes.md §qasync) → backend opened off
the GUI thread (:mod:`mypage_desktop.ui.shell.runtime`). ``MYPAGE_BENCH_STARTUP=1`` prints
``READY <seconds since process start>`` once the login window is shown and the event loop
runs, ``ASYNC <seconds>`` once the qasync loop runs, then quits.

This module imports no Qt at module level: plain modules load before PySide6 installs its
import hook (which reads the source of every module imported after it). Nothing before the
login window imports asyncio.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from mypage_desktop import __version__
from mypage_desktop.config import ConfigError, Paths, Settings, load_settings
from mypage_desktop.logs import setup_logging
from mypage_desktop.private_files import ensure_data_dir
from mypage_desktop.ui.shell.backend_start import open_backend
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    pass

_T0 = time.perf_counter()  # fallback origin of READY where /proc is missing
EXIT_OK, EXIT_CONFIG = 0, 2


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our flags; anything else (``-platform offscreen`` …) is left to Qt."""
    parser = argparse.ArgumentParser(prog="mypage-desktop", description=t("ハローワーク 求職者マイページ"))
    parser.add_argument("--demo", action="store_true", help=t("デモモード（デモ用データとデモ用メールボックス）"))
    parser.add_argument("--kiosk", action="store_true", help=t("ハローワーク内の共用パソコン向けの動作"))
    parser.add_argument("--staff", action="store_true", help=t("職員用の窓口コンソールを開く"))
    parser.add_argument("--render-screens", metavar="DIR", type=Path, help=t("全画面をPNGに書き出して終了"))
    parser.add_argument("--screen-languages", metavar="CODES", default="ja",
                        help=t("--render-screens: 言語（ja,en,… または all）"))
    parser.add_argument("--screen-looks", metavar="LOOKS", default="100",
                        help=t("--render-screens: 表示（100,200,high_contrast）"))
    parser.add_argument("--version", action="store_true", help=t("バージョンを表示して終了"))
    return parser.parse_known_args(argv)


def seconds_since_process_start() -> float:
    """Wall seconds since the kernel started this process (Linux /proc, 10 ms resolution; the
    same clock as bench/_common.py); elsewhere since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])  # proc(5) field 22
        return max(0.0, time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _T0


def apply_flags(settings: Settings, args: argparse.Namespace, paths: Paths) -> Settings:
    if args.demo:
        # The demo never touches the configured (maybe shared office) database or mail server.
        settings = dataclasses.replace(
            settings, demo_mode=True, mail_transport="folder",
            database_url=f"sqlite:///{paths.data_dir / 'demo.sqlite3'}", server_url="",
            mail_folder=str(paths.data_dir / "demo-mailbox"))
    if args.kiosk:
        settings = dataclasses.replace(settings, kiosk_mode=True)
    return settings


def main(argv: list[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.version:
        print(f"mypage-desktop {__version__}")
        return EXIT_OK
    paths = Paths.from_environment(os.environ)
    with contextlib.suppress(OSError):  # the log set-up and the database then say what is wrong
        ensure_data_dir(paths.data_dir)  # 0700: database, log and mail folder are the user's alone
    setup_logging(paths.data_dir)

    from mypage_desktop.ui.shell.runtime import make_application, report_startup_error, run_gui

    app = make_application(qt_args)
    if args.render_screens is not None:
        from mypage_desktop.domain.languages import LANGUAGES, SHIPPED
        from mypage_desktop.ui.devtools.screens import render_all_screens

        # "all" in the chooser's order, which the contact sheets follow too
        every = [lang.code for lang in LANGUAGES if lang.code in SHIPPED]
        codes = every if args.screen_languages == "all" else args.screen_languages.split(",")
        written = render_all_screens(args.render_screens, tuple(codes), tuple(args.screen_looks.split(",")))
        print("\n".join(str(path) for path in written))
        return EXIT_OK
    try:
        settings = apply_flags(load_settings(), args, paths)
    except ConfigError as exc:
        report_startup_error(str(exc))
        return EXIT_CONFIG
    setup_logging(paths.data_dir, settings.log_level)

    from mypage_desktop.ui.shell.crash import CrashHandler

    crash = CrashHandler(settings.helpdesk_number)
    crash.install()
    try:
        if args.staff:
            from mypage_desktop.ui.shell.staff_runtime import run_staff_gui

            return run_staff_gui(app, settings, lambda: open_backend(settings), crash,
                                 seconds_since_process_start)
        return run_gui(app, settings, lambda: open_backend(settings), crash, seconds_since_process_start)
    finally:
        crash.uninstall()


if __name__ == "__main__":
    sys.exit(main())
