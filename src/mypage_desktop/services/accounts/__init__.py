"""A seeker's account and sessions: 求職登録, opening My Page, login, sessions, password reset
and change."""
