"""SQLite: a plan per search (issue 14; docs/search.md has the measurements).

A free-word search can be answered three ways, and which is fastest depends on how many
postings match:

- ``Plan.INDEX``: FTS5 lists every matching id, each is looked up, and the survivors are sorted.
  About one row lookup per match: best when matches are few.
- ``Plan.WALK``: walk the postings in the sort order (or by a structured index SQLite picks) and
  test each row's ``search_text`` (migration 0114) with ``instr``, which decides a phrase
  exactly when its letters are ASCII, kana or common kanji (:func:`needle`); other rows and
  phrases are asked of FTS5 (a correlated ``EXISTS`` with ``rowid =``, ~10 µs a row: FTS5 sets
  the query up per row). It stops after a page, about page / density rows: best when matches
  are dense.
- ``Plan.WALK_SET``: the same walk, each row checked against the list of matching ids that
  FTS5 produced once (``id + 0 IN (…)``, not indexable, so SQLite keeps walking): a cheap check
  per row after ~0.3 µs per match to build the list. In between the two.

All three return the rows of the same FTS5 expression (domain/textsearch.py; docs/search.md
says why the text test agrees). The planner reads the first ``FIRST_PROBE_CAP`` matches in id
order (a capped FTS5 query, ~0.1 ms), extrapolates the number of matches from how far into the
ids they reach, and compares the three costs; where a walk would not win even at half that
density, it reads up to ``PROBE_CAP`` matches and compares again. No match at all: no query.
Structured conditions alone leave the choice to SQLite's planner (its partial indexes serve both
sorts and prefectures).

Counts: the exact count of a free-word search joins the FTS5 matches with ``ix_job_open_by_id``
(migration 0110), a narrow covering index of the open postings keyed by id, instead of the wide
rows; the estimate samples windows of the id range (:func:`estimate`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    bindparam,
    case,
    column,
    exists,
    false,
    func,
    literal_column,
    select,
    table,
    text,
    true,
    union_all,
)
from sqlalchemy.orm import Session

from mypage_desktop.db.engine import driver_connection
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.search_index import AGREED, PLAIN, run_text
from mypage_desktop.domain.jobs import SortOrder, ValidConditions
from mypage_desktop.domain.textsearch import FIELD_END, Phrase, fts5_query
from mypage_desktop.services.jobs.search_query import AnySelect, Plan, structured_filters

FTS = table("fts_job", column("rowid", Integer))
OPEN_BY_ID = "ix_job_open_by_id"  # (id, expires_on, received_on, wage_monthly) WHERE closed = 0
SEARCH_TEXT: ColumnElement[str] = literal_column("job_posting.search_text", String)  # SQLite only (migration 0114)
SORT_INDEX = {SortOrder.NEWEST: "ix_job_open_newest", SortOrder.WAGE: "ix_job_open_wage"}

# Matches read by the probe. Below it the index plan's cost is bounded by it (a few ms).
PROBE_CAP = 2_000
# The probe reads the first FIRST_PROBE_CAP matches, and PROBE_CAP only when those leave the
# choice open: a word dense enough to be walked even at half the density its first 250 matches
# show (介護, 事務, 介護福祉士 at 1M) is decided after ~0.1 ms of FTS5 instead of ~0.35–0.8 ms.
# Not for two phrases or more: FTS5 intersects their doclists from the start on every query,
# so a second step would repeat the first one's work (1M, 介護 山形: 1.24× the forced index
# with two steps, 1.07× with one).
FIRST_PROBE_CAP = 250
# CPU µs, fitted to runs at 1,000,000 postings (docs/search.md): per match looked up and sorted
# (INDEX); per match listed and per row visited (WALK_SET); per row checked by FTS5 (WALK);
# the listing and the check grow with the tokens of the phrase (its positions are compared).
INDEX_PER_MATCH = 2.0
SET_PER_MATCH = 0.1
SET_PER_MATCH_TOKEN = 0.07
SET_PER_ROW = 0.25
EXISTS_PER_ROW = 12.0
EXISTS_PER_ROW_TOKEN = 6.0
# Per row walked when search_text decides (WalkCheck.TEXT/TEXT_FTS): an instr over ~230 bytes
# (1M, 手話 walked to the end: 0.56 µs per row, LIKE 0.35).
TEXT_PER_ROW = 0.6
# Matches are not spread evenly over the wage order (a word goes with a kind of job and its
# pay): a walk by wage can visit many times more rows than the density says (1M: 員食 by wage
# 95 ms walked with the list vs 21 ms by the index; 介護 9 ms walked vs 31 ms with the list).
# 15 keeps the walks for words dense enough to be found anywhere. Newest first is even.
WALK_SKEW = {SortOrder.NEWEST: 1.0, SortOrder.WAGE: 15.0}

# The estimate's sample: WINDOWS windows spread over the ids, each its first WINDOW_ROWS rows
# (free words: its first WINDOW_ROWS matches).
WINDOWS = 8
WINDOW_ROWS = 400  # free-word matches: a row lookup each
WINDOW_ROWS_STRUCTURED = 1_000  # consecutive postings: a cheap scan, and structured hits are rarer


def fts_text(conditions: ValidConditions) -> str | None:
    return fts5_query(list(conditions.phrases)) if conditions.phrases else None


def free_words(fts: str, plan: Plan, phrases: Sequence[Phrase] = ()) -> ColumnElement[bool]:
    if plan is Plan.WALK:
        return walk_check(fts, phrases)
    matches = text("SELECT rowid FROM fts_job WHERE fts_job MATCH :fts").bindparams(
        bindparam("fts", fts)).columns(column("rowid", Integer))
    # ``id + 0`` is not indexable: SQLite walks its own choice of index and checks the list.
    return (JobPosting.id if plan is Plan.INDEX else JobPosting.id + 0).in_(matches)


def needle(phrase: Phrase) -> str | None:
    """The text a match of ``phrase`` has in ``search_text``, or None when its letters are not
    all ones both tokenizers agree on (db/search_index.AGREED). It is exact: the phrase matches
    a posting iff the needle occurs in the posting's search_text (after a character that is not
    an ASCII letter or digit when it starts with one; a prefix phrase's last token is the start
    of a longer one, and a lone character is a prefix of a bigram, a one-letter run or a tail).
    Two non-ASCII letters side by side there are always in one run, so a bigram chain cannot
    straddle runs, fields (FIELD_END) or symbols (GAP, which the needle holds where the phrase does)."""
    found = run_text(phrase.tokens)
    return found if AGREED.fullmatch(found) and FIELD_END not in found else None


class WalkCheck(StrEnum):
    """How a walk checks a PLAIN row: TEXT, search_text alone (every phrase has a needle);
    TEXT_FTS, search_text first, then FTS5 for the rows that pass; FTS, FTS5 for every row.
    A CHECKED row is always FTS5's."""

    TEXT = "text"
    TEXT_FTS = "text_fts"
    FTS = "fts"


def walk_kind(phrases: Sequence[Phrase]) -> WalkCheck:
    needles = [needle(p) for p in phrases]
    if needles and all(needles):
        return WalkCheck.TEXT
    return WalkCheck.TEXT_FTS if any(needles) else WalkCheck.FTS


def _contains(found: str) -> ColumnElement[bool]:
    has = func.instr(SEARCH_TEXT, found) > 0
    if found[0].isascii():  # the start of an ASCII run: not right after an ASCII letter or digit
        return and_(has, SEARCH_TEXT.op("GLOB")(f"*[^a-z0-9]{found}*"))
    return has


def walk_check(fts: str, phrases: Sequence[Phrase]) -> ColumnElement[bool]:
    """The walk's per-row test. Nested CASEs because SQLite evaluates both sides of an OR inside
    an expression: FTS5 is asked only where search_text cannot decide (docs/search.md)."""
    by_fts = exists(select(literal_column("1")).select_from(text("fts_job")).where(
        text("fts_job MATCH :fts").bindparams(bindparam("fts", fts)), text("fts_job.rowid = job_posting.id")))
    kind = walk_kind(phrases)
    if kind is WalkCheck.FTS:
        return by_fts
    contained = and_(*[_contains(n) for p in phrases if (n := needle(p))])
    on_plain = case((contained, true() if kind is WalkCheck.TEXT else by_fts), else_=false())
    # A CHECKED row (or NULL: never filled) has letters the two tokenizers may read apart, so
    # only FTS5 decides there (docs/search.md).
    return case((func.substr(SEARCH_TEXT, 1, 1) == PLAIN, on_plain), else_=by_fts)


def filters(conditions: ValidConditions, today: date, plan: Plan, listed: str | None = None
            ) -> list[ColumnElement[bool]]:
    clauses = structured_filters("sqlite", conditions, today)
    fts = fts_text(conditions)
    if fts is None:
        return clauses
    if listed is not None and plan is Plan.INDEX:
        ids: AnySelect = select(literal_column("value")).select_from(func.json_each(bindparam("listed", listed)))
        return [*clauses, JobPosting.id.in_(ids)]
    return [*clauses, free_words(fts, plan, conditions.phrases)]


def has_structured(conditions: ValidConditions) -> bool:
    return len(structured_filters("sqlite", conditions, date.min)) > 1


@dataclass(frozen=True)
class Probe:
    """The first ``cap`` free-word matches in id order (closed and expired postings too), and
    ``listed``: all of them as a JSON array when there are fewer (the index plan reuses them
    instead of asking FTS5 again)."""

    found: int
    last_id: int
    cap: int
    max_id: int
    listed: str = "[]"

    def matches(self) -> float:
        """All matches: exact below the cap, else extrapolated from how far into the ids the
        capped ones reach (assumes a word is spread evenly over the ids, i.e. import order)."""
        if self.found < self.cap:
            return float(self.found)
        return self.found * self.max_id / max(self.last_id, 1)


def max_id(session: Session) -> int:
    return int(session.scalar(select(func.max(JobPosting.id))) or 0)


# Run on the driver's own cursor, in the session's transaction: through SQLAlchemy the
# statement cost 0.095 ms a search, 0.041 ms on the cursor (1M, 介護; the statement itself is
# 0.035 ms), and that difference was a tenth of a dense word's whole first page (docs/search.md).
_PROBE = ("SELECT count(*), max(rowid), (SELECT max(id) FROM job_posting), json_group_array(rowid) "
          "FROM (SELECT rowid FROM fts_job WHERE fts_job MATCH ? ORDER BY rowid LIMIT ?)")


def probe(session: Session, fts: str, cap: int = PROBE_CAP) -> Probe:
    """One statement, one pass over the capped matches: their count, the last of them, the
    highest posting id, and the matches listed (kept only when they are fewer than the cap).
    Listed in the same pass: asking FTS5 again for the list cost a second intersection of the
    doclists for two words (介護 山形), more than the list itself (~0.3 ms for 2,000 ids)."""
    found, last, top, listed = driver_connection(session).execute(_PROBE, (fts, cap)).fetchone()
    found = int(found)
    return Probe(found, int(last or 0), cap, int(top or 0), str(listed) if found < cap else "[]")


def _at_half_the_density(found: Probe) -> Probe:
    """The same probe as if its matches were spread twice as thin (a margin for a sample of a
    few hundred matches)."""
    return replace(found, last_id=found.last_id * 2)


@dataclass(frozen=True)
class Planned:
    plan: Plan
    listed: str | None = None  # every free-word match (JSON array), when the probe saw them all


def choose(found: Probe, rows_wanted: int, tokens: int, sort: SortOrder, prefix: bool = False,
           walk: WalkCheck = WalkCheck.FTS) -> Plan:
    """The cheapest plan for ``rows_wanted`` rows. A walk visits about rows / density of the
    ``max_id`` postings (times ``WALK_SKEW``); INDEX touches every match; ``tokens``: of the
    longest phrase. ``walk``: how the walk checks a row (:func:`walk_kind`): by search_text,
    ~0.6 µs, plus FTS5 for the rows that pass when not every phrase has a needle; by FTS5
    alone, 12 µs and more. ``prefix``: a phrase ends in a prefix (an ASCII word, a lone
    character): FTS5 then merges the doclists of every token with that prefix on each call, so
    its per-row check costs milliseconds (1M: excel walked 1.9 s, 市 1.5 s) and only a walk
    that never asks FTS5 about a PLAIN row (TEXT) stays in."""
    matches = found.matches()
    if matches < found.cap:
        return Plan.INDEX
    visited = min(rows_wanted * found.max_id / matches * WALK_SKEW[sort], found.max_id)
    by_fts = EXISTS_PER_ROW + EXISTS_PER_ROW_TOKEN * tokens
    if walk is WalkCheck.FTS:
        walk_cost = float("inf") if prefix else by_fts * visited
    elif walk is WalkCheck.TEXT_FTS:
        walk_cost = float("inf") if prefix else TEXT_PER_ROW * visited + by_fts * rows_wanted
    else:
        walk_cost = TEXT_PER_ROW * visited
    costs = {
        Plan.INDEX: INDEX_PER_MATCH * matches,
        Plan.WALK_SET: (SET_PER_MATCH + SET_PER_MATCH_TOKEN * tokens) * matches + SET_PER_ROW * visited,
        Plan.WALK: walk_cost,
    }
    return min(costs, key=costs.__getitem__)


def plan_for(session: Session, conditions: ValidConditions, sort: SortOrder, rows_wanted: int,
             cap: int = PROBE_CAP) -> Planned | None:
    """The planner's pick; None: no posting has the free words, so no row at all."""
    fts = fts_text(conditions)
    if fts is None:
        return Planned(Plan.INDEX)
    if conditions.employer_number:
        # One employer has few postings: ix_job_open_employer lists them and each is checked
        # (the walk's check is no index, so SQLite keeps the employer's index; docs/search.md).
        return Planned(Plan.WALK)
    prefix = any(phrase.prefix for phrase in conditions.phrases)
    tokens, walk = longest_phrase(conditions), walk_kind(conditions.phrases)
    found = probe(session, fts, min(FIRST_PROBE_CAP, cap) if len(conditions.phrases) == 1 else cap)
    if not found.found:
        return None
    if found.found == found.cap < cap and choose(_at_half_the_density(found), rows_wanted, tokens, sort, prefix,
                                                  walk) is Plan.INDEX:
        found = probe(session, fts, cap)  # the first matches leave the choice open: read more
    chosen = choose(found, rows_wanted, tokens, sort, prefix, walk)
    return Planned(chosen, found.listed if chosen is Plan.INDEX and found.found < found.cap else None)


def walk_hint(query: AnySelect, conditions: ValidConditions, sort: SortOrder, plan: Plan) -> AnySelect:
    """Structured conditions alone, walked: the sort order's index, not the one SQLite prefers
    (with free words both walks already keep SQLite from driving by FTS5)."""
    if plan is not Plan.INDEX and not conditions.phrases:
        return query.with_hint(JobPosting.__table__, f"INDEXED BY {SORT_INDEX[sort]}", "sqlite")
    return query


def longest_phrase(conditions: ValidConditions) -> int:
    return max((len(p.tokens) for p in conditions.phrases), default=0)


def _windows(top: int) -> list[tuple[int, int]]:
    step = max(top // WINDOWS, 1)
    return [(lo, lo + step) for lo in range(1, top + 1, step)]


def estimate(session: Session, conditions: ValidConditions, today: date) -> int:
    """About how many postings match, from a sample: in windows spread over the id range, the
    first candidates (``WINDOW_ROWS`` free-word matches, or ``WINDOW_ROWS_STRUCTURED`` postings)
    are checked against every condition, and each window's hits are scaled by how much of the
    window its sample covered. A window whose candidates all fit counts exactly, so a rare word
    gets its exact count. Cost: a few ms at 1,000,000 postings."""
    top = max_id(session)
    if top == 0:
        return 0
    fts = fts_text(conditions)
    if fts is not None and any(phrase.prefix for phrase in conditions.phrases):
        return _estimate_by_stride(session, conditions, today, fts, top)
    per_window = WINDOW_ROWS if fts else WINDOW_ROWS_STRUCTURED
    arms = []
    for number, (lo, hi) in enumerate(_windows(top)):
        if fts is None:
            ids = select(JobPosting.id.label("id")).where(JobPosting.id >= lo, JobPosting.id < hi)
            ids = ids.order_by(JobPosting.id)
        else:
            ids = select(FTS.c.rowid.label("id")).where(
                text(f"fts_job MATCH :fts{number}").bindparams(bindparam(f"fts{number}", fts)),
                FTS.c.rowid >= lo, FTS.c.rowid < hi).order_by(FTS.c.rowid)
        window = ids.limit(per_window).subquery()
        arms.append(select(literal_column(str(number)).label("w"), window.c.id, literal_column(str(hi)).label("hi"),
                           literal_column(str(lo)).label("lo")).select_from(window))
    sample = union_all(*arms).subquery()
    passing = and_(*structured_filters("sqlite", conditions, today))
    query = (select(sample.c.w, sample.c.lo, sample.c.hi, func.count(), func.max(sample.c.id),
                    func.coalesce(func.sum(case((passing, 1), else_=0)), 0))
             .select_from(sample.join(JobPosting.__table__, JobPosting.id == sample.c.id))
             .group_by(sample.c.w, sample.c.lo, sample.c.hi))
    total = 0.0
    for _w, lo, hi, seen, last, hits in session.execute(query):
        covered = (last - lo + 1) if seen >= per_window else (hi - lo)
        total += hits * (hi - lo) / max(covered, 1)
    return round(total)


def _estimate_by_stride(session: Session, conditions: ValidConditions, today: date, fts: str, top: int) -> int:
    """A prefix phrase: FTS5 merges the doclists of every token with the prefix on each query,
    so one query, not one per window (1M, 寮: 60 ms in windows). Every ``stride``-th id among
    the matches is checked, each standing for ``stride`` ids."""
    stride = max(top // (WINDOWS * WINDOW_ROWS), 1)
    matches = (select(FTS.c.rowid.label("id")).where(text("fts_job MATCH :fts").bindparams(bindparam("fts", fts)))
               .subquery())
    passing = and_(*structured_filters("sqlite", conditions, today))
    hits = session.scalar(select(func.count()).select_from(matches.join(JobPosting.__table__,
                                                                        JobPosting.id == matches.c.id))
                          .where(matches.c.id % stride == 0, passing))
    return int(hits or 0) * stride

