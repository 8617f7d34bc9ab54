"""Logging for the desktop app and the office server (docs/security.md P1).

* One JSON object per line: CR, LF and the Unicode line separators inside a message are
  escaped, so a crafted input (``a\\r\\nFAKE``) can never forge a second record.
* Every handler carries :class:`RedactingFilter`: anything that looks like an email address is
  masked and 8-digit numbers (認証キー, ``1234 5678``) are removed, whichever logger wrote them.
* Tracebacks (from the crash handler, P2) go to the log file only, without local variables.
* Destinations: ``<data dir>/logs/mypage-desktop.log`` (rotated at start-up beyond 2 MB, three
  generations kept; folder 0700, file 0600: it names ids and events of seekers) at the level
  asked for, and stderr when there is one at WARNING and above only: the terminal that
  started the app stays quiet while it runs (audit and outbox lines are for the file).

Log inventory (README): this file is the only log the desktop app writes.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from io import TextIOWrapper
from pathlib import Path

from mypage_desktop.private_files import make_private_dirs, open_private_append

LOG_FILE_NAME = "mypage-desktop.log"
_MARK = "_mypage_handler"
EMAIL_PATTERN = re.compile(r"[^\s@<>\"'(),;:\[\]]+@[^\s@<>\"'(),;:\[\]]+")
KEY_PATTERN = re.compile(r"(?<!\d)\d{4}[ \-]?\d{4}(?!\d)")
_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}
_EXTRA_FIELDS = ("incident", "event")


def redact(text: str) -> str:
    """Masks email addresses (``t***@***``) and drops 8-digit keys."""
    text = EMAIL_PATTERN.sub(lambda m: f"{m.group(0)[:1]}***@***", text)
    return KEY_PATTERN.sub("[redacted]", text)


class RedactingFilter(logging.Filter):
    """Rewrites a record's message before any handler formats it (P1)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        return True


class JsonLineFormatter(logging.Formatter):
    """``{"ts": …, "level": …, "logger": …, "msg": …}`` on exactly one line."""

    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, str] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": redact(record.getMessage()),
        }
        for name in _EXTRA_FIELDS:
            if hasattr(record, name):
                payload[name] = str(getattr(record, name))
        if record.exc_info:
            payload["exc"] = redact(self.formatException(record.exc_info))
        line = json.dumps(payload, ensure_ascii=False)
        for raw, escaped in _SEPARATORS.items():
            line = line.replace(raw, escaped)
        return line


def _rotate_if_large(log_file: Path, max_bytes: int = 2_000_000, keep: int = 3) -> None:
    """Rotation at start-up (``.1`` … ``.3``); cheaper to import than logging.handlers."""
    if not log_file.is_file() or log_file.stat().st_size < max_bytes:
        return
    for index in range(keep - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{index}")
        if older.exists():
            older.replace(log_file.with_name(f"{log_file.name}.{index + 1}"))
    log_file.replace(log_file.with_name(f"{log_file.name}.1"))


CONSOLE_LEVEL = logging.WARNING


class PrivateFileHandler(logging.FileHandler):
    """A FileHandler whose file is created 0600 whatever the umask."""

    def _open(self) -> TextIOWrapper:
        descriptor = open_private_append(Path(self.baseFilename))
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def _handlers(log_file: Path | None) -> list[logging.Handler]:
    handlers: list[logging.Handler] = []
    if log_file is not None:
        try:
            make_private_dirs(log_file.parent)
            _rotate_if_large(log_file)
            handlers.append(PrivateFileHandler(log_file, encoding="utf-8", delay=True))
        except OSError as exc:
            if sys.stderr is not None:
                print(f"ログファイルを開けません: {log_file} ({type(exc).__name__})", file=sys.stderr)
    if sys.stderr is not None:  # None under pythonw (Windows GUI entry point)
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(CONSOLE_LEVEL)
        handlers.append(console)
    return handlers


def setup_logging(data_dir: Path | None, level: str = "INFO") -> Path | None:
    """Installs the app's handlers on the root logger (idempotent); returns the log file."""
    teardown_logging()
    root = logging.getLogger()
    log_file = data_dir / "logs" / LOG_FILE_NAME if data_dir is not None else None
    for handler in _handlers(log_file):
        setattr(handler, _MARK, True)
        handler.addFilter(RedactingFilter())
        handler.setFormatter(JsonLineFormatter())
        root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    quiet_libraries()
    return log_file


# Libraries whose debug output carries data: SQL with parameters (P1: hide_parameters is set on
# the engine too), and qasync, whose executor worker logs the repr of every call's result —
# profiles, registrations, messages. Even at level DEBUG the app keeps them at WARNING.
QUIET_LIBRARIES = ("sqlalchemy.engine", "alembic", "qasync", "asyncio", "httpx", "httpcore")


def quiet_libraries() -> None:
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)


def teardown_logging() -> None:
    """Removes the handlers :func:`setup_logging` installed (tests; a clean shutdown)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
