"""A choice remembered on an own PC (文字の大きさ・表示, the language): one small JSON file in the
user's config folder; a kiosk passes no file and remembers nothing."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def read_choice(store: Path) -> dict[str, Any] | None:
    """The saved choice, or None when there is none or it cannot be read (the caller's default)."""
    try:
        data = json.loads(store.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_choice(store: Path, choice: dict[str, Any], what: str) -> None:
    """Saves the choice; a failure is logged (``<what>_save_failed``), never shown: the choice is
    in force anyway, only not remembered."""
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        store.write_text(json.dumps(choice), encoding="utf-8")
    except OSError:
        log.warning("%s choice not saved", what, extra={"event": f"{what}_save_failed"})
