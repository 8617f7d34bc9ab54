"""Logged ids survive the log's redaction of 8-digit runs (a hex id did not, now and then)."""

from __future__ import annotations

from mypage_desktop.domain.ids import letters_id
from mypage_desktop.logs import redact


def test_ids_are_letters_and_pass_through_the_redaction_whole() -> None:
    for _ in range(2000):
        value = letters_id(16)
        assert value.isalpha() and len(value) == 16
        assert redact(f"access request={value} device={value[:12]}") == f"access request={value} device={value[:12]}"
