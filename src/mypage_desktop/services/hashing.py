"""argon2id for passwords and 認証キー (docs/security.md C1, C2, K2, E2)."""

from __future__ import annotations

import os
import secrets
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from typing import TypeVar

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from mypage_desktop.domain.errors import ServerBusy

T = TypeVar("T")
HASH_NICE = 10  # the server's argon2 threads: CPU left over by the calls that wait on a person


class Hasher:
    def __init__(self, time_cost: int = 3, memory_kib: int = 65536, parallelism: int = 4) -> None:
        self._ph = PasswordHasher(
            time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism, type=Type.ID
        )
        # Verified against when the account does not exist, so an unknown email costs the same
        # time as a wrong password (docs/security.md E2).
        self._dummy = self._ph.hash(secrets.token_urlsafe(16))

    def hash(self, secret: str) -> str:
        return self._ph.hash(secret)

    def verify(self, stored: str | None, secret: str) -> bool:
        return self._matches(stored or self._dummy, secret) and stored is not None

    def _matches(self, encoded: str, secret: str) -> bool:
        try:
            return self._ph.verify(encoded, secret)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._ph.check_needs_rehash(stored)


class BoundedHasher(Hasher):
    """The office server's hasher (docs/security.md, N7): at most ``workers`` argon2
    computations at once (64 MiB each with the production parameters) and at most ``queue``
    callers waiting for one; a caller beyond that gets :class:`ServerBusy` at once instead
    of a thread and memory of its own. Memory stays bounded whatever the burst.

    Verification computes the same argon2id with libsodium (PyNaCl, the ``server`` extra):
    its AVX2/AVX-512 code takes a third of the CPU time of argon2-cffi's, which is what a
    login burst on a 2-core server waits for (docs/security.md §argon2-on-the-server). Hashes
    are still made by argon2-cffi, so the stored form (``p=4``) does not change.

    The computations run on the hasher's own threads at a lower CPU priority (``nice``, where
    the OS has per-thread priorities: Linux): a login burst then takes the CPU the other calls
    leave, instead of taking it from them (``bench/run office``: with the hashes at the same
    priority, searches waited behind the logins of an opening-hour ramp)."""

    def __init__(self, time_cost: int = 3, memory_kib: int = 65536, parallelism: int = 4, *,
                 workers: int = 2, queue: int = 64, wait_seconds: float = 30.0, nice: int = HASH_NICE) -> None:
        super().__init__(time_cost, memory_kib, parallelism)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="argon2",
                                        initializer=_lower_priority, initargs=(nice,))
        self._admission = threading.BoundedSemaphore(workers + queue)
        self._wait_seconds = wait_seconds
        self._sodium_verify = _sodium_argon2id_verify()

    def _bounded(self, work: Callable[[], T]) -> T:
        if not self._admission.acquire(blocking=False):
            raise ServerBusy()
        try:
            future = self._pool.submit(work)
            try:
                return future.result(timeout=self._wait_seconds)
            except FutureTimeout:
                future.cancel()  # still queued: it never runs; running: it ends on its own
                raise ServerBusy() from None
        finally:
            self._admission.release()

    def hash(self, secret: str) -> str:
        return self._bounded(lambda: Hasher.hash(self, secret))

    def verify(self, stored: str | None, secret: str) -> bool:
        return self._bounded(lambda: Hasher.verify(self, stored, secret))

    def _matches(self, encoded: str, secret: str) -> bool:
        if (self._sodium_verify is None or not encoded.startswith(_ARGON2ID_PREFIX)
                or len(encoded) > _SODIUM_MAX_ENCODED):
            return super()._matches(encoded, secret)
        return self._sodium_verify(encoded, secret)


_ARGON2ID_PREFIX = "$argon2id$v=19$"
_SODIUM_MAX_ENCODED = 127  # crypto_pwhash_STRBYTES - 1; ours are ~97 (16-byte salt, 32-byte hash)


def _sodium_argon2id_verify() -> Callable[[str, str], bool] | None:
    """libsodium's argon2id check (``crypto_pwhash_argon2id_str_verify``), or None without
    PyNaCl. It reads the parameters from the stored string, ``p=4`` included (computing the
    lanes one after another), and releases the GIL while it runs."""
    try:
        from nacl.exceptions import InvalidkeyError
        from nacl.pwhash import argon2id
    except ImportError:
        return None

    def verify(encoded: str, secret: str) -> bool:
        try:
            return bool(argon2id.verify(encoded.encode("ascii"), secret.encode("utf-8")))
        except (InvalidkeyError, ValueError, UnicodeEncodeError):
            return False

    return verify


def _lower_priority(nice: int) -> None:
    """Lowers the priority of the calling thread only (Linux); elsewhere nothing changes."""
    setpriority = getattr(os, "setpriority", None)
    if setpriority is None or not sys.platform.startswith("linux"):
        return
    try:
        setpriority(os.PRIO_PROCESS, threading.get_native_id(), nice)
    except OSError:
        pass
