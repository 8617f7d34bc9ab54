"""求人情報検索 on a big SQLite database (issues #4 and #14, docs/product-rules.md §performance-targets): the first page
(50 rows, newest first) through ``services.job_search.first_page`` as the planner picks it, next to each
plan forced (services/jobs/sqlite_plan.py: INDEX, WALK, WALK_SET), the planner and the walk as they
were before ``search_text`` (``…/fts``: FTS5 asked about every walked row), and a naive
``LIKE '%…%'`` scan over the same text fields, in the same run; also the estimate, the exact count and the id snapshot
(``matching_ids``, cap 100,000).

    bench/run search [--count 1000000] [--runs 30] [--like-runs 30] [--walk-runs 5] [--strict]

The database is generated once (``job_generator.bulk_load``, fixed seed) as
bench/results/search-<count>.sqlite3 and reused while its row count matches. Runs of all
query types and methods are shuffled together, after one warm-up pass, so noise spreads
evenly. Targets (issue 14): the planned first page's p95 within 1.2× of the faster of the
forced index plan and the LIKE scan, and < 20 ms; the first count the UI shows (the estimate
when there is more than a page) p95 < 50 ms; the exact count p50 < 100 ms."""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from typing import Any

from _common import RESULTS_DIR, markdown_table, median, percentile, publish
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.demo.jobs import BulkReport, bulk_load
from mypage_desktop.domain.jobs import Area, JobConditions, SortOrder, ValidConditions, WageUnit, validate_conditions
from mypage_desktop.services.jobs import search, sqlite_plan as search_plan
from mypage_desktop.services.jobs.search_query import Plan, summaries
from mypage_desktop.services.jobs.sqlite_plan import WalkCheck, plan_for

TARGET_MS = 20.0
WITHIN = 1.2
COUNT_TARGET_MS = 50.0
EXACT_TARGET_MS = 100.0
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


def generate(factory: sessionmaker[Session], count: int, today: date, where: str) -> BulkReport:
    """``count`` postings (seed 1) through ``job_generator.bulk_load``, with progress on stderr
    (the PostgreSQL bench generates its database the same way)."""
    step = max(count // 20, 1)

    def progress(done: int, total: int) -> None:
        if done % step < 5000 or done == total:
            print(f"  generated {done:,} / {total:,}", file=sys.stderr, flush=True)

    print(f"generating {count:,} postings into {where} …", file=sys.stderr)
    return bulk_load(factory, count, SEED, today, progress=progress)


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
    report = generate(factory, count, today, str(path))
    generated = (f"generated {count:,} rows in {report.seconds:.1f} s = {report.rows_per_second:,.0f} rows/s, "
                 f"{path.stat().st_size / 2**20:,.0f} MiB")
    meta_path.write_text(json.dumps({"count": count, "today": today.isoformat(), "generated": generated}))
    return factory, today, generated


def like_first_page(session: Session, valid: ValidConditions, words: tuple[str, ...], today: date) -> int:
    """The naive baseline: the same conditions, free words as LIKE over the four text fields,
    and the same page made of the rows (``summaries``) as every other method here makes."""
    clauses = search.filters("sqlite", replace(valid, phrases=()), today)
    place = JobPosting.prefecture + JobPosting.municipality
    for word in words:
        pattern = f"%{word}%"
        clauses.append(or_(JobPosting.occupation.like(pattern), JobPosting.description.like(pattern),
                           JobPosting.company_name.like(pattern), place.like(pattern)))
    query = search.ordered(select(*search.SUMMARY_COLUMNS).where(*clauses), SortOrder.NEWEST)
    rows = session.execute(query.limit(PAGE + 1)).all()
    return len(summaries(session, rows[:PAGE], None))


def timed(factory: sessionmaker[Session], action: Callable[[Session], object]) -> tuple[float, object]:
    with factory() as session:
        started = time.perf_counter()
        result = action(session)
        return (time.perf_counter() - started) * 1000, result


def repeat(factory: sessionmaker[Session], times: int, action: Callable[[Session], Any]) -> list[tuple[float, Any]]:
    return [timed(factory, action) for _ in range(times)]


Method = str  # "planned", a Plan's value, "like", or one of them with FTS_WALK ("…/fts")
FTS_WALK = "/fts"


@contextmanager
def fts_walk(on: bool) -> Iterator[None]:
    """The walk as it was before search_text (FTS5 asked about every row, and the planner's
    costs for it): the same run's baseline for the new walk."""
    saved = search_plan.walk_kind
    if on:
        search_plan.walk_kind = lambda phrases: WalkCheck.FTS
    try:
        yield
    finally:
        search_plan.walk_kind = saved


def methods(q: Query) -> list[Method]:
    walks = [Plan.WALK.value, Plan.WALK_SET.value] if q.words else [Plan.WALK.value]
    before = ["planned" + FTS_WALK, Plan.WALK.value + FTS_WALK] if q.words else []
    return ["planned", Plan.INDEX.value, *walks, *before] + (["like"] if q.words else [])


def _ms(values: list[float]) -> str:
    return f"{median(values):.1f} / {percentile(values, 95):.1f}" if values else "—"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30, help="planned and forced-index runs per query type")
    parser.add_argument("--like-runs", type=int, default=30, help="LIKE baseline runs per query type")
    parser.add_argument("--walk-runs", type=int, default=5, help="forced walk runs (seconds each for rare words)")
    parser.add_argument("--count-runs", type=int, default=10, help="estimate, exact count and snapshot runs")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a query type misses a target")
    args = parser.parse_args()
    factory, today, generated = prepare(args.count)
    with factory() as session:
        job_number = session.scalar(select(JobPosting.job_number).where(JobPosting.id == (args.count + 1) // 2))
    items = queries(job_number or "06010-00000001")
    valid = {q.name: validate_conditions(q.conditions, today) for q in items}

    def action(q: Query, method: Method) -> Callable[[Session], object]:
        if method == "like":
            return lambda s: like_first_page(s, valid[q.name], q.words, today)
        name, old = method.removesuffix(FTS_WALK), method.endswith(FTS_WALK)
        plan = None if name == "planned" else Plan(name)

        def page(s: Session) -> int:
            with fts_walk(old):
                return len(search.first_page(s, valid[q.name], SortOrder.NEWEST, today, PAGE, plan=plan)[0])
        return page

    runs = {"planned": args.runs, "planned" + FTS_WALK: args.runs, Plan.INDEX.value: args.runs, "like": args.like_runs}
    schedule = [(q, m) for q in items for m in methods(q) for _ in range(runs.get(m, args.walk_runs))]
    for q in items:  # warm-up, not recorded
        for m in methods(q):
            timed(factory, action(q, m))
    random.Random(7).shuffle(schedule)
    samples: dict[tuple[str, Method], list[float]] = {}
    for number, (q, m) in enumerate(schedule, start=1):
        samples.setdefault((q.name, m), []).append(timed(factory, action(q, m))[0])
        if number % 200 == 0:
            print(f"  {number} / {len(schedule)} runs", file=sys.stderr, flush=True)
    rows, missed = [], []
    for q in items:
        def ms(m: Method, q: Query = q) -> list[float]:
            return samples.get((q.name, m), [])

        with factory() as session:
            chosen = plan_for(session, valid[q.name], SortOrder.NEWEST, PAGE + 1)
            _rows, more = search.first_page(session, valid[q.name], SortOrder.NEWEST, today, PAGE)
        estimates = repeat(factory, args.count_runs, partial(search.estimate_count, conditions=valid[q.name],
                                                              today=today))
        counted = repeat(factory, args.count_runs, partial(search.count_matching, conditions=valid[q.name],
                                                           today=today))
        snapshot = [ms for ms, _ids in repeat(factory, args.count_runs, partial(
            search.matching_ids, conditions=valid[q.name], sort=SortOrder.NEWEST, today=today, cap=SNAPSHOT_CAP))]
        planned_p95 = percentile(ms("planned"), 95)
        best = min(percentile(ms(Plan.INDEX.value), 95), percentile(ms("like"), 95) if q.words else float("inf"))
        exact = median([c[0] for c in counted])
        first_count = [e[0] for e in estimates] if more else [0.0]  # no more: the page is the count
        ok = planned_p95 <= WITHIN * best and planned_p95 < TARGET_MS
        ok = ok and percentile(first_count, 95) < COUNT_TARGET_MS and exact < EXACT_TARGET_MS
        if not ok:
            missed.append(q.name)
        with factory() as session, fts_walk(True):
            before = plan_for(session, valid[q.name], SortOrder.NEWEST, PAGE + 1)
        rows.append([q.name, f"{counted[0][1]:,}", "none" if chosen is None else chosen.plan.value, _ms(ms("planned")),
                     "none" if before is None else before.plan.value, _ms(ms("planned" + FTS_WALK)),
                     _ms(ms(Plan.INDEX.value)), _ms(ms(Plan.WALK.value)), _ms(ms(Plan.WALK.value + FTS_WALK)),
                     _ms(ms(Plan.WALK_SET.value)),
                     _ms(ms("like")), f"{planned_p95 / best:.2f}",
                     f"{estimates[0][1]:,} in {_ms([e[0] for e in estimates])}" if more else "(page)",
                     f"{exact:.1f}", f"{median(snapshot):.1f}", "ok" if ok else "**MISSED**"])
    header = ["query", "matches", "plan", "planned p50 / p95 ms", "plan before", "planned before (FTS5 walk)", "index",
              "walk", "walk before (FTS5)", "walk_set", "LIKE",
              "planned p95 / best p95", "estimate, p50 / p95 ms", "exact count p50 ms",
              f"id snapshot (cap {SNAPSHOT_CAP:,}) p50 ms", "targets"]
    import sqlite3

    text = (f"# Search benchmark: SQLite {sqlite3.sqlite_version}, {args.count:,} postings\n\n"
            f"Database: {generated}. Today = {today}. First page = {PAGE} rows, newest first; "
            f"planned and forced index {args.runs} runs per query type, LIKE {args.like_runs}, forced walks "
            f"{args.walk_runs}, all shuffled, warm cache; estimate, exact count and snapshot: "
            f"{args.count_runs} runs each. Best = the faster p95 of the forced index plan and LIKE. "
            f"Targets: planned p95 ≤ {WITHIN}× best and < {TARGET_MS:.0f} ms, the estimate "
            f"p95 < {COUNT_TARGET_MS:.0f} ms, the exact count p50 < {EXACT_TARGET_MS:.0f} ms.\n\n"
            + markdown_table(header, rows) + "\n")
    (RESULTS_DIR / "search.md").write_text(text, encoding="utf-8")
    publish("search", text)
    if missed:
        print(f"target missed: {', '.join(missed)}", file=sys.stderr)
    return 1 if missed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
