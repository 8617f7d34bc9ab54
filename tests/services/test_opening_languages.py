"""The seeker's mails go out in the language chosen when they were requested
(docs/i18n.md#mails): on both engines, the key, the expiry and the sender stay exact; Japanese is
byte-identical to what it always was; an unknown language is refused."""

from __future__ import annotations

import re
from datetime import date

import pytest

from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.own_changes import ContactChange
from mypage_desktop.domain.rule_texts import MESSAGES
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.accounts import info_sharing, login as auth, opening, own_changes, recovery
from mypage_desktop.services.preregistration import seeker as preregistration
from services.activity_helpers import jst, new_seeker
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, GOOD_PASSWORD, consent_at, open_account, outbox
from services.prereg_helpers import FULL_FORM

SENDER = "system@mail.hellowork.mhlw.go.jp"
# The Japanese key mail as it always was (the FakeClock starts at 2026-11-25 10:00 UTC).
JAPANESE_KEY_MAIL = (
    "求職者マイページのパスワード登録申込を受け付けました。\n\n"
    "「パスワード登録」画面で、登録するパスワードと次の認証キーを入力し、「完了」ボタンをクリックしてください。\n\n"
    "認証キー：{key}\n"
    "有効期限：2026年11月25日 19時30分まで（メール配信から30分以内）\n\n"
    "有効期限を過ぎた場合は、はじめからパスワード登録をやり直してください。\n"
    "パスワードは、半角の数字、英字、記号を組み合わせ、8桁以上32桁以内で登録してください。\n"
    "認証キーを他の人に教えないでください。ハローワークの職員が認証キーやパスワードをお尋ねすることはありません。\n\n"
    f"メールの受信制限をしている場合は、{SENDER} からのメール受信を許可してください。\n"
    "【重要】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。\n"
    "\n――――――――――――――――――――\n"
    "このメールは送信専用のアドレスからお送りしています。返信はできません。\n"
    "お心当たりのない場合は、このメールを破棄してください。\n"
)


def _key(body: str, label: str) -> str:
    match = re.search(re.escape(label) + r"(\d{4}) (\d{4})", body)
    assert match, f"no {label!r} line in the mail"
    return match.group(1) + match.group(2)


def test_a_key_requested_in_english_arrives_in_english_and_completes(ctx) -> None:  # type: ignore[no-untyped-def]
    opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent_at(ctx.clock()), language="en")
    [mail] = outbox(ctx, "registration_key")
    assert mail.subject == "Your password setup request was received (パスワード登録申込受付通知)"
    assert mail.body.startswith("このメールは、受信者が選んだ言語（英語）でお送りしています。\n\n"
                                "We received your request to set a password for My Page (求職者マイページ).")
    key = _key(mail.body, "Access key (認証キー): ")
    assert ("Valid until (有効期限): November 25, 2026, 19:30 (Japan time) (within 30 minutes of this e-mail "
            "being sent)") in mail.body
    assert f"allow mail from {SENDER}." in mail.body and "認証キー：" not in mail.body
    opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD, language="en")
    [notice] = outbox(ctx, "password_registered")
    assert notice.subject == "Your password has been set (パスワード登録完了のお知らせ)"
    assert "Set on: November 25, 2026, 19:00 (Japan time)" in notice.body
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok


def test_japanese_stays_byte_identical_by_default_and_when_named(ctx) -> None:  # type: ignore[no-untyped-def]
    opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent_at(ctx.clock()))
    opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent_at(ctx.clock()), language="ja")
    for mail in outbox(ctx, "registration_key"):
        key = _key(mail.body, "認証キー：")
        assert mail.subject == "パスワード登録申込受付通知"
        assert mail.body.startswith(JAPANESE_KEY_MAIL.format(key=f"{key[:4]} {key[4:]}"))
        assert mail.body.endswith("ヘルプデスク（電話：" + ctx.settings.helpdesk_number + "）\n")


def test_a_reset_in_vietnamese_keeps_the_key_and_the_notice_follows(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    recovery.request_password_reset(ctx, DEMO_EMAIL, *DEMO_BIRTH, language="vi")
    mail = outbox(ctx, "reset_key")[-1]
    assert mail.subject.endswith("(パスワード再設定申込受付通知)") and "ベトナム語" in mail.body.splitlines()[0]
    key = _key(mail.body, "Mã xác thực (認証キー): ")
    recovery.complete_password_reset(ctx, DEMO_EMAIL, key, "Zao#Onsen42", "Zao#Onsen42", language="vi")
    assert outbox(ctx, "password_reset")[-1].subject == "Đã đặt lại mật khẩu (パスワード再設定のお知らせ)"


def test_own_changes_and_info_sharing_in_portuguese_name_the_labels_translated(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, clock) -> None:
    clock.now = jst(2026, 12, 1, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    own_changes.change_contact(ctx, seeker.token, ContactChange("997-0034", "山形県鶴岡市本町1-2-3", "0235-00-1234"),
                               language="pt_BR")
    [mail] = outbox(ctx, "own_contact_changed")
    assert "Itens alterados: Endereço, Telefone" in mail.body and "01/12/2026 às 10:00" in mail.body
    info_sharing.opt_out(ctx, seeker.token, language="pt_BR")  # nothing to withdraw: no mail
    assert outbox(ctx, "info_sharing_changed") == []


def test_the_pre_registration_mails_in_tagalog(ctx) -> None:  # type: ignore[no-untyped-def]
    preregistration.submit(ctx, FULL_FORM, "", language="tl")
    [mail] = outbox(ctx, "prereg_submitted")
    assert mail.subject == "Natanggap ang inyong pansamantalang rehistro (求職仮登録受付のお知らせ)"
    assert "• ID (My Number card" in mail.body and "タガログ語" in mail.body.splitlines()[0]


@pytest.mark.parametrize("language", ["xx", "", "EN", "ja-JP"])
def test_an_unknown_language_is_refused_with_a_message_and_nothing_is_sent(  # type: ignore[no-untyped-def]
        ctx, language: str) -> None:
    open_account(ctx)
    sent = len(outbox(ctx))
    calls = [
        lambda: opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent_at(ctx.clock()),
                                                      language=language),
        lambda: recovery.request_password_reset(ctx, DEMO_EMAIL, *DEMO_BIRTH, language=language),
        lambda: preregistration.request_resume_key(ctx, DEMO_EMAIL, language=language),
        lambda: preregistration.submit(ctx, FULL_FORM, "", language=language),
    ]
    for call in calls:
        with pytest.raises(ValidationFailed) as refused:
            call()
        assert [(e.field, e.code) for e in refused.value.errors] == [("language", "language.unknown")]
    assert MESSAGES["language.unknown"] == "選ばれた言語には対応していません。画面の言語を選び直してください。"
    assert len(outbox(ctx)) == sent
