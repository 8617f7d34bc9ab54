"""Bytes on the wire of a big ``search_job_ids`` answer (issue 10): the id snapshot of a search
that matches everything, grown to ``ids`` ids (postings are added until it is), fetched over
the real server with ``Accept-Encoding: identity`` (the plain JSON) and as the remote back end
asks for it (``Accept-Encoding: gzip``, as ``facade/remote/transport.py`` sends; measured here
with an httpx client, which counts the bytes on the wire). Part of ``bench/run office``."""

from __future__ import annotations

import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
from _common import markdown_table, median
from _office import PASSWORD, Device, Office

RUNS = 3


@dataclass(frozen=True)
class SnapshotSize:
    ids: int
    postings: int
    ids_json_bytes: int  # the snapshot as plain JSON ids (the answer before the compact form)
    plain_bytes: int
    plain_ms: float
    wire_bytes: int
    wire_encoding: str
    wire_ms: float
    backend_ms: float  # the whole call through RemoteConnection (decoding included)

    def table(self) -> str:
        rows = [["the ids as plain JSON (the answer before the compact form)", f"{self.ids_json_bytes:,}",
                 "identity", ""],
                ["Accept-Encoding: identity", f"{self.plain_bytes:,}", "identity", f"{self.plain_ms:.0f}"],
                ["the remote back end's request (Accept-Encoding: gzip)", f"{self.wire_bytes:,}",
                 self.wire_encoding or "identity", f"{self.wire_ms:.0f}"],
                ["RemoteConnection.call (decoded to JobIdSnapshot)", "", "", f"{self.backend_ms:.0f}"]]
        return (f"`search_job_ids` answer with {self.ids:,} ids ({self.postings:,} postings in the database; "
                f"median of {RUNS}):\n\n"
                + markdown_table(["request", "bytes on the wire", "Content-Encoding", "ms"], rows))


def _postings(office: Office) -> int:
    from sqlalchemy import func, select

    from mypage_desktop.db.job_models import JobPosting

    with office.ctx.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(JobPosting)) or 0)


def _httpx_client(settings: Any) -> Any:
    import httpx

    from mypage_desktop.tls import client_ssl_context

    context = client_ssl_context(Path(settings.server_ca_file), Path(settings.device_cert_file),
                                 Path(settings.device_key_file))
    return httpx.Client(base_url=settings.server_url, verify=context, timeout=60.0,
                        headers={"Accept-Encoding": "gzip"})  # what a PC's transport asks for


def measure_snapshot(office: Office, device: Device, email: str, wanted: int) -> SnapshotSize:
    from mypage_desktop.domain.jobs import JobConditions, SortOrder
    from mypage_desktop.facade.remote import wire
    from mypage_desktop.facade.remote.client import open_remote_backend

    backend = open_remote_backend(device.settings(office))
    facade = backend.facade
    everything = JobConditions()
    try:
        while True:
            token = facade.login(email, PASSWORD).token
            snapshot = facade.search_job_ids(token, everything, SortOrder.NEWEST)
            facade.logout(token)
            postings = _postings(office)
            if len(snapshot.ids) >= wanted or snapshot.capped:
                break
            share = max(len(snapshot.ids), 1) / max(postings, 1)  # open postings / all postings
            more = math.ceil((wanted - len(snapshot.ids)) / share * 1.05) + 1000
            print(f"wire size: {len(snapshot.ids):,} ids from {postings:,} postings; adding {more:,} …",
                  file=sys.stderr, flush=True)
            office.add_postings(more, seed=postings + 1)
            office.vacuum_analyze()
        token = facade.login(email, PASSWORD).token
        spec = wire.spec_for(wire.SEEKER_DOOR, "search_job_ids")
        assert spec is not None
        body = wire.encode_call(spec, (token, everything, SortOrder.NEWEST), {})
        client = _httpx_client(device.settings(office))  # it counts the bytes on the wire
        headers = {wire.DEVICE_HEADER: f"Bearer {(device.folder / 'device-token').read_text().strip()}",
                   "Content-Type": "application/json"}
        measured: dict[str, tuple[list[int], list[float], str]] = {}
        for label, extra in (("plain", {"Accept-Encoding": "identity"}), ("wire", {})):
            sizes, times, encoding = [], [], ""
            for _ in range(RUNS):
                started = time.perf_counter()
                response = client.post(spec.path, content=body, headers={**headers, **extra})
                response.read()
                times.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
                sizes.append(response.num_bytes_downloaded)
                encoding = response.headers.get("content-encoding", "")
            measured[label] = (sizes, times, encoding)
        client.close()
        backend_times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            snapshot = facade.search_job_ids(token, everything, SortOrder.NEWEST)
            backend_times.append((time.perf_counter() - started) * 1000)
        facade.logout(token)
    finally:
        backend.close()
    plain, compact = measured["plain"], measured["wire"]
    return SnapshotSize(len(snapshot.ids), postings, len(msgspec.json.encode(snapshot)), plain[0][0],
                        median(plain[1]), compact[0][0], compact[2],
                        median(compact[1]), median(backend_times))
