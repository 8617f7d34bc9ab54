"""認証キー format (K1), 求職番号 and the validity period (翌々月末)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from mypage_desktop.domain.authkey import format_key, generate_key, key_errors, normalize_key
from mypage_desktop.domain.login import wait_after_failures
from mypage_desktop.domain.seeker import (
    end_of_month_after_next,
    generate_seeker_number,
    name_errors,
    normalize_seeker_number,
)


def test_K1_key_is_8_digits_shown_as_two_groups() -> None:
    keys = {generate_key() for _ in range(200)}
    assert all(len(k) == 8 and k.isdigit() for k in keys)
    assert len(keys) > 190
    assert format_key("12345678") == "1234 5678"


@pytest.mark.parametrize("raw", ["1234 5678", "12345678", "１２３４ ５６７８", "1234-5678", "１２３４　５６７８"])
def test_key_input_forms_accepted(raw: str) -> None:
    assert key_errors(raw) == [] and normalize_key(raw) == "12345678"


@pytest.mark.parametrize(("raw", "code"), [("", "auth_key.required"), ("1234567", "auth_key.format"),
                                           ("abcd5678", "auth_key.format"), ("123456789", "auth_key.format")])
def test_bad_key_formats(raw: str, code: str) -> None:
    assert [e.code for e in key_errors(raw)] == [code]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2026, 11, 25), date(2027, 1, 31)),
        (date(2026, 12, 1), date(2027, 2, 28)),
        (date(2027, 12, 31), date(2028, 2, 29)),
        (date(2026, 1, 31), date(2026, 3, 31)),
        (date(2026, 2, 28), date(2026, 4, 30)),
    ],
)
def test_validity_ends_at_end_of_month_after_next(start: date, end: date) -> None:
    assert end_of_month_after_next(start) == end


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1)))
def test_validity_end_is_always_a_month_end_two_months_on(start: date) -> None:
    end = end_of_month_after_next(start)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == 2
    assert date.fromordinal(end.toordinal() + 1).day == 1


def test_seeker_number_format_and_input_forms() -> None:
    number = generate_seeker_number("06010")
    assert normalize_seeker_number(number) == number
    assert normalize_seeker_number("０６０１０１２３４５６７８") == "06010-12345678"
    assert normalize_seeker_number("06010ー12345678") == "06010-12345678"
    assert normalize_seeker_number("0601-12345678") is None


def test_kana_names() -> None:
    assert name_errors("name_kana", "ヤマガタ タロウ", kana=True) == []
    assert name_errors("name_kana", "やまがた", kana=True) == []  # hiragana is taken (docs/i18n.md §input)
    assert [e.code for e in name_errors("name_kana", "Yamagata", kana=True)] == ["name.kana"]
    assert [e.code for e in name_errors("name", "あ" * 31)] == ["name.too_long"]


def test_L1_wait_grows_from_third_failure_and_caps_at_30s() -> None:
    waits = [wait_after_failures(n).total_seconds() for n in range(1, 12)]
    assert waits[:2] == [0, 0]
    assert waits[2:] == sorted(waits[2:]) and waits[2] > 0 and max(waits) == 30
