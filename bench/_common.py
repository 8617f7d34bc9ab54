"""Helpers shared by the benchmarks: process-start clock, statistics, markdown reports."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"
_IMPORT_TIME = time.perf_counter()


def seconds_since_process_start() -> float:
    """Wall seconds since the kernel started this process (Linux: /proc, 10 ms resolution).

    Elsewhere it falls back to the time since this module was imported.  The app side of the
    start-up contract (bench/README.md) may copy this function."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of proc(5): starttime, in clock ticks since boot
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORT_TIME


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: a p99 is a gap that really happened)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.4999)))
    return ordered[rank - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def environment_line() -> str:
    try:
        import PySide6

        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "PySide6 missing"
    return (
        f"Python {platform.python_version()}, {qt}, {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '')}"
    )


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def publish(name: str, text: str) -> Path:
    """Print the report and keep it as bench/results/<name>-<timestamp>.md (+ <name>-latest.md)."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}-{stamp}.md"
    path.write_text(text, encoding="utf-8")
    (RESULTS_DIR / f"{name}-latest.md").write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    sys.stdout.flush()
    print(f"\n(saved to {path.relative_to(BENCH_DIR.parent)})", file=sys.stderr)
    return path
