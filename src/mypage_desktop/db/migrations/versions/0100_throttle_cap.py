"""login counters: the consecutive-failure streak and the block at its cap (issue 10, N5).

``consecutive_failures`` counts failures since the last success, password reset or staff
unlock; the timed lock running out does not reset it. ``blocked_at`` is set when it reaches
``login_failure_cap``. Existing rows start their streak at their current ``failures``.

Revision ID: 0100_throttle_cap
Revises: 0004
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mypage_desktop.db.types

revision = "0100_throttle_cap"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("login_throttle", "staff_login_throttle")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("consecutive_failures", sa.Integer(), server_default="0", nullable=False))
            batch_op.add_column(sa.Column("blocked_at", mypage_desktop.db.types.UTCDateTime(), nullable=True))
        op.execute(f"UPDATE {table} SET consecutive_failures = failures")


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("blocked_at")
            batch_op.drop_column("consecutive_failures")
