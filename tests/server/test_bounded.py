"""N7: password hashing on the server is bounded — a fixed number at once, a bounded queue, and
"busy, retry" beyond it — so a burst of logins cannot exhaust memory (64 MiB per hash with the
production parameters). Structure, not time: how many ran at once, how many waited, what every
caller got back."""

from __future__ import annotations

import threading
import time
from collections import Counter

import pytest

from mypage_desktop.domain.errors import ServerBusy
from mypage_desktop.services.hashing import BoundedHasher
from server_helpers import enrol, remote_backend


class CountingHasher(BoundedHasher):
    """Records the most argon2 computations that ran at the same moment."""

    def __init__(self, **bounds: int) -> None:
        super().__init__(1, 1024, 1, **bounds)
        self._lock = threading.Lock()
        self.running = 0
        self.most = 0
        self.release = threading.Event()
        self.release.set()

    def _bounded(self, work):  # type: ignore[no-untyped-def]
        def counted():  # type: ignore[no-untyped-def]
            with self._lock:
                self.running += 1
                self.most = max(self.most, self.running)
            try:
                self.release.wait(10)
                return work()
            finally:
                with self._lock:
                    self.running -= 1

        return super()._bounded(counted)


def test_N7_beyond_the_queue_a_caller_is_told_busy_at_once() -> None:
    hasher = CountingHasher(workers=1, queue=1)
    hasher.release.clear()  # hold the first computation so the others must wait or be refused
    outcomes: list[str] = []

    def attempt() -> None:
        try:
            hasher.verify(None, "Racer#1x9")
            outcomes.append("done")
        except ServerBusy:
            outcomes.append("busy")

    threads = [threading.Thread(target=attempt) for _ in range(5)]
    for thread in threads:
        thread.start()
    # One running (held), one queued: the other three are refused without waiting for them.
    deadline = time.monotonic() + 10
    while len(outcomes) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert outcomes == ["busy"] * 3
    hasher.release.set()
    for thread in threads:
        thread.join(10)
    assert Counter(outcomes) == {"busy": 3, "done": 2}
    assert hasher.most == 1


@pytest.mark.parametrize("settings", ["sqlite"], indirect=True)
def test_N7_200_parallel_logins_are_all_answered_and_hashing_stays_bounded(backend, office_ca) -> None:  # type: ignore[no-untyped-def]
    from server_helpers import give_ca

    ctx = backend.context
    give_ca(ctx, office_ca)
    hasher = CountingHasher(workers=2, queue=40)
    ctx.hasher = hasher
    _uid, token = enrol(ctx)
    remote, client = remote_backend(ctx, token)
    barrier = threading.Barrier(200)
    answers: list[str] = []
    lock = threading.Lock()

    def login(i: int) -> None:
        barrier.wait()
        try:
            result = remote.facade.login(f"nobody{i}@example.jp", "Wrong#Pass1")
            outcome = "answered" if result.token is None else "logged in?!"
        except ServerBusy:
            outcome = "busy"
        with lock:
            answers.append(outcome)

    threads = [threading.Thread(target=login, args=(i,)) for i in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert len(answers) == 200, "every request answered"
    assert set(answers) <= {"answered", "busy"}
    assert hasher.most <= 2
    client.close()
