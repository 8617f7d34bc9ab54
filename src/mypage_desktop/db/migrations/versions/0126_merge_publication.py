"""merge 求職公開 and 直接リクエスト (0122) with 0125 into one head

Revision ID: 0126_merge
Revises: 0122_publication, 0125_merge
Create Date: 2026-12-05 22:50:00
"""

from __future__ import annotations

revision = "0126_merge"
down_revision = ("0122_publication", "0125_merge")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the branches touch different tables; this revision only joins them


def downgrade() -> None:
    pass
