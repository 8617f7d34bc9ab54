"""Normalisation shared by every validator (SECURITY I1: NFKC once, nothing else)."""

from __future__ import annotations

import unicodedata

FULLWIDTH_ASCII = range(0xFF01, 0xFF5F)
IDEOGRAPHIC_SPACE = "\u3000"


def nfkc(text: str) -> str:
    """NFKC only: no trimming, no case change (NIST 63B allows nothing more for secrets)."""
    return unicodedata.normalize("NFKC", text)


def had_fullwidth_ascii(text: str) -> bool:
    """True when the IME produced full-width letters, digits or symbols (ａ, １, ＠)."""
    return any(ord(ch) in FULLWIDTH_ASCII or ch == IDEOGRAPHIC_SPACE for ch in text)


def has_control_chars(text: str) -> bool:
    """NUL, CR, LF, TAB and other C0/C1 controls (also what SMTP header injection needs)."""
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)
