"""merge the activity (issue 5) and security (issue 6) branches

Revision ID: 0004
Revises: 0003a, 0003s
Create Date: 2026-11-25 21:18:00
"""

from __future__ import annotations

revision = "0004"
down_revision = ("0003a", "0003s")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # both branches are independent; this revision only joins them


def downgrade() -> None:
    pass
