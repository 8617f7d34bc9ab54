"""The free-word index beside ``job_posting`` (domain/textsearch.py), written the same way by
the job import, the generator and the migration that rebuilds it: a contentless FTS5 table
``fts_job`` on SQLite (rowid = job id), a table ``fts_job_segment`` of positioned tsvectors on
PostgreSQL (one row per segment of a posting's tokens, GIN-indexed; migration 0100) with
per-lexeme counts of open postings (db/search_index_pg.py, migration 0111)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from mypage_desktop.domain.textsearch import DocumentTokens, document_tokens

from . import search_index_pg
from .job_models import JobPosting

Entries = Sequence[tuple[int, DocumentTokens]]
REBUILD_BATCH = 2000


def _is_sqlite(db: Session | Connection) -> bool:
    bind = db.get_bind() if isinstance(db, Session) else db
    return bind.dialect.name == "sqlite"


def tokens_of_row(row: JobPosting) -> DocumentTokens:
    """What a stored posting was indexed with (the fields of ``PostingInput.search_fields``)."""
    return document_tokens(row.occupation, row.description, row.company_name, row.prefecture, row.municipality)


def write_index(db: Session | Connection, entries: Entries) -> None:
    """Index postings that are not in the index (new, or just erased)."""
    if not entries:
        return
    if _is_sqlite(db):
        db.execute(text("INSERT INTO fts_job(rowid, grams, tails) VALUES (:id, :grams, :tails)"),
                   [{"id": i, "grams": t.grams_text(), "tails": t.tails_text()} for i, t in entries])
        return
    search_index_pg.write_index(db, entries)


def erase_index(db: Session | Connection, entries: Entries) -> None:
    """Take postings out of the index. A contentless FTS5 table forgets a row only when given
    the exact tokens it was indexed with; they are recomputed from the stored row (the
    tokenizer is deterministic, and migration 0100 reindexed rows made by an older one)."""
    if not entries:
        return
    if _is_sqlite(db):
        db.execute(text("INSERT INTO fts_job(fts_job, rowid, grams, tails) VALUES ('delete', :id, :grams, :tails)"),
                   [{"id": i, "grams": t.grams_text(), "tails": t.tails_text()} for i, t in entries])
        return
    search_index_pg.erase_index(db, entries)


def rebuild_index(db: Session | Connection) -> int:
    """Empties the index and indexes every stored posting again with the current tokenizer;
    returns how many. Run by ``db upgrade`` (migration 0100) after the tokens changed."""
    if _is_sqlite(db):
        db.execute(text("INSERT INTO fts_job(fts_job) VALUES ('delete-all')"))
    else:
        search_index_pg.clear_index(db)
    columns = (JobPosting.id, JobPosting.occupation, JobPosting.description, JobPosting.company_name,
               JobPosting.prefecture, JobPosting.municipality)
    done, last_id = 0, 0
    while True:
        batch = db.execute(select(*columns).where(JobPosting.id > last_id).order_by(JobPosting.id)
                           .limit(REBUILD_BATCH)).all()
        if not batch:
            return done
        write_index(db, [(r.id, document_tokens(r.occupation, r.description, r.company_name, r.prefecture,
                                                r.municipality)) for r in batch])
        done += len(batch)
        last_id = batch[-1].id
