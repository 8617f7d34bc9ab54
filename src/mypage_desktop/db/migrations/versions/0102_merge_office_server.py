"""merge the security counters (0100_throttle_cap), the free-word index rebuild (0100 search)
and the office devices (0101) into one head

Revision ID: 0102_merge
Revises: 0100_throttle_cap, 0100_fts_gaps, 0101_devices
Create Date: 2026-12-04 20:00:00
"""

from __future__ import annotations

revision = "0102_merge"
down_revision = ("0100_throttle_cap", "0100_fts_gaps", "0101_devices")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the three branches are independent; this revision only joins them


def downgrade() -> None:
    pass
