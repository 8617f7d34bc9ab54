"""求職登録: 求職番号, validity end (翌々月末), names."""

from __future__ import annotations

import calendar
import re
import secrets
from datetime import date
from enum import StrEnum

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.text import has_control_chars, nfkc, to_katakana
from mypage_desktop.domain.translatable import N_

NUMBER_PATTERN = re.compile(r"^\d{5}-\d{8}$")
NAME_MAX = 30


class SeekerStatus(StrEnum):
    ACTIVE = N_("有効")
    INACTIVE = N_("無効")


def generate_seeker_number(office_code: str) -> str:
    """``NNNNN-NNNNNNNN``: the office's 5-digit code and 8 unguessable digits."""
    if not re.fullmatch(r"\d{5}", office_code):
        raise ValueError("office code must be 5 digits")
    return f"{office_code}-{secrets.randbelow(10**8):08d}"


def normalize_seeker_number(raw: str) -> str | None:
    """Full-width digits and a missing hyphen are accepted; None when it cannot be one."""
    value = nfkc(raw).strip().replace("ー", "-").replace("−", "-")
    if re.fullmatch(r"\d{13}", value):
        value = f"{value[:5]}-{value[5:]}"
    return value if NUMBER_PATTERN.match(value) else None


def end_of_month_after_next(start: date) -> date:
    """Validity end: the last day of the month after next (翌々月末)."""
    month_index = start.month - 1 + 2
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def name_errors(field: str, raw: str, *, kana: bool = False) -> list[FieldError]:
    """``kana``: a フリガナ, checked as stored: hiragana and half-width kana become katakana
    (:func:`~mypage_desktop.domain.text.to_katakana`; docs/i18n.md §input)."""
    value = (to_katakana(raw) if kana else nfkc(raw)).strip()
    if not value:
        return [FieldError(field, "name.required")]
    if has_control_chars(value):
        return [FieldError(field, "name.control_chars")]
    if len(value) > NAME_MAX:
        return [FieldError(field, "name.too_long", {"max": NAME_MAX})]
    if kana and not all(_is_katakana(ch) for ch in value):
        return [FieldError(field, "name.kana")]
    return []


def _is_katakana(ch: str) -> bool:
    return ch in " 　ー・" or 0x30A0 <= ord(ch) <= 0x30FF
