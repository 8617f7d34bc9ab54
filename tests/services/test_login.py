"""Login, lockout, sessions and logout (docs/security.md C2, L1, E1, E2, S1, S4, A4, P1)."""

from __future__ import annotations

import logging

import pytest
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from sqlalchemy import select, text, update
from sqlalchemy.exc import DatabaseError

from mypage_desktop.db.account_models import AuthSession, LoginAccount
from mypage_desktop.db.audit_models import AuditLog
from mypage_desktop.domain.errors import SessionInvalid
from mypage_desktop.services.accounts import login as auth
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account, request_key


def test_login_success_and_failure(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok
    failed = auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1")
    assert not failed.ok and failed.message_code == auth.LOGIN_FAILED


def test_E1_one_message_for_every_failure(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    """E1: unknown email, wrong password, unopened, locked and disabled accounts look alike."""
    open_account(ctx)
    outcomes = [
        auth.login(ctx, "nobody@example.jp", GOOD_PASSWORD),
        auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1"),
        auth.login(ctx, "hanako.mogami@example.jp", GOOD_PASSWORD),  # registered, not opened
    ]
    with ctx.session_factory.begin() as session:
        session.execute(update(LoginAccount).where(LoginAccount.email == DEMO_EMAIL).values(disabled=True))
    outcomes.append(auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD))  # disabled, right password
    assert {(o.token, o.profile, o.message_code) for o in outcomes} == {(None, None, auth.LOGIN_FAILED)}


def test_L1_waits_from_third_failure_lock_at_tenth_lifts_after_15_min(ctx, clock, backend, settings) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    waits = []
    for _ in range(10):
        result = auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1")
        waits.append(result.retry_after_seconds)
        clock.advance(seconds=31)
    assert waits[:2] == [0, 0] and all(w > 0 for w in waits[2:9]) and max(waits[:9]) <= 30
    assert waits[9] == 15 * 60
    # Locked: even the right password fails, with the same message (E1), on another "PC"
    # sharing the database and after a restart (a new context on the same engine).
    from mypage_desktop.facade.local.backend import build_context

    other_pc = build_context(settings, backend.engine, clock, ctx.hasher)
    locked = auth.login(other_pc, DEMO_EMAIL, GOOD_PASSWORD)
    assert not locked.ok and locked.message_code == auth.LOGIN_FAILED and locked.retry_after_seconds > 0
    clock.advance(minutes=15)
    assert auth.login(other_pc, DEMO_EMAIL, GOOD_PASSWORD).ok


def test_L1_success_resets_counter(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    for _ in range(2):
        auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1")
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok
    assert auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1").retry_after_seconds == 0


def test_L1_E2_unknown_email_gets_counters_and_lock_like_a_real_one(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    results = []
    for _ in range(10):
        results.append(auth.login(ctx, "nobody@example.jp", "Wrong#Pass1"))
        clock.advance(seconds=31)
    assert results[-1].retry_after_seconds == 15 * 60


def test_L1_waiting_attempt_is_refused_without_checking(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    for _ in range(3):
        auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1")
    early = auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD)
    assert not early.ok and early.retry_after_seconds > 0
    clock.advance(seconds=early.retry_after_seconds)
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok


def test_C2_cheap_hash_upgraded_at_login_failed_login_changes_nothing(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    cheap = PasswordHasher.from_parameters(CHEAPEST).hash(GOOD_PASSWORD)
    with ctx.session_factory.begin() as session:
        session.execute(update(LoginAccount).where(LoginAccount.email == DEMO_EMAIL).values(password_hash=cheap))

    def stored() -> str:
        with ctx.session_factory() as session:
            return session.scalars(select(LoginAccount.password_hash).where(LoginAccount.email == DEMO_EMAIL)).one()

    assert not auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1").ok
    assert stored() == cheap
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok
    assert stored() != cheap and not ctx.hasher.needs_rehash(stored())


def test_S1_logout_revokes_the_session_in_the_database(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    token = auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).token
    assert token and auth.my_profile(ctx, token).name == "山形 太郎"
    auth.logout(ctx, token)
    auth.logout(ctx, token)  # idempotent
    with pytest.raises(SessionInvalid):
        auth.my_profile(ctx, token)
    with ctx.session_factory() as session:
        row = session.scalars(select(AuthSession)).one()
    assert row.revoked_at is not None and row.token_hash != token and len(row.token_hash) == 64


def test_S1_expired_and_unknown_tokens_refused(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    token = auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).token
    assert token
    with pytest.raises(SessionInvalid):
        auth.my_profile(ctx, "not-a-token")
    clock.advance(hours=12, seconds=1)
    with pytest.raises(SessionInvalid):
        auth.my_profile(ctx, token)


def test_S4_login_elsewhere_ends_the_old_session(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    first = auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).token
    second = auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).token
    assert first and second and first != second
    with pytest.raises(SessionInvalid):
        auth.my_profile(ctx, first)
    assert auth.my_profile(ctx, second)


def test_A4_audit_rows_written_and_append_only(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD)
    with ctx.session_factory() as session:
        actions = list(session.scalars(select(AuditLog.action).order_by(AuditLog.id)))
    assert actions == ["seeker_registered", "seeker_registered", "key_requested", "password_registered", "login"]
    for statement in ("UPDATE audit_log SET result='x'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError), ctx.session_factory.begin() as session:
            session.execute(text(statement))


def test_P1_no_personal_data_in_logs(ctx, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    key = request_key(ctx)
    from mypage_desktop.services.accounts import opening

    opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)
    auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1")
    token = auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).token
    text_logged = caplog.text
    for secret in (DEMO_EMAIL, key, key[:4] + " " + key[4:], GOOD_PASSWORD, "Wrong#Pass1", "1985", str(token)):
        assert secret not in text_logged
