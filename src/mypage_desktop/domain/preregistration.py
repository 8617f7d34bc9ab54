"""The rules of the online 求職仮登録 form (docs/product-rules.md §preregistration).

Two levels: :func:`draft_errors` (一時保存: only the email is required, and every value that is
there must be within its limits and free of control characters) and :func:`submit_errors`
(the 仮登録 itself: the required items too). :func:`normalized` gives the form as it is
stored (NFKC, trimmed, line breaks unified). Field names of history rows are
``education.<i>.<part>`` / ``work.<i>.<part>`` so the UI can put a message next to the row.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
from datetime import date
from enum import StrEnum
from typing import Any

from mypage_desktop.domain.birthdate import birthdate_errors
from mypage_desktop.domain.email import email_errors, normalize_email
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.preregistration_dto import HistoryRow, PreregistrationForm
from mypage_desktop.domain.seeker import name_errors
from mypage_desktop.domain.text import has_control_chars, nfkc, to_katakana, unify_line_breaks
from mypage_desktop.domain.translatable import N_


class PreregStatus(StrEnum):
    DRAFT = "draft"  # 一時保存 (unfinished)
    ONLINE = "online"  # オンライン登録者: submitted, waiting for the counter
    REGISTERED = "registered"  # 本登録 done: a 求職番号 was issued


STATUS_LABELS = {PreregStatus.DRAFT: N_("一時保存中"), PreregStatus.ONLINE: N_("オンライン登録者"),
                 PreregStatus.REGISTERED: N_("本登録済")}

GENDERS = ("", N_("男性"), N_("女性"), N_("回答しない"))
EMPLOYMENT_TYPES = ("", N_("正社員"), N_("正社員以外（契約社員・嘱託など）"), N_("パートタイム"), N_("派遣"),
                    N_("どれでもよい"))

# One-line fields and their limits (characters after NFKC).
LINE_MAX = {"address": 120, "wish_occupation": 100, "wish_location": 100, "wish_wage": 40, "wish_hours": 40}
# Multi-line fields and their limits (line breaks count as one character each).
TEXT_MAX = {"licenses": 500, "disability": 1000, "self_pr": 1000}
HISTORY_ROWS_MAX = 10
HISTORY_TEXT_MAX = 60
HISTORY_KINDS = ("education", "work")
NUMBER_LENGTH = 10
_POSTAL = re.compile(r"〒?\s*(\d{3})[-ー‐−]?(\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})[-/.年](\d{1,2})月?")
_PHONE = re.compile(r"[0-9][0-9-]{8,14}")


def phone_valid(value: str) -> bool:
    """A telephone number after NFKC and trimming: half-width digits and hyphens, 9–15 long."""
    return _PHONE.fullmatch(value) is not None


def generate_number() -> str:
    """仮登録番号: 10 random digits shown as ``NNNNN-NNNNN`` (not guessable from another's)."""
    digits = f"{secrets.randbelow(10**NUMBER_LENGTH):0{NUMBER_LENGTH}d}"
    return f"{digits[:5]}-{digits[5:]}"


def normalize_number(raw: str) -> str | None:
    """Full-width digits and a missing hyphen accepted; None when it is not a 仮登録番号."""
    digits = re.sub(r"[\s\-ー‐−]", "", nfkc(raw))
    if len(digits) != NUMBER_LENGTH or not (digits.isascii() and digits.isdigit()):
        return None
    return f"{digits[:5]}-{digits[5:]}"


def normalize_postal_code(raw: str) -> str | None:
    """``NNN-NNNN`` from 〒, full-width digits, any hyphen or none; None if not a 郵便番号."""
    match = _POSTAL.fullmatch(nfkc(raw).strip())
    return f"{match[1]}-{match[2]}" if match else None


def _line(raw: str) -> str:
    return nfkc(raw).strip()


def _text(raw: str) -> str:
    return unify_line_breaks(nfkc(raw)).strip()


def _line_errors(field: str, value: str, limit: int) -> list[FieldError]:
    if has_control_chars(value):
        return [FieldError(field, "name.control_chars")]
    if len(value) > limit:
        return [FieldError(field, "name.too_long", {"max": limit})]
    return []


def _text_errors(field: str, value: str, limit: int) -> list[FieldError]:
    if any(has_control_chars(line) for line in value.split("\n")):
        return [FieldError(field, "name.control_chars")]
    if len(value) > limit:
        return [FieldError(field, "prereg.text_too_long", {"max": limit, "length": len(value)})]
    return []


def _year_month(raw: str) -> tuple[int, int] | None:
    match = _YEAR_MONTH.fullmatch(_line(raw))
    if not match or not 1 <= int(match[2]) <= 12:
        return None
    return int(match[1]), int(match[2])


def _history_errors(kind: str, rows: tuple[HistoryRow, ...], today: date, *, complete: bool) -> list[FieldError]:
    if len(rows) > HISTORY_ROWS_MAX:
        return [FieldError(kind, "prereg.too_many_rows", {"max": HISTORY_ROWS_MAX})]
    errors: list[FieldError] = []
    for i, row in enumerate(rows):
        prefix = f"{kind}.{i}"
        text = _line(row.text)
        errors += _line_errors(f"{prefix}.text", text, HISTORY_TEXT_MAX)
        if complete and not text:
            errors.append(FieldError(f"{prefix}.text", "name.required"))
        start, end = _year_month(row.start), _year_month(row.end)
        if (row.start.strip() and start is None) or (complete and not row.start.strip()):
            errors.append(FieldError(f"{prefix}.start", "prereg.year_month"))
        if row.end.strip() and end is None:
            errors.append(FieldError(f"{prefix}.end", "prereg.year_month"))
        for part, value in (("start", start), ("end", end)):
            if value is not None and (value > (today.year, today.month) or value[0] < 1900):
                errors.append(FieldError(f"{prefix}.{part}", "prereg.year_month_range"))
        if start and end and end < start:
            errors.append(FieldError(f"{prefix}.end", "prereg.end_before_start"))
    return errors


def _common_errors(form: PreregistrationForm, today: date, *, complete: bool) -> list[FieldError]:
    errors: list[FieldError] = []
    if form.in_school:
        errors.append(FieldError("in_school", "prereg.pupil"))
    for field in ("name", "name_kana"):
        value = getattr(form, field)
        if complete or value.strip():
            errors += name_errors(field, value, kana=field == "name_kana")
    if complete or any(p.strip() for p in (form.birth_year, form.birth_month, form.birth_day)):
        errors += birthdate_errors(form.birth_year, form.birth_month, form.birth_day, today)
    if form.gender not in GENDERS:
        errors.append(FieldError("gender", "prereg.choice"))
    if form.wish_employment not in EMPLOYMENT_TYPES:
        errors.append(FieldError("wish_employment", "prereg.choice"))
    if form.postal_code.strip() and normalize_postal_code(form.postal_code) is None:
        errors.append(FieldError("postal_code", "prereg.postal_code"))
    phone = _line(form.phone)
    if phone and not phone_valid(phone):
        errors.append(FieldError("phone", "phone.invalid"))
    errors += email_errors(form.email)
    for field, limit in LINE_MAX.items():
        errors += _line_errors(field, _line(getattr(form, field)), limit)
    for field, limit in TEXT_MAX.items():
        errors += _text_errors(field, _text(getattr(form, field)), limit)
    errors += _history_errors("education", form.education, today, complete=complete)
    errors += _history_errors("work", form.work, today, complete=complete)
    return errors


def draft_errors(form: PreregistrationForm, today: date) -> list[FieldError]:
    """一時保存: the email (where the resume key goes) and the limits of what is there."""
    return _common_errors(form, today, complete=False)


# Required at submission besides 氏名, フリガナ and 生年月日 (checked with their own rules).
REQUIRED = ("postal_code", "address", "phone", "wish_occupation", "wish_employment")


def submit_errors(form: PreregistrationForm, today: date) -> list[FieldError]:
    errors = _common_errors(form, today, complete=True)
    reported = {e.field for e in errors}
    for field in REQUIRED:
        if field not in reported and not _line(getattr(form, field)):
            errors.append(FieldError(field, "name.required"))
    return errors


def normalized(form: PreregistrationForm) -> PreregistrationForm:
    """The form as stored: NFKC, trimmed, canonical 郵便番号 and email, empty rows dropped."""
    def rows(items: tuple[HistoryRow, ...]) -> tuple[HistoryRow, ...]:
        kept = (HistoryRow(_line(r.start), _line(r.end), _line(r.text)) for r in items)
        return tuple(r for r in kept if r.start or r.end or r.text)

    values: dict[str, Any] = {f: _line(getattr(form, f)) for f in (
        "name", "birth_year", "birth_month", "birth_day", "phone", *LINE_MAX)}
    values["name_kana"] = to_katakana(form.name_kana).strip()  # ひらがな typed for フリガナ is taken
    values.update({f: _text(getattr(form, f)) for f in TEXT_MAX})
    return dataclasses.replace(
        form, **values,
        postal_code=normalize_postal_code(form.postal_code) or _line(form.postal_code),
        email=normalize_email(form.email),
        education=rows(form.education), work=rows(form.work),
    )


def to_json_dict(form: PreregistrationForm) -> dict[str, Any]:
    return dataclasses.asdict(form)


def from_json_dict(data: dict[str, Any]) -> PreregistrationForm:
    """The stored form back; unknown keys (from a later version) are ignored."""
    known = {f.name for f in dataclasses.fields(PreregistrationForm)}
    values = {k: v for k, v in data.items() if k in known}
    for kind in HISTORY_KINDS:
        values[kind] = tuple(HistoryRow(**row) for row in values.get(kind, ()))
    return PreregistrationForm(**values)


# What the seeker brings to the counter for 本登録 (the done page and the mail say it).
WHAT_TO_BRING = (
    N_("仮登録番号（この画面またはメールに記載の番号）"),
    N_("本人確認書類（マイナンバーカード、運転免許証、在留カードなど）"),
    N_("雇用保険の離職票（お持ちの方）"),
)
