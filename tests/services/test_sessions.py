"""Session limits, activity, status and clean-up (docs/security.md S1, S2, S3, S4, A4)."""

from __future__ import annotations

import dataclasses

import pytest

from mypage_desktop.config import ConfigError, Settings
from mypage_desktop.domain.caller import KIOSK, PERSONAL, Caller
from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.domain.rule_texts import MESSAGES
from mypage_desktop.services.accounts import login as auth, recovery, sessions
from mypage_desktop.services.jobs import seeker_jobs
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account
from services.security_helpers import HANAKO_EMAIL, audit_rows, login_token, open_hanako, other_pc


@pytest.fixture
def kiosk(ctx):  # type: ignore[no-untyped-def]
    # The device's kind decides the policy (a kiosk enrolled as such), not the PC's settings.
    ctx.caller = Caller(ctx.caller.device_id, KIOSK)
    return ctx


def old_token_calls(ctx, facade, token):  # type: ignore[no-untyped-def]
    """Calls across the services and the façade that must all refuse a dead token (S1)."""
    return [
        lambda: auth.my_profile(ctx, token),
        lambda: seeker_jobs.kept_jobs(ctx, token),
        lambda: seeker_jobs.saved_searches(ctx, token),
        lambda: sessions.touch(ctx, token),
        lambda: recovery.change_password(ctx, token, GOOD_PASSWORD, "Other#Pass9", "Other#Pass9"),
        lambda: facade.my_profile(token),
        lambda: facade.kept_jobs(token),
        lambda: facade.touch_session(token),
    ]


def test_S2_kiosk_idle_logout_at_5_01_and_activity_at_4_30_keeps_the_session(kiosk, clock, facade) -> None:  # type: ignore[no-untyped-def]
    """S2 (injected clock): kiosk idle limit 5 min; user activity restarts it; 5:01 ends it."""
    open_account(kiosk)
    token = login_token(kiosk)
    clock.advance(minutes=4, seconds=30)
    status = facade.touch_session(token)  # a key press at 4:30
    assert status.active and status.idle_timeout_seconds == 300 and status.idle_seconds_left == 300
    clock.advance(minutes=4, seconds=30)  # 9:00 since login, 4:30 since the key press
    assert facade.my_profile(token).name == "山形 太郎"
    clock.advance(seconds=30)  # exactly 5:00 idle: still live
    assert facade.session_status(token).active
    clock.advance(seconds=1)  # 5:01 idle
    with pytest.raises(SessionInvalid):
        facade.my_profile(token)
    status = facade.session_status(token)
    assert not status.active and status.end_reason == "idle" and status.message_code == "session.idle"
    with pytest.raises(SessionInvalid):  # activity cannot revive an idle session
        facade.touch_session(token)
    assert [r.result for r in audit_rows(kiosk, "session_ended")] == ["idle"]


def test_S2_service_calls_and_status_checks_are_not_activity(kiosk, clock, facade) -> None:  # type: ignore[no-untyped-def]
    """S2: only user input counts: background calls and the periodic check never extend."""
    open_account(kiosk)
    token = login_token(kiosk)
    for _ in range(10):
        clock.advance(seconds=30)
        assert facade.session_status(token).active
        facade.kept_jobs(token)
    clock.advance(seconds=1)
    with pytest.raises(SessionInvalid):
        facade.kept_jobs(token)


def test_S2_own_pc_idle_limit_is_15_minutes(ctx, clock, facade) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    token = login_token(ctx)
    assert facade.session_status(token).idle_timeout_seconds == 15 * 60
    clock.advance(minutes=15)
    facade.touch_session(token)
    clock.advance(minutes=15, seconds=1)
    assert facade.session_status(token).end_reason == "idle"


def test_S2_absolute_limit_holds_despite_activity(kiosk, clock, facade) -> None:  # type: ignore[no-untyped-def]
    """S2: kiosk sessions end after 4 h whatever the activity."""
    open_account(kiosk)
    token = login_token(kiosk)
    for _ in range(59):
        clock.advance(minutes=4)
        facade.touch_session(token)
    status = facade.session_status(token)
    assert status.active and status.absolute_seconds_left == 4 * 60
    clock.advance(minutes=4)
    with pytest.raises(SessionInvalid):
        facade.touch_session(token)
    assert facade.session_status(token).end_reason == "expired"


def test_S2_status_counts_down_by_the_server_clock(kiosk, clock, facade) -> None:  # type: ignore[no-untyped-def]
    open_account(kiosk)
    token = login_token(kiosk)
    clock.advance(minutes=1)
    status = facade.session_status(token)
    assert (status.idle_seconds_left, status.absolute_seconds_left) == (240, 4 * 3600 - 60)


def test_S2_session_limits_are_settings_with_bounds() -> None:
    custom = dataclasses.replace(Settings(), idle_minutes_kiosk=3, session_hours_kiosk=2)
    limits = auth.seeker_session_limits(custom, Caller("pc-1", KIOSK))
    assert (limits.idle.total_seconds(), limits.absolute.total_seconds()) == (180, 7200)
    for bad in ({"idle_minutes_kiosk": 0}, {"session_hours_personal": 25}, {"staff_reauth_minutes": 0},
                {"key_requests_per_terminal_per_hour": 0}):
        with pytest.raises(ConfigError):
            dataclasses.replace(Settings(), **bad).validate()


def test_S1_every_call_refuses_a_token_after_logout(ctx, facade) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    token = login_token(ctx)
    facade.logout(token)
    for call in old_token_calls(ctx, facade, token):
        with pytest.raises(SessionInvalid):
            call()
    assert facade.session_status(token).end_reason == "logout"


def test_S1_every_call_refuses_a_token_after_idle_logout(kiosk, clock, facade) -> None:  # type: ignore[no-untyped-def]
    open_account(kiosk)
    token = login_token(kiosk)
    clock.advance(minutes=5, seconds=1)
    for call in old_token_calls(kiosk, facade, token):
        with pytest.raises(SessionInvalid):
            call()


def test_S3_start_up_revokes_only_this_pcs_leftover_sessions(ctx, facade) -> None:  # type: ignore[no-untyped-def]
    """S3: after a crash, the relaunch revokes the sessions this terminal left open."""
    open_account(ctx)
    open_hanako(ctx)
    here = login_token(ctx)
    elsewhere = login_token(other_pc(ctx, "kiosk-9"), HANAKO_EMAIL)
    assert facade.revoke_stale_sessions() == 1
    assert facade.revoke_stale_sessions() == 0
    assert facade.session_status(here).end_reason == "stale"
    assert facade.session_status(elsewhere).active
    assert [r.action for r in audit_rows(ctx, "sessions_revoked_stale")] == ["sessions_revoked_stale"]


def test_S4_check_reports_a_login_elsewhere(ctx, facade) -> None:  # type: ignore[no-untyped-def]
    """S4: one session per account; the old PC's periodic check learns why it ended."""
    open_account(ctx)
    first = login_token(ctx)
    second = login_token(other_pc(ctx, "kiosk-2"))
    status = facade.session_status(first)
    assert not status.active and status.end_reason == "superseded"
    assert status.message_code == "session.superseded" and status.message_code in MESSAGES
    assert facade.session_status(second).active


def test_unknown_token_status_is_ended_not_an_error(facade) -> None:  # type: ignore[no-untyped-def]
    status = facade.session_status("no-such-token")
    assert not status.active and status.end_reason == "unknown" and status.message_code == "session.ended"


def test_every_end_reason_has_a_message() -> None:
    for reason in sessions.KNOWN_REASONS:
        assert sessions.message_code(reason) in MESSAGES


def test_login_still_works_after_the_session_ended(kiosk, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(kiosk)
    login_token(kiosk)
    clock.advance(hours=5)
    assert auth.login(kiosk, DEMO_EMAIL, GOOD_PASSWORD).ok


def test_S2_N3_the_calling_device_decides_the_policy_not_the_serving_process() -> None:
    """A PC's own ``kiosk_mode = false`` cannot give a kiosk the long limits (issue 10)."""
    relaxed = dataclasses.replace(Settings(), kiosk_mode=False)
    kiosk = auth.seeker_session_limits(relaxed, Caller("kiosk-7", KIOSK))
    home = auth.seeker_session_limits(relaxed, Caller("home", PERSONAL))
    assert kiosk.idle.total_seconds() == 5 * 60 and kiosk.absolute.total_seconds() == 4 * 3600
    assert home.idle.total_seconds() == 15 * 60
