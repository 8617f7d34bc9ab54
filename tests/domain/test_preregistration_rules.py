"""The 仮登録 form's rules (domain/preregistration.py; docs/product-rules.md §preregistration)
and the 郵便番号 lookup from Japan Post's bundled data (services/preregistration/postal.py)."""

from __future__ import annotations

from datetime import date

import pytest

from mypage_desktop.domain import preregistration as rules
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.preregistration_dto import HistoryRow, PostalAddress, PreregistrationForm
from mypage_desktop.services.preregistration import postal

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(("raw", "expected"), [
    ("990-0042", "990-0042"), ("9900042", "990-0042"), ("〒９９０－００４２", "990-0042"), ("990ー0042", "990-0042"),
    ("99-00042", None), ("990-004", None), ("abc-defg", None), ("", None),
])
def test_postal_codes_are_normalised_or_refused(raw: str, expected: str | None) -> None:
    assert rules.normalize_postal_code(raw) == expected


def test_numbers_are_random_and_read_back_in_any_width() -> None:
    numbers = {rules.generate_number() for _ in range(50)}
    assert len(numbers) == 50 and all(len(n) == 11 and n[5] == "-" for n in numbers)
    assert rules.normalize_number("１２３４５６７８９０") == "12345-67890"
    assert rules.normalize_number("12345-6789") is None


def test_a_draft_needs_only_the_email_and_a_submission_everything_required() -> None:
    assert rules.draft_errors(PreregistrationForm(email="a@example.jp"), TODAY) == []
    assert {e.field for e in rules.draft_errors(PreregistrationForm(), TODAY)} == {"email"}
    required = {e.field for e in rules.submit_errors(PreregistrationForm(email="a@example.jp"), TODAY)}
    assert {"name", "name_kana", "birth_year", "postal_code", "address", "phone", "wish_occupation",
            "wish_employment"} <= required
    assert not required & {"gender", "disability", "licenses", "self_pr", "wish_wage", "wish_hours"}


def test_normalised_form_round_trips_through_json() -> None:
    form = PreregistrationForm(name=" 山形　太郎 ", email="Taro@Example.JP", postal_code="９９０００４２",
                               self_pr="一行目\r\n二行目\u2028三行目",
                               work=(HistoryRow("2015/4", "", " 経理 "), HistoryRow("", "", "")))
    clean = rules.normalized(form)
    assert clean.email == "taro@example.jp" and clean.postal_code == "990-0042"
    assert clean.self_pr == "一行目\n二行目\n三行目" and clean.work == (HistoryRow("2015/4", "", "経理"),)
    assert rules.from_json_dict(rules.to_json_dict(clean)) == clean
    assert rules.from_json_dict({**rules.to_json_dict(clean), "added_later": 1}) == clean


def test_the_postal_lookup_uses_the_bundled_data() -> None:
    assert postal.lookup("990-0042") == [PostalAddress("990-0042", "山形県", "山形市", "七日町")]
    assert postal.lookup("9900000")[0].text == "山形県山形市"  # no town for the city's own code
    assert postal.lookup("0000000") == []
    with pytest.raises(ValidationFailed):
        postal.lookup("99O0042")
