"""PostgreSQL's free-word index (docs/search-postgresql.md), since migration 0111: a posting's
positioned tsvector is ``job_posting.fts_tsv`` (GIN-indexed) when its tokens fit in one
segment, the usual case, so a search that walks the rows checks a word in the row it read;
a longer posting has one row per overlapping segment in ``fts_job_segment`` (GIN-indexed,
migration 0100) and ``fts_tsv`` NULL. ``fts_term_open`` counts, per lexeme and 紹介期限日,
the open postings that contain it.

The counts exist because PostgreSQL has no statistics for a tsquery: the search planner
(services/jobs/pg_plan.py) reads them to tell a common word from a rare one, and for a word that
is one lexeme (介護, 手話) their sum over the unexpired dates is the exact number of matching
open postings. They are kept here, in the same transaction as the segments: added when a
posting is indexed, taken away when it is erased; a trigger on ``job_posting`` moves them when
a posting is closed, reopened or gets another 紹介期限日 (migration 0111)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from mypage_desktop.domain.textsearch import (
    PG_MAX_POSITION,
    PG_MAX_POSITIONS,
    SEGMENT_TOKENS,
    DocumentTokens,
    tsvector_segments,
)

Entries = Sequence[tuple[int, DocumentTokens]]
TermCounts = defaultdict[date, Counter[str]]  # 紹介期限日 → lexeme → postings


def term_counts() -> TermCounts:
    return defaultdict(Counter)


def lexemes(tokens: DocumentTokens) -> set[str]:
    """The lexemes of a posting's tsvectors (every gram and tail; ``tsvector_segments`` drops
    positions, never lexemes)."""
    return set(tokens.grams) | set(tokens.tails)


def add_terms(counts: TermCounts, terms: Iterable[str], expires_on: date) -> None:
    counts[expires_on].update(terms)  # one C-level count per lexeme (a bulk load adds ~40M)


def apply_term_counts(db: Session | Connection, counts: TermCounts, sign: int) -> None:
    """Adds (sign 1) or takes away (sign -1) open-posting counts in one statement. Rows are
    written in key order, so two imports at once wait for each other instead of deadlocking."""
    items = sorted(((term, day), n) for day, per_term in counts.items() for term, n in per_term.items() if n)
    if not items:
        return
    db.execute(text(
        "INSERT INTO fts_term_open AS t (term, expires_on, docs) "
        "SELECT term, expires_on, docs FROM unnest(CAST(:terms AS text[]), CAST(:dates AS date[]), "
        "CAST(:docs AS integer[])) AS u(term, expires_on, docs) ORDER BY term, expires_on "
        "ON CONFLICT (term, expires_on) DO UPDATE SET docs = t.docs + EXCLUDED.docs"),
        {"terms": [k[0] for k, _v in items], "dates": [k[1] for k, _v in items],
         "docs": [sign * v for _k, v in items]})


def upgraded(db: Session | Connection) -> bool:
    """Whether migration 0111 ran (``fts_tsv`` and the counts exist): migration 0100 indexes
    postings with the code of today before 0111 moves them."""
    return bool(db.execute(text("SELECT to_regclass('fts_term_open') IS NOT NULL")).scalar())


def _open_expiry(db: Session | Connection, ids: list[int]) -> dict[int, date]:
    """The 紹介期限日 of those postings that are open (closed ones are not counted)."""
    rows = db.execute(text("SELECT id, expires_on FROM job_posting WHERE id = ANY(:ids) AND NOT closed"),
                      {"ids": ids}).all()
    return {int(r.id): r.expires_on for r in rows}


def _counts(db: Session | Connection, entries: Entries) -> TermCounts:
    expiry = _open_expiry(db, [i for i, _t in entries])
    counts = term_counts()
    for job_id, tokens in entries:
        if job_id in expiry:
            add_terms(counts, lexemes(tokens), expiry[job_id])
    return counts


def write_index(db: Session | Connection, entries: Entries) -> None:
    segments = [(i, fast_tsvector_segments(t)) for i, t in entries]
    at_0111 = upgraded(db)
    # Before migration 0111 (when 0100 rebuilds the index) every posting has segment rows.
    rows = [{"id": i, "segment": n, "tsv": tsv} for i, found in segments if len(found) > 1 or not at_0111
            for n, tsv in enumerate(found)]
    if rows:
        db.execute(text("INSERT INTO fts_job_segment(job_id, segment, tsv) "
                        "VALUES (:id, :segment, CAST(:tsv AS tsvector))"), rows)
    if not at_0111:
        return
    single = [{"id": i, "tsv": found[0]} for i, found in segments if len(found) == 1]
    if single:
        db.execute(text("UPDATE job_posting SET fts_tsv = CAST(:tsv AS tsvector) WHERE id = :id"), single)
    apply_term_counts(db, _counts(db, entries), 1)


def erase_index(db: Session | Connection, entries: Entries) -> None:
    """Called before the posting row changes, so its stored state is the one that was counted."""
    ids = [i for i, _t in entries]
    if upgraded(db):
        apply_term_counts(db, _counts(db, entries), -1)
        db.execute(text("UPDATE job_posting SET fts_tsv = NULL WHERE id = ANY(:ids) AND fts_tsv IS NOT NULL"),
                   {"ids": ids})
    db.execute(text("DELETE FROM fts_job_segment WHERE job_id = ANY(:ids)"), {"ids": ids})


def clear_index(db: Session | Connection) -> None:
    db.execute(text("DELETE FROM fts_job_segment"))
    if upgraded(db):
        db.execute(text("DELETE FROM fts_term_open"))
        db.execute(text("UPDATE job_posting SET fts_tsv = NULL WHERE fts_tsv IS NOT NULL"))


def recount_terms(db: Session | Connection) -> None:
    """Counts every open posting's lexemes again from the stored tsvectors (migration 0111)."""
    db.execute(text("DELETE FROM fts_term_open"))
    db.execute(text(
        "INSERT INTO fts_term_open(term, expires_on, docs) "
        "SELECT l.lexeme, j.expires_on, count(DISTINCT j.id) FROM job_posting j "
        "CROSS JOIN LATERAL (SELECT s.tsv FROM fts_job_segment s WHERE s.job_id = j.id "
        "UNION ALL SELECT j.fts_tsv) AS t CROSS JOIN LATERAL unnest(t.tsv) AS l "
        "WHERE NOT j.closed GROUP BY l.lexeme, j.expires_on"))


_POSITION = [str(i) for i in range(PG_MAX_POSITION + 1)]
_quoted: dict[str, str] = {}


def _lexeme(token: str) -> str:
    quoted = _quoted.get(token)
    if quoted is None:
        quoted = "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
        if len(_quoted) < 200_000:
            _quoted[token] = quoted
    return quoted


def fast_tsvector_segments(tokens: DocumentTokens) -> list[str]:
    """``tsvector_segments(tokens)``, the same strings, about twice as fast for the common
    posting whose grams fit in one segment (bulk loads); longer ones take the general path.
    In one segment every position is new and increasing, so the sort and the cap of
    ``tsvector_segments`` change nothing while grams and tails together stay within 256 positions."""
    grams, tails = tokens.grams, tokens.tails
    if len(grams) > SEGMENT_TOKENS or len(grams) + len(tails) > PG_MAX_POSITIONS or not grams:
        return tsvector_segments(tokens)
    positions: dict[str, list[str]] = {}
    for index, token in enumerate(grams, start=1):
        found = positions.get(token)
        if found is None:
            positions[token] = [_POSITION[index]]
        else:
            found.append(_POSITION[index])
    first_tail = len(grams) + 2
    for offset, token in enumerate(tails):
        position = _POSITION[first_tail + 2 * offset]
        found = positions.get(token)
        if found is None:
            positions[token] = [position]
        else:
            found.append(position)
    return [" ".join([_lexeme(t) + ":" + ",".join(p) for t, p in positions.items()])]
