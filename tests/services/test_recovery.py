"""「パスワードを忘れた方」: the reset by emailed key (docs/security.md E3, K3, K4, K5, K6, C3, C4, L1,
S1, S4, A4, D4)."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from sqlalchemy import select

from mypage_desktop.db.account_models import RegistrationRequest
from mypage_desktop.domain.caller import KIOSK, Caller
from mypage_desktop.domain.errors import SessionInvalid, ValidationFailed
from mypage_desktop.services.accounts import login as auth, opening, recovery, sessions
from mypage_desktop.services.jobs import seeker_jobs
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, GOOD_PASSWORD, open_account, outbox, race, request_key
from services.security_helpers import (
    HANAKO_BIRTH,
    HANAKO_EMAIL,
    NEW_PASSWORD,
    audit_rows,
    latest_reset_key,
    login_token,
    other_pc,
    request_reset_key,
)


def test_reset_flow_new_password_works_old_does_not_and_notice_mailed(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    answer = recovery.request_password_reset(ctx, DEMO_EMAIL, *DEMO_BIRTH)
    assert answer.key_validity_minutes == 30
    mail = outbox(ctx, "reset_key")[-1]
    assert mail.subject == "パスワード再設定申込受付通知" and mail.recipient == DEMO_EMAIL
    assert "30分以内" in mail.body
    done = recovery.complete_password_reset(ctx, DEMO_EMAIL, latest_reset_key(ctx), NEW_PASSWORD, NEW_PASSWORD)
    assert not done.password_converted_from_fullwidth
    notice = outbox(ctx, "password_reset")[-1]
    assert notice.subject == "パスワード再設定のお知らせ" and notice.recipient == DEMO_EMAIL
    assert not auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).ok
    assert auth.login(ctx, DEMO_EMAIL, NEW_PASSWORD).ok


@pytest.mark.parametrize(
    ("email", "birth"),
    [
        ("nobody@example.jp", DEMO_BIRTH),  # not registered
        (DEMO_EMAIL, ("1985", "4", "13")),  # wrong birthdate
    ],
)
def test_E3_reset_request_same_answer_and_no_mail_when_nothing_matches(ctx, email, birth) -> None:  # type: ignore[no-untyped-def]
    """E3: the same 受付 answer whether or not anything matched; no mail when nothing did."""
    open_account(ctx)
    matched = recovery.request_password_reset(ctx, DEMO_EMAIL, *DEMO_BIRTH)
    before = len(outbox(ctx))
    assert recovery.request_password_reset(ctx, email, *birth) == matched
    assert len(outbox(ctx)) == before


def test_E3_reset_for_unopened_account_same_answer_and_a_notice_not_a_key(ctx) -> None:  # type: ignore[no-untyped-def]
    answer = recovery.request_password_reset(ctx, HANAKO_EMAIL, *HANAKO_BIRTH)
    assert answer == recovery.request_password_reset(ctx, "nobody@example.jp", *HANAKO_BIRTH)
    assert [m.kind for m in outbox(ctx)] == ["reset_not_open"]
    assert outbox(ctx)[0].recipient == HANAKO_EMAIL and "認証キー：" not in outbox(ctx)[0].body


def test_K5_notices_instead_of_keys_count_against_the_address_limit(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    """K5: the 'not opened yet' notice cannot be used to flood the owner's mailbox either."""
    for _ in range(5):
        recovery.request_password_reset(ctx, HANAKO_EMAIL, *HANAKO_BIRTH)
        clock.advance(minutes=1)
    assert len(outbox(ctx, "reset_not_open")) == 3
    assert [r.result for r in audit_rows(ctx, "reset_key_requested")][-2:] == ["rate_limited", "rate_limited"]
    clock.advance(minutes=30)
    recovery.request_password_reset(ctx, HANAKO_EMAIL, *HANAKO_BIRTH)
    assert len(outbox(ctx, "reset_not_open")) == 4


def test_E3_mail_goes_only_to_the_stored_address(ctx) -> None:  # type: ignore[no-untyped-def]
    """E3: the typed form (full-width, capitals) finds the account; the mail goes to the
    address on record, never to what was typed."""
    open_account(ctx)
    recovery.request_password_reset(ctx, "ＴＡＲＯ．Ｙａｍａｇａｔａ＠ＥＸＡＭＰＬＥ．ｊｐ", "１９８５", "０４", "１２")
    assert [m.recipient for m in outbox(ctx, "reset_key")] == [DEMO_EMAIL]


def test_K_open_key_cannot_complete_a_reset_and_reset_key_cannot_open(ctx) -> None:  # type: ignore[no-untyped-def]
    """A key has a purpose: an "open" key never completes a reset, a "reset" key never opens."""
    open_key = request_key(ctx, HANAKO_EMAIL, HANAKO_BIRTH)
    with pytest.raises(ValidationFailed) as info:
        recovery.complete_password_reset(ctx, HANAKO_EMAIL, open_key, NEW_PASSWORD, NEW_PASSWORD)
    assert info.value.codes() == {"auth_key.rejected"}
    opening.complete_password_registration(ctx, HANAKO_EMAIL, open_key, NEW_PASSWORD, NEW_PASSWORD)

    open_account(ctx)
    reset_key = request_reset_key(ctx)
    with pytest.raises(ValidationFailed) as info:
        opening.complete_password_registration(ctx, DEMO_EMAIL, reset_key, NEW_PASSWORD, NEW_PASSWORD)
    assert info.value.codes() == {"auth_key.rejected"}
    recovery.complete_password_reset(ctx, DEMO_EMAIL, reset_key, NEW_PASSWORD, NEW_PASSWORD)
    assert auth.login(ctx, DEMO_EMAIL, NEW_PASSWORD).ok


def test_K3_reset_key_valid_at_30_00_expired_at_30_01(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    key = request_reset_key(ctx)
    clock.advance(minutes=30, seconds=1)
    with pytest.raises(ValidationFailed) as info:
        recovery.complete_password_reset(ctx, DEMO_EMAIL, key, NEW_PASSWORD, NEW_PASSWORD)
    assert info.value.codes() == {"auth_key.rejected"}
    key = request_reset_key(ctx)
    clock.advance(minutes=30)
    recovery.complete_password_reset(ctx, DEMO_EMAIL, key, NEW_PASSWORD, NEW_PASSWORD)


def test_K4_reset_key_works_once_even_when_submitted_concurrently(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    key = request_reset_key(ctx)
    outcomes = race(lambda pw: recovery.complete_password_reset(ctx, DEMO_EMAIL, key, pw, pw))
    assert sorted(outcomes) == ["ok", "rejected", "rejected", "rejected"]
    assert len(outbox(ctx, "password_reset")) == 1


def test_K5_five_wrong_tries_void_the_reset_key(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    key = request_reset_key(ctx)
    wrong = f"{(int(key) + 1) % 10**8:08d}"
    for _ in range(ctx.settings.key_max_wrong_tries):
        with pytest.raises(ValidationFailed):
            recovery.complete_password_reset(ctx, DEMO_EMAIL, wrong, NEW_PASSWORD, NEW_PASSWORD)
    with pytest.raises(ValidationFailed) as info:
        recovery.complete_password_reset(ctx, DEMO_EMAIL, key, NEW_PASSWORD, NEW_PASSWORD)
    assert info.value.codes() == {"auth_key.rejected"}


def test_K5_reset_requests_per_address_fourth_sends_no_mail(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    """K5: at most 3 keys per address per 30 min (open and reset together), unchanged screen."""
    open_account(ctx)  # one key already issued for the opening
    for _ in range(2):
        request_reset_key(ctx)
        clock.advance(minutes=1)
    before = len(outbox(ctx))
    assert recovery.request_password_reset(ctx, DEMO_EMAIL, *DEMO_BIRTH).key_validity_minutes == 30
    assert len(outbox(ctx)) == before
    assert audit_rows(ctx, "reset_key_requested")[-1].result == "rate_limited"
    clock.advance(minutes=30)
    request_reset_key(ctx)
    assert len(outbox(ctx)) == before + 1


def test_K5_per_pc_limit_counts_every_request_from_that_pc(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    """K5: one PC gets at most N key requests an hour, matched or not, open and reset alike;
    another PC is not affected, and the screen is unchanged at the limit."""
    open_account(ctx)  # one "open" request from this PC
    ctx.settings = dataclasses.replace(ctx.settings, key_requests_per_terminal_per_hour=3)
    recovery.request_password_reset(ctx, "nobody1@example.jp", *DEMO_BIRTH)
    recovery.request_password_reset(ctx, "nobody2@example.jp", *DEMO_BIRTH)
    before = len(outbox(ctx))
    answer = recovery.request_password_reset(ctx, DEMO_EMAIL, *DEMO_BIRTH)
    assert answer.key_validity_minutes == 30 and len(outbox(ctx)) == before
    assert audit_rows(ctx, "reset_key_requested")[-1].result == "terminal_limited"
    with pytest.raises(ValidationFailed):  # the opening wizard's request is counted the same way
        opening.request_password_registration(ctx, HANAKO_EMAIL, *HANAKO_BIRTH, None)
    kiosk_2 = other_pc(ctx, "kiosk-2")
    request_reset_key(kiosk_2)
    assert len(outbox(ctx)) == before + 1
    clock.advance(hours=1)
    request_reset_key(ctx)
    assert len(outbox(ctx)) == before + 2


def test_C3_C4_reset_password_rules_without_burning_the_key(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    key = request_reset_key(ctx)
    cases = (("Ab#4567", "password.too_short"), ("Passw0rd!", "password.common"),
             ("taro19850412!", "password.personal"), ("NoDigits#here", "password.missing_digit"))
    for password, code in cases:
        with pytest.raises(ValidationFailed) as info:
            recovery.complete_password_reset(ctx, DEMO_EMAIL, key, password, password)
        assert info.value.codes() == {code}
    with pytest.raises(ValidationFailed) as info:
        recovery.complete_password_reset(ctx, DEMO_EMAIL, key, NEW_PASSWORD, NEW_PASSWORD + "x")
    assert info.value.codes() == {"password.mismatch"}
    recovery.complete_password_reset(ctx, DEMO_EMAIL, key, NEW_PASSWORD, NEW_PASSWORD)


def test_L1_reset_works_while_locked_and_lifts_the_lock(ctx, clock) -> None:  # type: ignore[no-untyped-def]
    """L1: a key reset still works while the account is locked, and success clears the lock."""
    open_account(ctx)
    for _ in range(ctx.settings.login_lock_failures):
        auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1")
        clock.advance(seconds=31)
    assert auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD).retry_after_seconds > 0  # locked
    key = request_reset_key(ctx)
    recovery.complete_password_reset(ctx, DEMO_EMAIL, key, NEW_PASSWORD, NEW_PASSWORD)
    assert auth.login(ctx, DEMO_EMAIL, NEW_PASSWORD).ok


def test_S1_old_session_refused_after_password_reset(ctx, facade) -> None:  # type: ignore[no-untyped-def]
    """S1/S4: completing a reset ends every session of the account; an old token is refused
    by every service call and the UI's check says why."""
    open_account(ctx)
    token = login_token(ctx)
    recovery.complete_password_reset(ctx, DEMO_EMAIL, request_reset_key(ctx), NEW_PASSWORD, NEW_PASSWORD)
    for call in (lambda: auth.my_profile(ctx, token), lambda: seeker_jobs.kept_jobs(ctx, token),
                 lambda: seeker_jobs.saved_searches(ctx, token), lambda: sessions.touch(ctx, token),
                 lambda: facade.my_profile(token), lambda: facade.touch_session(token),
                 lambda: recovery.change_password(ctx, token, NEW_PASSWORD, "Other#Pass9", "Other#Pass9")):
        with pytest.raises(SessionInvalid):
            call()
    status = facade.session_status(token)
    assert not status.active and status.end_reason == "password_reset"
    assert status.message_code == "session.password_reset"


def test_A4_reset_is_audited_without_personal_data(ctx) -> None:  # type: ignore[no-untyped-def]
    open_account(ctx)
    recovery.request_password_reset(ctx, "nobody@example.jp", *DEMO_BIRTH)
    recovery.complete_password_reset(ctx, DEMO_EMAIL, request_reset_key(ctx), NEW_PASSWORD, NEW_PASSWORD)
    rows = [(r.action, r.result) for r in audit_rows(ctx) if r.action in ("reset_key_requested", "password_reset")]
    assert rows == [("reset_key_requested", "no_match"), ("reset_key_requested", "issued"), ("password_reset", "ok")]
    for row in audit_rows(ctx):
        values = " ".join(str(v) for v in (row.actor_type, row.action, row.target_type, row.terminal, row.result))
        assert "@" not in values and "1985" not in values


def test_D4_fifty_kiosks_never_exceed_the_per_address_key_limit(settings, ctx) -> None:  # type: ignore[no-untyped-def]
    """D4: 50 PCs (threads, each with its own terminal id and database sessions) ask for a
    key for one address at the same moment: no more than 3 keys are issued or mailed (the
    account row is locked with SELECT … FOR UPDATE on PostgreSQL; SQLite serialises
    writers with BEGIN IMMEDIATE)."""
    from mypage_desktop.db.engine import create_db_engine
    from mypage_desktop.facade.local.backend import build_context

    open_account(ctx)
    with ctx.session_factory.begin() as session:  # the opening's key does not count here
        for request in session.scalars(select(RegistrationRequest)):
            request.created_at = request.created_at.replace(year=2025)
    engine = create_db_engine(settings.database_url, pool_size=20, max_overflow=0, pool_timeout=120)
    kiosks = []
    for i in range(50):
        kiosk = build_context(settings, engine, ctx.clock, ctx.hasher)
        kiosks.append(dataclasses.replace(kiosk, caller=Caller(f"kiosk-{i:02d}", KIOSK)))
    barrier = threading.Barrier(len(kiosks))
    errors: list[BaseException] = []

    def ask(kiosk) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            recovery.request_password_reset(kiosk, DEMO_EMAIL, *DEMO_BIRTH)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(k,)) for k in kiosks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    engine.dispose()
    assert errors == []
    assert len(outbox(ctx, "reset_key")) == ctx.settings.key_requests_per_30_minutes
    results = [r.result for r in audit_rows(ctx, "reset_key_requested")]
    assert results.count("issued") == 3 and results.count("rate_limited") == 47
    with ctx.session_factory() as session:
        live = session.scalars(select(RegistrationRequest).where(
            RegistrationRequest.purpose == "reset", RegistrationRequest.voided_at.is_(None))).all()
    assert len(live) == 1  # a new key voids older ones: one active key
