"""The façade contract for the seeker's own changes and 求職情報提供 (issue 12): the same results
and the same refusals through the local back end and the office server, on both engines."""

from __future__ import annotations

import pytest
from test_contract import STAFF_PASSWORD, open_and_login

from mypage_desktop.domain import info_sharing as sharing_rules
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.own_changes import ContactChange, WishesChange
from mypage_desktop.domain.staff_dto import SeekerQuery
from mypage_desktop.services.staff.accounts import create_staff
from server_helpers import Door
from services.helpers import outbox


def test_contact_wishes_and_info_sharing_through_both_doors(door: Door) -> None:
    token = open_and_login(door)
    f = door.facade
    info = f.change_contact(token, ContactChange("９９０－００４２", "山形県山形市七日町1-1", "023-111-2222"))
    assert (info.address, info.phone) == ("〒990-0042 山形県山形市七日町1-1", "023-111-2222")
    with pytest.raises(ValidationFailed) as refused:
        f.change_contact(token, ContactChange("990-0042", "山形市\x1b[2J", "023-111-2222"))
    assert refused.value.codes() == {"name.control_chars"} and refused.value.errors[0].field == "address"
    with pytest.raises(ValidationFailed) as same:
        f.change_contact(token, ContactChange("990-0042", "山形県山形市七日町1-1", "023-111-2222"))
    assert same.value.codes() == {"own_change.unchanged"}
    assert f.change_wishes(token, WishesChange("経理事務", "山形市", "")).wish_occupation == "経理事務"
    assert not f.info_sharing(token).sharing
    state = f.opt_in_info_sharing(token, sharing_rules.TEXT_VERSION)
    assert state.sharing and state.given_at is not None and state.agreed_version == sharing_rules.TEXT_VERSION
    assert not f.opt_out_info_sharing(token).sharing
    assert len(outbox(door.ctx, "info_sharing_changed")) == 2

    created = create_staff(door.ctx, login_id="sato.k", display_name="佐藤 健", role="職員")
    s = door.staff
    first = s.staff_login("sato.k", created.one_time_password)
    assert first.token
    s.change_staff_password(first.token, created.one_time_password, STAFF_PASSWORD, STAFF_PASSWORD)
    [found] = s.find_seekers(first.token, SeekerQuery(email="taro.yamagata@example.jp"))
    assert not found.info_sharing and found.info_sharing_withdrawn_at is not None
    assert found.last_own_change_fields == ("info_sharing",)
    entries = s.seeker_own_changes(first.token, found.seeker_id)
    assert [e.kind for e in entries] == ["sharing_off", "sharing_on", "wishes", "contact"]
    assert dict(entries[-1].new_values)["電話番号"] == "023-111-2222"
    assert entries[-1].device_kind == door.ctx.caller.kind
