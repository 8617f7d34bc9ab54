"""求人情報検索 on a big SQLite database (issue #4, SPEC §7): first page (50 rows, newest first)
through ``services.job_search.first_page`` vs a naive ``LIKE '%…%'`` scan over the same four text
fields in the same run; also the id snapshot (``matching_ids``, cap 100,000) and the count.

    bench/run search [--count 1000000] [--runs 30] [--like-runs 30] [--strict]

The database is generated once (``job_generator.bulk_load``, fixed seed) as
bench/results/search-<count>.sqlite3 and reused while its row count matches. Runs of all
query types and both methods are shuffled together, after one warm-up pass, so noise spreads
evenly. Target: p95 < 100 ms for every first-page query type."""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from _common import RESULTS_DIR, markdown_table, median, percentile, publish
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.domain.jobs import Area, JobConditions, SortOrder, ValidConditions, WageUnit, validate_conditions
from mypage_desktop.services import job_search
from mypage_desktop.services.job_generator import bulk_load

TARGET_MS = 100.0
PAGE = 50
SNAPSHOT_CAP = 100_000
SEED = 1


@dataclass(frozen=True)
class Query:
    name: str
    conditions: JobConditions
    words: tuple[str, ...] = ()  # for the LIKE baseline; empty: no text condition


def queries(job_number: str) -> list[Query]:
    yamagata, miyagi = Area("山形県"), Area("宮城県")
    return [
        Query("2文字: 介護", JobConditions(free_words="介護"), ("介護",)),
        Query("2文字: 事務", JobConditions(free_words="事務"), ("事務",)),
        Query("2文字・まれ: 手話", JobConditions(free_words="手話"), ("手話",)),
        Query("2文字・該当なし: 鍼灸", JobConditions(free_words="鍼灸"), ("鍼灸",)),
        Query("3文字以上: 介護福祉士", JobConditions(free_words="介護福祉士"), ("介護福祉士",)),
        Query("3文字以上: データ入力", JobConditions(free_words="データ入力"), ("データ入力",)),
        Query("2語: 介護 山形", JobConditions(free_words="介護 山形"), ("介護", "山形")),
        Query("都道府県＋賃金: 山形県・月給20万円以上",
              JobConditions(areas=(yamagata,), min_wage="200000", wage_unit=WageUnit.MONTHLY)),
        Query("組合せ: 事務＋山形県・宮城県＋一般＋月給18万円以上＋30日以内",
              JobConditions(free_words="事務", areas=(yamagata, miyagi), categories=("一般",), min_wage="180000",
                            wage_unit=WageUnit.MONTHLY, posted_within_days=30), ("事務",)),
        Query(f"求人番号: {job_number}", JobConditions(job_number=job_number)),
    ]


def prepare(count: int) -> tuple[sessionmaker[Session], date, str]:
    path = RESULTS_DIR / f"search-{count}.sqlite3"
    meta_path = path.with_suffix(".json")
    engine = create_db_engine(f"sqlite:///{path}")
    meta: dict[str, Any] = json.loads(meta_path.read_text()) if meta_path.exists() and path.exists() else {}
    factory = make_session_factory(engine)
    if meta.get("count") == count:
        upgrade(engine)  # a database from an older revision gets its index rebuilt first
        with factory() as session:
            if session.scalar(select(func.count()).select_from(JobPosting)) == count:
                return factory, date.fromisoformat(meta["today"]), f"reused {path.name} ({meta['generated']})"
    engine.dispose()
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), meta_path):
        stale.unlink(missing_ok=True)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    factory = make_session_factory(engine)
    today = date.today()
    step = max(count // 20, 1)

    def progress(done: int, total: int) -> None:
        if done % step < 5000 or done == total:
            print(f"  generated {done:,} / {total:,}", file=sys.stderr, flush=True)

    print(f"generating {count:,} postings into {path} …", file=sys.stderr)
    report = bulk_load(factory, count, SEED, today, progress=progress)
    generated = (f"generated {count:,} rows in {report.seconds:.1f} s = {report.rows_per_second:,.0f} rows/s, "
                 f"{path.stat().st_size / 2**20:,.0f} MiB")
    meta_path.write_text(json.dumps({"count": count, "today": today.isoformat(), "generated": generated}))
    return factory, today, generated


def like_first_page(session: Session, valid: ValidConditions, words: tuple[str, ...], today: date) -> int:
    """The naive baseline: the same conditions, free words as LIKE over the four text fields."""
    clauses = job_search.filters("sqlite", replace(valid, phrases=()), today)
    place = JobPosting.prefecture + JobPosting.municipality
    for word in words:
        pattern = f"%{word}%"
        clauses.append(or_(JobPosting.occupation.like(pattern), JobPosting.description.like(pattern),
                           JobPosting.company_name.like(pattern), place.like(pattern)))
    query = job_search.ordered(select(*job_search.SUMMARY_COLUMNS).where(*clauses), SortOrder.NEWEST)
    return len(session.execute(query.limit(PAGE + 1)).all())


def timed(factory: sessionmaker[Session], action: Callable[[Session], object]) -> tuple[float, object]:
    with factory() as session:
        started = time.perf_counter()
        result = action(session)
        return (time.perf_counter() - started) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30, help="first-page runs per query type")
    parser.add_argument("--like-runs", type=int, default=30, help="LIKE baseline runs per query type")
    parser.add_argument("--snapshot-runs", type=int, default=5)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a query type misses the target")
    args = parser.parse_args()
    factory, today, generated = prepare(args.count)
    with factory() as session:
        job_number = session.scalar(select(JobPosting.job_number).where(JobPosting.id == (args.count + 1) // 2))
    items = queries(job_number or "06010-00000001")
    valid = {q.name: validate_conditions(q.conditions, today) for q in items}

    def fts(q: Query) -> Callable[[Session], object]:
        return lambda s: job_search.first_page(s, valid[q.name], SortOrder.NEWEST, today, PAGE)

    def like(q: Query) -> Callable[[Session], object]:
        return lambda s: like_first_page(s, valid[q.name], q.words, today)

    plan = [(q, "index") for q in items for _ in range(args.runs)]
    plan += [(q, "like") for q in items if q.words for _ in range(args.like_runs)]
    for q in items:  # warm-up, not recorded
        timed(factory, fts(q))
        if q.words:
            timed(factory, like(q))
    random.Random(7).shuffle(plan)
    samples: dict[tuple[str, str], list[float]] = {}
    for number, (q, method) in enumerate(plan, start=1):
        ms, _ = timed(factory, fts(q) if method == "index" else like(q))
        samples.setdefault((q.name, method), []).append(ms)
        if number % 100 == 0:
            print(f"  {number} / {len(plan)} runs", file=sys.stderr, flush=True)
    rows, missed = [], []
    for q in items:
        first = samples[(q.name, "index")]
        snapshot = [timed(factory, lambda s, q=q: job_search.matching_ids(
            s, valid[q.name], SortOrder.NEWEST, today, SNAPSHOT_CAP))[0] for _ in range(args.snapshot_runs)]
        counted = [timed(factory, lambda s, q=q: job_search.count_matching(s, valid[q.name], today))
                   for _ in range(args.snapshot_runs)]
        p95 = percentile(first, 95)
        if p95 >= TARGET_MS:
            missed.append(q.name)
        baseline = samples.get((q.name, "like"), [])
        ratio = f"{median(baseline) / median(first):,.1f}×" if baseline else "—"
        rows.append([q.name, f"{counted[0][1]:,}", f"{median(first):.1f}", f"{p95:.1f}",
                     f"{median(baseline):.1f}" if baseline else "—",
                     f"{percentile(baseline, 95):.1f}" if baseline else "—", ratio,
                     f"{median(snapshot):.1f}", f"{median([c[0] for c in counted]):.1f}",
                     "ok" if p95 < TARGET_MS else "**MISSED**"])
    header = ["query", "matches", "first page p50 ms", "p95 ms", "LIKE p50 ms", "LIKE p95 ms", "LIKE/index (p50)",
              f"id snapshot (cap {SNAPSHOT_CAP:,}) p50 ms", "count p50 ms", f"p95 < {TARGET_MS:.0f} ms"]
    import sqlite3

    text = (f"# Search benchmark: SQLite {sqlite3.sqlite_version}, {args.count:,} postings\n\n"
            f"Database: {generated}. Today = {today}. First page = {PAGE} rows, newest first; "
            f"{args.runs} runs per query type (LIKE: {args.like_runs}), shuffled, warm cache; "
            f"snapshot and count: median of {args.snapshot_runs}.\n\n"
            + markdown_table(header, rows) + "\n")
    (RESULTS_DIR / "search.md").write_text(text, encoding="utf-8")
    publish("search", text)
    if missed:
        print(f"target missed: {', '.join(missed)}", file=sys.stderr)
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
