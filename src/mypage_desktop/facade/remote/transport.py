"""HTTPS from a PC to the office server with the standard library (``http.client`` over ``ssl``).

A kiosk used ``httpx`` for this. Its modules (httpx, httpcore, h11, anyio, idna) kept about
5 MiB of every kiosk's memory for what this file does: a few keep-alive connections, JSON
bodies, gzip answers (docs/tech-notes.md §kiosk-memory). The tests reach the real server
application in-process through an httpx transport of their own (tests/server_helpers.py); the
real server lane and the benchmarks go through this one.

Connections are kept for :data:`KEEPALIVE_EXPIRY_SECONDS` and dropped before reuse when the
server has closed them. A request is never sent twice: a login or a key request counted
twice by the server would be worse than a "try again" on the PC.
"""

from __future__ import annotations

import http.client
import select
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

# Idle connections are let go after 15 s, before the server drops them (20 s: server/main.py),
# so a call is never sent on a connection the server is just closing.
KEEPALIVE_EXPIRY_SECONDS = 15.0
POOL_SIZE = 4
CONNECT_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes  # decoded (no Content-Encoding left)


class Unreachable(Exception):
    """The server could not be asked or did not answer: refused or broken connection, timeout,
    TLS failure, a garbled answer. The message names the kind of failure, never a body."""


class Transport(Protocol):
    def request(self, method: str, path: str, body: bytes | None, headers: Mapping[str, str]) -> Answer: ...

    def close(self) -> None: ...


@dataclass
class _Idle:
    connection: http.client.HTTPSConnection
    since: float


class HttpsTransport:
    """Thread-safe: the UI calls from executor threads. At most ``pool_size`` connections are
    open; a call beyond them waits for one (up to ``timeout``)."""

    def __init__(self, base_url: str, context: ssl.SSLContext, timeout: float, *,
                 connect_timeout: float = CONNECT_TIMEOUT_SECONDS, pool_size: int = POOL_SIZE,
                 keepalive_expiry: float = KEEPALIVE_EXPIRY_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        parts = urlsplit(base_url)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError("the office server's URL must start with https:// and name a host")
        self._host, self._port = parts.hostname, parts.port or 443
        self._prefix = parts.path.rstrip("/")
        self._context = context
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        self._expiry = keepalive_expiry
        self._clock = clock
        self._idle: list[_Idle] = []
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(pool_size)
        self._closed = False
        self.opened = 0  # connections made so far (tests: reuse, expiry)

    def request(self, method: str, path: str, body: bytes | None, headers: Mapping[str, str]) -> Answer:
        if not self._slots.acquire(timeout=self._timeout):
            raise Unreachable("no free connection")
        try:
            connection = self._take()
            try:
                connection.request(method, self._prefix + path, body=body,
                                   headers={**headers, "Accept-Encoding": "gzip"})
                response = connection.getresponse()
                data = response.read()
                encoding = (response.getheader("Content-Encoding") or "").strip().lower()
                if encoding == "gzip":
                    data = zlib.decompress(data, wbits=zlib.MAX_WBITS | 16)
                elif encoding not in ("", "identity"):
                    raise Unreachable(f"unexpected Content-Encoding {encoding!r}")
            except (OSError, http.client.HTTPException, zlib.error) as exc:
                connection.close()
                raise Unreachable(type(exc).__name__) from exc
            except BaseException:
                connection.close()
                raise
            if response.will_close:
                connection.close()
            else:
                self._give_back(connection)
            return Answer(response.status, data)
        finally:
            self._slots.release()

    def _take(self) -> http.client.HTTPSConnection:
        now = self._clock()
        with self._lock:
            if self._closed:
                raise Unreachable("closed")
            while self._idle:
                idle = self._idle.pop()
                if now - idle.since < self._expiry and not _closed_by_peer(idle.connection):
                    return idle.connection
                idle.connection.close()
        connection = http.client.HTTPSConnection(self._host, self._port, timeout=self._connect_timeout,
                                                 context=self._context)
        try:
            connection.connect()
        except (OSError, http.client.HTTPException) as exc:
            connection.close()
            raise Unreachable(type(exc).__name__) from exc
        if connection.sock is not None:
            connection.sock.settimeout(self._timeout)
        self.opened += 1
        return connection

    def _give_back(self, connection: http.client.HTTPSConnection) -> None:
        with self._lock:
            if self._closed:
                connection.close()
            else:
                self._idle.append(_Idle(connection, self._clock()))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for entry in idle:
            entry.connection.close()


def _closed_by_peer(connection: http.client.HTTPSConnection) -> bool:
    """An idle keep-alive connection that is readable has been closed (or broken) by the server:
    it has nothing to say between requests."""
    sock = connection.sock
    if sock is None:
        return True
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)
