"""docs/security.md I2: boundary cases get a field message on both engines, never a database error."""

from __future__ import annotations

from datetime import date

import pytest

from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.services.accounts import opening
from mypage_desktop.services.accounts.seeker_registration import register_seeker
from services.helpers import DEMO_BIRTH, consent_at

DOMAIN = "@" + "e" * 60 + ".jp"


def _request(ctx, email: str) -> set[str]:  # type: ignore[no-untyped-def]
    try:
        opening.request_password_registration(ctx, email, *DEMO_BIRTH, consent_at(ctx.clock()))
    except ValidationFailed as exc:
        return exc.codes()
    return set()


def test_I2_email_100_accepted_101_refused(ctx) -> None:  # type: ignore[no-untyped-def]
    local = "a" * (100 - len(DOMAIN))
    assert _request(ctx, local + DOMAIN) == set()
    assert _request(ctx, "a" + local + DOMAIN) == {"email.too_long"}


@pytest.mark.parametrize("email", ["taro\x00@example.jp", "taro@example.jp\r\nBcc: x@example.jp"])
def test_I2_control_characters_refused(ctx, email: str) -> None:  # type: ignore[no-untyped-def]
    assert _request(ctx, email) == {"email.control_chars"}


def test_I2_names_30_accepted_31_refused(ctx) -> None:  # type: ignore[no-untyped-def]
    common = dict(name_kana="テスト", birthdate=date(1990, 1, 1), applied_on=date(2026, 11, 1))
    register_seeker(ctx, name="あ" * 30, **common)  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed) as info:
        register_seeker(ctx, name="あ" * 31, **common)  # type: ignore[arg-type]
    assert info.value.codes() == {"name.too_long"}
    with pytest.raises(ValidationFailed) as info:
        register_seeker(ctx, name="山形\x00太郎", **common)  # type: ignore[arg-type]
    assert info.value.codes() == {"name.control_chars"}
