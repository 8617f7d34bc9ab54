"""``mypage-admin``: administration from a terminal (migrate, staff, seekers, demo, outbox)."""
