"""パスワード変更 in 求職者情報・設定 (docs/security.md C6, C3, C4, L1, S4, A4)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from mypage_desktop.db.account_models import AuthSession, LoginThrottle
from mypage_desktop.domain.errors import SessionInvalid, ValidationFailed
from mypage_desktop.services.accounts import login as auth, recovery
from mypage_desktop.services.accounts.login import email_digest, token_digest
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account, outbox
from services.security_helpers import NEW_PASSWORD, audit_rows, login_token


def _second_session(ctx, token: str) -> None:  # type: ignore[no-untyped-def]
    """Another live session of the same account (as a second instance would hold before S4
    ends it, or one racing this login)."""
    with ctx.session_factory.begin() as session:
        mine = session.scalars(select(AuthSession).where(AuthSession.token_hash == token_digest(token))).one()
        now = ctx.clock()
        session.add(AuthSession(token_hash=token_digest("second-instance"), account_id=mine.account_id,
                                terminal="kiosk-2", created_at=now, last_seen_at=now,
                                expires_at=now + timedelta(hours=1), idle_seconds=900, last_activity_at=now))


def test_C6_change_needs_current_password_ends_other_sessions_and_mails_a_notice(ctx, facade) -> None:  # type: ignore[no-untyped-def]
    """C6: the second instance is logged out, this one stays, a notice is queued."""
    open_account(ctx)
    token = login_token(ctx)
    _second_session(ctx, token)
    changed = facade.change_password(token, GOOD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    assert not changed.password_converted_from_fullwidth
    assert facade.my_profile(token).name == "山形 太郎"
    second = facade.session_status("second-instance")
    assert not second.active and second.end_reason == "password_changed"
    notice = outbox(ctx, "password_changed")[-1]
    assert notice.subject == "パスワード変更のお知らせ" and notice.recipient == DEMO_EMAIL
    assert not auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok
    assert auth.login(ctx, DEMO_EMAIL, NEW_PASSWORD).ok
    assert [r.result for r in audit_rows(ctx, "password_changed")] == ["ok"]


def test_C6_wrong_current_password_is_a_field_message_and_a_counted_failure(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    token = login_token(ctx)
    with pytest.raises(ValidationFailed) as info:
        recovery.change_password(ctx, token, "Wrong#Pass1", NEW_PASSWORD, NEW_PASSWORD)
    assert [(e.field, e.code) for e in info.value.errors] == [("current_password", "password.current_wrong")]
    with ctx.session_factory() as session:
        assert session.get_one(LoginThrottle, email_digest(DEMO_EMAIL)).failures == 1
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok  # still the old password


def test_L1_C6_repeated_wrong_current_passwords_wait_then_lock_and_end_the_session(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    token = login_token(ctx)
    for _ in range(3):
        with pytest.raises(ValidationFailed):
            recovery.change_password(ctx, token, "Wrong#Pass1", NEW_PASSWORD, NEW_PASSWORD)
    with pytest.raises(ValidationFailed) as info:  # from the 3rd failure, a wait
        recovery.change_password(ctx, token, GOOD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    assert info.value.codes() == {"password.current_wait"}
    for _ in range(6):
        clock.advance(seconds=31)
        with pytest.raises(ValidationFailed):
            recovery.change_password(ctx, token, "Wrong#Pass1", NEW_PASSWORD, NEW_PASSWORD)
    clock.advance(seconds=31)
    with pytest.raises(SessionInvalid):  # the 10th failure locks the account and ends the session
        recovery.change_password(ctx, token, "Wrong#Pass1", NEW_PASSWORD, NEW_PASSWORD)
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).retry_after_seconds > 0
    assert audit_rows(ctx, "password_change_failed")[-1].result == "locked"


def test_C3_C4_same_policy_as_registration(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    token = login_token(ctx)
    cases = (("Ab#4567", "password.too_short"), ("Passw0rd!", "password.common"),
             ("taro19850412!", "password.personal"), ("ＮｏＳｐａｃｅ ＃１", "password.space"),
             (GOOD_PASSWORD, "password.same_as_current"))
    for password, code in cases:
        with pytest.raises(ValidationFailed) as info:
            recovery.change_password(ctx, token, GOOD_PASSWORD, password, password)
        assert info.value.codes() == {code}, password
    with pytest.raises(ValidationFailed) as info:
        recovery.change_password(ctx, token, "", NEW_PASSWORD, NEW_PASSWORD + "x")
    assert info.value.codes() == {"password.current_required", "password.mismatch"}
    with ctx.session_factory() as session:  # form mistakes are not counted as failures
        assert session.get(LoginThrottle, email_digest(DEMO_EMAIL)) is None


def test_I1_fullwidth_new_password_is_converted_and_reported(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    token = login_token(ctx)
    fullwidth = "Ｚａｏ＃Ｏｎｓｅｎ２０２６"
    done = recovery.change_password(ctx, token, GOOD_PASSWORD, fullwidth, fullwidth)
    assert done.password_converted_from_fullwidth
    assert auth.login(ctx, DEMO_EMAIL, NEW_PASSWORD).ok
