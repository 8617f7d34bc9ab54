"""求人情報検索 on PostgreSQL: a plan per query (docs/search-postgresql.md).

PostgreSQL cannot estimate how many postings a tsquery matches, so it used to walk the whole
newest-first index for a word that occurs nowhere (4 s at 1,000,000 postings). This module
decides instead, from the per-lexeme counts of open postings kept with the index
(db/search_index_pg.py) and PostgreSQL's own estimate of the structured conditions:

- **walk**: the sort order's index, newest first, stopping after one page; each row checked
  with its own tsvector (``fts_tsv``), or, for a posting of several segments, an ``EXISTS``
  probe of its segments (``OFFSET 0`` keeps it a per-row check, never a semi-join that would
  read every match first).
- **filter**: the same checks, ordered by ``key + 0`` so that no index serves the order and
  PostgreSQL reads the rows its structured conditions select, then sorts them.
- **index**: the matches from the GIN indexes (rows whose tsvector holds every phrase, plus
  postings of several segments with the rarest phrase, joined through ``LATERAL … OFFSET 0``),
  every condition checked, then sorted.

All give the same rows; :func:`forcing` picks one for tests and the benchmark. A word that is
one lexeme (介護, 手話) and nothing else is counted exactly from the counts alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    bindparam,
    cast,
    column,
    func,
    literal_column,
    select,
    table,
    text,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.job_dto import JobSummary
from mypage_desktop.domain.jobs import SortOrder, ValidConditions
from mypage_desktop.domain.textsearch import FIELD_END, Phrase, tsquery_literal
from mypage_desktop.services.jobs.search_query import (
    SUMMARY_COLUMNS,
    AnySelect,
    Cursor,
    after,
    ordered,
    sort_key,
    structured_filters,
    summaries,
)

Plan = Literal["walk", "filter", "index"]
_forced: ContextVar[Plan | None] = ContextVar("search_pg_forced_plan", default=None)

# Relative costs per row, from bench/search_pg.py at 1,000,000 postings: a row read in the
# walk or by the structured conditions (index entry, heap row, the conditions), a probe of its
# segments for one phrase, and a posting of the index plan (GIN entry, segment row,
# primary-key lookup, heap row, probes, its share of the sort).
WALK_ROW, PROBE, INDEX_ROW = 1.0, 1.5, 6.0
_LAST = "\U0010ffff"  # above every character: the end of a prefix's range (column collation "C")
_segments = table("fts_job_segment", column("job_id", Integer), column("tsv"))


@contextmanager
def forcing(plan: Plan | None) -> Iterator[None]:
    """Within the block every search uses ``plan`` (None: the planner's choice)."""
    token = _forced.set(plan)
    try:
        yield
    finally:
        _forced.reset(token)


def _tsquery(n: int, phrase: Phrase) -> ColumnElement[Any]:
    return cast(bindparam(f"tsq{n}", tsquery_literal([phrase])), TSQUERY)


def _probe(n: int, phrase: Phrase) -> ColumnElement[bool]:
    """Whether the current ``job_posting`` row contains the phrase: its own tsvector when it
    has one segment, else a per-row subplan over its segments."""
    return text(f"(job_posting.fts_tsv @@ CAST(:tsq{n} AS tsquery) OR (job_posting.fts_tsv IS NULL AND "
                f"EXISTS (SELECT 1 FROM fts_job_segment s WHERE s.job_id = job_posting.id "
                f"AND s.tsv @@ CAST(:tsq{n} AS tsquery) OFFSET 0)))").bindparams(
        bindparam(f"tsq{n}", tsquery_literal([phrase])))  # type: ignore[return-value]


@dataclass(frozen=True)
class Estimate:
    open_total: float  # open, unexpired postings
    structured: float  # … that also meet the structured conditions
    phrases: tuple[float, ...]  # open postings containing each phrase (an upper bound)
    exact: bool  # ``phrases[0]`` is the exact answer (one lexeme, no other condition)

    def _share(self, count: float) -> float:
        return min(count / max(self.open_total, 1.0), 1.0)

    @property
    def word_matches(self) -> float:
        """Open postings with every phrase (phrases taken as independent)."""
        result = self.open_total
        for found in self.phrases:
            result *= self._share(found)
        return result

    @property
    def matches(self) -> float:
        return self.word_matches * self._share(self.structured)

    def plan(self, limit: int | None) -> Plan:
        """The cheapest plan for ``limit`` rows in sort order (None: every match, as a count)."""
        costs: dict[Plan, float] = {"filter": self.structured * (WALK_ROW + PROBE),
                                    "index": self.word_matches * INDEX_ROW}
        if limit is not None:
            walked = min(limit * self.open_total / max(self.matches, 1.0), self.open_total)
            costs["walk"] = walked * (WALK_ROW + self._share(self.structured) * PROBE)
        return min(costs, key=costs.__getitem__)


def _planned_rows(session: Session, query: AnySelect) -> float:
    compiled = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    plan = session.connection().exec_driver_sql("EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params).scalar()
    document = plan if isinstance(plan, list) else json.loads(str(plan))
    return float(document[0]["Plan"]["Plan Rows"])


def _phrase_counts(session: Session, phrases: tuple[Phrase, ...], today: date, tune: bool = False) -> list[float]:
    """Open postings containing each phrase, at most: the least frequent of its lexemes (a
    prefix counts every lexeme it begins)."""
    lows, highs, owners = [], [], []
    for n, phrase in enumerate(phrases):
        for i, token in enumerate(phrase.tokens):
            prefix = phrase.prefix and i == len(phrase.tokens) - 1
            lows.append(token)
            highs.append(token + _LAST if prefix else token)
            owners.append(n)
    rows = session.execute(text(
        "SELECT q.n, (SELECT coalesce(sum(f.docs), 0) FROM fts_term_open f WHERE f.term >= q.lo "
        f"AND f.term <= q.hi AND f.expires_on >= :today), {_TUNE if tune else 'NULL, NULL'} "
        "FROM unnest(CAST(:lo AS text[]), CAST(:hi AS text[])) "
        "WITH ORDINALITY AS q(lo, hi, n)"), {"lo": lows, "hi": highs, "today": today}).all()
    found = [float("inf")] * len(phrases)
    for n, docs, *_settings in rows:
        owner = owners[int(n) - 1]
        found[owner] = min(found[owner], float(docs))
    return found


def estimate(session: Session, conditions: ValidConditions, today: date, tune: bool = False) -> Estimate:
    """``tune``: also set the search's planner settings for the transaction (``_planned``)."""
    structured = structured_filters("postgresql", conditions, today)
    only_open = len(structured) == 1
    # Every posting has at least two fields, so the field marker's count is the number of
    # open, unexpired postings; the structured conditions keep the share PostgreSQL expects.
    open_total, *phrases = _phrase_counts(session, (Phrase((FIELD_END,)), *conditions.phrases), today, tune)
    planned = open_total
    if not only_open:
        open_only = select(JobPosting.id).where(structured[0])
        share = _planned_rows(session, select(JobPosting.id).where(*structured)) / _planned_rows(session, open_only)
        planned = open_total * min(share, 1.0)
    exact = (only_open and len(phrases) == 1 and len(conditions.phrases[0].tokens) == 1
             and not conditions.phrases[0].prefix)
    return Estimate(open_total, planned, tuple(phrases), exact)


# Set in the round trip of the term counts, for the rest of the search's transaction (a
# service call is one transaction, e.g. services/jobs/seeker_jobs.py; resetting them would cost
# another round trip, a fifth of a dense word's first page): no parallel workers (starting
# them costs 5-50 ms on a busy server, more than the search; PostgreSQL plans them for GIN
# lookups it overestimates), no JIT (a walk of the whole sort order is costed in the
# millions: compiling took 280 ms for a 7 ms walk), and no sort step where an index gives the
# order, so a walk stays a walk whatever PostgreSQL guesses of ``fts_tsv @@`` (the filter and
# index plans sort in every alternative, so their choice does not change).
_TUNE = ("set_config('max_parallel_workers_per_gather', '0', true), "
         "set_config('enable_sort', 'off', true) || set_config('jit', 'off', true)")


def _decide(session: Session, conditions: ValidConditions, today: date, limit: int | None
            ) -> tuple[Plan, Estimate | None]:
    forced = _forced.get()
    if forced is not None:
        session.execute(text(f"SELECT {_TUNE}"))
        return forced, None
    guess = estimate(session, conditions, today, tune=True)
    return guess.plan(limit), guess


@contextmanager
def _planned(session: Session, conditions: ValidConditions, today: date, limit: int | None
             ) -> Iterator[tuple[Plan, Estimate | None]]:
    yield _decide(session, conditions, today, limit)


def explain_choice(session: Session, conditions: ValidConditions, today: date, limit: int = 51) -> str:
    """The plan a first page would take ("—": no free words), for reports and tests."""
    if not conditions.phrases:
        return "—"
    with _planned(session, conditions, today, limit) as (plan, _guess):
        return plan


def free_words(conditions: ValidConditions) -> ColumnElement[bool] | None:
    if not conditions.phrases:
        return None
    return and_(*(_probe(n, p) for n, p in enumerate(conditions.phrases)))


def filters(conditions: ValidConditions, today: date) -> list[ColumnElement[bool]]:
    """Every condition as a WHERE clause of ``job_posting`` (the walk's form)."""
    clauses = structured_filters("postgresql", conditions, today)
    words = free_words(conditions)
    return clauses if words is None else [clauses[0], words, *clauses[1:]]


def _index_rows(session: Session, conditions: ValidConditions, today: date, guess: Estimate | None,
                columns: tuple[Any, ...], where: list[ColumnElement[bool]]) -> Any:
    """The matches found through the GIN indexes: rows whose own tsvector holds every phrase,
    and postings of several segments that hold the rarest phrase in one of them, each joined
    to its row (a nested loop on the primary key: the LATERAL subquery with OFFSET 0 cannot
    become a join PostgreSQL would reorder) where every phrase is checked."""
    phrases = conditions.phrases
    counts = list(guess.phrases) if guess else _phrase_counts(session, phrases, today)
    rarest = counts.index(min(counts))
    structured = structured_filters("postgresql", conditions, today)
    together = cast(bindparam("tsq_all", tsquery_literal(list(phrases))), TSQUERY)
    single = select(*columns).where(literal_column("job_posting.fts_tsv").op("@@")(together), *structured, *where)
    in_segment = cast(bindparam("tsq_segment", tsquery_literal([phrases[rarest]])), TSQUERY)
    hits = select(_segments.c.job_id).where(_segments.c.tsv.op("@@")(in_segment)).distinct().subquery("hits")
    row = (select(*columns).where(JobPosting.id == hits.c.job_id, *structured,
                                  *(_probe(n, p) for n, p in enumerate(phrases)), *where).offset(0).lateral("hit"))
    several = select(*(row.c[c.key] for c in columns)).select_from(hits).join(row, true())
    return union_all(single, several).subquery("found")


def _sorted_rows(session: Session, conditions: ValidConditions, sort: SortOrder, today: date, limit: int,
                 columns: tuple[Any, ...], where: list[ColumnElement[bool]]) -> list[Any]:
    if not conditions.phrases:
        return list(session.execute(ordered(select(*columns).where(*filters(conditions, today), *where), sort)
                                    .limit(limit)).all())
    with _planned(session, conditions, today, limit) as (plan, guess):
        if plan == "index":
            # "+ 0": the matches are sorted, never found by walking an index in sort order.
            key = (sort_key(sort) + literal_column("0")).label("sort_key")
            found = _index_rows(session, conditions, today, guess, (*columns, key), where)
            query = (select(*(found.c[c.key] for c in columns))
                     .order_by(found.c.sort_key.desc(), found.c.id.desc()).limit(limit))
            return list(session.execute(query).all())
        query = select(*columns).where(*filters(conditions, today), *where)
        if plan == "filter":  # "+ 0": no index serves this order, so the conditions pick the rows
            zero: ColumnElement[int] = literal_column("0")
            query = query.order_by((sort_key(sort) + zero).desc(), (JobPosting.id + zero).desc())
        else:
            query = ordered(query, sort)
        return list(session.execute(query.limit(limit)).all())


def first_page(session: Session, conditions: ValidConditions, sort: SortOrder, today: date, limit: int,
               seeker_id: int | None, cursor: Cursor | None) -> tuple[list[JobSummary], bool]:
    rows = _sorted_rows(session, conditions, sort, today, limit + 1, SUMMARY_COLUMNS, [after(sort, cursor)])
    return summaries(session, rows[:limit], seeker_id), len(rows) > limit


def matching_ids(session: Session, conditions: ValidConditions, sort: SortOrder, today: date, cap: int) -> list[int]:
    return [int(r.id) for r in _sorted_rows(session, conditions, sort, today, cap, (JobPosting.id,), [])]


def _exact_from_counts(session: Session, conditions: ValidConditions, today: date) -> int:
    (token,) = conditions.phrases[0].tokens
    return int(session.scalar(text("SELECT coalesce(sum(docs), 0) FROM fts_term_open WHERE term = :t "
                                   "AND expires_on >= :today"), {"t": token, "today": today}) or 0)


def count_matching(session: Session, conditions: ValidConditions, today: date,
                   extra: ColumnElement[bool] | None = None) -> int:
    where = [extra] if extra is not None else []
    query = select(func.count()).select_from(JobPosting).where(*filters(conditions, today), *where)
    if not conditions.phrases:
        return int(session.scalar(query) or 0)
    with _planned(session, conditions, today, None) as (plan, guess):
        if guess is not None and guess.exact and not where:
            return _exact_from_counts(session, conditions, today)
        if plan == "index":
            found = _index_rows(session, conditions, today, guess, (JobPosting.id,), where)
            query = select(func.count()).select_from(found)
        return int(session.scalar(query) or 0)


def estimate_count(session: Session, conditions: ValidConditions, today: date) -> int | None:
    """An estimate of ``count_matching`` from the term counts and PostgreSQL's statistics
    (a few milliseconds at any size); exact for one single-lexeme word alone."""
    guess = estimate(session, conditions, today)
    if guess.exact:
        return int(guess.phrases[0])
    return round(guess.matches)
