"""PostgreSQL: the one-segment tsvector in the posting row, per-lexeme counts of open postings
for the search planner (issue 14, docs/search-postgresql.md)

- ``job_posting.fts_tsv`` (GIN-indexed): the posting's tsvector when its tokens fit in one
  segment, the usual case; NULL otherwise. ``fts_job_segment`` keeps only the postings of
  several segments. A search that walks the rows checks a word in the row it has read, and the
  index plan reads each candidate row once.
- ``fts_term_open(term, expires_on, docs)``: how many open postings with that 紹介期限日
  contain the lexeme (db/search_index_pg.py writes them with the index). A trigger on
  ``job_posting`` moves a posting's counts when it is closed, reopened or its 紹介期限日
  changes, whichever code path updates the row.

SQLite: nothing (its planner counts FTS5 matches directly).

Revision ID: 0111_pg_term_counts
Revises: 0102_merge
Create Date: 2026-12-04 23:00:00
"""

from __future__ import annotations

from alembic import op

from mypage_desktop.db.search_index_pg import recount_terms

revision = "0111_pg_term_counts"
down_revision = "0102_merge"
branch_labels = None
depends_on = None

# The lexemes of one posting (the trigger's OLD or NEW row), each once.
_LEXEMES = ("SELECT DISTINCT l.lexeme FROM (SELECT s.tsv FROM fts_job_segment s WHERE s.job_id = {0}.id "
            "UNION ALL SELECT {0}.fts_tsv) AS t CROSS JOIN LATERAL unnest(t.tsv) AS l")

FOLLOW = f"""
CREATE FUNCTION fts_term_open_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT OLD.closed THEN
        UPDATE fts_term_open t SET docs = t.docs - 1
        WHERE t.expires_on = OLD.expires_on AND t.term IN ({_LEXEMES.format("OLD")});
    END IF;
    IF NOT NEW.closed THEN
        INSERT INTO fts_term_open AS t (term, expires_on, docs)
        SELECT lexeme, NEW.expires_on, 1 FROM ({_LEXEMES.format("NEW")}) AS l ORDER BY lexeme
        ON CONFLICT (term, expires_on) DO UPDATE SET docs = t.docs + 1;
    END IF;
    RETURN NULL;
END $$
"""

_SINGLE = "NOT EXISTS (SELECT 1 FROM fts_job_segment t WHERE t.job_id = s.job_id AND t.segment = 1)"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        return
    op.execute("ALTER TABLE job_posting ADD COLUMN fts_tsv tsvector")
    op.execute(f"UPDATE job_posting j SET fts_tsv = s.tsv FROM fts_job_segment s WHERE s.job_id = j.id "
               f"AND s.segment = 0 AND {_SINGLE}")
    op.execute(f"DELETE FROM fts_job_segment s WHERE {_SINGLE}")
    # Named fts_… like the rest of the free-word index, which the models do not declare.
    op.execute("CREATE INDEX fts_job_posting_tsv ON job_posting USING gin (fts_tsv)")
    # No statistics for the tsvectors: the search decides its plans from fts_term_open, and
    # reading the lexeme statistics cost ~3 ms of planning per search (the plans' cost is 3-10 ms).
    op.execute("ALTER TABLE job_posting ALTER COLUMN fts_tsv SET STATISTICS 0")
    op.execute("ALTER TABLE fts_job_segment ALTER COLUMN tsv SET STATISTICS 0")
    op.execute("CREATE TABLE fts_term_open (term text COLLATE \"C\" NOT NULL, expires_on date NOT NULL, "
               "docs integer NOT NULL, PRIMARY KEY (term, expires_on))")
    op.execute(FOLLOW)
    op.execute("CREATE TRIGGER job_posting_term_open AFTER UPDATE OF closed, expires_on ON job_posting "
               "FOR EACH ROW WHEN (OLD.closed IS DISTINCT FROM NEW.closed OR OLD.expires_on IS DISTINCT FROM "
               "NEW.expires_on) EXECUTE FUNCTION fts_term_open_follow()")
    recount_terms(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    op.execute("DROP TRIGGER job_posting_term_open ON job_posting")
    op.execute("DROP FUNCTION fts_term_open_follow()")
    op.execute("DROP TABLE fts_term_open")
    op.execute("INSERT INTO fts_job_segment(job_id, segment, tsv) SELECT id, 0, fts_tsv FROM job_posting "
               "WHERE fts_tsv IS NOT NULL")
    op.execute("DROP INDEX fts_job_posting_tsv")
    op.execute("ALTER TABLE job_posting DROP COLUMN fts_tsv")
    op.execute("ALTER TABLE fts_job_segment ALTER COLUMN tsv SET STATISTICS -1")
