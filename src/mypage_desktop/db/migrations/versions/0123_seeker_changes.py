"""求職情報提供 consent and the seeker's own changes in 求職者情報・設定 (issue 12)

Revision ID: 0123_seeker_changes
Revises: 0121_one_seeker_session_row
Create Date: 2026-12-05 22:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mypage_desktop.db.types import UTCDateTime

revision = "0123_seeker_changes"
down_revision = "0121_one_seeker_session_row"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "info_sharing_consent",
        sa.Column("seeker_id", sa.Integer(), sa.ForeignKey("job_seeker.id", ondelete="RESTRICT"),
                  primary_key=True),
        sa.Column("text_version", sa.String(20), nullable=False),
        sa.Column("given_at", UTCDateTime(), nullable=False),
        sa.Column("withdrawn_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "seeker_own_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("seeker_id", sa.Integer(), sa.ForeignKey("job_seeker.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("fields", sa.String(100), nullable=False),
        sa.Column("device_kind", sa.String(10), nullable=False),
        sa.Column("old_values", sa.Text(), nullable=True),
        sa.Column("new_values", sa.Text(), nullable=True),
    )
    op.create_index("ix_seeker_own_change_seeker_id", "seeker_own_change", ["seeker_id"])


def downgrade() -> None:
    op.drop_index("ix_seeker_own_change_seeker_id", table_name="seeker_own_change")
    op.drop_table("seeker_own_change")
    op.drop_table("info_sharing_consent")
