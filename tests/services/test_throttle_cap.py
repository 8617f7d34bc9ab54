"""N5: consecutive failures are capped (``login_failure_cap``, 100): the timed lock running out
does not end the streak; at the cap the account (or unknown address, or 職員ID) stays blocked
until staff unlock it or the password is reset."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from mypage_desktop.config import ConfigError, Settings
from mypage_desktop.domain.errors import SessionInvalid, ValidationFailed
from mypage_desktop.domain.rule_texts import MESSAGES
from mypage_desktop.domain.staff_dto import SeekerQuery
from mypage_desktop.services.accounts import login as auth, recovery
from mypage_desktop.services.staff.accounts import reset_staff_password
from mypage_desktop.services.staff.console import find_seekers, seeker_summary, unlock_account
from mypage_desktop.services.staff.sign_in import (
    STAFF_LOGIN_BLOCKED,
    STAFF_LOGIN_FAILED,
    reauthenticate,
    staff_login,
)
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account
from services.security_helpers import NEW_PASSWORD, STAFF_PASSWORD, login_token, make_staff, reauthed, request_reset_key
from services.throttle_helpers import STAFF_ID, WRONG


def fail_until_the_cap(clock, attempt: Callable[[], object], cap: int) -> list[object]:  # type: ignore[no-untyped-def]
    """``cap`` wrong attempts, each after every wait and lock has run out (15 min 31 s)."""
    results = []
    for _ in range(cap):
        results.append(attempt())
        clock.advance(minutes=15, seconds=31)
    return results


def test_N5_cap_blocks_after_100_consecutive_failures_across_expired_locks(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    cap = ctx.settings.login_failure_cap
    assert cap == 100
    results = fail_until_the_cap(clock, lambda: auth.login(ctx, DEMO_EMAIL, WRONG), cap)
    codes = [r.message_code for r in results]  # type: ignore[attr-defined]
    assert codes == [auth.LOGIN_FAILED] * (cap - 1) + [auth.LOGIN_BLOCKED]
    assert sum(r.retry_after_seconds == 15 * 60 for r in results) == 9  # type: ignore[attr-defined]
    clock.advance(days=30)
    blocked = auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD)
    assert not blocked.ok and blocked.message_code == auth.LOGIN_BLOCKED and blocked.retry_after_seconds == 0
    assert "パスワードを忘れた方" in MESSAGES[auth.LOGIN_BLOCKED]


def test_N5_an_unknown_address_is_blocked_with_the_same_message(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    ctx.settings = dataclasses.replace(ctx.settings, login_failure_cap=12)
    results = fail_until_the_cap(clock, lambda: auth.login(ctx, "nobody@example.jp", WRONG), 12)
    assert results[-1] == auth.LoginResult(None, None, auth.LOGIN_BLOCKED, 0)
    assert auth.login(ctx, "nobody@example.jp", GOOD_PASSWORD) == auth.LoginResult(None, None, auth.LOGIN_BLOCKED, 0)


def test_N5_a_success_ends_the_streak(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    ctx.settings = dataclasses.replace(ctx.settings, login_failure_cap=12)
    fail_until_the_cap(clock, lambda: auth.login(ctx, DEMO_EMAIL, WRONG), 11)
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok
    results = fail_until_the_cap(clock, lambda: auth.login(ctx, DEMO_EMAIL, WRONG), 11)
    assert {r.message_code for r in results} == {auth.LOGIN_FAILED}  # type: ignore[attr-defined]


def test_N5_staff_unlock_lifts_the_block(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    ctx.settings = dataclasses.replace(ctx.settings, login_failure_cap=12)
    fail_until_the_cap(clock, lambda: auth.login(ctx, DEMO_EMAIL, WRONG), 12)
    _staff_id, token = make_staff(ctx)
    seeker_id = find_seekers(ctx, token, SeekerQuery(email=DEMO_EMAIL))[0].seeker_id
    summary = seeker_summary(ctx, token, seeker_id)
    assert summary.login_locked and summary.login_failures == 12  # the lock itself ran out long ago
    assert unlock_account(ctx, reauthed(ctx, token), seeker_id, "運転免許証") is True
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok


def test_N5_a_password_reset_lifts_the_block(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    ctx.settings = dataclasses.replace(ctx.settings, login_failure_cap=12)
    fail_until_the_cap(clock, lambda: auth.login(ctx, DEMO_EMAIL, WRONG), 12)
    key = request_reset_key(ctx)
    recovery.complete_password_reset(ctx, DEMO_EMAIL, key, NEW_PASSWORD, NEW_PASSWORD)
    assert auth.login(ctx, DEMO_EMAIL, NEW_PASSWORD).ok


def test_N5_password_change_is_refused_while_the_account_is_blocked(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    """Blocked by wrong logins elsewhere while the seeker is logged in: the change says so."""
    open_account(ctx)
    ctx.settings = dataclasses.replace(ctx.settings, login_failure_cap=12, idle_minutes_personal=120)
    token = login_token(ctx)
    for n in range(1, 13):  # about 21 minutes: the session stays open
        auth.login(ctx, DEMO_EMAIL, WRONG)
        clock.advance(minutes=15 if n == ctx.settings.login_lock_failures else 0, seconds=31)
    with pytest.raises(ValidationFailed) as info:
        recovery.change_password(ctx, token, GOOD_PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    assert info.value.codes() == {"password.current_blocked"}


def test_N5_staff_are_blocked_at_the_cap_until_reset_staff_password(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    ctx.settings = dataclasses.replace(ctx.settings, login_failure_cap=12)
    make_staff(ctx, STAFF_ID)
    results = fail_until_the_cap(clock, lambda: staff_login(ctx, STAFF_ID, WRONG), 12)
    codes = [r.message_code for r in results]  # type: ignore[attr-defined]
    assert codes == [STAFF_LOGIN_FAILED] * 11 + [STAFF_LOGIN_BLOCKED]
    clock.advance(days=30)
    assert staff_login(ctx, STAFF_ID, STAFF_PASSWORD).message_code == STAFF_LOGIN_BLOCKED
    one_time = reset_staff_password(ctx, login_id=STAFF_ID).one_time_password
    result = staff_login(ctx, STAFF_ID, one_time)
    assert result.ok and result.profile is not None and result.profile.must_change_password


def test_N5_staff_reauth_failures_count_towards_the_cap(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    """Re-authentication shares the staff counters; the failure that reaches the cap ends
    the session (here the cap equals the lock limit, so no lock ends it earlier)."""
    ctx.settings = dataclasses.replace(ctx.settings, login_failure_cap=ctx.settings.login_lock_failures)
    _staff_id, token = make_staff(ctx, STAFF_ID)
    for _ in range(ctx.settings.login_lock_failures - 1):
        with pytest.raises(ValidationFailed):
            reauthenticate(ctx, token, WRONG)
        clock.advance(seconds=31)
    with pytest.raises(SessionInvalid):
        reauthenticate(ctx, token, WRONG)
    clock.advance(days=30)
    assert staff_login(ctx, STAFF_ID, STAFF_PASSWORD).message_code == STAFF_LOGIN_BLOCKED


def test_N5_lowering_the_cap_blocks_a_longer_streak_at_its_next_attempt(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    fail_until_the_cap(clock, lambda: auth.login(ctx, DEMO_EMAIL, WRONG), 20)
    ctx.settings = dataclasses.replace(ctx.settings, login_failure_cap=15)
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).message_code == auth.LOGIN_BLOCKED


@pytest.mark.parametrize("bad", [
    {"login_lock_failures": 101}, {"login_lock_minutes": 1441}, {"login_failure_cap": 101},
    {"login_failure_cap": 9}, {"key_requests_per_30_minutes": 11}, {"key_requests_per_day": 51},
    {"key_requests_per_30_minutes": 0},
])
def test_N5_counter_settings_have_upper_bounds(bad: dict[str, int]) -> None:
    Settings().validate()
    dataclasses.replace(Settings(), login_lock_failures=100, login_lock_minutes=1440, login_failure_cap=100,
                        key_requests_per_30_minutes=10, key_requests_per_day=50).validate()
    with pytest.raises(ConfigError):
        dataclasses.replace(Settings(), **bad).validate()
