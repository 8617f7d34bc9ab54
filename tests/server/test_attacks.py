"""What an attacker at a kiosk ran into (issue 10), tried against the office server: many
parallel wrong logins for one address from many devices, many key requests from one device.
The counters hold (N5) whatever the number of devices, server threads or worker processes."""

from __future__ import annotations

import dataclasses

from mypage_desktop.domain.account_dto import Consent
from mypage_desktop.domain.caller import KIOSK
from server_helpers import enrol, give_ca, remote_backend
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, GOOD_PASSWORD, consent_at, open_account
from services.security_helpers import audit_rows
from services.throttle_helpers import CountingHasher, TickingClock, in_parallel

PARALLEL = 24


def test_N5_parallel_wrong_logins_from_many_kiosks_get_at_most_the_lock_limit(backend, office_ca) -> None:  # type: ignore[no-untyped-def]
    ctx = backend.context
    give_ca(ctx, office_ca)
    open_account(ctx)
    kiosks = [remote_backend(ctx, enrol(ctx, KIOSK, f"キオスク{i}")[1]) for i in range(4)]
    hasher = CountingHasher()
    # No growing wait holds an attempt back (every clock reading is 31 s on): only the lock.
    ctx.hasher, ctx.clock = hasher, TickingClock(ctx.clock())
    ctx.settings = dataclasses.replace(ctx.settings, login_lock_minutes=1440)
    logged_in = in_parallel(PARALLEL, lambda i: kiosks[i % 4][0].facade.login(DEMO_EMAIL, f"Wrong#{i}x9").token
                            is not None)
    assert not any(logged_in)
    assert 1 <= hasher.real <= ctx.settings.login_lock_failures
    # An attempt that meets a growing wait is refused unchecked and uncounted, so how many of
    # the burst count depends on timing: further wrong ones, one at a time, reach the lock.
    for attempt in range(100):
        if hasher.real >= ctx.settings.login_lock_failures:
            break
        assert kiosks[0][0].facade.login(DEMO_EMAIL, f"Wrong#{attempt}y9").token is None
    assert hasher.real == ctx.settings.login_lock_failures
    assert [r.result for r in audit_rows(ctx, "account_locked")] == ["failed"]
    # The right password now: refused while the lock holds, without a real check.
    checked = hasher.real
    assert kiosks[0][0].facade.login(DEMO_EMAIL, GOOD_PASSWORD).token is None
    assert hasher.real == checked
    for _remote, client in kiosks:
        client.close()


def test_N5_parallel_key_requests_from_one_kiosk_stop_at_its_limit(backend, office_ca) -> None:  # type: ignore[no-untyped-def]
    ctx = backend.context
    give_ca(ctx, office_ca)
    uid, token = enrol(ctx, KIOSK)
    kiosk, client = remote_backend(ctx, token)
    consent: Consent = consent_at(ctx.clock())

    def ask(i: int) -> bool:
        kiosk.facade.request_password_registration(f"nobody{i}@example.jp", *DEMO_BIRTH, consent)
        return True

    in_parallel(30, ask)
    rows = [r for r in audit_rows(ctx, "key_requested") if r.terminal == uid]
    processed = [r for r in rows if r.result != "terminal_limited"]
    assert len(rows) == 30 and len(processed) == ctx.settings.key_requests_per_terminal_per_hour
    # Another kiosk is not held back by this one's limit.
    _uid2, token2 = enrol(ctx, KIOSK, "キオスク2")
    other, client2 = remote_backend(ctx, token2)
    other.facade.request_password_registration(DEMO_EMAIL, *DEMO_BIRTH, consent)
    assert audit_rows(ctx, "key_requested")[-1].result == "issued"
    client.close()
    client2.close()
