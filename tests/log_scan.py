"""Collects every log record of the whole test run, and every password and 認証キー the run
hashed or checked, so that the last test can prove the logs hold none of them (issue #6,
docs/security.md P1). Hooked in by tests/conftest.py.

Records are kept as the message *before* the app's redacting filter: the point is that no
code asks to log personal data in the first place, not that the filter catches it. Log files
written by app subprocesses (``<data dir>/logs/*.log`` under the run's temp directory) are
scanned as well.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from mypage_desktop.logs import quiet_libraries
from mypage_desktop.services.hashing import Hasher

# Loggers that are not the application's: the redaction tests (tests/ui/test_app_startup.py)
# log fake personal data on purpose through "mypage.test" to prove the filter masks it (their
# log *files* are still scanned); "mail.log" is aiosmtpd, the test's stand-in mail server,
# which logs the SMTP dialogue it receives.
NOT_THE_APP = ("mypage.test", "mail.log")
SCAN_TEST = "test_logs_of_the_whole_run_hold_no_personal_data"
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
# 8 digits, alone or as 4+4 (認証キー); not the tail of a 求職番号/求人番号 (06010-12345678).
KEY = re.compile(r"(?<![\d\-])\d{4}[ \-]?\d{4}(?!\d)")
# Birthdates: the suite's seekers were born 1940–2009; log dates (validity, postings) are later.
BIRTHDATE = re.compile(r"(?<!\d)(19[4-9]\d|200\d)"
                       r"(?:[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?!\d)")
# Test data that looks like a key or a date but is neither (e.g. a posting's wage 180000-250000).
ALLOWED = re.compile(r"\b(?:v=19|m=\d+)\b")


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith(NOT_THE_APP):
            return
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        extras = " ".join(str(getattr(record, name)) for name in ("event", "incident") if hasattr(record, name))
        self.lines.append(f"{record.name} {record.levelname} {message} {extras}".rstrip())


COLLECTOR = _Collector()
SECRETS: set[str] = set()


def _record_secrets() -> None:
    """Every secret the services hash or verify: passwords typed by tests and 認証キー."""
    hash_, verify = Hasher.hash, Hasher.verify

    def recording_hash(self: Hasher, secret: str) -> str:
        SECRETS.add(secret)
        return hash_(self, secret)

    def recording_verify(self: Hasher, stored: str | None, secret: str) -> bool:
        SECRETS.add(secret)
        return verify(self, stored, secret)

    Hasher.hash = recording_hash  # type: ignore[method-assign]
    Hasher.verify = recording_verify  # type: ignore[method-assign]


def pytest_configure(config: pytest.Config) -> None:
    """Logging as the app configures it at its most verbose (``setup_logging(level="DEBUG")``):
    everything at DEBUG except the libraries the app quiets."""
    logging.getLogger().addHandler(COLLECTOR)
    _most_verbose()
    _record_secrets()


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Again before each test: a test of the logging set-up may have left another level."""
    _most_verbose()


def _most_verbose() -> None:
    logging.getLogger().setLevel(logging.DEBUG)
    quiet_libraries()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The scan runs last, whatever subset of the suite was selected."""
    last = [item for item in items if item.name == SCAN_TEST]
    items[:] = [item for item in items if item.name != SCAN_TEST] + last


def app_log_files(base: Path) -> list[Path]:
    return sorted(base.rglob("logs/*.log*"))


def findings(lines: list[str], secrets: set[str]) -> list[str]:
    """What in ``lines`` is an email address, a key, a birthdate or one of ``secrets``."""
    found: list[str] = []
    real = sorted(filter(_is_real_secret, secrets), key=len, reverse=True)
    any_secret = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, real)) + r")(?![A-Za-z0-9])"
                            if real else r"(?!)")
    for line in lines:
        cleaned = ALLOWED.sub("", line)
        for pattern, kind in ((EMAIL, "email"), (KEY, "key"), (BIRTHDATE, "birthdate")):
            match = pattern.search(cleaned)
            if match:
                found.append(f"{kind}: {match.group(0)!r} in {line[:160]!r}")
        if any_secret.search(line):
            found.append(f"password/key: in {line[:160]!r}")
    return found


def _is_real_secret(secret: str) -> bool:
    """A password the policy accepts (letters, digits and symbols, 8+) or an 8-digit key: the
    suite also checks words like "password" as wrong guesses, which are not secrets."""
    if re.fullmatch(r"\d{8}", secret):
        return True
    return (len(secret) >= 8 and re.search(r"[A-Za-z]", secret) is not None
            and re.search(r"\d", secret) is not None and re.search(r"[^A-Za-z0-9]", secret) is not None)
