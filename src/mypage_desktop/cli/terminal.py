"""What ``mypage-admin`` prints. Every message goes through :func:`say` or :func:`warn`, which
escape control characters: a value taken from an imported file (a cell, a field name, an
``event_id``) must not be able to move the cursor, retitle the window or hide text in the
operator's terminal (ESC and OSC sequences, bidi overrides, line separators)."""

from __future__ import annotations

import sys
import unicodedata

# C0/C1 controls (ESC, BEL, CR, LF …), format characters (bidi overrides, zero-width),
# line/paragraph separators and lone surrogates.
_ESCAPED = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control or format character written as ``\\xNN`` / ``\\uNNNN``."""
    return "".join(_escape(ch) if unicodedata.category(ch) in _ESCAPED else ch for ch in text)


def say(text: str = "") -> None:
    """One line of the report on standard output."""
    print(printable(text), flush=True)


def say_columns(*fields: str) -> None:
    """One tab-separated line; a tab inside a field is escaped like any control character."""
    print("\t".join(printable(field) for field in fields))


def warn(text: str) -> None:
    """One line on standard error (errors, progress)."""
    print(printable(text), file=sys.stderr, flush=True)
