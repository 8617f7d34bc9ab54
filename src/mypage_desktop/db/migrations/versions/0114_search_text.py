"""SQLite: job_posting.search_text, the normalised runs of a posting's searchable fields
(db/search_index.py), filled for every stored posting. A walk over the sort order tests it with
``instr`` instead of asking FTS5 about each row (issue 14, docs/search.md). PostgreSQL is
unchanged.

Revision ID: 0114_search_text
Revises: 0110_search_open_by_id
Create Date: 2026-12-04 23:40:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from mypage_desktop.db.search_index import search_text_of_fields

revision = "0114_search_text"
down_revision = "0110_search_open_by_id"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute("ALTER TABLE job_posting ADD COLUMN search_text TEXT")
    last_id = 0
    while True:  # by id, in batches: a million postings take ~40 s (docs/search.md)
        batch = bind.execute(text(
            "SELECT id, occupation, description, company_name, prefecture, municipality FROM job_posting "
            "WHERE id > :last ORDER BY id LIMIT :batch"), {"last": last_id, "batch": BATCH}).all()
        if not batch:
            return
        bind.execute(text("UPDATE job_posting SET search_text = :text WHERE id = :id"),
                     [{"id": row[0], "text": search_text_of_fields(*row[1:])} for row in batch])
        last_id = batch[-1][0]


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE job_posting DROP COLUMN search_text")
