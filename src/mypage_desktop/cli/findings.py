"""What one check of ``mypage-admin doctor`` found."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    topic: str
    ok: bool
    text: str
    advice: str = ""
    details: tuple[str, ...] = ()
