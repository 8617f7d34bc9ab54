"""Realistic synthetic 求人 for demos and benchmarks (``mypage-admin demo-jobs``, demo mode).

All 47 prefectures with real municipalities weighted by population, occupations grouped by
職業分類, wages that fit the 求人区分, and descriptions built from phrase templates so that free
words (介護, 事務, 福祉, 寮, データ入力, Excel) occur at believable rates. The same seed gives the
same postings. :func:`bulk_load` writes them through an insert-only path that builds the
free-word index exactly as ``job_index.upsert_postings`` does (same ``document_tokens``)."""

from __future__ import annotations

import re
import time
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import accumulate, islice
from random import Random
from typing import cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.bulk_pg import copy_postings
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.search_index import write_index
from mypage_desktop.demo import job_words
from mypage_desktop.domain.jobs import PostingInput, WageUnit, monthly_equivalent
from mypage_desktop.domain.prefectures import PREFECTURES
from mypage_desktop.domain.textsearch import FIELD_END, GAP, DocumentTokens, document_tokens
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.services.context import ServiceContext

DEMO_JOB_COUNT = 3_000
DEMO_SEED = 20261125
ONLINE_SHARE, MYPAGE_SHARE, CLOSED_SHARE = 0.10, 0.30, 0.02
POSTED_WITHIN_DAYS = 90
MONTHLY_RANGE, HOURLY_RANGE = (160_000, 400_000), (950, 1_800)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Area:
    names: tuple[str, ...]
    stems: tuple[str, ...]
    cumulative: tuple[float, ...]


@dataclass(frozen=True)
class _Tables:
    prefecture_cum: tuple[float, ...]
    areas: tuple[_Area, ...]
    occupation_cum: tuple[float, ...]


def _stem(municipality: str) -> str:
    """仙台市青葉区 → 仙台, 野々市市 → 野々市, 世田谷区 → 世田谷 (for company names)."""
    city = re.match(r"^(.+?市)(.+区)$", municipality)
    base = city.group(1) if city else municipality
    return base[:-1] if base[-1] in "市区町村" else base


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    areas = []
    for prefecture in PREFECTURES:
        pairs = job_words.municipalities(prefecture)
        areas.append(_Area(tuple(n for n, _ in pairs), tuple(_stem(n) for n, _ in pairs),
                           tuple(accumulate(w for _, w in pairs))))
    return _Tables(
        tuple(accumulate(job_words.PREFECTURE_POPULATION[p] for p in PREFECTURES)),
        tuple(areas),
        tuple(accumulate(o.weight for o in job_words.OCCUPATIONS)),
    )


def _pick(rng: Random, cumulative: Sequence[float]) -> int:
    return min(bisect(cumulative, rng.random() * cumulative[-1]), len(cumulative) - 1)


def _choice(rng: Random, items: Sequence[str]) -> str:
    return items[int(rng.random() * len(items))]


def _weighted_phrases(rng: Random, phrases: Sequence[tuple[float, str]]) -> list[str]:
    return [phrase for share, phrase in phrases if rng.random() < share]


def expiry_for(received_on: date) -> date:
    """紹介期限日: the end of the month after next."""
    month = received_on.month + 2
    year = received_on.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    first_of_following = date(year + month // 12, month % 12 + 1, 1)
    return first_of_following - timedelta(days=1)


def _category(rng: Random, occupation: job_words.Occupation, part: bool) -> str:
    x = rng.random()
    if part:
        return "パート（障害者）" if x < 0.03 else "パート"
    if x < 0.03:
        return "一般（障害者）"
    if x < 0.05:
        return "新卒・既卒"
    if occupation.group in (job_words.FARM, job_words.BUILD) and x < 0.15:
        return "季節" if x < 0.12 else "出稼ぎ"
    return "一般"


def _wage(rng: Random, occupation: job_words.Occupation, unit: WageUnit) -> tuple[int, int]:
    if unit is WageUnit.MONTHLY:
        low_k, high_k = occupation.monthly
        low = min(max((low_k + int(rng.random() * (high_k - low_k + 1))) * 1000, MONTHLY_RANGE[0]), MONTHLY_RANGE[1])
        step = (0, 0, 10_000, 20_000, 30_000, 50_000, 80_000)[int(rng.random() * 7)]
        return low, min(low + step, MONTHLY_RANGE[1])
    if unit is WageUnit.HOURLY:
        low_y, high_y = occupation.hourly
        low = min(max((low_y // 10 + int(rng.random() * ((high_y - low_y) // 10 + 1))) * 10, HOURLY_RANGE[0]),
                  HOURLY_RANGE[1])
        return low, min(low + (0, 0, 50, 100, 200)[int(rng.random() * 5)], HOURLY_RANGE[1])
    low = (80 + int(rng.random() * 61)) * 100
    return low, low + (0, 1000, 2000)[int(rng.random() * 3)]


def _employment_type(rng: Random, category: str) -> str:
    if category.startswith("パート"):
        return "パート労働者"
    if category in ("季節", "出稼ぎ"):
        return "正社員以外"
    if category == "新卒・既卒":
        return "正社員"
    x = rng.random()
    if x < 0.72:
        return "正社員"
    return "正社員以外" if x < 0.95 else "有期雇用派遣労働者" if x < 0.98 else "無期雇用派遣労働者"


def _one(rng: Random, tables: _Tables, today: date, serial: int) -> PostingInput:
    p_index = _pick(rng, tables.prefecture_cum)
    area = tables.areas[p_index]
    m_index = _pick(rng, area.cumulative)
    occupation = job_words.OCCUPATIONS[_pick(rng, tables.occupation_cum)]
    part = rng.random() < occupation.part_share
    category = _category(rng, occupation, part)
    unit = (WageUnit.HOURLY if category.startswith("パート") else
            WageUnit.DAILY if category in ("季節", "出稼ぎ") else WageUnit.MONTHLY)
    wage_min, wage_max = _wage(rng, occupation, unit)
    kind = occupation.kind
    company = _choice(rng, job_words.COMPANY_PATTERNS[kind]).format(a=_choice(rng, job_words.NAME_STEMS),
                                                                 p=area.stems[m_index])
    phrases = [_choice(rng, occupation.tasks)]
    phrases += _weighted_phrases(rng, job_words.PHRASES["*"] + job_words.PHRASES.get(kind, ()))
    phrases += _weighted_phrases(rng, job_words.PART_PHRASES if part else job_words.FULL_PHRASES)
    if part:
        hours, holidays = _choice(rng, job_words.HOURS_PART), _choice(rng, job_words.HOLIDAYS_PART)
    else:
        shift = kind in ("care", "medical", "security", "logistics") and rng.random() < 0.6
        hours = _choice(rng, job_words.HOURS_SHIFT if shift else job_words.HOURS_FULL)
        holidays = _choice(rng, job_words.HOLIDAYS_FULL)
    x, age = rng.random(), job_words.AGES[-1][1]
    for share, text_ in job_words.AGES:
        if x < share:
            age = text_
            break
        x -= share
    received_on = today - timedelta(days=int(rng.random() * POSTED_WITHIN_DAYS))
    return PostingInput(
        job_number=f"{p_index + 1:02d}{(m_index // 2 + 1) * 10:03d}-{serial:08d}",
        company_name=company, occupation=occupation.name, description="".join(phrases), category=category,
        employment_type=_employment_type(rng, category), occupation_group=occupation.group,
        prefecture=PREFECTURES[p_index], municipality=area.names[m_index], wage_unit=unit, wage_min=wage_min,
        wage_max=wage_max, working_hours=hours, holidays=holidays, age_requirement=age, received_on=received_on,
        expires_on=expiry_for(received_on), online_application=rng.random() < ONLINE_SHARE,
        employer_has_mypage=rng.random() < MYPAGE_SHARE, closed=rng.random() < CLOSED_SHARE,
    )


def generate_postings(count: int, seed: int, today: date, first_serial: int = 1) -> Iterator[PostingInput]:
    """``count`` postings received within the 90 days before ``today``; 求人番号 serials run
    from ``first_serial``. Deterministic for a seed."""
    if first_serial + count - 1 > 99_999_999:
        raise ValueError("求人番号の連番が8桁を超えます")
    rng = Random(seed)
    tables = _tables()
    for index in range(count):
        yield _one(rng, tables, today, first_serial + index)


def _row(job_id: int, posting: PostingInput, now: datetime) -> dict[str, object]:
    return {
        "id": job_id, "job_number": posting.job_number, "company_name": posting.company_name,
        "employer_number": posting.employer(),  # one number per 事業所名 (domain/jobs.py)
        "occupation": posting.occupation, "description": posting.description, "category": posting.category,
        "employment_type": posting.employment_type, "occupation_group": posting.occupation_group,
        "prefecture": posting.prefecture, "municipality": posting.municipality,
        "wage_unit": posting.wage_unit.value, "wage_min": posting.wage_min, "wage_max": posting.wage_max,
        "wage_monthly": monthly_equivalent(posting.wage_min, posting.wage_unit),
        "working_hours": posting.working_hours, "holidays": posting.holidays,
        "age_requirement": posting.age_requirement, "received_on": posting.received_on,
        "expires_on": posting.expires_on, "online_application": posting.online_application,
        "employer_has_mypage": posting.employer_has_mypage, "closed": posting.closed,
        "first_seen_at": now, "updated_at": now,
    }


@lru_cache(maxsize=200_000)
def _piece_tokens(piece: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    tokens = document_tokens(piece)
    return tuple(tokens.grams), tuple(tokens.tails)


def fast_tokens(fields: Sequence[str]) -> DocumentTokens:
    """``document_tokens(*fields)``, faster on repetitive text: 「。」 is not a letter, so it
    always ends a run and tokens never span it; sentences are tokenized once and cached, and
    joined with the GAP marker (the FIELD_END one between fields), as ``document_tokens``
    would place them."""
    grams: list[str] = []
    tails: list[str] = []
    for field in fields:
        field_grams: list[str] = []
        for piece in field.split("。"):
            piece_grams, piece_tails = _piece_tokens(piece)
            if piece_grams and field_grams:
                field_grams.append(GAP)
            field_grams += piece_grams
            tails += piece_tails
        if field_grams and grams:
            grams.append(FIELD_END)
        grams += field_grams
    return DocumentTokens(grams, tails)


def insert_postings(session: Session, postings: Sequence[PostingInput], now: datetime) -> list[int]:
    """Insert-only fast path for new 求人 (the caller knows their 求人番号 are new), inside the
    caller's transaction: on SQLite one executemany for the rows and one for the index, on
    PostgreSQL a COPY for each (db/bulk_pg.py)."""
    if not postings:
        return []
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:  # BEGIN IMMEDIATE holds the write lock, so max(id) stays ours
        start = int(session.scalar(select(func.coalesce(func.max(JobPosting.id), 0))) or 0) + 1
        ids = list(range(start, start + len(postings)))
    else:
        ids = [int(i) for i in session.scalars(
            text("SELECT nextval(pg_get_serial_sequence('job_posting', 'id')) FROM generate_series(1, :n)"),
            {"n": len(postings)})]
    rows = [_row(i, p, now) for i, p in zip(ids, postings, strict=True)]
    tokens = [fast_tokens(p.search_fields()) for p in postings]
    if not sqlite:  # COPY: one stream per table, not a statement per row
        copy_postings(session, rows, tokens)
        return ids
    session.execute(insert(cast(Table, JobPosting.__table__)), rows)
    write_index(session, list(zip(ids, tokens, strict=True)))
    return ids


def next_serial(session_factory: sessionmaker[Session]) -> int:
    """The first 求人番号 serial (last 8 digits) above every stored one."""
    with session_factory() as session:
        top = session.scalar(select(func.max(func.substr(JobPosting.job_number, 7))))
    return int(top) + 1 if top and str(top).isdigit() else 1


@dataclass(frozen=True)
class BulkReport:
    inserted: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        return self.inserted / self.seconds if self.seconds > 0 else float("inf")


def bulk_load(session_factory: sessionmaker[Session], count: int, seed: int, today: date, batch: int = 5000,
              progress: Progress | None = None, *, now: datetime | None = None, first_serial: int | None = None,
              optimize: bool = True) -> BulkReport:
    """Generate and insert ``count`` postings, ``batch`` per transaction. Serials continue
    after the stored ones unless ``first_serial`` is given. ``optimize`` merges the SQLite
    full-text index into one segment at the end (faster searches after a big load)."""
    started = time.perf_counter()
    now = now or datetime.now(UTC)
    serial = next_serial(session_factory) if first_serial is None else first_serial
    postings = generate_postings(count, seed, today, serial)
    done = 0
    while done < count:
        chunk = list(islice(postings, batch))
        with session_factory.begin() as session:
            insert_postings(session, chunk, now)
        done += len(chunk)
        if progress is not None:
            progress(done, count)
    with session_factory.begin() as session:
        if optimize and count and session.get_bind().dialect.name == "sqlite":
            session.execute(text("INSERT INTO fts_job(fts_job) VALUES ('optimize')"))
    return BulkReport(done, time.perf_counter() - started)


def seed_demo_jobs(ctx: ServiceContext, count: int = DEMO_JOB_COUNT) -> int:
    """Demo mode: a few thousand postings when there are none yet; returns how many were added."""
    with ctx.session_factory() as session:
        if session.scalar(select(JobPosting.id).limit(1)) is not None:
            return 0
    now = ctx.clock()
    try:
        return bulk_load(ctx.session_factory, count, DEMO_SEED, now.astimezone(JST).date(), now=now,
                         optimize=False).inserted
    except IntegrityError:  # another instance seeded them at the same moment
        return 0
