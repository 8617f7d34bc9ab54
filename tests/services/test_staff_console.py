"""The counter's work on seekers through the staff façade (docs/product-rules.md §staff; docs/security.md A1, A3, A4,
S1, S4, K5, L1, P1)."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from sqlalchemy import select

from mypage_desktop.db.staff_models import IdCheck
from mypage_desktop.domain.errors import SessionInvalid, ValidationFailed
from mypage_desktop.domain.staff_dto import NewSeeker, ReauthRequired, SeekerQuery
from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.services.accounts import login as auth, recovery
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account, outbox, request_key
from services.security_helpers import (
    HANAKO_EMAIL,
    NEW_PASSWORD,
    STAFF_PASSWORD,
    audit_count,
    audit_rows,
    latest_reset_key,
    login_token,
    make_staff,
    reauthed,
    request_reset_key,
)

NEW_EMAIL = "taro.new@example.jp"


@pytest.fixture
def staff(ctx) -> LocalStaffFacade:  # type: ignore[no-untyped-def]
    return LocalStaffFacade(ctx)


@pytest.fixture
def token(ctx) -> str:  # type: ignore[no-untyped-def]
    return make_staff(ctx)[1]


def taro_id(staff: LocalStaffFacade, token: str) -> int:
    return staff.find_seekers(token, SeekerQuery(email=DEMO_EMAIL))[0].seeker_id


def test_lookup_by_number_kana_and_birthdate_or_email(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    by_email = staff.find_seekers(token, SeekerQuery(email="ＴＡＲＯ．ＹＡＭＡＧＡＴＡ＠example.jp"))
    assert [s.name for s in by_email] == ["山形 太郎"]
    taro = by_email[0]
    fullwidth_number = taro.seeker_number.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    assert staff.find_seekers(token, SeekerQuery(seeker_number=fullwidth_number)) == [taro]
    assert staff.find_seekers(token, SeekerQuery(seeker_number=taro.seeker_number.replace("-", ""))) == [taro]
    for kana in ("ヤマガタ タロウ", "ヤマガタタロウ", "ﾔﾏｶﾞﾀ ﾀﾛｳ"):
        assert staff.find_seekers(token, SeekerQuery(name_kana=kana, birth_year="1985", birth_month="4",
                                                     birth_day="12")) == [taro]
    assert staff.find_seekers(token, SeekerQuery(name_kana="ヤマガタ タロウ", birth_year="1985", birth_month="4",
                                                 birth_day="13")) == []
    assert taro.email == DEMO_EMAIL and taro.birthdate.isoformat() == "1985-04-12"
    assert not taro.account_opened and not taro.login_locked and not taro.session_active
    assert not hasattr(taro, "password_hash")


def test_lookup_input_gets_field_messages(staff, token) -> None:  # type: ignore[no-untyped-def]
    for query, code in ((SeekerQuery(), "staff.query_empty"),
                        (SeekerQuery(seeker_number="06010-123"), "staff.seeker_number"),
                        (SeekerQuery(email="taro@"), "email.no_at"),
                        (SeekerQuery(name_kana="Yamagata", birth_year="1985", birth_month="4", birth_day="12"),
                         "name.kana"),
                        (SeekerQuery(name_kana="ヤマガタ", birth_year="1985", birth_month="2", birth_day="30"),
                         "birthdate.not_a_date")):
        with pytest.raises(ValidationFailed) as info:
            staff.find_seekers(token, query)
        assert info.value.codes() == {code}


def test_summary_shows_account_state_without_secrets(ctx, staff, token, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    seeker_token = login_token(ctx)
    request_reset_key(ctx)
    for _ in range(3):
        auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1")
    summary = staff.seeker_summary(token, taro_id(staff, token))
    assert summary.account_opened and summary.pending_key and summary.session_active
    assert summary.login_failures == 3 and not summary.login_locked
    text = repr(summary)
    assert "$argon2" not in text and seeker_token not in text and GOOD_PASSWORD not in text
    with pytest.raises(ValidationFailed) as info:
        staff.seeker_summary(token, 9999)
    assert info.value.codes() == {"seeker.not_found"}


def test_A3_register_seeker_needs_reauth_records_the_id_check_and_is_audited(ctx, staff, token, clock) -> None:  # type: ignore[no-untyped-def]
    new = NewSeeker(name="酒田 次郎", name_kana="サカタ ジロウ", birth_year="1990", birth_month="7", birth_day="1",
                    phone="0234-00-0000", address="山形県酒田市本町1-1", email="Jiro.Sakata@example.jp",
                    wish_occupation="一般事務", wish_location="酒田市", wish_wage="月給18万円以上")
    clock.advance(minutes=6)
    with pytest.raises(ReauthRequired):
        staff.register_seeker(token, new, "運転免許証")
    staff.reauthenticate(token, STAFF_PASSWORD)
    with pytest.raises(ValidationFailed) as bad:
        staff.register_seeker(token, new, "学生証")
    assert bad.value.codes() == {"staff.id_document"}
    with pytest.raises(ValidationFailed) as bad:
        staff.register_seeker(token, dataclasses.replace(new, wish_wage="x" * 41, address="a\nb"), "運転免許証")
    assert {(e.field, e.code) for e in bad.value.errors} == {("wish_wage", "name.too_long"),
                                                            ("address", "name.control_chars")}
    summary = staff.register_seeker(token, new, "マイナンバーカード")
    assert summary.seeker_number.startswith("06010-") and summary.email == "jiro.sakata@example.jp"
    assert summary.valid_until.isoformat() == "2027-01-31" and not summary.account_opened
    assert (summary.wish_occupation, summary.wish_location, summary.wish_wage) == ("一般事務", "酒田市",
                                                                                   "月給18万円以上")
    registered = audit_rows(ctx, "seeker_registered")[-1]
    assert (registered.actor_type, registered.target_id) == ("staff", summary.seeker_id)
    with ctx.session_factory() as session:
        check = session.scalars(select(IdCheck)).one()
    assert (check.seeker_id, check.action, check.document_type) == (summary.seeker_id, "seeker_registered",
                                                                    "マイナンバーカード")
    mails = [(m.recipient, m.kind) for m in outbox(ctx)]
    assert mails == [("jiro.sakata@example.jp", "login_email_registered")]  # tells the next step
    assert "「ハローワークをご利用中の方のマイページ開設」" in outbox(ctx)[0].body
    request_key(ctx, "jiro.sakata@example.jp", ("1990", "7", "1"))  # the seeker can now open My Page


def test_A3_change_email_mails_old_and_new_voids_keys_and_ends_sessions(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    """A3: ID check recorded; two mails queued; the old address's pending key no longer works;
    the seeker's session ends (S4); the new address logs in with the same password."""
    open_account(ctx)
    seeker_token = login_token(ctx)
    old_key = request_reset_key(ctx)
    seeker_id = taro_id(staff, token)
    summary = staff.change_seeker_email(reauthed(ctx, token), seeker_id, "Taro.New@Example.jp", "在留カード")
    assert summary.email == NEW_EMAIL and not summary.pending_key and not summary.session_active
    old_mail, new_mail = outbox(ctx, "login_email_changed")[-1], outbox(ctx, "login_email_registered")[-1]
    assert old_mail.recipient == DEMO_EMAIL and NEW_EMAIL not in old_mail.body
    assert new_mail.recipient == NEW_EMAIL and "これまでのパスワード" in new_mail.body
    with pytest.raises(ValidationFailed):
        recovery.complete_password_reset(ctx, NEW_EMAIL, old_key, NEW_PASSWORD, NEW_PASSWORD)
    with pytest.raises(SessionInvalid):
        auth.my_profile(ctx, seeker_token)
    assert recovery_status(ctx, seeker_token) == "email_changed"
    assert not auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok
    assert auth.login(ctx, NEW_EMAIL, GOOD_PASSWORD).ok
    with ctx.session_factory() as session:
        check = session.scalars(select(IdCheck)).one()
    assert (check.action, check.document_type) == ("login_email_changed", "在留カード")
    row = audit_rows(ctx, "login_email_changed")[-1]
    assert (row.actor_type, row.target_type, row.target_id, row.result) == ("staff", "seeker", seeker_id, "ok")


def recovery_status(ctx, token: str) -> str | None:  # type: ignore[no-untyped-def]
    from mypage_desktop.services.accounts import sessions

    return sessions.session_status(ctx, token).end_reason


def test_change_email_refuses_taken_unchanged_and_bad_addresses(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    seeker_id = taro_id(staff, reauthed(ctx, token))
    for address, code in ((HANAKO_EMAIL, "email.taken"), (DEMO_EMAIL.upper(), "email.unchanged"),
                          ("taro@@example.jp", "email.invalid")):
        with pytest.raises(ValidationFailed) as info:
            staff.change_seeker_email(token, seeker_id, address, "健康保険証")
        assert info.value.codes() == {code}, address
    assert outbox(ctx) == []


def test_register_a_login_email_for_a_seeker_without_one(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    reauthed(ctx, token)
    new = NewSeeker(name="鶴岡 三郎", name_kana="ツルオカ サブロウ", birth_year="1979", birth_month="1",
                    birth_day="31")
    summary = staff.register_seeker(token, new, "その他")
    assert summary.email is None
    with pytest.raises(ValidationFailed) as info:
        staff.unlock_account(token, summary.seeker_id, "その他")
    assert info.value.codes() == {"staff.no_login_account"}
    summary = staff.change_seeker_email(token, summary.seeker_id, "saburo@example.jp", "運転免許証")
    assert summary.email == "saburo@example.jp"
    assert [m.kind for m in outbox(ctx)] == ["login_email_registered"]
    assert "「ハローワークをご利用中の方のマイページ開設」" in outbox(ctx)[0].body
    assert audit_rows(ctx, "login_email_registered")[-1].target_id == summary.seeker_id


def test_L1_unlock_clears_the_lock_and_is_audited(ctx, staff, token, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    for _ in range(10):
        auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1")
        clock.advance(seconds=31)
    seeker_id = taro_id(staff, token)
    assert staff.seeker_summary(token, seeker_id).login_locked
    assert staff.unlock_account(reauthed(ctx, token), seeker_id, "運転免許証") is True
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok
    assert [r.result for r in audit_rows(ctx, "account_unlocked")] == ["ok"]


def test_void_pending_keys(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    assert staff.void_pending_keys(token, taro_id(staff, token)) == 1
    from mypage_desktop.services.accounts import opening

    with pytest.raises(ValidationFailed):
        opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)
    assert audit_rows(ctx, "keys_voided")[-1].result == "1"


def test_A1_staff_start_a_reset_the_seeker_sets_the_password(ctx, staff, token, clock) -> None:  # type: ignore[no-untyped-def]
    """A1: staff cannot see or set a password: they can only start a reset, whose key goes to
    the registered address; the per-address limit (K5) applies to them too."""
    seeker_id = taro_id(staff, reauthed(ctx, token))
    assert staff.start_password_reset(token, seeker_id, "運転免許証").outcome == "not_open"
    open_account(ctx)
    started = staff.start_password_reset(token, seeker_id, "運転免許証")
    assert started.outcome == "issued" and started.key_validity_minutes == 30
    assert [f.name for f in dataclasses.fields(started)] == ["outcome", "key_validity_minutes"]  # no key
    assert outbox(ctx, "reset_key")[-1].recipient == DEMO_EMAIL
    recovery.complete_password_reset(ctx, DEMO_EMAIL, latest_reset_key(ctx), NEW_PASSWORD, NEW_PASSWORD)
    assert auth.login(ctx, DEMO_EMAIL, NEW_PASSWORD).ok
    assert staff.start_password_reset(token, seeker_id, "運転免許証").outcome == "issued"
    assert staff.start_password_reset(token, seeker_id, "運転免許証").outcome == "rate_limited"
    assert [r.result for r in audit_rows(ctx, "reset_started")] == ["not_open", "issued", "issued", "rate_limited"]


def test_S1_staff_end_a_seekers_session(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    """S1: after staff revoke the session, the next action is refused and the check says why."""
    open_account(ctx)
    seeker_token = login_token(ctx)
    assert staff.revoke_seeker_sessions(token, taro_id(staff, token)) == 1
    with pytest.raises(SessionInvalid):
        auth.my_profile(ctx, seeker_token)
    assert recovery_status(ctx, seeker_token) == "staff_revoked"


def test_A4_every_staff_action_writes_exactly_one_audit_row(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    reauthed(ctx, token)
    seeker_id = taro_id(staff, token)
    actions = [
        ("seeker_lookup", lambda: staff.find_seekers(token, SeekerQuery(email=DEMO_EMAIL))),
        ("seeker_viewed", lambda: staff.seeker_summary(token, seeker_id)),
        ("account_unlocked", lambda: staff.unlock_account(token, seeker_id, "運転免許証")),
        ("keys_voided", lambda: staff.void_pending_keys(token, seeker_id)),
        ("reset_started", lambda: staff.start_password_reset(token, seeker_id, "運転免許証")),
        ("seeker_sessions_revoked", lambda: staff.revoke_seeker_sessions(token, seeker_id)),
        ("login_email_changed", lambda: staff.change_seeker_email(token, seeker_id, NEW_EMAIL, "運転免許証")),
        ("seeker_registered", lambda: staff.register_seeker(
            token, NewSeeker("酒田 次郎", "サカタ ジロウ", "1990", "7", "1"), "運転免許証")),
    ]
    for action, call in actions:
        before = audit_count(ctx)
        call()
        rows = audit_rows(ctx)[before:]
        assert [r.action for r in rows] == [action]
        assert rows[0].actor_type == "staff" and rows[0].terminal == ctx.terminal and rows[0].at == ctx.clock()


def test_P1_staff_flows_log_no_personal_data(ctx, staff, token, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    open_account(ctx)
    seeker_id = taro_id(staff, reauthed(ctx, token))
    staff.find_seekers(token, SeekerQuery(name_kana="ヤマガタ タロウ", birth_year="1985", birth_month="4",
                                          birth_day="12"))
    staff.change_seeker_email(token, seeker_id, NEW_EMAIL, "運転免許証")
    staff.start_password_reset(token, seeker_id, "運転免許証")
    staff.staff_login("sato.k", "Wrong#Pass1")
    for secret in (DEMO_EMAIL, NEW_EMAIL, "1985", "ヤマガタ", "山形", STAFF_PASSWORD, token, latest_reset_key(ctx)):
        assert secret not in caplog.text


def test_local_facades_implement_their_protocols() -> None:
    """Every protocol method exists in the in-process façade with the same parameters (a
    network client will implement the same protocols)."""
    import inspect

    from mypage_desktop.facade.local.backend import LocalFacade
    from mypage_desktop.facade.protocol import MyPageFacade
    from mypage_desktop.facade.staff_protocol import StaffFacade

    for protocol, implementation in ((StaffFacade, LocalStaffFacade), (MyPageFacade, LocalFacade)):
        for name, member in inspect.getmembers(protocol, inspect.isfunction):
            if name.startswith("_"):
                continue
            mine = getattr(implementation, name)
            assert list(inspect.signature(mine).parameters) == list(inspect.signature(member).parameters), name
