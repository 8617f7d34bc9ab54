"""事業所番号 (issue 12): normalisation, the check digit, the search condition and its saved form."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.job_conditions_text import describe, from_json, to_json
from mypage_desktop.domain.jobs import (
    JobConditions,
    derived_employer_number,
    employer_check_digit,
    normalize_employer_number,
    validate_conditions,
)
from mypage_desktop.domain.rule_texts import MESSAGES

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("raw", "expected"), [
    ("0601-234567-2", "0601-234567-2"),
    ("06012345672", "0601-234567-2"),  # no hyphens
    ("０６０１－２３４５６７－２", "0601-234567-2"),  # full-width digits and hyphens
    ("０６０１２３４５６７２", "0601-234567-2"),
    (" 0601 234567 2 ", "0601-234567-2"),  # spaces
    ("0601　234567　2", "0601-234567-2"),  # full-width spaces
    ("0601ー234567ー2", "0601-234567-2"),  # long-vowel marks typed for hyphens
    ("0601-234567-3", None),  # wrong check digit
    ("0601-234576-2", None),  # two digits swapped
    ("0601-23456-2", None),  # too short
    ("0601-2345678-2", None),  # too long
    ("06-01234567-2", None),  # hyphens in the wrong places
    ("0601-234567-", None),
    ("abcd-efghij-k", None),
    ("0601-234567-2\x00", None),
    ("", None),
])
def test_normalisation(raw: str, expected: str | None) -> None:
    assert normalize_employer_number(raw) == expected


def test_check_digit_catches_every_single_wrong_digit() -> None:
    digits = "0601234567"
    good = digits + employer_check_digit(digits)
    for position in range(11):
        for other in "0123456789":
            if other != good[position]:
                wrong = good[:position] + other + good[position + 1:]
                assert normalize_employer_number(wrong) is None


def test_derived_number_is_stable_valid_and_per_company() -> None:
    first = derived_employer_number("株式会社さくら")
    assert first == derived_employer_number("株式会社さくら")
    assert normalize_employer_number(first) == first
    assert derived_employer_number("最上運輸") != first
    # Fixed here so that a change of the rule (which would orphan stored numbers) fails a test.
    assert derived_employer_number("株式会社テスト") == "0823-884584-6"


def test_condition_is_normalised_and_bad_ones_refused_with_the_rule_text() -> None:
    valid = validate_conditions(JobConditions(employer_number="０６０１２３４５６７２"), TODAY)
    assert valid.employer_number == "0601-234567-2"
    with pytest.raises(ValidationFailed) as failed:
        validate_conditions(JobConditions(employer_number="0601-234567-9"), TODAY)
    (error,) = failed.value.errors
    assert (error.field, error.code) == ("employer_number", "search.employer_number_format")
    assert "4桁-6桁-1桁" in MESSAGES[error.code]
    assert validate_conditions(JobConditions(employer_number="  "), TODAY).employer_number is None


def test_saved_form_keeps_the_number_and_old_searches_load() -> None:
    conditions = JobConditions(free_words="事務", employer_number="06012345672")
    assert from_json(to_json(conditions)) == conditions
    assert "事業所番号 0601-234567-2" in describe(conditions)
    old = json.dumps({"free_words": "介護", "job_number": ""})  # saved before issue 12
    assert from_json(old) == JobConditions(free_words="介護")
