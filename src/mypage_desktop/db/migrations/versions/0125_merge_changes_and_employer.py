"""merge the seeker's own changes (0123) and the 事業所番号 (0124) into one head

Revision ID: 0125_merge
Revises: 0123_seeker_changes, 0124_employer_number
Create Date: 2026-12-05 22:40:00
"""

from __future__ import annotations

revision = "0125_merge"
down_revision = ("0123_seeker_changes", "0124_employer_number")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the branches touch different tables; this revision only joins them


def downgrade() -> None:
    pass
