"""Logs produced during the whole test run contain no email address, birthdate, 認証キー or
password (issue #6, docs/security.md P1). Runs last (tests/log_scan.py reorders it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from log_scan import COLLECTOR, SECRETS, app_log_files, findings


def test_the_scanner_finds_what_it_looks_for() -> None:
    """The scan below would be worthless if its patterns missed the real formats."""
    expected = {
        "login ok for taro.yamagata@example.jp": {"email"},
        "key 1234 5678 sent": {"key"},
        "key 1234-5678 sent": {"key"},
        "born 1985-04-12": {"birthdate"},
        "born 1985年4月12日": {"birthdate"},
        "born 19850412": {"birthdate", "key"},
        "typed Mogami#River7 here": {"password/key"},
        "seeker 06010-12345678 referred": set(),
        "valid until 2027-01-31": set(),
        "argon2 $argon2id$v=19$m=65536": set(),
    }
    for line, kinds in expected.items():
        assert {f.split(":")[0] for f in findings([line], {"Mogami#River7"})} == kinds, line


def test_logs_of_the_whole_run_hold_no_personal_data(tmp_path_factory: pytest.TempPathFactory) -> None:
    base = Path(tmp_path_factory.getbasetemp())
    lines = list(COLLECTOR.lines)
    for path in app_log_files(base):
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    assert SECRETS or len(lines) == 0, "the secret recorder saw no password: is it hooked in?"
    found = findings(lines, SECRETS)
    assert found == [], "\n".join(found[:40])
