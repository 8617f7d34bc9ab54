"""online 求職仮登録: drafts, 仮登録 and 本登録 (issue 12)

Revision ID: 0112_preregistration
Revises: 0102_merge
Create Date: 2026-12-04 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mypage_desktop.db.types import UTCDateTime

revision = "0112_preregistration"
down_revision = "0102_merge"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "preregistration",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("number", sa.String(11), nullable=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("email", sa.String(100), nullable=False),
        sa.Column("name", sa.String(30), nullable=False),
        sa.Column("name_kana", sa.String(30), nullable=False),
        sa.Column("birthdate", sa.Date(), nullable=True),
        sa.Column("form_json", sa.Text(), nullable=False),
        sa.Column("draft_token_hash", sa.String(64), nullable=True),
        sa.Column("resume_key_hash", sa.String(200), nullable=True),
        sa.Column("resume_key_expires_at", UTCDateTime(), nullable=True),
        sa.Column("resume_key_tries", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("submitted_at", UTCDateTime(), nullable=True),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("registered_at", UTCDateTime(), nullable=True),
        sa.Column("seeker_id", sa.Integer(),
                  sa.ForeignKey("job_seeker.id", ondelete="SET NULL",
                                name="fk_preregistration_seeker_id_job_seeker"), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_preregistration"),
        sa.UniqueConstraint("number", name="uq_preregistration_number"),
        sa.UniqueConstraint("draft_token_hash", name="uq_preregistration_draft_token_hash"),
    )
    op.create_index("ix_preregistration_status", "preregistration", ["status"])
    op.create_index("ix_preregistration_email", "preregistration", ["email"])
    op.create_index("ix_preregistration_expires_at", "preregistration", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_preregistration_expires_at", table_name="preregistration")
    op.drop_index("ix_preregistration_email", table_name="preregistration")
    op.drop_index("ix_preregistration_status", table_name="preregistration")
    op.drop_table("preregistration")
