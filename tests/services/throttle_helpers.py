"""Shared parts of the N5 tests: a hasher that counts what it verifies, attempts released at
once, and the five password checks that share the login counters."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import Parameters, extract_parameters
from sqlalchemy import select

from mypage_desktop.db.account_models import LoginThrottle
from mypage_desktop.db.staff_models import StaffLoginThrottle
from mypage_desktop.domain.errors import SessionInvalid, ValidationFailed
from mypage_desktop.services.accounts import login as auth, recovery
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.hashing import Hasher
from mypage_desktop.services.staff.sign_in import (
    change_staff_password,
    login_digest,
    reauthenticate,
    staff_login,
)
from mypage_desktop.services.throttle import Counter
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account
from services.security_helpers import NEW_PASSWORD, STAFF_PASSWORD, login_token, make_staff

WRONG = "Wrong#Pass1"
STAFF_ID = "sato.k"


class CountingHasher(Hasher):
    """FAST_HASHER's parameters; counts verifications against a stored hash ("real") and
    against the dummy, with the argon2 parameters each used. ``during_right_guess`` runs
    once, while a right password is being verified (before the caller learns the result)."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_kib=1024, parallelism=1)
        self.real = 0
        self.dummy = 0
        self.parameters: list[Parameters] = []
        self.hashed: list[Parameters] = []
        self.during_right_guess: Callable[[], None] | None = None
        self._lock = threading.Lock()

    def verify(self, stored: str | None, secret: str) -> bool:
        with self._lock:
            if stored is None:
                self.dummy += 1
            else:
                self.real += 1
            self.parameters.append(extract_parameters(stored or self._dummy))
        result = super().verify(stored, secret)
        if result and self.during_right_guess is not None:
            hook, self.during_right_guess = self.during_right_guess, None
            hook()
        return result

    def hash(self, secret: str) -> str:
        stored = super().hash(secret)
        with self._lock:
            self.hashed.append(extract_parameters(stored))
        return stored


class TickingClock:
    """Every reading is 31 s after the previous one: the growing waits (at most 30 s) never
    hold an attempt back, so only the lock does."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            self.now += timedelta(seconds=31)
            return self.now


def in_parallel(count: int, attempt: Callable[[int], bool]) -> list[bool]:
    """Runs ``attempt(i)`` in ``count`` threads released at once by a barrier."""
    barrier = threading.Barrier(count)
    results: list[bool | BaseException] = [False] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = attempt(index)
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            results[index] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == [], errors
    return [bool(r) for r in results]


def accepted(call: Callable[[], object]) -> bool:
    """True if the password was accepted; a refusal in any form (result, message, ended
    session) is False."""
    try:
        outcome = call()
    except (ValidationFailed, SessionInvalid):
        return False
    ok = getattr(outcome, "ok", True)
    assert isinstance(ok, bool)
    return ok


@dataclass
class Check:
    """One password check guarded by the login counters, prepared on a context."""

    name: str
    attempt: Callable[[ServiceContext, str], bool]
    counter: Callable[[ServiceContext], Counter | None]
    # A wrong password typed elsewhere (another PC), counted on the same counters.
    wrong_elsewhere: Callable[[ServiceContext], object]
    right: str


def _seeker_row(ctx: ServiceContext) -> Counter | None:
    with ctx.session_factory() as session:
        return session.scalar(select(LoginThrottle).where(LoginThrottle.email_digest == auth.email_digest(DEMO_EMAIL)))


def _staff_row(ctx: ServiceContext) -> Counter | None:
    with ctx.session_factory() as session:
        return session.get(StaffLoginThrottle, login_digest(STAFF_ID))


CHECKS = ("login", "password_change", "staff_login", "staff_reauth", "staff_password_change")


def prepare(name: str, ctx: ServiceContext) -> Check:
    """Opens the demo seeker's My Page or creates a staff member, and returns the check."""
    if name in ("login", "password_change"):
        open_account(ctx)
        token = login_token(ctx) if name == "password_change" else ""

        def seeker(c: ServiceContext, password: str) -> bool:
            if name == "login":
                return accepted(lambda: auth.login(c, DEMO_EMAIL, password))
            return accepted(lambda: recovery.change_password(c, token, password, NEW_PASSWORD, NEW_PASSWORD))

        return Check(name, seeker, _seeker_row, lambda c: auth.login(c, DEMO_EMAIL, WRONG), GOOD_PASSWORD)
    _staff_id, token = make_staff(ctx, STAFF_ID)

    def staff(c: ServiceContext, password: str) -> bool:
        if name == "staff_login":
            return accepted(lambda: staff_login(c, STAFF_ID, password))
        if name == "staff_reauth":
            return accepted(lambda: reauthenticate(c, token, password))
        return accepted(lambda: change_staff_password(c, token, password, NEW_PASSWORD, NEW_PASSWORD))

    return Check(name, staff, _staff_row, lambda c: staff_login(c, STAFF_ID, WRONG), STAFF_PASSWORD)


def with_parts(ctx: ServiceContext, **parts: object) -> ServiceContext:
    """The same database and settings with another hasher, clock or settings."""
    return dataclasses.replace(ctx, **parts)  # type: ignore[arg-type]
