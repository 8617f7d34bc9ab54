"""N5: every security counter is reserved before the secret is verified, so attempts released
at once (threads behind a barrier, on SQLite and PostgreSQL) get no more real checks than the
counters allow, and a right password does not win against a lock others committed meanwhile."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from mypage_desktop.db.account_models import RegistrationRequest
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.login import WAIT_FROM_FAILURE
from mypage_desktop.domain.staff_dto import SeekerQuery
from mypage_desktop.services.accounts import opening, recovery
from mypage_desktop.services.staff.console import find_seekers, start_password_reset
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, GOOD_PASSWORD, consent_at, open_account, request_key
from services.security_helpers import audit_rows, make_staff, reauthed
from services.throttle_helpers import CHECKS, CountingHasher, TickingClock, accepted, in_parallel, prepare, with_parts

PARALLEL = 24


@pytest.mark.parametrize("name", CHECKS)
def test_N5_parallel_wrong_passwords_get_no_more_checks_than_the_waits_allow(ctx, name) -> None:  # type: ignore[no-untyped-def]
    """The clock stands still: from the 3rd failure a wait starts, so only 3 of 24 attempts
    are checked against the real hash; the others against the dummy (same time, E2)."""
    check = prepare(name, ctx)
    hasher = CountingHasher()
    racer = with_parts(ctx, hasher=hasher)
    assert not any(in_parallel(PARALLEL, lambda i: check.attempt(racer, f"Wrong#{i}x9")))
    row = check.counter(ctx)
    assert row is not None and hasher.real == row.consecutive_failures == WAIT_FROM_FAILURE
    assert hasher.real + hasher.dummy == PARALLEL
    assert not check.attempt(racer, check.right)  # still waiting: refused without a real check
    assert hasher.real == WAIT_FROM_FAILURE


@pytest.mark.parametrize("name", CHECKS)
def test_N5_parallel_wrong_passwords_without_waits_get_at_most_the_lock_limit(ctx, name) -> None:  # type: ignore[no-untyped-def]
    """Every clock reading is 31 s on, so no wait holds an attempt back: only the lock after
    ``login_lock_failures`` does, and every real check was counted before it ran."""
    check = prepare(name, ctx)
    settings = dataclasses.replace(ctx.settings, login_lock_minutes=1440, idle_minutes_personal=120,
                                   staff_idle_minutes=120)
    hasher = CountingHasher()
    racer = with_parts(ctx, hasher=hasher, clock=TickingClock(ctx.clock()), settings=settings)
    assert not any(in_parallel(PARALLEL, lambda i: check.attempt(racer, f"Wrong#{i}x9")))
    row = check.counter(ctx)
    assert row is not None and 1 <= hasher.real == row.consecutive_failures <= settings.login_lock_failures


@pytest.mark.parametrize("name", CHECKS)
def test_N5_right_password_is_refused_while_locked_even_in_parallel(ctx, clock, name) -> None:  # type: ignore[no-untyped-def]
    check = prepare(name, ctx)
    for _ in range(ctx.settings.login_lock_failures):
        check.wrong_elsewhere(ctx)
        clock.advance(seconds=31)
    row = check.counter(ctx)
    assert row is not None and row.locked_until is not None and row.locked_until > clock()
    hasher = CountingHasher()
    racer = with_parts(ctx, hasher=hasher)
    assert not any(in_parallel(PARALLEL, lambda _i: check.attempt(racer, check.right)))
    assert hasher.real == 0


@pytest.mark.parametrize("name", CHECKS)
def test_N5_right_password_fails_when_others_locked_the_account_while_it_was_checked(ctx, clock, name) -> None:  # type: ignore[no-untyped-def]
    """The right password is being verified when wrong ones typed on another PC lock the
    account: the success is refused, and the lock stays."""
    check = prepare(name, ctx)

    def others_lock() -> None:
        while (row := check.counter(ctx)) is None or row.locked_until is None:
            check.wrong_elsewhere(ctx)
            clock.advance(seconds=31)

    hasher = CountingHasher()
    hasher.during_right_guess = others_lock
    assert not check.attempt(with_parts(ctx, hasher=hasher), check.right)
    assert hasher.during_right_guess is None  # the others did run meanwhile
    row = check.counter(ctx)
    assert row is not None and row.locked_until is not None and row.locked_until > clock()


def test_N5_parallel_key_requests_from_one_pc_process_at_most_the_per_pc_limit(ctx) -> None:  # type: ignore[no-untyped-def]
    """30 requests (open and reset, different addresses) from one PC at the same moment: at
    most ``key_requests_per_terminal_per_hour`` are processed, the rest are refused."""
    consent = consent_at(ctx.clock())

    def ask(i: int) -> bool:
        if i % 2:
            recovery.request_password_reset(ctx, f"nobody{i}@example.jp", *DEMO_BIRTH)
        else:
            opening.request_password_registration(ctx, f"nobody{i}@example.jp", *DEMO_BIRTH, consent)
        return True

    in_parallel(30, ask)
    rows = audit_rows(ctx, "key_requested") + audit_rows(ctx, "reset_key_requested")
    processed = [row for row in rows if row.result != "terminal_limited"]
    assert len(rows) == 30 and len(processed) == ctx.settings.key_requests_per_terminal_per_hour


def test_N5_parallel_wrong_keys_get_at_most_the_allowed_tries(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    wrong = f"{(int(key) + 1) % 10**8:08d}"
    hasher = CountingHasher()
    racer = with_parts(ctx, hasher=hasher)
    tries = 12

    def guess(_i: int) -> bool:
        return accepted(lambda: opening.complete_password_registration(racer, DEMO_EMAIL, wrong,
                                                                            GOOD_PASSWORD, GOOD_PASSWORD))

    assert not any(in_parallel(tries, guess))
    assert hasher.real == ctx.settings.key_max_wrong_tries and hasher.dummy == tries - hasher.real
    # The key is void: now the right one fails too.
    assert not accepted(lambda: opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD,
                                                                            GOOD_PASSWORD))


def test_N5_right_key_fails_when_wrong_tries_void_it_while_it_is_checked(ctx) -> None:  # type: ignore[no-untyped-def]
    key = request_key(ctx)
    wrong = f"{(int(key) + 1) % 10**8:08d}"

    def others_void() -> None:
        for _ in range(ctx.settings.key_max_wrong_tries):
            accepted(lambda: opening.complete_password_registration(ctx, DEMO_EMAIL, wrong, GOOD_PASSWORD,
                                                                         GOOD_PASSWORD))

    hasher = CountingHasher()
    hasher.during_right_guess = others_void
    racer = with_parts(ctx, hasher=hasher)
    assert not accepted(lambda: opening.complete_password_registration(racer, DEMO_EMAIL, key, GOOD_PASSWORD,
                                                                            GOOD_PASSWORD))
    assert hasher.during_right_guess is None
    with ctx.session_factory() as session:
        request = session.scalars(select(RegistrationRequest)).one()
    assert request.voided_at is not None and request.used_at is None
    assert request.wrong_tries == ctx.settings.key_max_wrong_tries


def test_N5_right_key_with_a_refused_password_gives_its_try_back(ctx) -> None:  # type: ignore[no-untyped-def]
    """A right key whose new password is refused (it contains the birthdate) does not use up a
    try: more refusals than there are tries, and the key still works."""
    key = request_key(ctx)
    for _ in range(ctx.settings.key_max_wrong_tries + 1):
        with pytest.raises(ValidationFailed) as info:
            opening.complete_password_registration(ctx, DEMO_EMAIL, key, "taro19850412!", "taro19850412!")
        assert info.value.codes() == {"password.personal"}
    opening.complete_password_registration(ctx, DEMO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)
    with ctx.session_factory() as session:
        request = session.scalars(select(RegistrationRequest)).one()
    assert request.used_at is not None and request.wrong_tries == 0


def test_N5_seeker_and_staff_reset_requests_in_parallel_keep_the_per_address_limit(ctx) -> None:  # type: ignore[no-untyped-def]
    """The seeker's 「パスワードを忘れた方」 and staff starting a reset at the counter, for one
    address at the same moment: no more reset keys than ``key_requests_per_30_minutes``."""
    open_account(ctx)
    with ctx.session_factory.begin() as session:  # the opening's key does not count here
        for request in session.scalars(select(RegistrationRequest)):
            request.created_at = request.created_at.replace(year=2025)
    _staff_id, token = make_staff(ctx)
    reauthed(ctx, token)
    seeker_id = find_seekers(ctx, token, SeekerQuery(email=DEMO_EMAIL))[0].seeker_id

    def ask(i: int) -> bool:
        if i % 2:
            recovery.request_password_reset(ctx, DEMO_EMAIL, *DEMO_BIRTH)
        else:
            start_password_reset(ctx, token, seeker_id, "運転免許証")
        return True

    in_parallel(16, ask)
    with ctx.session_factory() as session:
        keys = session.scalars(select(RegistrationRequest).where(RegistrationRequest.purpose == "reset")).all()
    assert len(keys) == ctx.settings.key_requests_per_30_minutes
