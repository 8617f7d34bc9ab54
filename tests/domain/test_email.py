"""ID（メールアドレス）: 半角英数字100文字以内 (seed); docs/security.md I1, I2."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from mypage_desktop.domain.email import email_errors, mask_email, normalize_email
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.rule_texts import MESSAGES, message_for


def codes(raw: str) -> list[str]:
    return [e.code for e in email_errors(raw)]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "email.required"),
        ("やまがた@example.jp", "email.fullwidth"),
        ("taro@例え.jp", "email.fullwidth"),
        ("taro @example.jp", "email.space"),
        ("taro\r\nBcc: x@example.jp", "email.control_chars"),
        ("taro.example.jp", "email.no_at"),
        ("@example.jp", "email.no_at"),
        ("taro@localhost", "email.invalid"),
        ("taro..yamagata@example.jp", "email.invalid"),
        ("taro@-example.jp", "email.invalid"),
        ("taro@example.123", "email.invalid"),
        ("a" * 65 + "@example.jp", "email.local_too_long"),
    ],
)
def test_each_bad_address_gets_its_message_I2(raw: str, code: str) -> None:
    assert codes(raw) == [code]
    assert MESSAGES[code]


def test_length_boundary_100_is_accepted_101_refused_I2() -> None:
    domain = "@" + "e" * 60 + ".jp"
    local_99 = "a" * (100 - len(domain))
    assert len(local_99 + domain) == 100
    assert codes(local_99 + domain) == []
    assert codes("a" + local_99 + domain) == ["email.too_long"]
    error = email_errors("a" + local_99 + domain)[0]
    assert "100文字以内" in message_for(error) and "101文字" in message_for(error)


def test_fullwidth_ascii_from_the_ime_is_converted_I1() -> None:
    assert normalize_email("ＴＡＲＯ＠ｅｘａｍｐｌｅ．ｊｐ") == "taro@example.jp"


def test_addresses_compare_case_insensitively() -> None:
    assert normalize_email("Taro.Yamagata@Example.JP") == "taro.yamagata@example.jp"


def test_invalid_address_raises_with_field() -> None:
    with pytest.raises(ValidationFailed) as info:
        normalize_email("だめ")
    assert info.value.errors[0].field == "email"


def test_mask_keeps_only_first_letter_P1() -> None:
    assert mask_email("taro@example.jp") == "t***@example.jp"


_atom = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-+", min_size=1, max_size=20)


@given(local=_atom, host=st.from_regex(r"[a-z][a-z0-9]{0,10}", fullmatch=True))
def test_plain_addresses_are_valid(local: str, host: str) -> None:
    assert codes(f"{local}@{host}.jp") == []


@given(st.text(max_size=150))
def test_never_raises_and_result_is_clean_when_accepted(raw: str) -> None:
    if not email_errors(raw):
        value = normalize_email(raw)
        assert value.isascii() and len(value) <= 100 and "@" in value and value == value.lower()
        assert not any(ch in value for ch in "\r\n\0 ")
