"""Password rule from the seed: 半角の数字、英字、記号を組み合わせ、8桁以上32桁以内.

This deliberately deviates from NIST 800-63B-4 and ASVS 6.2 (composition rule, 32 maximum,
ASCII only, 8 minimum); see README "Security". C4 (common list, personal data) compensates.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.text import had_fullwidth_ascii, nfkc

MIN_LENGTH = 8
MAX_LENGTH = 32
FIELD = "password"
CONFIRM_FIELD = "password_confirm"


@dataclass(frozen=True)
class PersonalData:
    """What a password must not contain (docs/security.md C4)."""

    email: str = ""
    birthdate: date | None = None
    seeker_number: str = ""

    def fragments(self) -> list[str]:
        parts: list[str] = []
        local = self.email.partition("@")[0].lower()
        if len(local) >= 3:
            parts.append(local)
        if self.birthdate is not None:
            b = self.birthdate
            parts += [b.strftime("%Y%m%d"), b.strftime("%Y-%m-%d"), b.strftime("%Y/%m/%d")]
        if self.seeker_number:
            parts += [self.seeker_number, self.seeker_number.replace("-", "")]
        return parts


def normalize_password(raw: str) -> str:
    """The form that is hashed and verified: NFKC only (docs/security.md I1)."""
    return nfkc(raw)


def password_errors(
    raw: str,
    confirmation: str | None = None,
    *,
    personal: PersonalData | None = None,
    is_common: Callable[[str], bool] = lambda _pw: False,
) -> list[FieldError]:
    """Every reason ``raw`` cannot be registered; empty when it can."""
    if raw == "":
        return [FieldError(FIELD, "password.required")]
    value = nfkc(raw)
    if any(ch.isspace() for ch in value):
        return [FieldError(FIELD, "password.space")]
    bad = [ch for ch in value if not 0x21 <= ord(ch) <= 0x7E]
    if bad:
        if any(unicodedata.category(ch) == "So" or ord(ch) > 0xFFFF for ch in bad):
            return [FieldError(FIELD, "password.emoji")]
        if any(unicodedata.east_asian_width(ch) in ("W", "F") for ch in bad):
            return [FieldError(FIELD, "password.fullwidth")]  # ひらがな, 漢字, what an IME types
        return [FieldError(FIELD, "password.not_ascii")]  # é, ß, Ω: half-width, but not ASCII
    if len(value) < MIN_LENGTH:
        return [FieldError(FIELD, "password.too_short", {"min": MIN_LENGTH, "length": len(value)})]
    if len(value) > MAX_LENGTH:
        return [FieldError(FIELD, "password.too_long", {"max": MAX_LENGTH, "length": len(value)})]
    missing = [
        name
        for name, present in (
            ("letter", any(ch.isalpha() for ch in value)),
            ("digit", any(ch.isdigit() for ch in value)),
            ("symbol", any(not ch.isalnum() for ch in value)),
        )
        if not present
    ]
    if missing:
        return [FieldError(FIELD, "password.missing_" + "_".join(missing))]
    lowered = value.lower()
    if personal is not None and any(part in lowered for part in personal.fragments()):
        return [FieldError(FIELD, "password.personal")]
    if is_common(value):
        return [FieldError(FIELD, "password.common")]
    if confirmation is not None and nfkc(confirmation) != value:
        return [FieldError(CONFIRM_FIELD, "password.mismatch")]
    return []


def converted_from_fullwidth(raw: str) -> bool:
    """Tell the user when full-width input was converted rather than refused."""
    return had_fullwidth_ascii(raw)
