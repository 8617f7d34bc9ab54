"""SQLAlchemy models, engine/session set-up and Alembic migrations (the one DB gateway)."""
