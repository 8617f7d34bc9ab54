"""The mails' language travels with the call through both doors (docs/i18n.md#mails): the local
back end and the office server queue the same Vietnamese mail, and refuse an unknown language
with the same code."""

from __future__ import annotations

import re

import pytest
from test_contract import open_and_login

from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.own_changes import ContactChange
from server_helpers import Door
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, outbox

NEW_PASSWORD = "Zao#Onsen42"


def test_a_reset_requested_in_vietnamese_through_both_doors(door: Door) -> None:
    token = open_and_login(door)
    f = door.facade
    f.logout(token)
    f.request_password_reset(DEMO_EMAIL, *DEMO_BIRTH, language="vi")
    mail = outbox(door.ctx, "reset_key")[-1]
    assert mail.subject == "Đã nhận yêu cầu đặt lại mật khẩu (パスワード再設定申込受付通知)"
    assert mail.body.startswith("このメールは、受信者が選んだ言語（ベトナム語）でお送りしています。\n\n")
    match = re.search(r"Mã xác thực \(認証キー\): (\d{4}) (\d{4})", mail.body)
    assert match
    f.complete_password_reset(DEMO_EMAIL, match.group(1) + match.group(2), NEW_PASSWORD, NEW_PASSWORD,
                              language="vi")
    assert outbox(door.ctx, "password_reset")[-1].subject == "Đã đặt lại mật khẩu (パスワード再設定のお知らせ)"
    token = f.login(DEMO_EMAIL, NEW_PASSWORD).token
    assert token
    f.change_contact(token, ContactChange("990-0042", "山形県山形市七日町1-1", "023-111-2222"), language="vi")
    assert "Các mục đã thay đổi: Địa chỉ, Số điện thoại" in outbox(door.ctx, "own_contact_changed")[-1].body
    with pytest.raises(ValidationFailed) as refused:
        f.change_password(token, NEW_PASSWORD, "Gassan#Peak77", "Gassan#Peak77", language="klingon")
    assert [(e.field, e.code) for e in refused.value.errors] == [("language", "language.unknown")]
