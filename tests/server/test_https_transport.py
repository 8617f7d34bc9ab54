"""The PC's HTTPS transport (``facade/remote/transport.py``) against a real TLS server on
127.0.0.1: keep-alive reuse, expiry, a connection the server closed, gzip, refusals, timeouts,
the pool's bound under concurrent calls. (The whole remote back end over it, with mutual TLS
and the real application, is tests/server/test_real_server.py.)"""

from __future__ import annotations

import gzip
import http.server
import ssl
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mypage_desktop import pki
from mypage_desktop.facade.remote.transport import HttpsTransport, Unreachable
from mypage_desktop.tls import client_ssl_context


@dataclass
class Seen:
    requests: list[tuple[str, str, bytes]] = field(default_factory=list)
    open_now: int = 0
    most_open: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    hang: threading.Event = field(default_factory=threading.Event)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    seen: Seen

    def setup(self) -> None:
        super().setup()
        with self.seen.lock:
            self.seen.open_now += 1
            self.seen.most_open = max(self.seen.most_open, self.seen.open_now)

    def finish(self) -> None:
        with self.seen.lock:
            self.seen.open_now -= 1
        super().finish()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def _answer(self, body: bytes) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        sent = self.rfile.read(length) if length else b""
        with self.seen.lock:
            self.seen.requests.append((self.command, self.path, sent))
        if self.path == "/hang":
            self.seen.hang.wait(10)
            return
        headers = {"Content-Type": "application/json"}
        if self.path == "/gzip" and "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
        if self.path == "/close":
            headers["Connection"] = "close"
            self.close_connection = True
        self.send_response(404 if self.path == "/missing" else 200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(b'{"path": "%s"}' % self.path.encode())

    def do_POST(self) -> None:  # noqa: N802
        self._answer(b'{"posted": true}')


@dataclass
class Server:
    url: str
    context: ssl.SSLContext  # the PC's side: trusts the test CA only
    seen: Seen
    httpd: http.server.ThreadingHTTPServer

    def drop_idle_connections(self) -> None:
        """What a server does to keep-alive connections it no longer wants."""
        for sock in list(self.httpd.open_sockets):
            sock.shutdown(2)


class TrackingServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    open_sockets: set[ssl.SSLSocket]

    def process_request(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request) -> None:  # type: ignore[no-untyped-def]
        self.open_sockets.discard(request)
        super().shutdown_request(request)


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("https-transport")
    ca_cert, ca_key = pki.create_ca("mypage transport test CA")
    cert, key = pki.issue_server_certificate(ca_cert, ca_key, ["127.0.0.1"])
    for name, data in {"ca.pem": ca_cert, "server.pem": cert, "server-key.pem": key}.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture
def server(tls_files: Path) -> Iterator[Server]:
    seen = Seen()
    handler = type("BoundHandler", (Handler,), {"seen": seen})
    httpd = TrackingServer(("127.0.0.1", 0), handler)
    httpd.open_sockets = set()
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(tls_files / "server.pem", tls_files / "server-key.pem")
    httpd.socket = server_context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Server(f"https://127.0.0.1:{httpd.server_address[1]}", client_ssl_context(tls_files / "ca.pem"),
                     seen, httpd)
    finally:
        seen.hang.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


HEADERS = {"Content-Type": "application/json"}


def test_calls_share_one_kept_alive_connection(server: Server) -> None:
    transport = HttpsTransport(server.url, server.context, timeout=10)
    try:
        answers = [transport.request("POST", f"/api/{i}", b'{"n": %d}' % i, HEADERS) for i in range(3)]
        got = transport.request("GET", "/info", None, HEADERS)
    finally:
        transport.close()
    assert [(a.status, a.body) for a in answers] == [(200, b'{"posted": true}')] * 3
    assert (got.status, got.body) == (200, b'{"path": "/info"}')
    assert [(method, path) for method, path, _ in server.seen.requests] == [
        ("POST", "/api/0"), ("POST", "/api/1"), ("POST", "/api/2"), ("GET", "/info")]
    assert server.seen.requests[1][2] == b'{"n": 1}'
    assert transport.opened == 1


def test_a_path_under_the_servers_url_is_kept(server: Server) -> None:
    transport = HttpsTransport(server.url + "/mypage/", server.context, timeout=10)
    try:
        transport.request("GET", "/api/v1/info", None, HEADERS)
    finally:
        transport.close()
    assert server.seen.requests[0][1] == "/mypage/api/v1/info"


def test_a_gzip_answer_is_unpacked_and_an_error_status_is_an_answer(server: Server) -> None:
    transport = HttpsTransport(server.url, server.context, timeout=10)
    try:
        packed = transport.request("GET", "/gzip", None, HEADERS)
        missing = transport.request("GET", "/missing", None, HEADERS)
    finally:
        transport.close()
    assert packed.body == b'{"path": "/gzip"}'
    assert missing.status == 404 and transport.opened == 1


def test_a_connection_idle_past_the_expiry_is_not_reused(server: Server) -> None:
    now = [0.0]
    transport = HttpsTransport(server.url, server.context, timeout=10, keepalive_expiry=15.0, clock=lambda: now[0])
    try:
        transport.request("GET", "/a", None, HEADERS)
        now[0] = 14.0
        transport.request("GET", "/b", None, HEADERS)
        assert transport.opened == 1
        now[0] = 29.5
        transport.request("GET", "/c", None, HEADERS)
    finally:
        transport.close()
    assert transport.opened == 2


def test_a_connection_the_server_closed_is_dropped_before_the_call(server: Server) -> None:
    transport = HttpsTransport(server.url, server.context, timeout=10)
    try:
        transport.request("POST", "/first", b"{}", HEADERS)
        server.drop_idle_connections()
        answer = transport.request("POST", "/second", b"{}", HEADERS)
    finally:
        transport.close()
    assert answer.status == 200
    assert [path for _, path, _ in server.seen.requests] == ["/first", "/second"]  # each sent once
    assert transport.opened == 2


def test_connection_close_from_the_server_is_honoured(server: Server) -> None:
    transport = HttpsTransport(server.url, server.context, timeout=10)
    try:
        transport.request("GET", "/close", None, HEADERS)
        transport.request("GET", "/after", None, HEADERS)
    finally:
        transport.close()
    assert transport.opened == 2


def test_a_refused_connection_is_unreachable(server: Server) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    transport = HttpsTransport(f"https://127.0.0.1:{port}", server.context, timeout=10)
    with pytest.raises(Unreachable, match="ConnectionRefusedError"):
        transport.request("GET", "/", None, HEADERS)


def test_a_server_certificate_from_another_ca_is_unreachable(server: Server, tmp_path: Path) -> None:
    other_ca, _key = pki.create_ca("someone else's CA")
    (tmp_path / "other.pem").write_bytes(other_ca)
    transport = HttpsTransport(server.url, client_ssl_context(tmp_path / "other.pem"), timeout=10)
    with pytest.raises(Unreachable, match="SSLCertVerificationError"):
        transport.request("GET", "/", None, HEADERS)
    assert server.seen.requests == []


def test_a_server_that_does_not_answer_times_out_as_unreachable(server: Server) -> None:
    transport = HttpsTransport(server.url, server.context, timeout=0.3)
    try:
        with pytest.raises(Unreachable, match="TimeoutError"):
            transport.request("POST", "/hang", b"{}", HEADERS)
        server.seen.hang.set()
        assert transport.request("GET", "/after", None, HEADERS).status == 200  # a fresh connection
    finally:
        transport.close()
    assert transport.opened == 2


def test_concurrent_calls_stay_within_the_pool(server: Server) -> None:
    transport = HttpsTransport(server.url, server.context, timeout=30, pool_size=2)

    def caller(n: int) -> list[bytes]:
        return [transport.request("GET", f"/t{n}/{i}", None, HEADERS).body for i in range(5)]

    with ThreadPoolExecutor(8) as pool:  # a failed call raises here
        answers = list(pool.map(caller, range(8)))
    transport.close()
    assert answers == [[b'{"path": "/t%d/%d"}' % (n, i) for i in range(5)] for n in range(8)]
    assert len(server.seen.requests) == 40
    assert transport.opened <= 2 and server.seen.most_open <= 2


def test_a_closed_transport_and_a_plain_http_url_are_refused(server: Server) -> None:
    transport = HttpsTransport(server.url, server.context, timeout=10)
    transport.close()
    with pytest.raises(Unreachable):
        transport.request("GET", "/", None, HEADERS)
    with pytest.raises(ValueError, match="https://"):
        HttpsTransport("http://127.0.0.1:1", server.context, timeout=10)
