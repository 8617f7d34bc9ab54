"""生年月日: 半角数字、西暦, three fields 年/月/日 (seed); a real date 1900..today (docs/security.md I2)."""

from __future__ import annotations

import re
from datetime import date

from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.text import nfkc

MIN_YEAR = 1900
_ERA = re.compile(r"^(昭和|平成|令和|大正|[SHRTshrt])")


def _digits(raw: str, field: str, label: str, max_len: int) -> tuple[int | None, list[FieldError]]:
    value = nfkc(raw).strip()
    if value == "":
        return None, [FieldError(field, f"birthdate.{label}_required")]
    if field == "birth_year" and _ERA.match(value):
        return None, [FieldError(field, "birthdate.era")]
    if not value.isascii() or not value.isdigit() or len(value) > max_len:
        return None, [FieldError(field, f"birthdate.{label}_digits")]
    return int(value), []


def birthdate_errors(year: str, month: str, day: str, today: date) -> list[FieldError]:
    y, errors = _digits(year, "birth_year", "year", 4)
    m, month_errors = _digits(month, "birth_month", "month", 2)
    d, day_errors = _digits(day, "birth_day", "day", 2)
    errors += month_errors + day_errors
    if y is not None and (len(nfkc(year).strip()) != 4):
        errors.append(FieldError("birth_year", "birthdate.year_four_digits"))
        y = None
    if y is not None and not (MIN_YEAR <= y <= today.year):
        errors.append(FieldError("birth_year", "birthdate.year_range", {"min": MIN_YEAR, "max": today.year}))
        y = None
    if m is not None and not 1 <= m <= 12:
        errors.append(FieldError("birth_month", "birthdate.month_range"))
        m = None
    if d is not None and not 1 <= d <= 31:
        errors.append(FieldError("birth_day", "birthdate.day_range"))
        d = None
    if errors or y is None or m is None or d is None:
        return errors
    try:
        value = date(y, m, d)
    except ValueError:
        return [FieldError("birth_day", "birthdate.not_a_date")]
    if value > today:
        return [FieldError("birth_day", "birthdate.future")]
    return []


def parse_birthdate(year: str, month: str, day: str, today: date) -> date:
    """The date the three fields name; full-width digits are converted, not rejected."""
    errors = birthdate_errors(year, month, day, today)
    if errors:
        raise ValidationFailed(errors)
    return date(int(nfkc(year).strip()), int(nfkc(month).strip()), int(nfkc(day).strip()))
