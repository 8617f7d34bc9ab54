"""SQLite: ix_job_open_by_id, a narrow covering index of the open postings keyed by id
(issue 14): the free-word plans count and sort many matches from it instead of the wide rows
(services/jobs/sqlite_plan.py). PostgreSQL is unchanged.

Revision ID: 0110_search_open_by_id
Revises: 0102_merge
Create Date: 2026-12-04 22:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0110_search_open_by_id"
down_revision = "0102_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE INDEX IF NOT EXISTS ix_job_open_by_id "
                   "ON job_posting (id, expires_on, received_on, wage_monthly) WHERE closed = 0")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_job_open_by_id")
