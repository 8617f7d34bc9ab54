"""one row per seeker session: the idle clock (idle_seconds, last_activity_at) moves from
auth_session_activity into auth_session, as staff_session has always held it

A session without an activity row was refused at every call; such rows (none are made since
0003s) are deleted rather than given a clock.

Revision ID: 0121_one_seeker_session_row
Revises: 0120_merge
Create Date: 2026-12-05 21:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mypage_desktop.db.types

revision = "0121_one_seeker_session_row"
down_revision = "0120_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DELETE FROM auth_session WHERE id NOT IN (SELECT session_id FROM auth_session_activity)")
    op.add_column("auth_session", sa.Column("idle_seconds", sa.Integer(), nullable=True))
    op.add_column("auth_session", sa.Column("last_activity_at", mypage_desktop.db.types.UTCDateTime(), nullable=True))
    op.execute(
        "UPDATE auth_session SET "
        "idle_seconds = (SELECT a.idle_seconds FROM auth_session_activity a WHERE a.session_id = auth_session.id), "
        "last_activity_at = (SELECT a.last_activity_at FROM auth_session_activity a "
        "WHERE a.session_id = auth_session.id)"
    )
    op.drop_table("auth_session_activity")
    with op.batch_alter_table("auth_session") as batch_op:
        batch_op.alter_column("idle_seconds", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("last_activity_at", existing_type=mypage_desktop.db.types.UTCDateTime(), nullable=False)


def downgrade() -> None:
    # The foreign key comes last: on SQLite, dropping the columns rebuilds auth_session, and
    # rebuilding a parent table deletes the rows that cascade from it.
    op.create_table(
        "auth_session_activity",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("idle_seconds", sa.Integer(), nullable=False),
        sa.Column("last_activity_at", mypage_desktop.db.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_auth_session_activity")),
    )
    op.execute("INSERT INTO auth_session_activity (session_id, idle_seconds, last_activity_at) "
               "SELECT id, idle_seconds, last_activity_at FROM auth_session")
    with op.batch_alter_table("auth_session") as batch_op:
        batch_op.drop_column("last_activity_at")
        batch_op.drop_column("idle_seconds")
    with op.batch_alter_table("auth_session_activity") as batch_op:
        batch_op.create_foreign_key(op.f("fk_auth_session_activity_session_id_auth_session"), "auth_session",
                                    ["session_id"], ["id"], ondelete="CASCADE")
