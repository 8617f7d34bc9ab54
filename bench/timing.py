"""Equal timing for what an attacker must not tell apart (docs/security.md E2, E3), with production
argon2 (``Settings()`` defaults):

- seeker login: a known address with a wrong password vs an unknown address (E2);
- staff sign-in: a known 職員ID with a wrong password vs an unknown one (E2);
- key request (step 2): a matching email/birthdate pair vs an unmatched one (E3).

    bench/run timing [--runs 21] [--database-url URL] [--strict]

Each pair runs interleaved, alternating which goes first, after one discarded warm-up, so
load from elsewhere on the machine hits both alike; the counters are emptied before each
login so no wait short-circuits a measurement, and the key-request limits are lifted. The
report gives both medians, their ratio and the median of the per-pair ratios. Targets:
0.9–1.1 (E2), 0.8–1.2 (E3). The test suite asserts the structure behind them instead
(tests/services/test_equal_work.py: one argon2 operation with the same parameters and the
same statements on both paths), which a busy machine cannot fail.

By default the database is a fresh SQLite file in a temporary directory; ``--database-url``
points at an empty scratch database instead (e.g. PostgreSQL): the schema is created and
demo seekers are added there."""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from _common import environment_line, markdown_table, median, publish
from sqlalchemy import delete, select

from mypage_desktop.config import Settings
from mypage_desktop.db.account_models import LoginThrottle
from mypage_desktop.db.mail_models import MailOutbox
from mypage_desktop.db.staff_models import StaffLoginThrottle
from mypage_desktop.domain import consent as versions
from mypage_desktop.domain.account_dto import Consent
from mypage_desktop.facade.local.backend import open_local_backend
from mypage_desktop.services.accounts import login as auth, opening
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.hashing import Hasher
from mypage_desktop.services.staff.accounts import create_staff
from mypage_desktop.services.staff.sign_in import staff_login

DEMO_EMAIL = "taro.yamagata@example.jp"
DEMO_BIRTH = ("1985", "4", "12")
PASSWORD = "Mogami#River7"
WRONG = "Wrong#Pass1"


@dataclass
class Comparison:
    name: str
    low: float
    high: float
    first_label: str
    second_label: str
    first: Callable[[int], object]
    second: Callable[[int], object]
    prepare: Callable[[], None] = lambda: None


def now() -> datetime:
    return datetime.now(UTC)  # not the system_clock object: no demo 求人 are generated


def consent() -> Consent:
    return Consent(versions.PRIVACY_POLICY_VERSION, versions.TERMS_OF_USE_VERSION, now())


def open_demo_account(ctx: ServiceContext) -> None:
    opening.request_password_registration(ctx, DEMO_EMAIL, *DEMO_BIRTH, consent())
    with ctx.session_factory() as session:
        body = session.scalars(select(MailOutbox.body).where(MailOutbox.kind == "registration_key")
                               .order_by(MailOutbox.id.desc())).first() or ""
    match = re.search(r"認証キー：(\d{4}) (\d{4})", body)
    if match is None:
        raise RuntimeError("no key mailed to the demo seeker")
    opening.complete_password_registration(ctx, DEMO_EMAIL, match.group(1) + match.group(2),
                                                PASSWORD, PASSWORD)


def comparisons(ctx: ServiceContext) -> list[Comparison]:
    def forget_counters() -> None:
        with ctx.session_factory.begin() as session:
            session.execute(delete(LoginThrottle))
            session.execute(delete(StaffLoginThrottle))

    def request(email: str) -> Callable[[int], object]:
        return lambda _i: opening.request_password_registration(ctx, email, *DEMO_BIRTH, consent())

    return [
        Comparison("E2 seeker login", 0.9, 1.1, "wrong password", "unknown address",
                   lambda _i: auth.login(ctx, DEMO_EMAIL, WRONG),
                   lambda i: auth.login(ctx, f"nobody{i}@example.jp", WRONG), forget_counters),
        Comparison("E2 staff sign-in", 0.9, 1.1, "wrong password", "unknown 職員ID",
                   lambda _i: staff_login(ctx, "sato.k", WRONG),
                   lambda i: staff_login(ctx, f"nobody{i}", WRONG), forget_counters),
        Comparison("E3 key request", 0.8, 1.2, "matching pair", "unmatched pair",
                   request(DEMO_EMAIL), request("nobody@example.jp")),
    ]


def timed(call: Callable[[int], object], index: int, prepare: Callable[[], None]) -> float:
    prepare()
    start = time.perf_counter()
    call(index)
    return time.perf_counter() - start


def measure(comparison: Comparison, runs: int) -> tuple[list[float], list[float]]:
    timed(comparison.first, -1, comparison.prepare)
    timed(comparison.second, -1, comparison.prepare)
    first: list[float] = []
    second: list[float] = []
    for i in range(runs):
        order = [(first, comparison.first), (second, comparison.second)]
        for times, call in order if i % 2 else reversed(order):
            times.append(timed(call, i, comparison.prepare))
    return first, second


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="measured pairs per comparison")
    parser.add_argument("--database-url", default="", help="an empty scratch database (default: SQLite)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a ratio misses its target")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="mypage-bench-timing-") as tmp:
        settings = dataclasses.replace(
            Settings(), demo_mode=True, mail_folder=str(Path(tmp) / "mailbox"),
            database_url=args.database_url or f"sqlite:///{Path(tmp) / 'timing.sqlite3'}",
            # Lifted so every request is handled the same way throughout the run.
            key_requests_per_30_minutes=100_000, key_requests_per_day=100_000,
            key_requests_per_terminal_per_hour=100_000)
        backend = open_local_backend(settings, clock=now, hasher=Hasher(), start_mail_worker=False)
        try:
            ctx = backend.context
            open_demo_account(ctx)
            create_staff(ctx, login_id="sato.k", display_name="佐藤 健", role="職員")
            rows: list[list[object]] = []
            missed = []
            for comparison in comparisons(ctx):
                print(f"measuring {comparison.name} ({args.runs} pairs) …", file=sys.stderr)
                first, second = measure(comparison, args.runs)
                ratio = median(second) / median(first)
                pairwise = median([b / a for a, b in zip(first, second, strict=True)])
                ok = comparison.low <= ratio <= comparison.high
                if not ok:
                    missed.append(comparison.name)
                rows.append([comparison.name, f"{comparison.first_label}: {median(first) * 1000:.1f}",
                             f"{comparison.second_label}: {median(second) * 1000:.1f}", f"{ratio:.3f}",
                             f"{pairwise:.3f}", f"{comparison.low}–{comparison.high}", "PASS" if ok else "MISSED"])
        finally:
            backend.close()
    header = ["comparison", "median ms", "median ms", "ratio of medians", "median of pair ratios", "target",
              "verdict"]
    engine = "PostgreSQL" if args.database_url.startswith("postgresql") else "SQLite"
    report = (f"## Equal timing (E2, E3): {args.runs} interleaved pairs each, production argon2, {engine}\n\n"
              f"{environment_line()}\n\n{markdown_table(header, rows)}\n")
    publish("timing", report)
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
