"""オンライン自主応募 with a 志望動機 and 応募書類 (issue 12)

Revision ID: 0113_application_documents
Revises: 0112_preregistration
Create Date: 2026-12-04 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mypage_desktop.db.types import UTCDateTime

revision = "0113_application_documents"
down_revision = "0112_preregistration"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("job_application", sa.Column("motivation", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "document_content",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "seeker_document",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("seeker_id", sa.Integer(), sa.ForeignKey("job_seeker.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("file_name", sa.String(100), nullable=False),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("document_content.sha256", ondelete="RESTRICT"),
                  nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_seeker_document_seeker", "seeker_document", ["seeker_id", "sha256"])
    op.create_table(
        "application_document",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("job_application.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("seeker_document.id", ondelete="RESTRICT"),
                  nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.UniqueConstraint("application_id", "kind"),
    )
    op.create_table(
        "document_upload",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("upload_key", sa.String(32), nullable=False, unique=True),
        sa.Column("seeker_id", sa.Integer(), sa.ForeignKey("job_seeker.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("file_name", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "document_upload_chunk",
        sa.Column("upload_id", sa.Integer(), sa.ForeignKey("document_upload.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("offset", sa.Integer(), primary_key=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    for table in ("document_upload_chunk", "document_upload", "application_document", "seeker_document",
                  "document_content"):
        op.drop_table(table)
    with op.batch_alter_table("job_application") as batch:
        batch.drop_column("motivation")
