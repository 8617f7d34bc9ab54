"""Bulk insert of new 求人 on PostgreSQL with ``COPY`` (job_generator.bulk_load): the rows, their
tsvector segments and the per-lexeme counts (db/search_index_pg.py), in the caller's
transaction. One ``COPY`` per table instead of a statement per row: at 1,000,000 postings the
INSERT path spent most of its time in round trips and statement overhead."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from mypage_desktop.domain.textsearch import DocumentTokens

from .search_index_pg import TermCounts, add_terms, apply_term_counts, counted, index_segments, lexemes


def _driver_cursor(session: Session) -> Any:
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def copy_postings(session: Session, rows: Sequence[Mapping[str, Any]], tokens: Sequence[DocumentTokens]) -> None:
    """``rows``: complete ``job_posting`` rows (ids included), all with the same keys;
    ``tokens``: each row's search tokens, in the same order."""
    if not rows:
        return
    columns = list(rows[0])
    counts: TermCounts = Counter()
    with _driver_cursor(session) as cursor:
        with cursor.copy(f"COPY job_posting ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
        with cursor.copy("COPY fts_job_segment (job_id, segment, tsv) FROM STDIN") as copy:
            for row, row_tokens in zip(rows, tokens, strict=True):
                for number, tsv in enumerate(index_segments(row_tokens)):
                    copy.write_row((row["id"], number, tsv))
                if not row["closed"]:
                    expires_on: date = row["expires_on"]
                    add_terms(counts, lexemes(row_tokens), expires_on)
    if counted(session):
        apply_term_counts(session, counts, 1)
