"""Memory while scrolling a 100,000-row 求人 result (issue #4, TECH-NOTES §3).

    bench/run scroll [--count 120000] [--step pages] [--strict]

A database of ``--count`` generated postings (``job_generator.bulk_load``, fixed seed) is kept
as bench/results/scroll-<count>.sqlite3 and reused. Each model runs in its own child process
(so its peak RSS is its own), offscreen, in the real main window of a logged-in seeker on the
real façade. **lazy**: the app's ``JobResultModel`` (id snapshot + LRU page cache); baseline =
RSS once the first page is on the screen, then the snapshot arrives and the scroll bar steps
through every row, each step waiting until the visible rows are loaded and painted.
**naive**: a plain model holding every row of the snapshot (``job_rows`` in chunks of 500),
scrolled the same way. RSS (VmRSS) is sampled after every step; VmHWM cross-checks the peak.
``--strict``: exit 1 unless the lazy peak stays within 40 MB of its baseline."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from datetime import time as dtime
from pathlib import Path
from typing import Any

from _common import RESULTS_DIR, environment_line, markdown_table, publish

SEED = 11
TARGET_MB = 40.0
EMAIL = "taro.yamagata@example.jp"
BIRTH = ("1985", "4", "12")
PASSWORD = "Mogami#River7"
WINDOW = (1280, 860)
KEY_IN_MAIL = re.compile(r"認証キー：(\d{4}) ?(\d{4})")


# -- the database (parent) ------------------------------------------------------------------
def prepare(count: int) -> tuple[Path, date, str]:
    from sqlalchemy import func, select

    from mypage_desktop.db.engine import create_db_engine, make_session_factory
    from mypage_desktop.db.job_models import JobPosting
    from mypage_desktop.db.migrate import upgrade
    from mypage_desktop.services.job_generator import bulk_load

    path = RESULTS_DIR / f"scroll-{count}.sqlite3"
    meta_path = path.with_suffix(".json")
    meta: dict[str, Any] = json.loads(meta_path.read_text()) if meta_path.exists() and path.exists() else {}
    if meta.get("count") == count:
        engine = create_db_engine(f"sqlite:///{path}")
        with make_session_factory(engine)() as session:
            stored = session.scalar(select(func.count()).select_from(JobPosting))
        engine.dispose()
        if stored == count:
            return path, date.fromisoformat(meta["today"]), f"reused {path.name} ({meta['generated']})"
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), meta_path):
        stale.unlink(missing_ok=True)
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    today = date.today()
    print(f"generating {count:,} postings into {path} …", file=sys.stderr, flush=True)
    report = bulk_load(make_session_factory(engine), count, SEED, today, now=noon(today))
    engine.dispose()
    generated = f"generated {count:,} rows in {report.seconds:.1f} s"
    meta_path.write_text(json.dumps({"count": count, "today": today.isoformat(), "generated": generated}))
    return path, today, generated


def noon(day: date) -> datetime:
    return datetime.combine(day, dtime(3, 0), tzinfo=UTC)  # 12:00 JST


# -- one model in a child process -----------------------------------------------------------
def rss_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        values = {k: int(v.split()[0]) / 1024 for k, _, v in (line.partition(":") for line in status)
                  if k in ("VmRSS", "VmHWM")}
    return values["VmRSS"], values["VmHWM"]


def open_backend(db: Path, today: date, tmp: Path) -> tuple[Any, Any]:
    from mypage_desktop.config import Paths, load_settings
    from mypage_desktop.domain import consent as versions
    from mypage_desktop.domain.dto import Consent
    from mypage_desktop.facade.local import open_local_backend
    from mypage_desktop.services.hashing import Hasher

    paths = Paths(tmp / "cfg", tmp / "site", tmp / "data")
    paths.data_dir.mkdir(parents=True, exist_ok=True)  # the demo mail folder lives there
    settings = dataclasses.replace(load_settings(env={}, paths=paths), demo_mode=True,
                                   database_url=f"sqlite:///{db}")
    moment = noon(today)
    backend = open_local_backend(settings, clock=lambda: moment, hasher=Hasher(1, 1024, 1),
                                 start_mail_worker=False)
    facade = backend.facade
    result = facade.login(EMAIL, PASSWORD)
    if not result.ok:  # first run on this database: open the demo seeker's My Page
        consent = Consent(versions.PRIVACY_POLICY_VERSION, versions.TERMS_OF_USE_VERSION, moment)
        facade.request_password_registration(EMAIL, *BIRTH, consent)
        backend.mail_worker.run_once()
        key = next(match.group(1) + match.group(2) for mail in facade.demo_mailbox()
                   if mail.recipient == EMAIL and (match := KEY_IN_MAIL.search(mail.body)))
        facade.complete_password_registration(EMAIL, key, PASSWORD, PASSWORD)
        result = facade.login(EMAIL, PASSWORD)
    return backend, result


def naive_model_class() -> type:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    from mypage_desktop.ui.jobs.result_model import JOB_ID_ROLE, LOADED_ROLE, Columns, cell_text

    class NaiveModel(QAbstractTableModel):
        """Every row in a list: what a model without paging holds."""

        def __init__(self, rows: list[Any]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else len(Columns)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            job = self.rows[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return cell_text(job, index.column())
            if role == JOB_ID_ROLE:
                return job.job_id
            if role == LOADED_ROLE:
                return True
            return None

    return NaiveModel


async def until(predicate: Any, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the table did not fill in")
        await asyncio.sleep(0.001)


async def scroll_all(view: Any, samples: list[float], step_pages: int) -> int:
    """Steps the scroll bar to the end; each step waits until the visible rows are painted."""
    from mypage_desktop.ui.jobs.result_model import LOADED_ROLE

    bar = view.verticalScrollBar()
    model = view.model()
    steps = 0
    while True:
        view.viewport().repaint()  # paints now: the model asks for the visible pages
        top = view.rowAt(0)
        bottom = view.rowAt(view.viewport().height() - 1)
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        await until(lambda t=top, b=bottom: model.index(t, 1).data(LOADED_ROLE)
                    and model.index(b, 1).data(LOADED_ROLE))
        samples.append(rss_mb()[0])
        steps += 1
        if bar.value() >= bar.maximum():
            return steps
        bar.setValue(min(bar.maximum(), bar.value() + step_pages * bar.pageStep()))


async def child_main(mode: str, db: Path, today: date, step_pages: int) -> dict[str, Any]:
    from mypage_desktop.domain.jobs import JobConditions, SortOrder
    from mypage_desktop.ui.main_window import MainWindow, Page
    from mypage_desktop.ui.session_owner import REASON_QUIT, SessionOwner

    with tempfile.TemporaryDirectory(prefix="mypage-scroll-") as tmp:
        backend, login = open_backend(db, today, Path(tmp))
        facade = backend.facade
        owner = SessionOwner(facade)
        owner.begin(login.token, login.profile)
        window = MainWindow(owner, facade, facade.app_info())
        window.resize(*WINDOW)
        window.show()
        window.select_page(Page.SEARCH)
        page, view = window.jobs.search, window.jobs.search.table
        await asyncio.sleep(0.2)
        samples: list[float] = []
        result: dict[str, Any] = {"mode": mode}
        began = time.perf_counter()
        if mode == "lazy":
            page.search()
            await until(lambda: page.model.rowCount() > 0)
            result["first_page_s"] = time.perf_counter() - began
            await asyncio.sleep(0.05)
            baseline = rss_mb()[0]
            await until(lambda: not page.busy)
            result.update(ready_s=time.perf_counter() - began, rows=page.model.rowCount(),
                          count_label=page.count_label.text())
        else:
            first = await owner.call(facade.search_jobs, JobConditions(), SortOrder.NEWEST, 50)
            result["first_page_s"] = time.perf_counter() - began
            page.model.show_first_page(first)
            await asyncio.sleep(0.05)
            baseline = rss_mb()[0]
            snapshot = await owner.call(facade.search_job_ids, JobConditions(), SortOrder.NEWEST)
            rows: list[Any] = []
            for start in range(0, snapshot.total, 500):
                rows += await owner.call(facade.job_rows, list(snapshot.ids[start:start + 500]))
            view.setModel(naive_model_class()(rows))
            result.update(ready_s=time.perf_counter() - began, rows=len(rows))
        samples.append(rss_mb()[0])
        result["after_ready_mb"] = samples[-1]
        scroll_began = time.perf_counter()
        result["steps"] = await scroll_all(view, samples, step_pages)
        result["scroll_s"] = time.perf_counter() - scroll_began
        result.update(cached_rows=page.model.cached_row_count(), cache_bound=page.model.max_cached_rows,
                      baseline_mb=baseline, peak_mb=max(samples), hwm_mb=rss_mb()[1], end_mb=samples[-1])
        owner.end_session(REASON_QUIT, blocking=True)
        window.close()
        backend.close()
    return result


def run_child(args: argparse.Namespace) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from mypage_desktop.ui.gui_runtime import make_application

    if QApplication.instance() is None:
        make_application([])  # the app's own set-up (Japanese font, style)
    coro = child_main(args.child, Path(args.db), date.fromisoformat(args.today), args.step)
    result = asyncio.run(coro, loop_factory=qasync.QEventLoop)
    print(json.dumps(result))
    return 0


# -- the report (parent) --------------------------------------------------------------------
def measure(mode: str, db: Path, today: date, step: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", mode, "--db", str(db), "--today", today.isoformat(),
               "--step", str(step)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=1800)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"{mode} run failed ({done.returncode})")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=120_000, help="postings in the generated database")
    parser.add_argument("--step", type=int, default=1, help="scroll-bar page steps per step (1 = every row)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    parser.add_argument("--child", choices=("lazy", "naive"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--today", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return run_child(args)

    db, today, how = prepare(args.count)
    results = {mode: measure(mode, db, today, args.step) for mode in ("lazy", "naive")}
    lazy, naive = results["lazy"], results["naive"]

    def mb(value: float) -> str:
        return f"{value:,.1f}"
    rows = []
    for name, r in (("lazy: id snapshot + page cache (app)", lazy), ("naive: every row loaded", naive)):
        rows.append([name, f"{r['rows']:,}", mb(r["baseline_mb"]), mb(r["after_ready_mb"]), mb(r["peak_mb"]),
                     f"+{mb(r['peak_mb'] - r['baseline_mb'])}", mb(r["hwm_mb"]), f"{r['first_page_s'] * 1000:,.0f}",
                     f"{r['ready_s']:.2f}", f"{r['steps']:,}", f"{r['scroll_s']:.1f}"])
    table = markdown_table(
        ["model", "rows", "RSS after 1st page (MB)", "RSS when ready (MB)", "peak RSS scrolling (MB)",
         "peak − baseline (MB)", "VmHWM (MB)", "1st page (ms)", "all rows ready (s)", "scroll steps", "scroll (s)"],
        rows)
    growth = lazy["peak_mb"] - lazy["baseline_mb"]
    ok = growth < TARGET_MB
    text = (
        f"# Scroll memory: {lazy['rows']:,}-row result ({datetime.now():%Y-%m-%d %H:%M})\n\n"
        f"{environment_line()}\n\nDatabase: {how}. Conditions: none (every open posting, newest first); "
        f"count label: 「{lazy.get('count_label', '')}」. Window {WINDOW[0]}×{WINDOW[1]}, every scroll step waits "
        f"until the visible rows are painted.\n\n{table}\n\n"
        f"Lazy model cache at the end: {lazy['cached_rows']:,} rows held (bound {lazy['cache_bound']:,}).\n"
        f"Naive model: +{mb(naive['peak_mb'] - naive['baseline_mb'])} MB over the same baseline; "
        f"lazy: +{mb(growth)} MB (target < {TARGET_MB:.0f} MB: {'met' if ok else 'MISSED'}).\n"
    )
    publish("scroll", text)
    (RESULTS_DIR / "scroll.md").write_text(text, encoding="utf-8")
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
