"""The 住所 field after a 郵便番号 lookup, the same in the 仮登録 form and in 「連絡先の変更」: the
found part goes in front of what was typed after it, and an address the seeker typed themselves
is never replaced (docs/product-rules.md §preregistration)."""

from __future__ import annotations


def address_after_lookup(current: str, found: str, previous: str, replaceable: str = "") -> str | None:
    """The new text of the field, or None when it holds the seeker's own address (kept as is).

    ``previous``: what the last lookup put in front (the 番地 typed after it is kept);
    ``replaceable``: a value that may go although it was not looked up (the registered address,
    untouched)."""
    if current.startswith(found):
        return current
    if previous and current.startswith(previous):
        return found + current[len(previous):]
    if not current.strip() or (replaceable and current == replaceable):
        return found
    return None
