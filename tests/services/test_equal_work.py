"""E2, E3: paths an attacker must not tell apart do the same work: one argon2 verification
(or hash) with the same parameters, and the same SQL statements. Asserted by structure, not
by wall time, so a busy machine cannot fail it; the timings are measured by
``bench/run timing`` (bench/README.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event, update

from mypage_desktop.db.account_models import LoginAccount
from mypage_desktop.db.staff_models import StaffAccount
from mypage_desktop.services.accounts import login as auth, opening
from mypage_desktop.services.staff.accounts import create_staff
from mypage_desktop.services.staff.sign_in import staff_login
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, consent_at, open_account
from services.security_helpers import HANAKO_EMAIL
from services.throttle_helpers import WRONG, CountingHasher, with_parts


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """The SQL text of every statement sent to the database meanwhile (parameters apart)."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def work_of(engine: Engine, hasher: CountingHasher, call: Callable[[], object]) -> tuple[int, int, list[str]]:
    """(real verifications, dummy verifications, statements) of one call."""
    real, dummy = hasher.real, hasher.dummy
    with statements(engine) as seen:
        call()
    return hasher.real - real, hasher.dummy - dummy, seen


def test_E2_unknown_email_does_the_same_work_as_a_wrong_password(ctx, backend, clock) -> None:  # type: ignore[no-untyped-def]
    """Known address with a wrong password, unknown address, registered but not opened, and a
    disabled account: each one argon2 verification with the same parameters, and the same
    statements (the counters work alike for all, N5)."""
    open_account(ctx)
    hasher = CountingHasher()
    c = with_parts(ctx, hasher=hasher)
    known = work_of(backend.engine, hasher, lambda: auth.login(c, DEMO_EMAIL, WRONG))
    unknown = work_of(backend.engine, hasher, lambda: auth.login(c, "nobody@example.jp", WRONG))
    unopened = work_of(backend.engine, hasher, lambda: auth.login(c, HANAKO_EMAIL, WRONG))
    with ctx.session_factory.begin() as session:
        session.execute(update(LoginAccount).where(LoginAccount.email == DEMO_EMAIL).values(disabled=True))
    clock.advance(seconds=1)  # its second failure: the same columns change as in the first
    disabled = work_of(backend.engine, hasher, lambda: auth.login(c, DEMO_EMAIL, WRONG))
    assert known[:2] == (1, 0) and unknown[:2] == unopened[:2] == disabled[:2] == (0, 1)
    assert known[2] == unknown[2] == unopened[2] == disabled[2] and len(known[2]) >= 4
    assert all(p == hasher.parameters[0] for p in hasher.parameters)  # the dummy is like a stored hash


def test_E2_unknown_staff_id_does_the_same_work_as_a_wrong_password(ctx, backend) -> None:  # type: ignore[no-untyped-def]
    create_staff(ctx, login_id="sato.k", display_name="佐藤 健", role="職員")
    create_staff(ctx, login_id="suzuki.a", display_name="鈴木 愛", role="職員")
    with ctx.session_factory.begin() as session:
        session.execute(update(StaffAccount).where(StaffAccount.login_id == "suzuki.a").values(disabled=True))
    hasher = CountingHasher()
    c = with_parts(ctx, hasher=hasher)
    known = work_of(backend.engine, hasher, lambda: staff_login(c, "sato.k", WRONG))
    unknown = work_of(backend.engine, hasher, lambda: staff_login(c, "nobody", WRONG))
    disabled = work_of(backend.engine, hasher, lambda: staff_login(c, "suzuki.a", WRONG))
    assert known[:2] == (1, 0) and unknown[:2] == disabled[:2] == (0, 1)
    assert known[2] == unknown[2] == disabled[2]
    assert all(p == hasher.parameters[0] for p in hasher.parameters)


def test_E3_key_request_hashes_once_before_any_statement_matched_or_not(ctx, backend) -> None:  # type: ignore[no-untyped-def]
    """Step 2 costs one argon2 hash (the key's) with the same parameters whether or not the
    pair matched, and it runs before the request's transaction starts (the write lock is not
    held for it). The database work differs (a match queues mail): small next to argon2."""
    hasher = CountingHasher()
    c = with_parts(ctx, hasher=hasher)
    before_hash: list[int] = []
    with statements(backend.engine) as seen:
        original = hasher.hash

        def hash_and_note(secret: str) -> str:
            before_hash.append(len(seen))
            return original(secret)

        hasher.hash = hash_and_note  # type: ignore[method-assign]
        start = len(seen)
        opening.request_password_registration(c, DEMO_EMAIL, *DEMO_BIRTH, consent_at(ctx.clock()))
        matched_from = start
        start = len(seen)
        opening.request_password_registration(c, "nobody@example.jp", *DEMO_BIRTH, consent_at(ctx.clock()))
    assert before_hash == [matched_from, start]
    assert len(hasher.hashed) == 2 and hasher.hashed[0] == hasher.hashed[1]
    assert (hasher.real, hasher.dummy) == (0, 0)
