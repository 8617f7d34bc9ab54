"""The mail catalogues (resources/mail/<code>.json, docs/i18n.md#mails): every language has every
mail the seeker triggers with the same placeholders as the Japanese source, starts with the
Japanese line naming the language, and keeps the key, the expiry and the sender exact."""

from __future__ import annotations

import string
from datetime import UTC, datetime
from typing import Any

import pytest

from mypage_desktop.domain.languages import SOURCE, TRANSLATED
from mypage_desktop.mail import own_change_templates, prereg_templates, templates
from mypage_desktop.mail.catalogue import catalogue, format_moment, render

SEEKER_KINDS = ("registration_key", "password_registered", "already_open", "reset_key", "reset_not_open",
                "password_reset", "password_changed", "own_change", "info_sharing", "prereg_resume_key",
                "prereg_submitted")
STAFF_KINDS = ("login_email_changed", "login_email_registered")
KEY_KINDS = ("registration_key", "reset_key", "prereg_resume_key")
MOMENT = datetime(2026, 12, 2, 5, 5, tzinfo=UTC)  # 14:05 in Japan
OFFICE = {"office_name": "ハローワーク山形", "helpdesk": "0570-000-000"}


def _text(value: str | list[str]) -> str:
    return "\n".join(value) if isinstance(value, list) else value


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_japanese_has_every_mail_and_the_staff_mails_only_in_japanese() -> None:
    assert set(catalogue(SOURCE)["mails"]) == set(SEEKER_KINDS) | set(STAFF_KINDS)
    assert catalogue(SOURCE)["notice"] == ""
    for code in TRANSLATED:
        assert set(catalogue(code)["mails"]) == set(SEEKER_KINDS), code


@pytest.mark.parametrize("code", TRANSLATED)
def test_each_language_has_the_sources_placeholders_and_texts(code: str) -> None:
    book: dict[str, Any] = catalogue(code)
    source: dict[str, Any] = catalogue(SOURCE)
    assert book["language"] == code
    assert book["notice"].startswith("このメールは、受信者が選んだ言語（") and book["notice"].isprintable()
    assert _fields(_text(book["footer"])) == _fields(_text(source["footer"])) == {"office_name", "helpdesk"}
    for kind in SEEKER_KINDS:
        for part in ("subject", "body"):
            theirs, ours = book["mails"][kind][part], source["mails"][kind][part]
            assert _fields(_text(theirs)) == _fields(_text(ours)), (kind, part)
    assert {"not_you", "sharing_on", "sharing_off", "bullet"} <= set(book["texts"])
    assert len(book.get("month_names", [""] * 12)) == 12


@pytest.mark.parametrize("code", TRANSLATED)
def test_key_mails_keep_the_key_the_expiry_and_the_sender(code: str) -> None:
    params = dict(key="12345678", expires_at=MOMENT, validity_minutes=30, sender="system@example.jp", **OFFICE)
    for notice in (templates.registration_notice, templates.reset_key_notice, prereg_templates.resume_key_notice):
        mail = notice(**params, language=code)  # type: ignore[operator]
        assert "認証キー" in mail.body and "1234 5678" in mail.body and "system@example.jp" in mail.body
        key_line = next(line for line in mail.body.splitlines() if "1234 5678" in line)
        assert "認証キー" in key_line, key_line
        assert format_moment(MOMENT, code) in mail.body and "30" in mail.body
        assert mail.body.splitlines()[0] == catalogue(code)["notice"]
        assert "ハローワーク山形" in mail.body and "0570-000-000" in mail.body


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_seeker_mail_renders_without_a_leftover_placeholder(code: str) -> None:
    mails = [
        templates.password_registered_notice(registered_at=MOMENT, **OFFICE, language=code),
        templates.already_open_notice(**OFFICE, language=code),
        templates.reset_not_open_notice(**OFFICE, language=code),
        templates.password_reset_notice(reset_at=MOMENT, **OFFICE, language=code),
        templates.password_changed_notice(changed_at=MOMENT, **OFFICE, language=code),
        own_change_templates.own_change_notice(what="希望条件", items=("希望職種", "希望賃金"), changed_at=MOMENT,
                                               **OFFICE, language=code),
        own_change_templates.info_sharing_notice(sharing=True, changed_at=MOMENT, **OFFICE, language=code),
        prereg_templates.submitted_notice(number="12345678", expires_at=MOMENT, **OFFICE, language=code),
    ]
    japanese = own_change_templates.own_change_notice(what="希望条件", items=("希望職種",), changed_at=MOMENT,
                                                      **OFFICE)
    for mail in mails:
        assert "{" not in mail.body + mail.subject and mail.subject and "\n" not in mail.subject
        assert format_moment(MOMENT, code) in mail.body or "12345678" not in mail.body
    assert "希望職種" not in mails[5].body.replace("（", "(") or code == "ja_easy"
    assert "「希望条件」" in japanese.body and "変更された項目：希望職種\n" in japanese.body


def test_dates_in_each_language() -> None:
    assert format_moment(MOMENT, "ja") == "2026年12月2日 14時05分"
    assert format_moment(MOMENT, "en") == "December 2, 2026, 14:05 (Japan time)"
    assert format_moment(MOMENT, "pt_BR") == "02/12/2026 às 14:05 (horário do Japão)"
    assert format_moment(MOMENT, "vi") == "14:05 ngày 2/12/2026 (giờ Nhật Bản)"


def test_an_unknown_language_falls_back_to_japanese_and_staff_mails_stay_japanese() -> None:
    assert render("already_open", "xx", **OFFICE) == render("already_open", SOURCE, **OFFICE)
    assert render("login_email_changed", "en", changed_at=MOMENT, **OFFICE).subject == (
        "ログインID（メールアドレス）変更のお知らせ")
