"""The seeker's own changes and 求職情報提供 (issue 12, docs/product-rules.md §own-changes,
§info-sharing), on SQLite and PostgreSQL: the registration changes, the history row with the
device kind, an audit row with ids only, a notice without the values, hostile input refused,
and what 無効 allows."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import select

from mypage_desktop.db.account_models import InfoSharingConsent, SeekerOwnChange
from mypage_desktop.domain import info_sharing as sharing_rules
from mypage_desktop.domain.caller import KIOSK, Caller
from mypage_desktop.domain.own_changes import ContactChange, WishesChange, split_stored_address
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.services.accounts import info_sharing, own_changes
from services.activity_helpers import audit_rows, codes, jst, new_seeker, stored_seeker
from services.helpers import outbox, race
from services.security_helpers import make_staff

NEW_CONTACT = ContactChange("９９７－００３４", " 山形県鶴岡市本町一丁目２－３ ", "0235-00-1234")


def _history(ctx) -> list[SeekerOwnChange]:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        return list(session.scalars(select(SeekerOwnChange).order_by(SeekerOwnChange.id)))


def test_contact_change_updates_the_registration_records_history_audits_and_mails(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, clock) -> None:
    clock.now = jst(2026, 12, 1, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    kiosk = dataclasses.replace(ctx, caller=Caller("kiosk-7", KIOSK))
    info = own_changes.change_contact(kiosk, seeker.token, NEW_CONTACT)
    assert info.address == "〒997-0034 山形県鶴岡市本町一丁目2-3" and info.phone == "0235-00-1234"
    assert split_stored_address(info.address) == ("997-0034", "山形県鶴岡市本町一丁目2-3")
    assert stored_seeker(ctx, seeker).phone == "0235-00-1234"
    [row] = _history(ctx)
    assert (row.seeker_id, row.kind, row.fields, row.device_kind) == (
        seeker.seeker_id, "contact", "address,phone", "kiosk")
    assert json.loads(row.old_values or "") == {"address": "山形県鶴岡市馬場町9-25", "phone": "023-000-0009"}
    [entry] = audit_rows(ctx, "own_contact_changed")
    assert (entry.target_type, entry.target_id, entry.result, entry.terminal) == (
        "seeker", seeker.seeker_id, "ok", "kiosk-7")
    [mail] = outbox(ctx, "own_contact_changed")
    assert mail.recipient == "jiro.shonai@example.jp" and "住所、電話番号" in mail.body
    for value in ("本町", "0235", "997", "馬場町", "023-000-0009", "庄内"):
        assert value not in mail.body and value not in mail.subject
    assert "心当たりがない" in mail.body

    # Only the phone now: one field, and the same values again are refused.
    own_changes.change_contact(ctx, seeker.token, dataclasses.replace(NEW_CONTACT, phone="090-1234-5678"))
    assert _history(ctx)[-1].fields == "phone"
    assert codes(lambda: own_changes.change_contact(
        ctx, seeker.token, dataclasses.replace(NEW_CONTACT, phone="090-1234-5678"))) == {"own_change.unchanged"}
    assert len(_history(ctx)) == 2


@pytest.mark.parametrize(("change", "expected"), [
    (ContactChange("", "", ""), {"name.required"}),
    (ContactChange("12-345", "山形市", "023-000-0000"), {"prereg.postal_code"}),
    (ContactChange("990-0000", "山形市\n旅篭町", "023-000-0000"), {"name.control_chars"}),
    (ContactChange("990-0000", "山形市\u202e", "023-000-0000"), {"name.control_chars"}),
    (ContactChange("990-0000", "あ" * 111, "023-000-0000"), {"name.too_long"}),
    (ContactChange("990-0000", "山形市", "０２３（６２２）"), {"phone.invalid"}),
    (ContactChange("990-0000", "山形市", "0" * 16), {"name.too_long"}),
    (ContactChange("990-0000\r\nBcc: x@example.jp", "山形市", "023-000-0000"), {"name.control_chars"}),
])
def test_hostile_or_bad_contact_is_refused_and_nothing_changes(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, clock, change: ContactChange, expected: set[str]) -> None:
    clock.now = jst(2026, 12, 1, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    assert codes(lambda: facade.change_contact(seeker.token, change)) == expected
    assert stored_seeker(ctx, seeker).address == "山形県鶴岡市馬場町9-25"
    assert _history(ctx) == [] and outbox(ctx, "own_contact_changed") == []


def test_wishes_change_and_its_limits(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 12, 1, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    assert codes(lambda: facade.change_wishes(seeker.token, WishesChange("", "山形市", ""))) == {"name.required"}
    assert codes(lambda: facade.change_wishes(seeker.token, WishesChange("事務", "x" * 101, "\x00"))) == {
        "name.too_long", "name.control_chars"}
    info = facade.change_wishes(seeker.token, WishesChange("一般事務", "山形県山形市", "月給18万円以上"))
    assert (info.wish_occupation, info.wish_location, info.wish_wage) == ("一般事務", "山形県山形市", "月給18万円以上")
    assert _history(ctx)[-1].fields == "wish_occupation,wish_location,wish_wage"
    [mail] = outbox(ctx, "own_wishes_changed")
    assert "希望職種、希望勤務地、希望賃金" in mail.body and "一般事務" not in mail.body
    assert [r.target_id for r in audit_rows(ctx, "own_wishes_changed")] == [seeker.seeker_id]


def test_changes_while_inactive_are_allowed_but_a_new_consent_is_not(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, clock) -> None:
    clock.now = jst(2026, 12, 1, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    facade.opt_in_info_sharing(seeker.token, sharing_rules.TEXT_VERSION)
    facade.set_registration_status(seeker.token, "無効")
    assert facade.change_contact(seeker.token, NEW_CONTACT).status == "無効"
    state = facade.opt_out_info_sharing(seeker.token)
    assert not state.sharing and not state.can_opt_in
    assert codes(lambda: facade.opt_in_info_sharing(seeker.token, sharing_rules.TEXT_VERSION)) == {
        "info_sharing.inactive"}


def test_info_sharing_opt_in_and_out_keep_the_dates_and_version(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, clock) -> None:
    clock.now = jst(2026, 12, 1, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    state = facade.info_sharing(seeker.token)
    assert not state.sharing and state.given_at is None and state.can_opt_in
    assert codes(lambda: facade.opt_in_info_sharing(seeker.token, "2020-01-01")) == {"info_sharing.outdated_text"}
    state = facade.opt_in_info_sharing(seeker.token, sharing_rules.TEXT_VERSION)
    assert state.sharing and state.given_at == jst(2026, 12, 1, 10)
    assert state.agreed_version == sharing_rules.TEXT_VERSION
    facade.opt_in_info_sharing(seeker.token, sharing_rules.TEXT_VERSION)  # again: nothing new
    assert len(outbox(ctx, "info_sharing_changed")) == 1 and len(audit_rows(ctx, "info_sharing_given")) == 1
    clock.now = jst(2026, 12, 3, 9)
    state = facade.opt_out_info_sharing(seeker.login(facade))
    assert not state.sharing and state.withdrawn_at == jst(2026, 12, 3, 9) and state.given_at == jst(2026, 12, 1, 10)
    facade.opt_out_info_sharing(seeker.token)
    assert len(audit_rows(ctx, "info_sharing_withdrawn")) == 1
    mails = outbox(ctx, "info_sharing_changed")
    assert len(mails) == 2 and "提供しない" in mails[-1].body
    assert [(r.kind, r.old_values) for r in _history(ctx)] == [("sharing_on", None), ("sharing_off", None)]
    with ctx.session_factory() as session:
        assert session.get_one(InfoSharingConsent, seeker.seeker_id).withdrawn_at is not None
    clock.now = jst(2026, 12, 4, 9)
    assert info_sharing.opt_in(ctx, seeker.login(facade), sharing_rules.TEXT_VERSION).given_at == jst(2026, 12, 4, 9)


def test_A2_each_change_is_scoped_to_the_sessions_seeker(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 12, 1, 10)
    first = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    second = new_seeker(ctx, facade, "hanako.sakata@example.jp", date(2026, 11, 18), name="酒田 花子",
                        kana="サカタ ハナコ")
    facade.change_contact(second.token, NEW_CONTACT)
    facade.opt_in_info_sharing(second.token, sharing_rules.TEXT_VERSION)
    assert stored_seeker(ctx, first).address == "山形県鶴岡市馬場町9-25"
    assert not facade.info_sharing(first.token).sharing
    assert {r.seeker_id for r in _history(ctx)} == {second.seeker_id}
    assert [m.recipient for m in outbox(ctx, "own_contact_changed")] == ["hanako.sakata@example.jp"]


def test_staff_see_the_state_the_last_change_and_the_history(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, clock) -> None:
    clock.now = jst(2026, 12, 1, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    facade.opt_in_info_sharing(seeker.token, sharing_rules.TEXT_VERSION)
    clock.now = jst(2026, 12, 2, 11)
    facade.change_contact(seeker.login(facade), NEW_CONTACT)
    staff = LocalStaffFacade(ctx)
    _staff_id, token = make_staff(ctx)
    summary = staff.seeker_summary(token, seeker.seeker_id)
    assert summary.info_sharing and summary.info_sharing_given_at == jst(2026, 12, 1, 10)
    assert summary.last_own_change_at == jst(2026, 12, 2, 11)
    assert summary.last_own_change_fields == ("address", "phone")
    entries = staff.seeker_own_changes(token, seeker.seeker_id)
    assert [e.kind for e in entries] == ["contact", "sharing_on"]
    assert dict(entries[0].new_values)["電話番号"] == "0235-00-1234"
    assert entries[0].device_label == "ご自身のパソコンなど"
    assert [r.target_id for r in audit_rows(ctx, "own_changes_viewed")] == [seeker.seeker_id]
    assert codes(lambda: staff.seeker_own_changes(token, 999999)) == {"seeker.not_found"}


def test_D3_racing_consents_make_one_record_and_one_mail(ctx, facade: LocalFacade, clock) -> None:  # type: ignore[no-untyped-def]
    clock.now = jst(2026, 12, 1, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    outcomes = race(lambda _password: facade.opt_in_info_sharing(seeker.token, sharing_rules.TEXT_VERSION))
    assert outcomes == ["ok"] * 4
    assert len(outbox(ctx, "info_sharing_changed")) == 1 and len(audit_rows(ctx, "info_sharing_given")) == 1
    assert [r.kind for r in _history(ctx)] == ["sharing_on"]
