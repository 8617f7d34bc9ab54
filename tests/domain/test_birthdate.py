"""生年月日: three fields, 西暦, real date, not in the future (seed; docs/security.md I1, I2)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from mypage_desktop.domain.birthdate import birthdate_errors, parse_birthdate

TODAY = date(2026, 11, 25)


def codes(y: str, m: str, d: str) -> list[tuple[str, str]]:
    return [(e.field, e.code) for e in birthdate_errors(y, m, d, TODAY)]


def test_fullwidth_digits_are_converted_not_rejected_I1() -> None:
    assert parse_birthdate("１９８５", "０４", "１２", TODAY) == date(1985, 4, 12)


@pytest.mark.parametrize(
    ("y", "m", "d", "expected"),
    [
        ("", "4", "12", [("birth_year", "birthdate.year_required")]),
        ("1985", "", "", [("birth_month", "birthdate.month_required"), ("birth_day", "birthdate.day_required")]),
        ("昭和60", "4", "12", [("birth_year", "birthdate.era")]),
        ("S60", "4", "12", [("birth_year", "birthdate.era")]),
        ("85", "4", "12", [("birth_year", "birthdate.year_four_digits")]),
        ("19a5", "4", "12", [("birth_year", "birthdate.year_digits")]),
        ("1899", "4", "12", [("birth_year", "birthdate.year_range")]),
        ("1985", "13", "1", [("birth_month", "birthdate.month_range")]),
        ("1985", "2", "30", [("birth_day", "birthdate.not_a_date")]),
        ("2023", "2", "29", [("birth_day", "birthdate.not_a_date")]),
        ("2026", "11", "26", [("birth_day", "birthdate.future")]),
        ("2027", "1", "1", [("birth_year", "birthdate.year_range")]),
    ],
)
def test_each_problem_is_reported_on_its_field_I2(y: str, m: str, d: str, expected: list[tuple[str, str]]) -> None:
    assert codes(y, m, d) == expected


def test_boundaries_today_and_leap_day_are_accepted() -> None:
    assert codes("2026", "11", "25") == []
    assert codes("2024", "2", "29") == []
    assert codes("1900", "1", "1") == []


@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
def test_every_real_past_date_round_trips(value: date) -> None:
    assert parse_birthdate(str(value.year), str(value.month), str(value.day), TODAY) == value


@given(st.text(max_size=6), st.text(max_size=4), st.text(max_size=4))
def test_arbitrary_input_never_raises_unexpectedly(y: str, m: str, d: str) -> None:
    errors = birthdate_errors(y, m, d, TODAY)
    if not errors:
        assert parse_birthdate(y, m, d, TODAY) <= TODAY
