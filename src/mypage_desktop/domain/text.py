"""Normalisation shared by every validator (docs/security.md I1: NFKC once, nothing else)."""

from __future__ import annotations

import re
import unicodedata

FULLWIDTH_ASCII = range(0xFF01, 0xFF5F)
IDEOGRAPHIC_SPACE = "\u3000"


def nfkc(text: str) -> str:
    """NFKC only: no trimming, no case change (NIST 63B allows nothing more for secrets)."""
    return unicodedata.normalize("NFKC", text)


def had_fullwidth_ascii(text: str) -> bool:
    """True when the IME produced full-width letters, digits or symbols (ａ, １, ＠)."""
    return any(ord(ch) in FULLWIDTH_ASCII or ch == IDEOGRAPHIC_SPACE for ch in text)


# Line breaks that are not C0/C1 controls: U+2028 LINE SEPARATOR (Zl) and U+2029 PARAGRAPH
# SEPARATOR (Zp). Qt, str.splitlines and mail software break lines at them, so a one-line
# field refuses them like LF; NEL, VT and FF are controls (Cc) and refused anyway.
UNICODE_LINE_SEPARATORS = ("Zl", "Zp")
_LINE_ENDS = re.compile("\r\n|[\r\u2028\u2029]")


def has_control_chars(text: str) -> bool:
    """The one-line rule: NUL, CR, LF, TAB and other C0/C1 controls (also what SMTP header
    injection needs), format characters, and the Unicode line and paragraph separators."""
    return any(unicodedata.category(ch) in ("Cc", "Cf", *UNICODE_LINE_SEPARATORS) for ch in text)


def unify_line_breaks(text: str) -> str:
    """Multi-line text: CRLF, CR, U+2028 and U+2029 become LF (what the screens and files expect)."""
    return _LINE_ENDS.sub("\n", text)


_HIRAGANA = range(0x3041, 0x3097)  # ぁ … ゖ; the katakana is 0x60 further
_ITERATION_MARK_CHARS = {"ゝ": "ヽ", "ゞ": "ヾ"}


def to_katakana(text: str) -> str:
    """What an IME typed for フリガナ, as the full-width katakana the register stores: NFKC makes
    half-width ｶﾀｶﾅ full-width, hiragana become katakana (issue 15: a seeker may type either).
    Anything else is left for the check."""
    value = nfkc(text)
    return "".join(chr(ord(ch) + 0x60) if ord(ch) in _HIRAGANA else _ITERATION_MARK_CHARS.get(ch, ch) for ch in value)
