"""job_posting.employer_number (事業所番号, ``NNNN-NNNNNN-N``) and the partial index
``ix_job_open_employer`` (employer_number, received_on, id) over open postings, for 「この事業所
の求人をすべて見る」 and the search condition 事業所番号 (issue 12).

Existing postings get the number derived from their 事業所名
(``domain/jobs.derived_employer_number``: SHA-256 of the name, mod 10**10, plus the check
digit), so postings of one 事業所名 share one number. Filled by id in batches of ``BATCH``
like migration 0114 (a million postings in benchmark databases); the index is built after the
fill. The column is NOT NULL with the default '' so that SQLite adds it in place: rebuilding
job_posting would delete the kept_job rows that cascade from it.

Revision ID: 0124_employer_number
Revises: 0121_one_seeker_session_row
Create Date: 2026-12-05 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from mypage_desktop.domain.jobs import derived_employer_number

revision = "0124_employer_number"
down_revision = "0121_one_seeker_session_row"
branch_labels = None
depends_on = None

BATCH = 5000

_PG_UPDATE = text(
    "UPDATE job_posting SET employer_number = u.number FROM unnest(CAST(:ids AS integer[]), "
    "CAST(:numbers AS text[])) AS u(id, number) WHERE job_posting.id = u.id")


def backfill(bind: sa.Connection, batch: int = BATCH) -> None:
    """Every posting's derived 事業所番号, by id in batches (one statement per batch)."""
    sqlite = bind.dialect.name == "sqlite"
    last_id = 0
    while True:
        rows = bind.execute(text("SELECT id, company_name FROM job_posting WHERE id > :last ORDER BY id "
                                 "LIMIT :batch"), {"last": last_id, "batch": batch}).all()
        if not rows:
            return
        numbers: dict[str, str] = {}
        pairs = [(row[0], numbers.get(row[1]) or numbers.setdefault(row[1], derived_employer_number(row[1])))
                 for row in rows]
        if sqlite:
            bind.execute(text("UPDATE job_posting SET employer_number = :number WHERE id = :id"),
                         [{"id": i, "number": n} for i, n in pairs])
        else:
            bind.execute(_PG_UPDATE, {"ids": [i for i, _n in pairs], "numbers": [n for _i, n in pairs]})
        last_id = rows[-1][0]


def upgrade() -> None:
    op.add_column("job_posting", sa.Column("employer_number", sa.String(13), nullable=False, server_default=""))
    backfill(op.get_bind())
    op.create_index("ix_job_open_employer", "job_posting", ["employer_number", "received_on", "id"],
                    sqlite_where=text("closed = 0"), postgresql_where=text("NOT closed"))


def downgrade() -> None:
    op.drop_index("ix_job_open_employer", table_name="job_posting")
    # SQLite drops a column in place (3.35+) when no index or constraint names it.
    op.execute("ALTER TABLE job_posting DROP COLUMN employer_number")
