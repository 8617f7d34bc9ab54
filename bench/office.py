"""The office server under load (issue 10): simulated kiosks against ``mypage-server run`` on
127.0.0.1 (uvicorn, 2 worker processes, mutual TLS, PostgreSQL, production argon2).

    bench/run office [--kiosks 50,200] [--postings 20000] [--ramp 60] [--think-scale 1]
                     [--sessions 1] [--burst 20] [--snapshot-ids 100000] [--quick] [--strict]

Set-up (bench/_office.py): a fresh database, ``--postings`` generated postings, one opened seeker
and one enrolled kiosk device per simulated kiosk (each kiosk its own device, certificate,
token and HTTPS transport through ``open_remote_backend``, as a kiosk PC has).

Each load level is an opening-hour ramp: kiosk *i* of *N* starts at *i/N × ramp* seconds and
runs ``--sessions`` sessions of login → search (first page, then the id snapshot as the search
page does) → a page of rows → a 求人票 → keep → unread counts + notices → logout, with a think
time of 1–5 s (× ``--think-scale``) between steps. Latencies are measured by the kiosk
(``RemoteConnection``, so TLS, JSON and the harness's own share of the 2 cores count) and,
as a cross-check, by the server itself (its access log). Server RSS is the sum over the
``mypage-server`` processes (not PostgreSQL), sampled every 0.25 s from /proc.

Then a burst: ``--burst`` kiosks log in at the same instant. Last, the wire size of a
``search_job_ids`` answer of ``--snapshot-ids`` ids, plain and compressed.

Targets (``--strict``: a miss exits 1): p95 < 100 ms for the first page and page calls at the
largest level; zero errors; burst login p95 < 1.5 s; server RSS within its bound; snapshot
answer ≤ 300 KB on the wire."""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from _common import environment_line, markdown_table, median, percentile, publish
from _office import PASSWORD, Device, Office, postgres_reachable
from _procs import RssSampler, machine_cpu, rss_kib

from mypage_desktop.config import Settings, load_settings
from mypage_desktop.domain.caller import KIOSK
from mypage_desktop.domain.jobs import Area, JobConditions, SortOrder, WageUnit

PAGE_TARGET_MS = 100.0
BURST_TARGET_S = 1.5
SNAPSHOT_TARGET_BYTES = 300_000
PAGED_OPS = ("search first page", "page (job_rows)")
OPS = ("login", "search first page", "search ids", "page (job_rows)", "detail", "keep", "unread_counts",
       "notices", "logout")
SERVER_CALL = {"login": "seeker.login", "search first page": "seeker.search_jobs", "search ids":
               "seeker.search_job_ids", "page (job_rows)": "seeker.job_rows", "detail": "seeker.job_detail",
               "keep": "seeker.set_job_kept", "unread_counts": "seeker.unread_counts", "notices": "seeker.notices",
               "logout": "seeker.logout"}
CONDITIONS = (JobConditions(free_words="介護"), JobConditions(free_words="事務"),
              JobConditions(free_words="データ入力"), JobConditions(free_words="介護 山形"),
              JobConditions(areas=(Area("宮城県"),), min_wage="200000", wage_unit=WageUnit.MONTHLY),
              JobConditions(free_words="事務", areas=(Area("山形県"), Area("宮城県")), categories=("一般",)),
              JobConditions(free_words="Excel", posted_within_days=30))
SLACK_MIB_PER_WORKER = 64  # threads, pools, buffers: the RSS bound's allowance beyond argon2


class SessionAborted(Exception):
    pass


@dataclass
class Recorder:
    samples: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)

    def call(self, op: str, function: Any, *args: Any) -> Any:
        started = time.perf_counter()
        try:
            result = function(*args)
        except Exception as exc:  # every failure is an error of this op, and ends the session
            self.errors[f"{op}: {type(exc).__name__}"] += 1
            raise SessionAborted() from exc
        self.samples.setdefault(op, []).append((time.perf_counter() - started) * 1000)
        return result


@dataclass
class Level:
    kiosks: int
    recorder: Recorder
    seconds: float
    peak_rss_mib: float
    server_cpu_s: float
    harness_cpu_s: float
    server_ms: dict[str, list[float]]
    unfinished: int
    machine_busy: float  # share of both cores busy during the level, whoever used them
    load_average: str


def think(rng: random.Random, scale: float, stop: threading.Event) -> None:
    stop.wait(rng.uniform(1.0, 5.0) * scale)


def kiosk_session(facade: Any, email: str, rng: random.Random, rec: Recorder, scale: float,
                  stop: threading.Event) -> None:
    result = rec.call("login", facade.login, email, PASSWORD)
    if not result.token:
        rec.errors[f"login: refused ({result.message})"] += 1
        return
    token = result.token
    try:
        think(rng, scale, stop)
        conditions = rng.choice(CONDITIONS)
        page = rec.call("search first page", facade.search_jobs, token, conditions, SortOrder.NEWEST)
        ids = [row.job_id for row in page.rows]
        if page.has_more:  # the search page asks for the snapshot at once (count, lazy paging)
            ids = list(rec.call("search ids", facade.search_job_ids, token, conditions, SortOrder.NEWEST).ids)
        think(rng, scale, stop)
        if len(ids) > 50:
            rec.call("page (job_rows)", facade.job_rows, token, ids[50:100])
            think(rng, scale, stop)
        if ids:
            job_id = rng.choice(ids[:100])
            rec.call("detail", facade.job_detail, token, job_id)
            think(rng, scale, stop)
            rec.call("keep", facade.set_job_kept, token, job_id, True)
            think(rng, scale, stop)
        rec.call("unread_counts", facade.unread_counts, token)
        rec.call("notices", facade.notices, token)
        think(rng, scale, stop)
    finally:
        rec.call("logout", facade.logout, token)


def run_level(office: Office, devices: list[Device], emails: list[str], count: int,
              args: argparse.Namespace) -> Level:
    from mypage_desktop.facade.remote.client import open_remote_backend

    print(f"level {count} kiosks: connecting …", file=sys.stderr, flush=True)
    backends = [open_remote_backend(device.settings(office)) for device in devices[:count]]
    rec, stop = Recorder(), threading.Event()
    office.clear_access_log()
    cpu_before, harness_before = office.server_cpu_seconds(), time.process_time()
    busy_before, total_before = machine_cpu()
    started = time.monotonic()

    def kiosk(index: int) -> None:
        rng = random.Random(1000 * count + index)
        stop.wait(args.ramp * index / count)
        for _ in range(args.sessions):
            if stop.is_set():
                return
            try:
                kiosk_session(backends[index].facade, emails[index], rng, rec, args.think_scale, stop)
            except SessionAborted:
                pass

    assert office.server is not None
    with RssSampler(office.server.pid) as sampler:
        threads = [threading.Thread(target=kiosk, args=(i,), daemon=True) for i in range(count)]
        for thread in threads:
            thread.start()
        deadline = started + args.ramp + args.sessions * 60 * max(args.think_scale, 0.1) + 120
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        stop.set()  # bounded in time: whatever still runs stops thinking and ends its session
        unfinished = sum(thread.is_alive() for thread in threads)
        for thread in threads:
            thread.join(30)
    seconds = time.monotonic() - started
    busy_after, total_after = machine_cpu()
    with open("/proc/loadavg", encoding="ascii") as handle:
        load_average = " ".join(handle.read().split()[:3])
    for backend in backends:
        backend.close()
    time.sleep(0.5)  # the last access-log lines reach the file
    return Level(count, rec, seconds, sampler.peak_kib / 1024, office.server_cpu_seconds() - cpu_before,
                 time.process_time() - harness_before, office.access_ms(), unfinished,
                 (busy_after - busy_before) / max(total_after - total_before, 1), load_average)


@dataclass
class Burst:
    seconds: list[float] = field(default_factory=list)  # each login, press to answer
    errors: Counter[str] = field(default_factory=Counter)
    alone: list[float] = field(default_factory=list)  # logins one at a time, before the burst
    server_cores: float = float("nan")  # the server's CPU seconds per wall second during the burst
    machine_busy: float = float("nan")


def run_burst(office: Office, devices: list[Device], emails: list[str], size: int) -> Burst:
    """``size`` kiosks press ログイン at the same instant; also 5 logins one at a time first."""
    from mypage_desktop.facade.remote.client import open_remote_backend

    backends = [open_remote_backend(device.settings(office)) for device in devices[:size]]
    burst = Burst()
    for index in range(5):
        started = time.perf_counter()
        token = backends[0].facade.login(emails[index], PASSWORD).token
        burst.alone.append(time.perf_counter() - started)
        backends[0].facade.logout(token)
    time.sleep(1.0)
    rec, barrier = Recorder(), threading.Barrier(size)
    tokens: dict[int, str] = {}  # a session works only from the device that opened it

    def press(index: int) -> None:
        barrier.wait()
        try:
            result = rec.call("login", backends[index].facade.login, emails[index], PASSWORD)
        except SessionAborted:
            return
        if result.token:
            tokens[index] = result.token
        else:
            rec.errors[f"login: refused ({result.message})"] += 1

    threads = [threading.Thread(target=press, args=(i,)) for i in range(size)]
    cpu_before, (busy_before, total_before), started = office.server_cpu_seconds(), machine_cpu(), time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    busy_after, total_after = machine_cpu()
    burst.server_cores = (office.server_cpu_seconds() - cpu_before) / (time.monotonic() - started)
    burst.machine_busy = (busy_after - busy_before) / max(total_after - total_before, 1)
    for index, token in tokens.items():
        backends[index].facade.logout(token)
    for backend in backends:
        backend.close()
    burst.seconds, burst.errors = [ms / 1000 for ms in rec.samples.get("login", [])], rec.errors
    return burst


def hash_cpu_seconds() -> tuple[float, float]:
    """CPU seconds of one production argon2 verify in this process (median of 3): the server's
    check (``BoundedHasher``: libsodium) and argon2-cffi's, run on the calling thread."""
    from mypage_desktop.services.hashing import BoundedHasher, Hasher

    server, plain = BoundedHasher(workers=1, queue=0), Hasher()
    stored = plain.hash(PASSWORD)

    def cpu(check: Callable[[str, str], bool]) -> float:
        times = []
        for _ in range(3):
            started = time.process_time()
            check(stored, PASSWORD)
            times.append(time.process_time() - started)
        return median(times)

    return cpu(server._matches), cpu(plain._matches)


def fmt_ms(values: list[float], pct: float) -> str:
    return f"{percentile(values, pct):.1f}" if values else "–"


def level_table(level: Level) -> str:
    rows = []
    for op in OPS:
        mine, server = level.recorder.samples.get(op, []), level.server_ms.get(SERVER_CALL[op], [])
        errors = sum(n for key, n in level.recorder.errors.items() if key.startswith(op + ":"))
        rows.append([op, len(mine), fmt_ms(mine, 50), fmt_ms(mine, 95), fmt_ms(mine, 100), fmt_ms(server, 50),
                     fmt_ms(server, 95), errors])
    return markdown_table(["call", "n", "p50 ms", "p95 ms", "max ms", "server p50 ms", "server p95 ms", "errors"],
                          rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kiosks", default="50,200", help="load levels, comma-separated")
    parser.add_argument("--postings", type=int, default=20_000)
    parser.add_argument("--ramp", type=float, default=60.0, help="seconds over which the kiosks arrive")
    parser.add_argument("--think-scale", type=float, default=1.0, help="× the 1–5 s think time")
    parser.add_argument("--sessions", type=int, default=1,
                        help="sessions per kiosk and level (the next seeker sits down at once)")
    parser.add_argument("--burst", type=int, default=20, help="kiosks logging in at the same instant (0: none)")
    parser.add_argument("--snapshot-ids", type=int, default=100_000, help="snapshot size for the wire check (0: none)")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--hash-workers", type=int, default=None,
                        help="argon2 computations at once per worker process (server_hash_workers)")
    parser.add_argument("--quick", action="store_true", help="ramp 10 s, think × 0.2, 1 session: a smoke run")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if args.quick:
        args.ramp, args.think_scale, args.sessions = 10.0, 0.2, 1
    levels = [int(n) for n in args.kiosks.split(",") if n.strip()]
    if not postgres_reachable():
        publish("office", "## Office server load\n\nnot measured: PostgreSQL is not reachable on 127.0.0.1:5432\n")
        return 1 if args.strict else 0
    from wire_size import measure_snapshot

    most = max(levels + [args.burst])
    hash_cpu = hash_cpu_seconds()
    extra = {} if args.hash_workers is None else {"MYPAGE_SERVER_HASH_WORKERS": str(args.hash_workers)}
    with Office(workers=args.workers, extra_env=extra) as office:
        print(f"set-up: {args.postings:,} postings, {most} seekers and kiosk devices …", file=sys.stderr, flush=True)
        load_seconds = office.add_postings(args.postings)
        emails = office.add_seekers(most)
        devices = office.enrol(most, KIOSK)
        office.vacuum_analyze()
        office.start_server(devices[0])
        time.sleep(2.0)
        idle_kib = sum(rss_kib(pid) for pid in office.server_pids())
        results = [run_level(office, devices, emails, n, args) for n in levels]
        burst = run_burst(office, devices, emails, args.burst) if args.burst else Burst()
        snapshot = measure_snapshot(office, devices[0], emails[0], args.snapshot_ids) if args.snapshot_ids else None
        server_settings = load_settings(env=office.server_env())
        tail = office.stop_server()
    return report(args, results, burst, snapshot, idle_kib / 1024, hash_cpu, load_seconds,
                  server_settings, tail)


def report(args: argparse.Namespace, results: list[Level], burst: Burst, snapshot: Any, idle_mib: float,
           hash_cpu: tuple[float, float], load_seconds: float, server: Settings, tail: str) -> int:
    import math
    import os

    missed: list[str] = []
    hash_mib = server.argon2_memory_kib / 1024
    bound = idle_mib + args.workers * (server.server_hash_workers * hash_mib + SLACK_MIB_PER_WORKER)
    lines = [f"## Office server load: {', '.join(str(r.kiosks) for r in results)} kiosks\n",
             f"{environment_line()}. Server: `mypage-server run --workers {args.workers}` on 127.0.0.1, mutual "
             f"TLS, PostgreSQL; argon2id t={server.argon2_time_cost}, m={hash_mib:.0f} MiB, "
             f"p={server.argon2_parallelism}; server_hash_workers={server.server_hash_workers}, "
             f"server_hash_queue={server.server_hash_queue} per process. {args.postings:,} postings "
             f"(loaded in {load_seconds:.0f} s). Each kiosk its own enrolled device and HTTPS transport; ramp "
             f"{args.ramp:.0f} s, think {args.think_scale:g} × 1–5 s, {args.sessions} session(s) per kiosk. "
             f"The harness shares the 2 cores with the server and PostgreSQL.\n"]
    for level in results:
        errors = sum(level.recorder.errors.values())
        lines.append(f"### {level.kiosks} kiosks ({level.seconds:.0f} s, server CPU {level.server_cpu_s:.1f} s, "
                     f"harness CPU {level.harness_cpu_s:.1f} s, machine busy {level.machine_busy:.0%}, load "
                     f"average at the end {level.load_average}, peak server RSS {level.peak_rss_mib:.0f} MiB)\n")
        lines.append(level_table(level) + "\n")
        if level.recorder.errors:
            lines.append("Errors: " + ", ".join(f"{k} × {n}" for k, n in level.recorder.errors.most_common()) + "\n")
        if level.unfinished:
            lines.append(f"{level.unfinished} kiosk(s) had not finished at the time limit.\n")
        if errors or level.unfinished:
            missed.append(f"errors at {level.kiosks} kiosks")
    largest = max(results, key=lambda r: r.kiosks) if results else None
    verdicts = []
    if largest is not None:
        for op in PAGED_OPS:
            p95 = percentile(largest.recorder.samples.get(op, []), 95)
            ok = p95 < PAGE_TARGET_MS
            verdicts.append([f"{op} p95 at {largest.kiosks} kiosks", f"{p95:.1f} ms", f"< {PAGE_TARGET_MS:.0f} ms",
                             "PASS" if ok else "MISSED"])
            if not ok:
                missed.append(op)
        total_errors = sum(sum(r.recorder.errors.values()) + r.unfinished for r in results) + sum(burst.errors.values())
        verdicts.append(["errors (all levels and the burst)", str(total_errors), "0",
                         "PASS" if total_errors == 0 else "MISSED"])
        peak = max(r.peak_rss_mib for r in results)
        ok = peak <= bound
        verdicts.append(["peak server RSS (sum of its processes)", f"{peak:.0f} MiB", f"≤ {bound:.0f} MiB",
                         "PASS" if ok else "MISSED"])
        if not ok:
            missed.append("server RSS")
    if burst.seconds:
        p95 = percentile(burst.seconds, 95)
        ok = p95 < BURST_TARGET_S and len(burst.seconds) == args.burst
        verdicts.append([f"login p95, {args.burst} at once", f"{p95:.2f} s (p50 {median(burst.seconds):.2f}, max "
                         f"{max(burst.seconds):.2f}; one at a time p50 {median(burst.alone):.2f}; the server got "
                         f"{burst.server_cores:.2f} cores, machine busy {burst.machine_busy:.0%})",
                         f"< {BURST_TARGET_S} s", "PASS" if ok else "MISSED"])
        if not ok:
            missed.append("burst login p95")
    if snapshot is not None:
        ok = snapshot.wire_bytes <= SNAPSHOT_TARGET_BYTES
        verdicts.append([f"search_job_ids answer, {snapshot.ids:,} ids", f"{snapshot.wire_bytes:,} B on the wire "
                         f"({snapshot.plain_bytes:,} B plain)", f"≤ {SNAPSHOT_TARGET_BYTES:,} B",
                         "PASS" if ok else "MISSED"])
        if not ok:
            missed.append("snapshot size")
    lines.append("### Targets\n")
    lines.append(markdown_table(["measure", "value", "target", "verdict"], verdicts) + "\n")
    cores = os.cpu_count() or 1
    floor_cpu, argon2_cffi_cpu = hash_cpu
    floor = math.ceil(0.95 * args.burst) * floor_cpu / cores if args.burst else 0.0
    lines.append(f"Server RSS: {idle_mib:.0f} MiB idle after start; bound = idle + {args.workers} workers × "
                 f"({server.server_hash_workers} × {hash_mib:.0f} MiB argon2 + {SLACK_MIB_PER_WORKER} MiB). "
                 f"One production verify costs {floor_cpu * 1000:.0f} ms of CPU here on the server's path "
                 f"(argon2-cffi: {argon2_cffi_cpu * 1000:.0f} ms), so {args.burst} logins "
                 f"at once cannot reach their p95 before ≈ {floor:.2f} s on {cores} cores (CPU alone, "
                 f"nothing else running).\n")
    if snapshot is not None:
        lines.append(snapshot.table() + "\n")
    publish("office", "\n".join(lines))
    if "Traceback" in tail:
        print("server output:\n" + tail, file=sys.stderr)
    if missed:
        print(f"targets missed: {', '.join(missed)}", file=sys.stderr)
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
