"""The free-word index beside ``job_posting`` (domain/textsearch.py), written the same way by
the job import, the generator and the migration that rebuilds it: a contentless FTS5 table
``fts_job`` on SQLite (rowid = job id), a table ``fts_job_segment`` of positioned tsvectors on
PostgreSQL (one row per segment of a posting's tokens, GIN-indexed; migration 0100) with
per-lexeme counts of open postings (db/search_index_pg.py, migration 0111).

SQLite also keeps ``job_posting.search_text`` (migration 0114, docs/search.md): the runs of
letters and digits the tokens were cut from, GAP / FIELD_END where the tokens have them, after a
first character that says whether a walk may trust it alone (:data:`PLAIN`) or must confirm a
hit with FTS5 (:data:`CHECKED`). A walk tests it with ``instr`` instead of asking FTS5 per row."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from mypage_desktop.db import search_index_pg
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.textsearch import (
    FIELD_END,
    GAP,
    DocumentTokens,
    document_tokens,
    normalize,
)

Entries = Sequence[tuple[int, DocumentTokens]]
REBUILD_BATCH = 2000

# search_text's first character. PLAIN: every letter in it is one FTS5's unicode61 tokenizer
# reads exactly as domain/textsearch.py does (ASCII, kana, the common CJK ideographs: no case
# folding, no other split), so a substring test there decides a phrase alone. CHECKED: some
# other letter (é, σ, hangul, rare ideographs); a walk confirms such a row with FTS5.
PLAIN = FIELD_END
CHECKED = GAP
AGREED = re.compile("[a-z0-9\u3005-\u3007\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff"
                    "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ue000\ue001]*")
_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is str.isalnum() plus "_", as domain/textsearch.py's runs


def run_text(tokens: Sequence[str]) -> str:
    """The text a token stream was cut from, runs only: two non-ASCII bigrams in a row come from
    one run (they overlap by a character); anything else (ASCII word, lone character, marker)
    stands whole. Adjacent runs always differ in ASCII-ness, or a marker sits between them."""
    out: list[str] = []
    after_bigram = False
    for token in tokens:
        bigram = len(token) == 2 and not token.isascii()
        out.append(token[1] if bigram and after_bigram else token)
        after_bigram = bigram
    return "".join(out)


def search_text(tokens: DocumentTokens) -> str:
    body = run_text(tokens.grams)
    return (PLAIN if AGREED.fullmatch(body) else CHECKED) + body


def search_text_of_fields(*fields: str) -> str:
    """``search_text(document_tokens(*fields))`` from the fields directly, ~5× faster (the
    migration fills a million rows with it): runs of alnum, GAP for what lies between them."""
    runs = (_NOT_ALNUM.sub(GAP, normalize(field)).strip(GAP) for field in fields)
    body = FIELD_END.join(run for run in runs if run)
    return (PLAIN if AGREED.fullmatch(body) else CHECKED) + body


def _is_sqlite(db: Session | Connection) -> bool:
    bind = db.get_bind() if isinstance(db, Session) else db
    return bind.dialect.name == "sqlite"


def tokens_of_row(row: JobPosting) -> DocumentTokens:
    """What a stored posting was indexed with (the fields of ``PostingInput.search_fields``)."""
    return document_tokens(row.occupation, row.description, row.company_name, row.prefecture, row.municipality)


def write_index(db: Session | Connection, entries: Entries, with_text: bool = True) -> None:
    """Index postings that are not in the index (new, or just erased). ``with_text``: also
    ``search_text`` (SQLite; false before migration 0114 added it)."""
    if not entries:
        return
    if _is_sqlite(db):
        db.execute(text("INSERT INTO fts_job(rowid, grams, tails) VALUES (:id, :grams, :tails)"),
                   [{"id": i, "grams": t.grams_text(), "tails": t.tails_text()} for i, t in entries])
        if with_text:
            db.execute(text("UPDATE job_posting SET search_text = :text WHERE id = :id"),
                       [{"id": i, "text": search_text(t)} for i, t in entries])
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
        if has_search_text(db):
            db.execute(text("UPDATE job_posting SET search_text = NULL WHERE id = :id"),
                       [{"id": i} for i, _t in entries])
        return
    search_index_pg.erase_index(db, entries)


def rebuild_index(db: Session | Connection) -> int:
    """Empties the index and indexes every stored posting again with the current tokenizer;
    returns how many. Run by ``db upgrade`` (migration 0100) after the tokens changed."""
    sqlite = _is_sqlite(db)
    with_text = sqlite and has_search_text(db)
    if sqlite:
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
                                                r.municipality)) for r in batch], with_text)
        done += len(batch)
        last_id = batch[-1].id


def has_search_text(db: Session | Connection) -> bool:
    """SQLite: whether migration 0114 has run (migration 0100 rebuilds the index before it)."""
    return any(row[1] == "search_text" for row in db.execute(text("PRAGMA table_info(job_posting)")))
