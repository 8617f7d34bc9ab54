"""Staff sign-in, staff sessions and re-authentication (docs/security.md A1, A3, E1, E2, L1, S1–S4)."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select, update

from mypage_desktop.db.account_models import LoginAccount
from mypage_desktop.db.staff_models import StaffAccount
from mypage_desktop.domain.errors import NotPermitted, SessionInvalid, ValidationFailed
from mypage_desktop.domain.staff_dto import PasswordChangeRequired, ReauthRequired, SeekerQuery
from mypage_desktop.services.accounts import login as auth, sessions
from mypage_desktop.services.hashing import Hasher
from mypage_desktop.services.staff.accounts import create_staff
from mypage_desktop.services.staff.console import find_seekers, unlock_account
from mypage_desktop.services.staff.sign_in import (
    STAFF_LOGIN_FAILED,
    change_staff_password,
    reauthenticate,
    revoke_stale_staff_sessions,
    staff_login,
    staff_logout,
    staff_session_status,
    touch_staff_session,
)
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account
from services.security_helpers import STAFF_PASSWORD, audit_rows, login_token, make_staff, other_pc

BY_EMAIL = SeekerQuery(email=DEMO_EMAIL)
NOBODY = SeekerQuery(email="nobody@example.jp")


def test_A1_fresh_database_has_no_account_that_can_log_in(settings, clock) -> None:  # type: ignore[no-untyped-def]
    """A1: no default staff or seeker credentials: nothing signs in on a fresh database."""
    from mypage_desktop.facade.local.backend import open_local_backend

    backend = open_local_backend(dataclasses.replace(settings, demo_mode=False), clock=clock,
                                 hasher=Hasher(time_cost=1, memory_kib=1024, parallelism=1), start_mail_worker=False)
    try:
        ctx = backend.context
        with ctx.session_factory() as session:
            assert session.scalar(select(func.count()).select_from(StaffAccount)) == 0
            assert session.scalar(select(func.count()).select_from(LoginAccount)) == 0
        for login_id, password in (("admin", "admin"), ("admin", "password"), ("root", "root"),
                                   ("administrator", "Admin#1234")):
            assert not staff_login(ctx, login_id, password).ok
            assert not auth.login(ctx, f"{login_id}@example.jp", password).ok
    finally:
        backend.close()


def test_A1_demo_seekers_have_no_password_until_they_open_my_page(ctx) -> None:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        assert session.scalar(select(func.count()).where(LoginAccount.password_hash.is_not(None))) == 0


def test_A1_one_time_password_must_be_changed_before_anything_else(ctx) -> None:  # type: ignore[no-untyped-def]
    created = create_staff(ctx, login_id="sato.k", display_name="佐藤 健", role="管理者")
    first = staff_login(ctx, "sato.k", created.one_time_password)
    assert first.ok and first.profile and first.profile.must_change_password and first.profile.is_admin
    token = first.token
    assert token
    with pytest.raises(PasswordChangeRequired):
        find_seekers(ctx, token, BY_EMAIL)
    with pytest.raises(ValidationFailed) as info:
        change_staff_password(ctx, token, "Wrong#Pass1", STAFF_PASSWORD, STAFF_PASSWORD)
    assert info.value.codes() == {"password.current_wrong"}
    with pytest.raises(ValidationFailed) as info:
        change_staff_password(ctx, token, created.one_time_password, created.one_time_password,
                              created.one_time_password)
    assert info.value.codes() == {"password.same_as_current"}
    with pytest.raises(ValidationFailed) as info:
        change_staff_password(ctx, token, created.one_time_password, "sato.k#2026x", "sato.k#2026x")
    assert info.value.codes() == {"password.personal"}
    profile = change_staff_password(ctx, token, created.one_time_password, STAFF_PASSWORD, STAFF_PASSWORD)
    assert not profile.must_change_password
    assert find_seekers(ctx, token, NOBODY) == []
    assert not staff_login(ctx, "sato.k", created.one_time_password).ok
    assert staff_login(ctx, "sato.k", STAFF_PASSWORD).ok
    with ctx.session_factory() as session:
        stored = session.scalars(select(StaffAccount.password_hash)).one()
    assert stored.startswith("$argon2id$") and STAFF_PASSWORD not in stored


def test_E1_one_message_for_every_staff_login_failure(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    make_staff(ctx)
    make_staff(ctx, "ito.m")
    with ctx.session_factory.begin() as session:
        session.execute(update(StaffAccount).where(StaffAccount.login_id == "ito.m").values(disabled=True))
    outcomes = [staff_login(ctx, "nobody", STAFF_PASSWORD), staff_login(ctx, "sato.k", "Wrong#Pass1"),
                staff_login(ctx, "ito.m", STAFF_PASSWORD)]
    for _ in range(10):
        clock.advance(seconds=31)
        staff_login(ctx, "sato.k", "Wrong#Pass1")
    outcomes.append(staff_login(ctx, "sato.k", STAFF_PASSWORD))  # locked
    assert {(o.token, o.profile, o.message_code) for o in outcomes} == {(None, None, STAFF_LOGIN_FAILED)}


def test_L1_staff_lockout_after_10_failures_lifts_after_15_minutes(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    make_staff(ctx)
    waits = []
    for _ in range(10):
        waits.append(staff_login(ctx, "sato.k", "Wrong#Pass1").retry_after_seconds)
        clock.advance(seconds=31)
    assert waits[:2] == [0, 0] and all(0 < w <= 30 for w in waits[2:9]) and waits[9] == 15 * 60
    assert not staff_login(other_pc(ctx, "counter-2"), "sato.k", STAFF_PASSWORD).ok
    assert [r.action for r in audit_rows(ctx, "staff_locked")] == ["staff_locked"]
    clock.advance(minutes=15)
    assert staff_login(ctx, "sato.k", STAFF_PASSWORD).ok


def test_L1_staff_and_seeker_counters_are_separate(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    """A seeker kiosk typing a 職員ID cannot lock the staff account, and vice versa."""
    make_staff(ctx)
    open_account(ctx)
    for _ in range(10):
        auth.login(ctx, "sato.k", "Wrong#Pass1")
        staff_login(ctx, DEMO_EMAIL, "Wrong#Pass1")
        clock.advance(seconds=31)
    assert staff_login(ctx, "sato.k", STAFF_PASSWORD).ok
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok


def test_seeker_credentials_never_open_the_staff_console_and_vice_versa(ctx, facade) -> None:  # type: ignore[no-untyped-def]
    """A1: a seeker's email and password fail at the staff login, a staff id and password fail
    at the seeker login; a seeker token is refused by staff calls and a staff token by seeker
    calls."""
    from mypage_desktop.services.jobs import seeker_jobs

    _staff_id, staff_token = make_staff(ctx)
    open_account(ctx)
    assert not staff_login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok
    assert not auth.login(ctx, "sato.k", STAFF_PASSWORD).ok
    seeker_token = login_token(ctx)
    for call in (lambda: find_seekers(ctx, seeker_token, BY_EMAIL), lambda: reauthenticate(ctx, seeker_token, ""),
                 lambda: touch_staff_session(ctx, seeker_token)):
        with pytest.raises((SessionInvalid, ValidationFailed)):
            call()
    with pytest.raises(SessionInvalid):
        reauthenticate(ctx, seeker_token, GOOD_PASSWORD)
    assert staff_session_status(ctx, seeker_token).end_reason == "unknown"
    for call in (lambda: auth.my_profile(ctx, staff_token), lambda: seeker_jobs.kept_jobs(ctx, staff_token),
                 lambda: sessions.touch(ctx, staff_token), lambda: facade.my_profile(staff_token)):
        with pytest.raises(SessionInvalid):
            call()
    assert facade.session_status(staff_token).end_reason == "unknown"


def test_S2_staff_session_idle_limit_and_activity(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    _staff_id, token = make_staff(ctx)
    clock.advance(minutes=14)
    assert touch_staff_session(ctx, token).idle_seconds_left == 15 * 60
    clock.advance(minutes=15)
    assert find_seekers(ctx, token, NOBODY) == []  # validating is not activity …
    clock.advance(seconds=1)
    with pytest.raises(SessionInvalid):  # … so 15:01 after the last input it has ended
        find_seekers(ctx, token, BY_EMAIL)
    status = staff_session_status(ctx, token)
    assert not status.active and status.end_reason == "idle"


def test_S3_S4_staff_stale_sessions_and_login_elsewhere(ctx) -> None:  # type: ignore[no-untyped-def]
    _staff_id, token = make_staff(ctx)
    assert staff_session_status(ctx, token).active
    second = staff_login(other_pc(ctx, "counter-2"), "sato.k", STAFF_PASSWORD).token
    assert staff_session_status(ctx, token).end_reason == "superseded"
    assert second and revoke_stale_staff_sessions(ctx) == 0  # the live one is on counter-2
    assert revoke_stale_staff_sessions(other_pc(ctx, "counter-2")) == 1
    assert staff_session_status(ctx, second).end_reason == "stale"


def test_S1_staff_logout_revokes_and_is_idempotent(ctx) -> None:  # type: ignore[no-untyped-def]
    _staff_id, token = make_staff(ctx)
    staff_logout(ctx, token)
    staff_logout(ctx, token)
    with pytest.raises(SessionInvalid):
        find_seekers(ctx, token, BY_EMAIL)
    assert [r.action for r in audit_rows(ctx, "staff_logout")] == ["staff_logout"]


def test_A3_sensitive_actions_need_a_recent_reauthentication(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    _staff_id, token = make_staff(ctx)
    seeker_id = find_seekers(ctx, token, BY_EMAIL)[0].seeker_id
    # Changing the first password counts as entering it: a fresh session needs re-auth after 5 min.
    clock.advance(minutes=5, seconds=1)
    with pytest.raises(ReauthRequired):
        unlock_account(ctx, token, seeker_id, "運転免許証")
    with pytest.raises(ValidationFailed) as info:
        reauthenticate(ctx, token, "Wrong#Pass1")
    assert info.value.codes() == {"staff.reauth_failed"}
    reauthenticate(ctx, token, STAFF_PASSWORD)
    assert unlock_account(ctx, token, seeker_id, "運転免許証") is False
    clock.advance(minutes=5)
    unlock_account(ctx, token, seeker_id, "運転免許証")
    clock.advance(seconds=1)
    with pytest.raises(ReauthRequired):
        unlock_account(ctx, token, seeker_id, "運転免許証")
    results = [(r.action, r.result) for r in audit_rows(ctx) if r.action.startswith("staff_reauth")]
    assert results == [("staff_reauth_failed", "failed"), ("staff_reauth", "ok")]


def test_A3_L1_repeated_wrong_reauth_locks_and_ends_the_staff_session(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    _staff_id, token = make_staff(ctx)
    for _ in range(9):
        with pytest.raises(ValidationFailed):
            reauthenticate(ctx, token, "Wrong#Pass1")
        clock.advance(seconds=31)
        touch_staff_session(ctx, token)
    with pytest.raises(SessionInvalid):
        reauthenticate(ctx, token, "Wrong#Pass1")
    assert staff_session_status(ctx, token).end_reason == "locked"
    assert not staff_login(ctx, "sato.k", STAFF_PASSWORD).ok


def test_admin_only_calls_refuse_職員(ctx) -> None:  # type: ignore[no-untyped-def]
    from mypage_desktop.domain.audit_dto import AuditQuery
    from mypage_desktop.services.staff.audit_log import audit_entries, staff_members

    _staff_id, token = make_staff(ctx)
    for call in (lambda: audit_entries(ctx, token, AuditQuery()), lambda: staff_members(ctx, token)):
        with pytest.raises(NotPermitted):
            call()
