"""求人: numbers, categories, wages and the search conditions a seeker can set."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.prefectures import PREFECTURES
from mypage_desktop.domain.text import nfkc
from mypage_desktop.domain.textsearch import Phrase, parse_free_words
from mypage_desktop.domain.translatable import N_

JOB_NUMBER = re.compile(r"^\d{5}-\d{8}$")
EMPLOYER_NUMBER = re.compile(r"^\d{4}-\d{6}-\d$")
EMPLOYER_WEIGHTS = (3, 1, 3, 1, 3, 1, 3, 1, 3, 1)
CATEGORIES = (N_("一般"), N_("パート"), N_("一般（障害者）"), N_("パート（障害者）"), N_("新卒・既卒"), N_("季節"),
              N_("出稼ぎ"))
EMPLOYMENT_TYPES = (N_("正社員"), N_("正社員以外"), N_("有期雇用派遣労働者"), N_("無期雇用派遣労働者"),
                    N_("パート労働者"))
MAX_AREAS = 10


class WageUnit(StrEnum):
    MONTHLY = N_("月給")
    DAILY = N_("日給")
    HOURLY = N_("時給")


# Rough monthly equivalents so that sorting by wage compares like with like.
MONTHLY_FACTOR = {WageUnit.MONTHLY: 1, WageUnit.DAILY: 21, WageUnit.HOURLY: 160}


class SortOrder(StrEnum):
    NEWEST = "newest"
    WAGE = "wage"


def normalize_job_number(raw: str) -> str | None:
    """Full-width digits, a long-vowel mark or a missing hyphen are accepted."""
    value = nfkc(raw).strip().replace("ー", "-").replace("−", "-").replace("‐", "-")
    if re.fullmatch(r"\d{13}", value):
        value = f"{value[:5]}-{value[5:]}"
    return value if JOB_NUMBER.match(value) else None


_HYPHENS = str.maketrans({"ー": "-", "−": "-", "‐": "-", "―": "-", "–": "-", "—": "-"})


def employer_check_digit(digits: str) -> str:
    """The 11th digit of a 事業所番号: weights 3,1,3,1,… over the 10 digits, sum mod 10,
    then 10 minus it (mod 10). Catches every single wrong digit and most swapped neighbours."""
    total = sum(int(d) * w for d, w in zip(digits, EMPLOYER_WEIGHTS, strict=True))
    return str((10 - total % 10) % 10)


def normalize_employer_number(raw: str) -> str | None:
    """``NNNN-NNNNNN-N`` with a valid check digit, or None. Full-width digits and hyphens
    (and long-vowel marks), spaces and missing hyphens are accepted."""
    value = "".join(nfkc(raw).translate(_HYPHENS).split())
    digits = value.replace("-", "")
    if not re.fullmatch(r"\d{11}", digits):
        return None
    if "-" in value and not EMPLOYER_NUMBER.match(value):
        return None  # hyphens, but in the wrong places
    if employer_check_digit(digits[:10]) != digits[10]:
        return None
    return f"{digits[:4]}-{digits[4:10]}-{digits[10]}"


def derived_employer_number(company_name: str) -> str:
    """The 事業所番号 given to a posting whose source has none (migration 0124, the generator,
    an import without the column): the first 8 bytes of SHA-256 of the 事業所名 (UTF-8, as
    stored), as a number mod 10**10, zero-padded to 10 digits, plus the check digit. The same
    事業所名 always gets the same number. Never change this: stored numbers depend on it."""
    value = int.from_bytes(hashlib.sha256(company_name.encode("utf-8")).digest()[:8], "big") % 10**10
    digits = f"{value:010d}"
    return f"{digits[:4]}-{digits[4:]}-{employer_check_digit(digits)}"


def monthly_equivalent(wage: int, unit: WageUnit) -> int:
    return wage * MONTHLY_FACTOR[unit]


@dataclass(frozen=True)
class Area:
    prefecture: str
    municipality: str = ""  # empty: the whole prefecture


@dataclass(frozen=True)
class JobConditions:
    """What the 求人情報検索 form holds; raw user text stays as typed (nothing is lost)."""

    free_words: str = ""
    categories: tuple[str, ...] = ()
    areas: tuple[Area, ...] = ()
    occupation_group: str = ""
    min_wage: str = ""
    wage_unit: WageUnit = WageUnit.MONTHLY
    employment_types: tuple[str, ...] = ()
    posted_within_days: int | None = None
    online_application_only: bool = False
    job_number: str = ""
    employer_number: str = ""


@dataclass(frozen=True)
class ValidConditions:
    """Conditions checked and normalised: what a search query is built from."""

    phrases: tuple[Phrase, ...] = ()
    categories: tuple[str, ...] = ()
    areas: tuple[Area, ...] = ()
    occupation_group: str = ""
    min_wage: int | None = None
    wage_unit: WageUnit = WageUnit.MONTHLY
    employment_types: tuple[str, ...] = ()
    posted_since: date | None = None
    online_application_only: bool = False
    job_number: str | None = None
    employer_number: str | None = None
    problems: tuple[FieldError, ...] = field(default=())


def validate_conditions(conditions: JobConditions, today: date) -> ValidConditions:
    errors: list[FieldError] = []
    phrases: list[Phrase] = []
    try:
        phrases = parse_free_words(conditions.free_words)
    except ValidationFailed as exc:
        errors += exc.errors
    unknown = [c for c in conditions.categories if c not in CATEGORIES]
    if unknown:
        errors.append(FieldError("categories", "search.unknown_category"))
    if len(conditions.areas) > MAX_AREAS:
        errors.append(FieldError("areas", "search.too_many_areas", {"max": MAX_AREAS}))
    if any(a.prefecture not in PREFECTURES for a in conditions.areas):
        errors.append(FieldError("areas", "search.unknown_prefecture"))
    min_wage: int | None = None
    wage_text = nfkc(conditions.min_wage).strip().replace(",", "").removesuffix("円")
    if wage_text:
        if not wage_text.isdigit() or len(wage_text) > 7:
            errors.append(FieldError("min_wage", "search.wage_digits"))
        else:
            min_wage = int(wage_text)
    if any(t not in EMPLOYMENT_TYPES for t in conditions.employment_types):
        errors.append(FieldError("employment_types", "search.unknown_employment_type"))
    days = conditions.posted_within_days
    if days is not None and not 1 <= days <= 365:
        errors.append(FieldError("posted_within_days", "search.days_range"))
    job_number: str | None = None
    if conditions.job_number.strip():
        job_number = normalize_job_number(conditions.job_number)
        if job_number is None:
            errors.append(FieldError("job_number", "search.job_number_format"))
    employer_number: str | None = None
    if conditions.employer_number.strip():
        employer_number = normalize_employer_number(conditions.employer_number)
        if employer_number is None:
            errors.append(FieldError("employer_number", "search.employer_number_format"))
    if errors:
        raise ValidationFailed(errors)
    return ValidConditions(
        phrases=tuple(phrases),
        categories=tuple(conditions.categories),
        areas=tuple(conditions.areas),
        occupation_group=conditions.occupation_group,
        min_wage=min_wage,
        wage_unit=conditions.wage_unit,
        employment_types=tuple(conditions.employment_types),
        posted_since=today - timedelta(days=days) if days else None,
        online_application_only=conditions.online_application_only,
        job_number=job_number,
        employer_number=employer_number,
    )


@dataclass(frozen=True)
class PostingInput:
    """One validated 求人 as it comes from the central system (import or generator)."""

    job_number: str
    company_name: str
    occupation: str
    description: str
    category: str
    employment_type: str
    occupation_group: str
    prefecture: str
    municipality: str
    wage_unit: WageUnit
    wage_min: int
    wage_max: int
    working_hours: str
    holidays: str
    age_requirement: str
    received_on: date
    expires_on: date
    online_application: bool
    employer_has_mypage: bool
    closed: bool = False
    employer_number: str = ""  # 事業所番号, normalised; empty: none given (see ``employer``)

    def employer(self) -> str:
        """The 事業所番号 to store: the given one, else the one derived from the 事業所名."""
        return self.employer_number or derived_employer_number(self.company_name)

    def search_fields(self) -> tuple[str, ...]:
        """What free words look in: 職種, 仕事の内容, 事業所名, 就業場所."""
        return (self.occupation, self.description, self.company_name, self.prefecture, self.municipality)


def wage_text(unit: str, wage_min: int, wage_max: int) -> str:
    if wage_max and wage_max != wage_min:
        return f"{unit} {wage_min:,}円〜{wage_max:,}円"
    return f"{unit} {wage_min:,}円"
