"""The list of common passwords that fit the seed's policy (docs/security.md C4)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mypage_desktop.resources import resource_path


def load_common_passwords(path: Path | None = None) -> Callable[[str], bool]:
    source = path or resource_path("common_passwords.txt")
    words = frozenset(
        line.strip().lower() for line in source.read_text(encoding="utf-8").splitlines() if line.strip()
    )

    def is_common(password: str) -> bool:
        return password.lower() in words

    return is_common
