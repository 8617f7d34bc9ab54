"""求職公開 rules (docs/product-rules.md §publication): what a seeker may show employers,
its limits, the age band that stands in for the birthdate, and the 求職公開番号."""

from __future__ import annotations

import re
import secrets
from datetime import date

from mypage_desktop.domain.applications import text_errors
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.publication_dto import PublicationForm
from mypage_desktop.domain.translatable import N_

WISH_MAX = 100
QUALIFICATIONS_MAX = 300
EXPERIENCE_MAX = 1000
SELF_PR_MAX = 1000
REQUESTS_PER_POSTING = 10  # 直接リクエスト per 求人
ANSWER_APPLY = N_("応募")
ANSWER_DECLINE = N_("辞退")
ANSWERS = (ANSWER_APPLY, ANSWER_DECLINE)

# field, limit, multiline, required
FIELDS: tuple[tuple[str, int, bool, bool], ...] = (
    ("wish_occupation", WISH_MAX, False, True),
    ("wish_location", WISH_MAX, False, False),
    ("experience", EXPERIENCE_MAX, True, False),
    ("qualifications", QUALIFICATIONS_MAX, True, False),
    ("self_pr", SELF_PR_MAX, True, False),
)
# Contact details typed into the free text would undo the anonymity: an address with "@" or a
# run of 10–11 digits (a phone number, with or without hyphens) is refused.
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_PHONE = re.compile(r"(?<!\d)0\d{1,4}[-‐ー−－ ]?\d{1,4}[-‐ー−－ ]?\d{3,4}(?!\d)")
_NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I


def normalized_digits(text: str) -> str:
    return text.translate(str.maketrans("０１２３４５６７８９＠．", "0123456789@."))


def form_errors(form: PublicationForm) -> tuple[PublicationForm, list[FieldError]]:
    """The form as it will be stored (line ends normalised, single-line fields trimmed) and
    every problem found. Codes: ``publication.<field>_empty/_too_long/_control_chars`` and
    ``publication.contact_in_text``."""
    errors: list[FieldError] = []
    clean: dict[str, str] = {}
    for name, limit, multiline, required in FIELDS:
        raw = getattr(form, name)
        text, problems = text_errors(name, raw, max_length=limit, code_prefix=f"publication.{name}_",
                                     required=required, multiline=multiline)
        errors += problems
        if not problems and (_EMAIL.search(normalized_digits(text)) or _PHONE.search(normalized_digits(text))):
            errors.append(FieldError(name, "publication.contact_in_text"))
        clean[name] = text.strip()
    return PublicationForm(**clean), errors


def age_band(birthdate: date, today: date) -> str:
    """20代, 30代, … from the age on ``today``; under 20 is 10代, 60 and over 60代以上."""
    age = today.year - birthdate.year - ((today.month, today.day) < (birthdate.month, birthdate.day))
    if age < 20:
        return "10代"
    if age >= 60:
        return "60代以上"
    return f"{age // 10 * 10}代"


def new_public_number() -> str:
    """求職公開番号: "K" and 9 random characters, unrelated to the 求職番号."""
    return "K" + "".join(secrets.choice(_NUMBER_ALPHABET) for _ in range(9))


PUBLIC_NUMBER = re.compile(r"K[2-9A-HJ-NP-Z]{9}")
