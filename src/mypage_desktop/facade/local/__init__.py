"""The local back end: the façades implemented in-process over the services (SQLite on one PC,
and the office server's own side)."""
