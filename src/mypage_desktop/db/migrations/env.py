"""Alembic environment: the engine comes from :func:`mypage_desktop.db.migrate.upgrade`."""

from __future__ import annotations

from alembic import context

import mypage_desktop.db.account_models  # noqa: F401 - registers the seeker account and session tables
import mypage_desktop.db.activity_models  # noqa: F401 - registers the activity tables (0003a)
import mypage_desktop.db.audit_models  # noqa: F401 - registers the audit log
import mypage_desktop.db.device_models  # noqa: F401 - registers the device tables (0101)
import mypage_desktop.db.document_models  # noqa: F401 - registers the 応募書類 tables (0113)
import mypage_desktop.db.mail_models  # noqa: F401 - registers the mail outbox
import mypage_desktop.db.prereg_models  # noqa: F401 - registers the 仮登録 table (0112)
import mypage_desktop.db.publication_models  # noqa: F401 - registers 求職公開 and 直接リクエスト (0122)
import mypage_desktop.db.staff_models  # noqa: F401 - registers the staff tables (0001, 0003s)
from mypage_desktop.db import job_models  # noqa: F401 - registers the job tables
from mypage_desktop.db.base import Base

config = context.config
engine = config.attributes["engine"]


def _include_name(name: str | None, type_: str, _parent: object) -> bool:
    # The free-word index (FTS5 tables, the tsvector segment table; before 0100 a tsvector
    # column and its index; SQLite's job_posting.search_text, 0114) is managed by hand-written
    # migrations, not autogenerate.
    if name is None:
        return True
    return not (name.startswith("fts_") or name in ("search_tsv", "ix_job_search_tsv", "search_text"))


with engine.connect() as connection:
    is_sqlite = connection.dialect.name == "sqlite"
    if is_sqlite:
        # Batch mode recreates tables; with foreign keys on, ON DELETE CASCADE would empty
        # the children (docs/tech-notes.md §alembic-traps). Commit right after the PRAGMA, or Alembic treats the
        # autobegun transaction as external and never commits the migration.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=is_sqlite,
        include_name=_include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    if is_sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
