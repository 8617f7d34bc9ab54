"""認証キー: 8 digits from a CSPRNG, shown as ``1234 5678`` (docs/security.md K1)."""

from __future__ import annotations

import secrets

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.text import nfkc

LENGTH = 8
FIELD = "auth_key"
_SEPARATORS = str.maketrans("", "", " -")


def generate_key() -> str:
    return f"{secrets.randbelow(10**LENGTH):0{LENGTH}d}"


def format_key(key: str) -> str:
    return f"{key[:4]} {key[4:]}"


def normalize_key(raw: str) -> str:
    """Accept full-width digits and the spaces/hyphens people copy from the mail."""
    return nfkc(raw).translate(_SEPARATORS)


def key_errors(raw: str) -> list[FieldError]:
    if raw.strip() == "":
        return [FieldError(FIELD, "auth_key.required")]
    value = normalize_key(raw)
    if len(value) != LENGTH or not value.isascii() or not value.isdigit():
        return [FieldError(FIELD, "auth_key.format", {"length": LENGTH})]
    return []
