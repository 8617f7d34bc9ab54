"""Random ids that are shown or logged (request ids, device ids, incident ids).

Letters only: a run of eight digits in a log line is taken for a 認証キー and redacted
(docs/security.md, P1), so a hex id would sometimes lose its middle in the log — and a
person reading an id aloud at the help desk does not confuse I/1 or O/0."""

from __future__ import annotations

import secrets

ALPHABET = "abcdefghjkmnpqrstuvwxyz"  # no i, l, o


def letters_id(length: int) -> str:
    """``length`` random letters; 12 of them carry about 54 bits."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))
