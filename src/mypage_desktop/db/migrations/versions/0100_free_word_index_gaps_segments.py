"""free-word index: no phrase across symbols or fields, PostgreSQL segments (issue 13)

The bigram tokens now carry a marker between runs separated by symbols and between fields
(domain/textsearch.py), so every stored posting is indexed again. On PostgreSQL the single
``job_posting.search_tsv`` (at most 256 positions per lexeme: phrases late in a long text
were missed) becomes the table ``fts_job_segment``: one positioned tsvector per overlapping
segment of a posting's tokens, GIN-indexed, removed with its posting.

The rebuild uses the tokenizer of the code that runs it (db/search_index.py), which is what
the import will erase and write with from then on.

Revision ID: 0100_fts_gaps
Revises: 0004
Create Date: 2026-12-04 20:00:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Connection, select, text

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.db.search_index import rebuild_index
from mypage_desktop.domain.textsearch import MARKERS, document_tokens

revision = "0100_fts_gaps"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.execute("CREATE TABLE fts_job_segment ("
                   "job_id integer NOT NULL REFERENCES job_posting(id) ON DELETE CASCADE, "
                   "segment integer NOT NULL, tsv tsvector NOT NULL, PRIMARY KEY (job_id, segment))")
        op.execute("CREATE INDEX ix_fts_job_segment_tsv ON fts_job_segment USING gin (tsv)")
        op.execute("DROP INDEX IF EXISTS ix_job_search_tsv")
        op.execute("ALTER TABLE job_posting DROP COLUMN IF EXISTS search_tsv")
    rebuild_index(bind)


# Downgrade: the index as revision 0004's code wrote it: the same tokens without the
# markers, one tsvector per posting on PostgreSQL.

def _legacy_tsvector(grams: list[str], tails: list[str]) -> str:
    positions: dict[str, list[int]] = {}
    for index, token in enumerate(grams, start=1):
        positions.setdefault(token, []).append(min(index, 16383))
    start = len(grams) + 2
    for offset, token in enumerate(tails):
        positions.setdefault(token, []).append(min(start + 2 * offset, 16383))

    def lexeme(token: str) -> str:
        return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"

    return " ".join(f"{lexeme(t)}:{','.join(map(str, sorted(set(p))[:256]))}" for t, p in positions.items())


def _legacy_rebuild(bind: Connection) -> None:
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        bind.execute(text("INSERT INTO fts_job(fts_job) VALUES ('delete-all')"))
    rows = bind.execute(select(JobPosting.id, JobPosting.occupation, JobPosting.description,
                               JobPosting.company_name, JobPosting.prefecture, JobPosting.municipality)).all()
    entries = []
    for row in rows:
        tokens = document_tokens(row.occupation, row.description, row.company_name, row.prefecture, row.municipality)
        entries.append((row.id, [t for t in tokens.grams if t not in MARKERS], tokens.tails))
    if not entries:
        return
    if sqlite:
        bind.execute(text("INSERT INTO fts_job(rowid, grams, tails) VALUES (:id, :grams, :tails)"),
                     [{"id": i, "grams": " ".join(g), "tails": " ".join(t)} for i, g, t in entries])
    else:
        bind.execute(text("UPDATE job_posting SET search_tsv = CAST(:tsv AS tsvector) WHERE id = :id"),
                     [{"id": i, "tsv": _legacy_tsvector(g, t)} for i, g, t in entries])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.execute("ALTER TABLE job_posting ADD COLUMN search_tsv tsvector")
        op.execute("CREATE INDEX ix_job_search_tsv ON job_posting USING gin (search_tsv)")
        op.execute("DROP TABLE fts_job_segment")
    _legacy_rebuild(bind)
