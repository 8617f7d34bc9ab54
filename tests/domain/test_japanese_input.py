"""What a seeker types with a Japanese IME is taken (issue 15, docs/i18n.md §input): フリガナ
in hiragana or half-width katakana becomes full-width katakana; full-width digits in dates,
phone numbers and 求人番号 count as digits; names and addresses keep full-width text."""

from __future__ import annotations

import dataclasses
from datetime import date

from mypage_desktop.domain.birthdate import birthdate_errors, parse_birthdate
from mypage_desktop.domain.jobs import normalize_job_number
from mypage_desktop.domain.preregistration import PreregistrationForm, draft_errors, normalized
from mypage_desktop.domain.text import to_katakana

TODAY = date(2026, 12, 6)


def test_furigana_in_hiragana_or_half_width_becomes_katakana() -> None:
    assert to_katakana("やまがた たろう") == "ヤマガタ タロウ"
    assert to_katakana("ﾔﾏｶﾞﾀ ﾀﾛｳ") == "ヤマガタ タロウ"
    assert to_katakana("ゔぁ・ゝ") == "ヴァ・ヽ"
    assert to_katakana("Taro") == "Taro"  # not kana: left for the check to refuse


def test_the_preregistration_form_takes_hiragana_for_furigana() -> None:
    form = dataclasses.replace(PreregistrationForm(), name="山形　太郎", name_kana="やまがた　たろう",
                               phone="０２３－６２３－１２３４", email="taro@example.jp")
    assert not [e for e in draft_errors(form, TODAY) if e.field in ("name", "name_kana", "phone")]
    stored = normalized(form)
    assert stored.name_kana == "ヤマガタ タロウ"  # NFKC: the ideographic space becomes a space
    assert stored.phone == "023-623-1234"
    wrong = dataclasses.replace(form, name_kana="Yamagata")
    assert [e.code for e in draft_errors(wrong, TODAY) if e.field == "name_kana"] == ["name.kana"]


def test_full_width_digits_in_dates_and_job_numbers() -> None:
    assert birthdate_errors("１９８５", "０４", "１２", TODAY) == []
    assert parse_birthdate("１９８５", "４", "１２", TODAY) == date(1985, 4, 12)
    assert normalize_job_number("０６０１０－１２３４５６７８") == "06010-12345678"
