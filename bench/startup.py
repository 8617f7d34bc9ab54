"""Start-to-interactive time: the real login window vs a bare PySide6 window.

Each run is a fresh subprocess (offscreen unless QT_QPA_PLATFORM is set) started with
MYPAGE_BENCH_STARTUP=1.  The child prints ``READY <seconds since process start>`` once its
window is shown and the event loop is running, then quits (contract: bench/README.md).  The
app also prints ``ASYNC <seconds>`` once its asyncio (qasync) loop runs; that figure is
reported next to the main one.

We time from just before spawning to reading the READY line (the number a user feels,
interpreter start-up included); the child's own figure and its peak RSS are reported too.
The two targets run interleaved, after one discarded warm-up each (the app's warm-up also
creates the demo database in a temporary data directory).  Target: app/bare <= 1.5.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from _common import BENCH_DIR, environment_line, markdown_table, median, publish

TARGET_RATIO = 1.5
TARGET_MEMORY_RATIO = 2.0  # a kiosk on the remote back end, over a whole login, vs the bare window
APP_MODULE = "mypage_desktop.ui.app"


@dataclass
class Run:
    ok: bool
    wall: float = float("nan")  # spawn -> READY line, parent's clock
    reported: float = float("nan")  # child's "seconds since process start"
    async_reported: float = float("nan")  # child's ASYNC line: its asyncio loop runs (app only)
    exit_seconds: float = float("nan")  # spawn -> process exit
    peak_rss_mib: float = float("nan")
    error: str = ""


@dataclass
class Target:
    name: str
    argv: list[str]
    env: dict[str, str]
    runs: list[Run] = field(default_factory=list)
    cold: Run | None = None
    missing: str = ""


def run_once(argv: list[str], env: dict[str, str], timeout: float) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=BENCH_DIR,
    )
    killer = threading.Timer(timeout, proc.kill)
    killer.start()
    stderr_chunks: list[str] = []
    drain = threading.Thread(target=lambda: stderr_chunks.append(proc.stderr.read() if proc.stderr else ""))
    drain.start()
    run = Run(ok=False)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                run.wall = time.perf_counter() - start
                parts = line.split()
                try:
                    run.reported = float(parts[1])
                except (IndexError, ValueError):
                    pass
                run.ok = True
                break
        # keep reading so the child never blocks on a full pipe
        for line in proc.stdout:
            if line.startswith("ASYNC"):
                try:
                    run.async_reported = float(line.split()[1])
                except (IndexError, ValueError):
                    pass
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        run.exit_seconds = time.perf_counter() - start
        run.peak_rss_mib = usage.ru_maxrss / 1024
    finally:
        killer.cancel()
        drain.join(timeout=5)
    stderr = "".join(stderr_chunks).strip()
    if proc.returncode != 0:
        run.ok = False
        run.error = f"exit code {proc.returncode}"
    elif not run.ok:
        run.error = "no READY line"
    if run.error and stderr:
        run.error += ": " + " / ".join(stderr.splitlines()[-3:])
    return run


def flow_peak_rss(argv: list[str], env: dict[str, str], timeout: float) -> tuple[float, dict[str, float], str]:
    """(peak RSS MiB, RSS MiB by phase, error) of one ``kiosk_flow.py`` child. The peak is the
    child's own VmHWM: ``wait4``'s ``ru_maxrss`` keeps the parent's RSS at the fork, and this
    parent runs an office server set-up."""
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors,
                                text=True, cwd=BENCH_DIR)
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            output, _ = proc.communicate()
        finally:
            killer.cancel()
        errors.seek(0)
        tail = " / ".join(errors.read().decode(errors="replace").strip().splitlines()[-3:])
    phases, peak = {}, float("nan")
    for line in output.splitlines():
        if line.startswith("MEMORY "):
            _, phase, rss, hwm = line.split()
            phases[phase.replace("_", " ")] = int(rss) / 1024
            peak = int(hwm) / 1024
    if proc.returncode != 0 or "DONE" not in output:
        return float("nan"), phases, f"exit code {proc.returncode}: {tail}"
    return peak, phases, ""


def login_memory(runs: int, timeout: float, base_env: dict[str, str], bare_rss: float) -> tuple[str, bool]:
    """Peak RSS over a whole login: a kiosk on the remote back end (a real office server on
    127.0.0.1) and, for comparison, the demo back end (argon2 on this PC)."""
    from _office import PASSWORD, kiosk_office, postgres_reachable

    flow = [sys.executable, str(BENCH_DIR / "kiosk_flow.py")]
    env = {k: v for k, v in base_env.items() if k != "MYPAGE_BENCH_STARTUP"}
    rows, kiosk_rss, kiosk_phases = [], float("nan"), ""
    with tempfile.TemporaryDirectory(prefix="mypage-bench-flow-") as tmp:
        for name in ("CONFIG_DIR", "SITE_CONFIG_DIR", "DATA_DIR"):
            env[f"MYPAGE_{name}"] = str(Path(tmp) / name.lower())
        targets: list[tuple[str, list[str], dict[str, str]]] = [
            ("demo back end (argon2 on this PC): registration + login + logout", [*flow, "local"], env)]
        office = contextlib.ExitStack()
        if postgres_reachable():
            print("memory: starting an office server on 127.0.0.1 …", file=sys.stderr, flush=True)
            server, device, email = office.enter_context(kiosk_office())
            targets.insert(0, ("kiosk, remote back end: login + main window + logout",
                               [*flow, "remote", email, PASSWORD], {**env, **device.env(server)}))
        else:
            rows.append(["kiosk, remote back end", "–", "–", "not measured: no PostgreSQL on 127.0.0.1:5432"])
        with office:
            for index, (name, argv, target_env) in enumerate(targets):
                measured = [flow_peak_rss(argv, target_env, timeout) for _ in range(runs)]
                good = [rss for rss, _phases, error in measured if not error]
                problems = sorted({error for _, _phases, error in measured if error})
                value = median(good) if good else float("nan")
                if index == 0 and len(targets) == 2:
                    kiosk_rss = value
                    kiosk_phases = ", ".join(f"{phase} {mib:.0f}" for phase, mib in measured[-1][1].items())
                rows.append([name, f"{value:.1f}" if good else "–",
                             f"{value / bare_rss:.2f}×" if good and bare_rss == bare_rss else "–",
                             f"{len(good)}/{runs} ok" + (f"; {problems[0][:160]}" if problems else "")])
    ok = kiosk_rss == kiosk_rss and bare_rss == bare_rss and kiosk_rss <= TARGET_MEMORY_RATIO * bare_rss
    verdict = (f"**kiosk peak RSS / bare = {kiosk_rss / bare_rss:.2f}×** (target ≤ {TARGET_MEMORY_RATIO}×): "
               f"{'PASS' if ok else 'MISSED'}" if kiosk_rss == kiosk_rss and bare_rss == bare_rss
               else f"kiosk peak RSS / bare: not available (target ≤ {TARGET_MEMORY_RATIO}×)")
    text = (f"### Peak memory over a login ({runs} runs each, medians; bare window: {bare_rss:.1f} MiB)\n\n"
            + markdown_table(["process", "peak RSS MiB", "× bare", "runs"], rows) + f"\n\n{verdict}\n")
    if kiosk_phases:
        text += f"\nThe kiosk's RSS after each phase (MiB, last run): {kiosk_phases}.\n"
    return text, ok


def app_problem() -> str:
    try:
        spec = importlib.util.find_spec(APP_MODULE)
    except ModuleNotFoundError:
        spec = None
    if spec is None:
        return f"`{APP_MODULE}` is not importable (the app is not written yet?)"
    return ""


def fmt(value: float) -> str:
    return "–" if value != value else f"{value:.3f}"  # NaN check


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", "--runs", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    parser.add_argument(
        "--app-args", default="--demo", help="arguments for `python -m mypage_desktop.ui.app` (default: --demo)"
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    parser.add_argument("--bundle", type=Path, default=None,
                        help="also time an installed PyInstaller bundle's executable (e.g. "
                             "/opt/mypage-desktop/mypage-desktop or dist/mypage-desktop/mypage-desktop)")
    parser.add_argument("--memory-runs", type=int, default=3,
                        help="runs of the peak-RSS-over-a-login children (0: skip; the kiosk needs PostgreSQL)")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base_env = dict(os.environ)
    base_env["MYPAGE_BENCH_STARTUP"] = "1"
    base_env["PYTHONUNBUFFERED"] = "1"

    tmp = tempfile.TemporaryDirectory(prefix="mypage-bench-")
    app_env = dict(base_env)
    for name in ("CONFIG_DIR", "SITE_CONFIG_DIR", "DATA_DIR"):
        app_env[f"MYPAGE_{name}"] = str(Path(tmp.name) / name.lower())

    bare = Target("bare QWidget", [sys.executable, str(BENCH_DIR / "bare_window.py")], base_env)
    app = Target(
        "mypage-desktop login window",
        [sys.executable, "-m", APP_MODULE, *shlex.split(args.app_args)],
        app_env,
        missing=app_problem(),
    )
    targets = [bare, app]
    if args.bundle is not None:
        targets.append(Target("installed bundle login window", [str(args.bundle), *shlex.split(args.app_args)],
                              app_env, missing="" if args.bundle.is_file() else f"{args.bundle} not found"))

    for target in targets:
        if target.missing:
            continue
        print(f"warm-up: {target.name} …", file=sys.stderr)
        target.cold = run_once(target.argv, target.env, args.timeout)
        if not target.cold.ok:
            target.missing = f"first run failed: {target.cold.error}"
    for i in range(args.runs):
        for target in targets:
            if target.missing:
                continue
            run = run_once(target.argv, target.env, args.timeout)
            target.runs.append(run)
            status = f"{run.wall:.3f} s" if run.ok else f"FAILED ({run.error})"
            print(f"run {i + 1}/{args.runs} {target.name}: {status}", file=sys.stderr)
    tmp.cleanup()

    rows = []
    medians: dict[str, float] = {}
    for target in targets:
        good = [r for r in target.runs if r.ok]
        if target.missing or not good:
            reason = target.missing or "; ".join(sorted({r.error for r in target.runs}))[:200]
            rows.append([target.name, "–", "–", "–", "–", "–", "–", "–", f"not measured: {reason}"])
            continue
        walls = [r.wall for r in good]
        medians[target.name] = median(walls)
        cold = fmt(target.cold.wall) if target.cold else "–"
        rows.append(
            [
                target.name,
                fmt(median(walls)),
                fmt(min(walls)),
                fmt(max(walls)),
                fmt(median([r.reported for r in good])),
                fmt(median([r.async_reported for r in good])),
                f"{median([r.peak_rss_mib for r in good]):.1f}",
                cold,
                f"{len(good)}/{len(target.runs)} ok",
            ]
        )
    header = [
        "target",
        "median s (spawn→READY)",
        "min s",
        "max s",
        "child-reported median s",
        "child: asyncio loop up, median s",
        "peak RSS MiB",
        "first (cold) run s",
        "runs",
    ]
    verdict_ok = False
    if bare.name in medians and app.name in medians:
        ratio = medians[app.name] / medians[bare.name]
        verdict_ok = ratio <= TARGET_RATIO
        verdict = (
            f"**ratio app/bare = {ratio:.2f}×** (target ≤ {TARGET_RATIO}×): "
            f"{'PASS' if verdict_ok else 'MISSED'}"
        )
    else:
        verdict = f"ratio app/bare: not available (target ≤ {TARGET_RATIO}×)"
    bundle_name = "installed bundle login window"
    if bare.name in medians and bundle_name in medians:
        verdict += f"\n\nratio installed bundle/bare = {medians[bundle_name] / medians[bare.name]:.2f}× (reported)"
    report = (
        f"## Start-up: login window vs bare QWidget ({args.runs} runs each, medians)\n\n"
        f"{environment_line()}\n\n{markdown_table(header, rows)}\n\n{verdict}\n"
    )
    memory_ok = True
    if args.memory_runs > 0:
        bare_good = [r.peak_rss_mib for r in bare.runs if r.ok]
        memory, memory_ok = login_memory(args.memory_runs, args.timeout * 3, base_env,
                                         median(bare_good) if bare_good else float("nan"))
        report += "\n" + memory
    publish("startup", report)
    return 1 if args.strict and not (verdict_ok and memory_ok) else 0


if __name__ == "__main__":
    sys.exit(main())
