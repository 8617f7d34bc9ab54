"""Progress of long ``mypage-admin`` work (``import-jobs``, ``demo-jobs``) on standard error.

On a terminal: one line redrawn in place (a bar, the count, the rate and the time left),
at most every :data:`REDRAW_SECONDS`. Elsewhere (CI, a log file, a pipe): plain lines, one
per tenth of the work (or every :data:`PLAIN_SECONDS` when the total is unknown), so a log
gets a few readable lines rather than carriage returns.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from mypage_desktop.cli.terminal import printable

BAR_WIDTH = 24
REDRAW_SECONDS = 0.1
PLAIN_SECONDS = 10.0


def _duration(seconds: float) -> str:
    whole = int(seconds + 0.5)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """``update(done)`` as the work goes on, ``finish()`` once at the end. ``total`` may be
    an estimate (it is only used for the bar and the time left) or None (unknown)."""

    def __init__(self, label: str, total: int | None, unit: str = "件", stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._label = printable(label)
        self._total = total if total and total > 0 else None
        self._unit = unit
        self._stream = stream if stream is not None else sys.stderr
        self._clock = clock
        self._tty = bool(getattr(self._stream, "isatty", lambda: False)())
        self._started = clock()
        self._last_drawn = float("-inf")
        self._last_step = 0
        self._width = 0
        self._done = 0

    @property
    def on_terminal(self) -> bool:
        return self._tty

    def _figures(self, done: int) -> str:
        elapsed = self._clock() - self._started
        rate = done / elapsed if elapsed > 0 else 0.0
        text = f"{done:,}"
        if self._total is not None:
            text += f" / {self._total:,}"
        text += f" {self._unit}"
        if rate > 0:
            text += f"  {rate:,.0f} {self._unit}/秒"
            if self._total is not None and done < self._total:
                text += f"  残り {_duration((self._total - done) / rate)}"
        return text

    def _bar(self, done: int) -> str:
        if self._total is None:
            return ""
        share = min(done / self._total, 1.0)
        filled = int(share * BAR_WIDTH)
        return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {share:4.0%} "

    def _draw(self, line: str) -> None:
        # Pad over what the previous, longer line left on the screen.
        self._stream.write("\r" + line.ljust(self._width))
        self._stream.flush()
        self._width = len(line)

    def update(self, done: int) -> None:
        self._done = done
        now = self._clock()
        if self._tty:
            if now - self._last_drawn >= REDRAW_SECONDS:
                self._last_drawn = now
                self._draw(f"{self._label} {self._bar(done)}{self._figures(done)}")
            return
        if self._total is not None:
            step = min(done * 10 // self._total, 10)
            due = step > self._last_step
            if due:
                self._last_step = step
        else:
            due = now - self._last_drawn >= PLAIN_SECONDS
        if due:
            self._last_drawn = now
            self._stream.write(f"{self._label}… {self._figures(done)}\n")
            self._stream.flush()

    def stop(self) -> None:
        """The work failed: end the terminal line so the error starts on its own line."""
        if self._tty and self._width:
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0

    def finish(self) -> None:
        """The last state (on a terminal: drawn once more, then a new line)."""
        if self._tty:
            self._draw(f"{self._label} {self._bar(self._done)}{self._figures(self._done)}")
            self._stream.write("\n")
            self._stream.flush()
        elif self._total is None or self._last_step < 10:
            self._stream.write(f"{self._label}… {self._figures(self._done)}\n")
            self._stream.flush()


def estimated_rows(path: str) -> int | None:
    """Data rows of a CSV file, counted as line breaks less the header (a quoted cell with a
    line break makes it an overestimate, which only shows in the bar); None for JSON or an
    unreadable file (the import itself reports that)."""
    if path.lower().endswith(".json"):
        return None
    breaks, last = 0, b"\n"
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                breaks += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return None
    rows = breaks - (1 if last == b"\n" else 0)  # lines less the header
    return rows if rows > 0 else None
