"""Bulk insert of new 求人 on PostgreSQL with ``COPY`` (job_generator.bulk_load): the rows
(with their one-segment tsvector ``fts_tsv``), the segments of long postings and the per-lexeme
counts (db/search_index_pg.py), in the caller's transaction. One ``COPY`` per table instead of
a statement per row: the INSERT path spent most of its time in round trips and statement
overhead (1,930 postings/s at 1,000,000). The rows carry every column they name, the 事業所番号
(``employer_number``, derived per 事業所名 by ``demo/jobs.py``) included."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from mypage_desktop.db.engine import driver_connection
from mypage_desktop.db.search_index_pg import (
    add_terms,
    apply_term_counts,
    fast_tsvector_segments,
    lexemes,
    term_counts,
    upgraded,
)
from mypage_desktop.domain.textsearch import DocumentTokens


def copy_postings(session: Session, rows: Sequence[Mapping[str, Any]], tokens: Sequence[DocumentTokens]) -> None:
    """``rows``: complete ``job_posting`` rows (ids included), all with the same keys;
    ``tokens``: each row's search tokens, in the same order."""
    if not rows:
        return
    columns = list(rows[0])
    segments = [fast_tsvector_segments(t) for t in tokens]
    at_0111 = upgraded(session)  # job_posting.fts_tsv and the counts exist (migration 0111)
    copied = columns + ["fts_tsv"] if at_0111 else columns
    counts = term_counts()
    with driver_connection(session).cursor() as cursor:
        with cursor.copy(f"COPY job_posting ({', '.join(copied)}) FROM STDIN") as copy:
            for row, found in zip(rows, segments, strict=True):
                values = [row[c] for c in columns]
                if at_0111:
                    values.append(found[0] if len(found) == 1 else None)
                copy.write_row(values)
        with cursor.copy("COPY fts_job_segment (job_id, segment, tsv) FROM STDIN") as copy:
            for row, found in zip(rows, segments, strict=True):
                if len(found) > 1 or not at_0111:  # since 0111, segment rows only for long postings
                    for number, tsv in enumerate(found):
                        copy.write_row((row["id"], number, tsv))
    for row, row_tokens in zip(rows, tokens, strict=True):
        if not row["closed"]:
            expires_on: date = row["expires_on"]
            add_terms(counts, lexemes(row_tokens), expires_on)
    if at_0111:
        apply_term_counts(session, counts, 1)
