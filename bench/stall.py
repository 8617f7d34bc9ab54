"""Longest GUI event-loop stall during registration and login, with production argon2 parameters.

A QTimer ticks every 5 ms on the GUI thread; the meter records the gap between consecutive
ticks while a scenario runs on the qasync loop.  A gap of 5 ms means the loop kept up; a long
gap is a frozen window.  Target: max gap < 50 ms.

Scenarios:
  flow          the real wizard + login, headless:
                ``mypage_desktop.ui.devtools.bench_hooks.run_registration_and_login_flow()``
                (contract: bench/README.md).  Reported as missing until it exists.
  argon2-thread control: production argon2 hash + verify through ``asyncio.to_thread``
                (what the app must do) -- should stay well under the target.
  argon2-gui    negative control: the same hash called directly on the GUI thread -- must
                show a stall of roughly the hash time, proving the meter sees stalls.
  tls-gui       (--backend remote) reference: open_remote_backend (TLS context, first
                handshake) on the GUI thread, what the flow keeps off it by running it on a worker.
  idle          the meter's own floor.
  search        (only when named: ``bench/run stall search``) the search page at 1,000,000
                postings driven like a seeker, each query kind of ``bench/search.py``: words
                typed, 検索する clicked, until the first rows and the exact count are on the
                screen (``bench/stall_search.py``; its set-up runs before the meter starts).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import inspect
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
import stall_search  # noqa: E402
from _common import environment_line, markdown_table, median, percentile, publish  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

INTERVAL_MS = 5
TARGET_MS = 50.0
HOOK_MODULE = "mypage_desktop.ui.devtools.bench_hooks"
HOOK_NAME = "run_registration_and_login_flow"
REMOTE_HOOK_NAME = "run_remote_login_flow"  # --backend remote: login only, over the office server
FLOW: dict[str, Any] = {"hook": HOOK_NAME, "kwargs": {}, "backend": "demo back end (SQLite + mail folder)"}


@dataclass
class StallMeter:
    """Max/p99 gap between 5 ms ticks of a precise QTimer on the GUI thread."""

    interval_ms: int = INTERVAL_MS
    gaps_ms: list[float] = field(default_factory=list)
    phase_max_ms: dict[str, float] = field(default_factory=dict)
    _phase: str = "start"
    _last: float = 0.0
    _timer: QTimer | None = None

    def start(self) -> None:
        self.gaps_ms.clear()
        self.phase_max_ms.clear()
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(self.interval_ms)
        timer.timeout.connect(self._tick)
        self._timer = timer
        self._last = time.perf_counter()
        timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        self.gaps_ms.append(gap)
        if gap > self.phase_max_ms.get(self._phase, 0.0):
            self.phase_max_ms[self._phase] = gap

    def mark(self, phase: str) -> None:
        """Attribute the following gaps to ``phase`` (the flow hook may call this)."""
        self._phase = phase
        self.phase_max_ms.setdefault(phase, 0.0)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._tick()  # the gap up to the end counts too
            self._timer = None

    @property
    def max_ms(self) -> float:
        return max(self.gaps_ms, default=float("nan"))

    @property
    def p99_ms(self) -> float:
        return percentile(self.gaps_ms, 99)


@dataclass
class Result:
    name: str
    meter: StallMeter | None = None
    seconds: float = float("nan")
    note: str = ""


def production_argon2() -> tuple[int, int, int]:
    try:
        from mypage_desktop.config import Settings

        s = Settings()
        return s.argon2_time_cost, s.argon2_memory_kib, s.argon2_parallelism
    except ImportError:
        return 3, 65536, 4


def argon2_hasher():  # type: ignore[no-untyped-def]
    from argon2 import PasswordHasher, Type

    t, m, p = production_argon2()
    return PasswordHasher(time_cost=t, memory_cost=m, parallelism=p, type=Type.ID)


async def scenario_idle(mark: Callable[[str], None]) -> str:
    mark("idle")
    await asyncio.sleep(1.0)
    return ""


async def scenario_argon2_thread(mark: Callable[[str], None]) -> str:
    ph = argon2_hasher()
    mark("hash")
    digest = await asyncio.to_thread(ph.hash, "Tr0ub4dor&3-bench")
    mark("verify")
    await asyncio.to_thread(ph.verify, digest, "Tr0ub4dor&3-bench")
    mark("end")
    await asyncio.sleep(0.05)
    t, m, p = production_argon2()
    return f"argon2id t={t}, m={m // 1024} MiB, p={p}; hash+verify via asyncio.to_thread"


async def scenario_argon2_gui(mark: Callable[[str], None]) -> str:
    ph = argon2_hasher()
    await asyncio.sleep(0.05)
    mark("hash on GUI thread")
    ph.hash("Tr0ub4dor&3-bench")  # blocks the loop on purpose
    mark("end")
    await asyncio.sleep(0.05)
    return "negative control: the hash blocks the GUI thread"


async def scenario_flow(mark: Callable[[str], None]) -> str:
    import importlib

    try:
        module = importlib.import_module(HOOK_MODULE)
    except ModuleNotFoundError as exc:
        raise Missing(f"`{HOOK_MODULE}` not found ({exc}); the hook is not written yet") from None
    hook = getattr(module, FLOW["hook"], None)
    if hook is None:
        raise Missing(f"`{HOOK_MODULE}.{FLOW['hook']}` not found")
    params = inspect.signature(hook).parameters
    outcome = hook(mark=mark, **FLOW["kwargs"]) if "mark" in params else hook(**FLOW["kwargs"])
    if inspect.isawaitable(outcome):
        outcome = await outcome
    return "" if outcome is None else str(outcome)


class Missing(Exception):
    pass


async def scenario_tls_gui(mark: Callable[[str], None]) -> str:
    """Reference for ``--backend remote``: the remote back end opened on the GUI thread (TLS
    context and first handshake; the transport already imported by then), which the app never does:
    how long the window would freeze if it did."""
    if "MYPAGE_SERVER_URL" not in os.environ:
        raise Missing("only with --backend remote")
    from mypage_desktop.config import load_settings
    from mypage_desktop.facade.remote.client import open_remote_backend

    settings = load_settings()
    await asyncio.sleep(0.05)
    mark("open on GUI thread")
    backend = open_remote_backend(settings)  # blocks the loop on purpose
    mark("end")
    await asyncio.to_thread(backend.close)
    await asyncio.sleep(0.05)
    return "reference: open_remote_backend on the GUI thread (transport already imported)"


SCENARIOS: dict[str, Callable[[Callable[[str], None]], Awaitable[str]]] = {
    "idle": scenario_idle,
    "argon2-thread": scenario_argon2_thread,
    "argon2-gui": scenario_argon2_gui,
    "flow": scenario_flow,
    "tls-gui": scenario_tls_gui,
    "search": stall_search.scenario_search,
}
# Set-up before the meter starts and clean-up after it stops, for scenarios that need them.
AROUND: dict[str, tuple[Callable[[], Awaitable[None]], Callable[[], Awaitable[None]]]] = {
    "search": (stall_search.prepare, stall_search.finish),
}
NAMED_ONLY = ("tls-gui", "search")  # not in the default run


async def measure(name: str, timeout: float) -> Result:
    meter = StallMeter()
    result = Result(name)
    prepare, finish = AROUND.get(name, (None, None))
    try:
        if prepare is not None:
            await prepare()
        return await _measure(name, timeout, meter, result)
    except stall_search.Missing as exc:
        result.note = f"not measured: {exc}"
        return result
    finally:
        if finish is not None:
            await finish()


async def _measure(name: str, timeout: float, meter: StallMeter, result: Result) -> Result:
    await asyncio.sleep(0.1)  # let the loop settle
    meter.start()
    await asyncio.sleep(0.05)
    started = time.perf_counter()
    try:
        result.note = await asyncio.wait_for(SCENARIOS[name](meter.mark), timeout)
    except Missing as exc:
        meter.stop()
        result.note = f"not measured: {exc}"
        return result
    except TimeoutError:
        meter.stop()
        result.note = f"not measured: timed out after {timeout:.0f} s"
        return result
    except Exception as exc:  # report, do not hide: the traceback goes to stderr
        meter.stop()
        traceback.print_exc()
        result.note = f"not measured: {type(exc).__name__}: {exc}"
        return result
    result.seconds = time.perf_counter() - started
    meter.stop()
    result.meter = meter
    return result


def report(results: list[Result], repeat: int) -> tuple[str, bool]:
    header = ["scenario", "max stall ms", "p99 gap ms", "median gap ms", "ticks", "duration s", "verdict", "note"]
    rows = []
    judged: dict[str, bool] = {}  # the scenarios --strict holds to the target
    phase_lines: list[str] = []
    for r in results:
        if r.meter is None:
            rows.append([r.name, "–", "–", "–", "–", "–", "–", r.note])
            continue
        m = r.meter
        control = r.name == "argon2-gui"
        passed = m.max_ms < TARGET_MS
        verdict = ("stall seen (expected)" if not passed else "meter missed it!") if control else (
            "PASS" if passed else "MISSED"
        )
        if r.name == "tls-gui":
            verdict = "reference (what the GUI thread would pay)"
        if r.name in ("flow", "search"):
            judged[r.name] = passed
        rows.append(
            [
                r.name,
                f"{m.max_ms:.1f}",
                f"{m.p99_ms:.1f}",
                f"{median(m.gaps_ms):.1f}",
                len(m.gaps_ms),
                f"{r.seconds:.2f}",
                verdict,
                r.note,
            ]
        )
        phases = {k: v for k, v in m.phase_max_ms.items() if k not in ("start", "end")}
        if r.name in ("flow", "search") and phases:
            phase_lines.append(
                markdown_table([f"{r.name} phase", "max stall ms"], [[k, f"{v:.1f}"] for k, v in phases.items()])
            )
        if r.name == "search" and stall_search.STATE.timings:
            phase_lines.append(markdown_table(*stall_search.timing_table()))
    t, mem, p = production_argon2()
    text = (
        f"## GUI stall: {', '.join(r.name for r in results)} "
        f"(timer every {INTERVAL_MS} ms, target max < {TARGET_MS:.0f} ms)\n\n"
        f"{environment_line()}; flow on the {FLOW['backend']}; argon2id t={t}, m={mem // 1024} MiB, p={p}; "
        f"{'worst of ' + str(repeat) + ' repeats' if repeat > 1 else 'one run'} per scenario\n\n"
        f"{markdown_table(header, rows)}\n"
    )
    if phase_lines:
        text += "\n" + "\n\n".join(phase_lines) + "\n"
    return text, bool(judged) and all(judged.values())


async def main_async(names: list[str], repeat: int, timeout: float) -> list[Result]:
    results: list[Result] = []
    for name in names:
        worst: Result | None = None
        for _ in range(repeat):
            r = await measure(name, timeout)
            print(
                f"{name}: " + (f"max {r.meter.max_ms:.1f} ms, p99 {r.meter.p99_ms:.1f} ms" if r.meter else r.note),
                file=sys.stderr,
            )
            if r.meter is None:
                worst = r
                break
            if worst is None or worst.meter is None or r.meter.max_ms > worst.meter.max_ms:
                worst = r
        assert worst is not None
        results.append(worst)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("scenarios", nargs="*", help=f"any of {', '.join(SCENARIOS)} (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per scenario; the worst is reported")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds per scenario run")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the flow misses the target")
    parser.add_argument("--backend", choices=("local", "remote"), default="local",
                        help="remote: the flow is a kiosk's login over a real office server on 127.0.0.1 "
                             "(PostgreSQL at 127.0.0.1:5432), with open_remote_backend off the GUI thread")
    args = parser.parse_args()
    args.scenarios = args.scenarios or [s for s in SCENARIOS if s not in NAMED_ONLY
                                        or (s == "tls-gui" and args.backend == "remote")]
    unknown = [s for s in args.scenarios if s not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario(s) {unknown}; choose from {list(SCENARIOS)}")

    # The flow gets its own fresh data directory (demo SQLite + mail folder), never the user's.
    tmp = tempfile.TemporaryDirectory(prefix="mypage-stall-")
    for name in ("CONFIG_DIR", "SITE_CONFIG_DIR", "DATA_DIR"):
        os.environ.setdefault(f"MYPAGE_{name}", str(Path(tmp.name) / name.lower()))

    office = contextlib.ExitStack()
    if args.backend == "remote":
        from _office import PASSWORD, kiosk_office, postgres_reachable

        if not postgres_reachable():
            print("stall --backend remote: PostgreSQL is not reachable on 127.0.0.1:5432", file=sys.stderr)
            return 1 if args.strict else 0
        print("starting an office server on 127.0.0.1 …", file=sys.stderr, flush=True)
        server, device, email = office.enter_context(kiosk_office())
        os.environ.update(device.env(server))
        # The set-up's own objects (SQLAlchemy, the services, the generator: a kiosk never
        # loads them) would otherwise lengthen every collection the flow triggers.
        gc.collect()
        gc.freeze()
        FLOW.update(hook=REMOTE_HOOK_NAME, kwargs={"email": email, "password": PASSWORD},
                    backend=f"remote back end: a kiosk device, mypage-server on 127.0.0.1 ({server.workers} "
                            "workers, mutual TLS, PostgreSQL); the login flow only, open_remote_backend included")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    coro = main_async(args.scenarios, args.repeat, args.timeout)
    if sys.version_info >= (3, 12):
        results = asyncio.run(coro, loop_factory=qasync.QEventLoop)
    else:
        results = qasync.run(coro)
    office.close()
    text, judged_ok = report(results, args.repeat)
    name = "stall" if args.backend == "local" else "stall-remote"
    publish("stall-search" if args.scenarios == ["search"] else name, text)
    tmp.cleanup()
    return 1 if args.strict and not judged_ok else 0


if __name__ == "__main__":
    sys.exit(main())
