"""Login throttling arithmetic (docs/security.md L1), kept pure so both PCs and tests agree."""

from __future__ import annotations

from datetime import timedelta

WAIT_FROM_FAILURE = 3
MAX_WAIT_SECONDS = 30


def wait_after_failures(failures: int) -> timedelta:
    """From the 3rd failure a growing wait: 5 s, 10 s, 15 s … capped at 30 s."""
    if failures < WAIT_FROM_FAILURE:
        return timedelta(0)
    return timedelta(seconds=min(MAX_WAIT_SECONDS, 5 * (failures - WAIT_FROM_FAILURE + 1)))
