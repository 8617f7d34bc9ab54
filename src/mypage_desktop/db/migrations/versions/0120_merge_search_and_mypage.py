"""merge the search plans (0110 → 0114 SQLite, 0111 PostgreSQL) and the My Page functions
(0112 仮登録 → 0113 応募書類) into one head

Revision ID: 0120_merge
Revises: 0111_pg_term_counts, 0113_application_documents, 0114_search_text
Create Date: 2026-12-05 00:10:00
"""

from __future__ import annotations

revision = "0120_merge"
down_revision = ("0111_pg_term_counts", "0113_application_documents", "0114_search_text")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the branches touch different tables (or different engines); this revision only joins them


def downgrade() -> None:
    pass
