"""Password rule from the seed, implemented exactly (docs/security.md C3, C4, I1)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from mypage_desktop.domain.password import PersonalData, converted_from_fullwidth, password_errors
from mypage_desktop.domain.rule_texts import MESSAGES


def codes(raw: str, confirm: str | None = None, **kw: object) -> list[str]:
    return [e.code for e in password_errors(raw, confirm, **kw)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("Ab1!xyz", "password.too_short"),  # 7
        ("Ab1!" + "x" * 29, "password.too_long"),  # 33
        ("abcdefgh", "password.missing_digit_symbol"),
        ("abcdefg1", "password.missing_symbol"),
        ("abcdefg!", "password.missing_digit"),
        ("1234567!", "password.missing_letter"),
        ("12345678", "password.missing_letter_symbol"),
        ("!!!!!!!!", "password.missing_letter_digit"),
        ("abc 123!x", "password.space"),
        ("abc\u3000123!x", "password.space"),
        ("abc123!x😀", "password.emoji"),
        ("あいう123!x", "password.fullwidth"),
        ("Passé123!", "password.not_ascii"),  # é is not 全角: the message must say what it is
        ("Straße#12", "password.not_ascii"),
        ("Ωmega#123", "password.not_ascii"),
        ("", "password.required"),
    ],
)
def test_C3_each_violation_gets_its_exact_message(raw: str, code: str) -> None:
    assert codes(raw) == [code]
    assert code in MESSAGES


def test_C3_boundaries_8_and_32_accepted() -> None:
    assert codes("Ab1!wxyz") == []
    assert codes("Ab1!" + "x" * 28) == []


def test_C3_overlength_is_refused_never_truncated() -> None:
    assert codes("Ab1!" + "x" * 100) == ["password.too_long"]


def test_I1_fullwidth_ascii_is_normalised_not_refused() -> None:
    assert codes("Ａｂｃ１２３！ｘ") == []
    assert converted_from_fullwidth("Ａｂｃ１２３！ｘ")
    assert not converted_from_fullwidth("Abc123!x")


def test_C3_confirmation_must_match() -> None:
    assert codes("Abc123!x", "Abc123!y") == ["password.mismatch"]
    assert codes("Ａｂｃ１２３！ｘ", "Abc123!x") == []


def test_C4_personal_data_refused() -> None:
    personal = PersonalData("taro@example.jp", date(1980, 1, 1), "06010-12345678")
    assert codes("taro19800101!", personal=personal) == ["password.personal"]
    assert codes("x1980-01-01!", personal=personal) == ["password.personal"]
    assert codes("a0601012345678!", personal=personal) == ["password.personal"]
    assert codes("Yamagata#2026", personal=personal) == []


def test_C4_common_passwords_refused() -> None:
    assert codes("Passw0rd!", is_common=lambda p: p.lower() == "passw0rd!") == ["password.common"]


_allowed = st.characters(min_codepoint=0x21, max_codepoint=0x7E)


@given(st.text(alphabet=_allowed, min_size=8, max_size=32))
def test_policy_accepts_exactly_the_seed_rule(raw: str) -> None:
    has_all = any(c.isalpha() for c in raw) and any(c.isdigit() for c in raw) and any(
        not c.isalnum() for c in raw)
    assert (codes(raw) == []) == has_all


@given(st.text(max_size=40))
def test_accepted_passwords_are_printable_ascii_8_to_32(raw: str) -> None:
    import unicodedata

    if not password_errors(raw):
        value = unicodedata.normalize("NFKC", raw)
        assert 8 <= len(value) <= 32 and all(0x21 <= ord(c) <= 0x7E for c in value)


def test_a_non_ascii_letter_is_not_called_full_width() -> None:
    """「é」 typed on a European layout is half-width: 「全角文字（ひらがな・漢字など）」 would
    send the seeker looking for a Japanese character that is not there."""
    text = MESSAGES["password.not_ascii"]
    assert "全角" not in text and "é" in text and "半角の英字" in text


def test_the_length_messages_use_the_hint_s_wording() -> None:
    """The screens show the leaflet's 「8桁以上32桁以内」; the messages count the same way."""
    short, long = MESSAGES["password.too_short"], MESSAGES["password.too_long"]
    assert short.format(min=8, length=4) == "パスワードは8桁以上で入力してください（現在4桁）。"
    assert long.format(max=32, length=33) == "パスワードは32桁以内で入力してください（現在33桁）。"
