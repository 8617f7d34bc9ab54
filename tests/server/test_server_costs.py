"""What ``bench/run office`` found and the server now does about it (issue 10): big answers
travel compact, the password hashes wait for the other calls, the database clock is not a
query per use. Structure only: no timing is asserted."""

from __future__ import annotations

import os
import random
import sys
import threading

import msgspec
import pytest

from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.demo.jobs import bulk_load
from mypage_desktop.domain.job_dto import JobIdSnapshot
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.facade.remote import wire
from mypage_desktop.services.context import database_clock
from mypage_desktop.services.hashing import HASH_NICE, BoundedHasher
from server_helpers import enrol, give_ca, remote_backend
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account


def newest_first(count: int) -> tuple[int, ...]:
    """Ids in the order of a NEWEST snapshot: by a random received day, then id, both descending."""
    rng = random.Random(1)
    days = [(rng.randrange(90), job_id) for job_id in range(1, count + 1)]
    return tuple(job_id for _day, job_id in sorted(days, reverse=True))


@pytest.mark.parametrize("ids", [(), (7,), (5, 4, 3), (1, 900_000, 2), newest_first(100_000)],
                         ids=["empty", "one", "descending", "jumps", "100k newest"])
def test_an_id_snapshot_comes_back_exactly(ids: tuple[int, ...]) -> None:
    spec = wire.spec_for(wire.SEEKER_DOOR, "search_job_ids")
    assert spec is not None
    snapshot = JobIdSnapshot(ids, SortOrder.WAGE, capped=bool(ids))
    assert wire.decode_result(spec, wire.encode_result(snapshot)) == snapshot


def test_a_big_snapshot_is_smaller_than_its_ids_as_json() -> None:
    snapshot = JobIdSnapshot(newest_first(100_000), SortOrder.NEWEST, capped=True)
    assert len(wire.encode_result(snapshot)) < 0.75 * len(msgspec.json.encode(snapshot))


@pytest.mark.parametrize("settings", ["sqlite"], indirect=True)
def test_a_big_answer_is_gzip_compressed_for_a_pc_that_accepts_it(backend, office_ca) -> None:  # type: ignore[no-untyped-def]
    ctx = backend.context
    give_ca(ctx, office_ca)
    bulk_load(ctx.session_factory, 20_000, 1, ctx.clock().date(), now=ctx.clock())
    open_account(ctx)
    _uid, device_token = enrol(ctx)
    remote, client = remote_backend(ctx, device_token)
    try:
        token = remote.facade.login(DEMO_EMAIL, GOOD_PASSWORD).token
        spec = wire.spec_for(wire.SEEKER_DOOR, "search_job_ids")
        assert spec is not None and token
        body = wire.encode_call(spec, (token, JobConditions(), SortOrder.NEWEST), {})
        headers = {wire.DEVICE_HEADER: f"Bearer {device_token}", "Content-Type": "application/json"}
        packed = client.post(spec.path, content=body, headers=headers)
        plain = client.post(spec.path, content=body, headers={**headers, "Accept-Encoding": "identity"})
        assert packed.headers["content-encoding"] == "gzip" and "content-encoding" not in plain.headers
        assert packed.num_bytes_downloaded < plain.num_bytes_downloaded / 2
        assert packed.content == plain.content  # httpx decompresses by itself
        assert remote.facade.search_job_ids(token, JobConditions(), SortOrder.NEWEST).total > 5_000
        small = client.post(wire.spec_for(wire.SEEKER_DOOR, "unread_counts").path,  # type: ignore[union-attr]
                            content=msgspec.json.encode({"token": token}), headers=headers)
        assert small.status_code == 200 and "content-encoding" not in small.headers
    finally:
        client.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread priorities are Linux's")
def test_the_server_hashes_on_its_own_lower_priority_threads() -> None:
    hasher = BoundedHasher(2, 19456, 1, workers=1, queue=0)
    stored = hasher.hash(GOOD_PASSWORD)
    seen: list[tuple[int, int]] = []

    def where() -> bool:
        tid = threading.get_native_id()
        seen.append((tid, os.getpriority(os.PRIO_PROCESS, tid)))
        return True

    assert hasher._bounded(where) and hasher.verify(stored, GOOD_PASSWORD)  # noqa: SLF001
    (tid, nice), = seen
    assert tid != threading.get_native_id() and nice == HASH_NICE
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) != HASH_NICE  # the caller's stays


def test_the_database_clock_asks_the_database_once_a_minute(pg_url: str) -> None:
    from sqlalchemy import event

    engine = create_db_engine(pg_url)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    try:
        clock = database_clock(make_session_factory(engine))
        readings = [clock() for _ in range(50)]
        with engine.connect() as connection:
            server_now = connection.exec_driver_sql("SELECT now()").scalar_one()
    finally:
        engine.dispose()
    assert readings == sorted(readings) and abs((server_now - readings[-1]).total_seconds()) < 5
    assert sum("now()" in s.lower() for s in statements) == 2  # one for the 50 readings, one here


def test_a_pc_opens_its_tls_context_without_loading_cryptography_or_httpx(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The remote back end needs only ``ssl`` and ``http.client``; ``cryptography`` (~9 MB) is for
    making keys, and httpx (~5 MB with its helpers) is for the tests' in-process server."""
    import subprocess

    from mypage_desktop import pki

    ca_cert, ca_key = pki.create_ca("mypage test office CA")
    key, csr = pki.make_device_request("pc")
    cert, _serial = pki.sign_device_request(ca_cert, ca_key, csr.decode(), "pc")
    for name, data in {"ca.pem": ca_cert, "pc.pem": cert.encode(), "pc-key.pem": key}.items():
        pki.write_private(tmp_path / name, data)
    code = ("import sys; from pathlib import Path; from mypage_desktop.config import Settings; "
            "from mypage_desktop.facade.remote.client import make_transport; "
            f"d = Path({str(tmp_path)!r}); "
            "make_transport(Settings(server_url='https://127.0.0.1:1', server_ca_file=str(d / 'ca.pem'), "
            "device_cert_file=str(d / 'pc.pem'), device_key_file=str(d / 'pc-key.pem'))).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('cryptography', 'httpx', 'httpcore', "
            "'anyio')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"


def test_a_pc_lets_an_idle_connection_go_before_the_server_does() -> None:
    """Otherwise a call sent as the server closes the connection fails as "unreachable"."""
    from mypage_desktop.config import Settings
    from mypage_desktop.facade.remote.transport import KEEPALIVE_EXPIRY_SECONDS
    from mypage_desktop.server.main import _uvicorn_args

    args = _uvicorn_args(Settings(server_tls_cert_file="c.pem", server_tls_key_file="k.pem", server_ca_file="ca.pem"),
                         "mypage_desktop.server.asgi:api", 8443, 2, client_certs=True)
    server_seconds = float(args[args.index("--timeout-keep-alive") + 1])
    assert KEEPALIVE_EXPIRY_SECONDS <= server_seconds - 2
