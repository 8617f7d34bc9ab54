"""求職公開 and 直接リクエスト: seeker_publication (one per seeker, a random 求職公開番号) and
direct_request (unique per posting and seeker)

Revision ID: 0122_publication
Revises: 0121_one_seeker_session_row
Create Date: 2026-12-05 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import mypage_desktop.db.types

revision = "0122_publication"
down_revision = "0121_one_seeker_session_row"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seeker_publication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("public_number", sa.String(length=12), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("published_at", mypage_desktop.db.types.UTCDateTime(), nullable=True),
        sa.Column("withdrawn_at", mypage_desktop.db.types.UTCDateTime(), nullable=True),
        sa.Column("updated_at", mypage_desktop.db.types.UTCDateTime(), nullable=False),
        sa.Column("wish_occupation", sa.String(length=100), nullable=False),
        sa.Column("wish_location", sa.String(length=100), nullable=False),
        sa.Column("experience", sa.Text(), nullable=False),
        sa.Column("qualifications", sa.String(length=300), nullable=False),
        sa.Column("self_pr", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["seeker_id"], ["job_seeker.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("public_number"),
        sa.UniqueConstraint("seeker_id"),
    )
    op.create_table(
        "direct_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("seeker_id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=True),
        sa.Column("source_event_id", sa.String(length=64), nullable=False),
        sa.Column("received_at", mypage_desktop.db.types.UTCDateTime(), nullable=False),
        sa.Column("answered_at", mypage_desktop.db.types.UTCDateTime(), nullable=True),
        sa.Column("answer", sa.String(length=10), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["job_id"], ["job_posting.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["seeker_id"], ["job_seeker.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["notice_id"], ["seeker_notice.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["application_id"], ["job_application.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("job_id", "seeker_id"),
    )
    op.create_index("ix_direct_request_seeker_id", "direct_request", ["seeker_id"])
    op.create_index("ix_direct_request_notice", "direct_request", ["notice_id"])


def downgrade() -> None:
    op.drop_table("direct_request")
    op.drop_table("seeker_publication")
