"""Alembic migrations: one head, models and schema agree, down and up again on both engines."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect as sa_inspect, text

from mypage_desktop.db.base import Base
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import alembic_config, current_revision, downgrade, head_revision, upgrade
from mypage_desktop.domain.jobs import derived_employer_number, normalize_employer_number


def _include(name: str | None, type_: str, _parent: object) -> bool:
    # The engines' own search structures live in migrations only (SQLite: fts_job, the
    # covering ix_job_open_by_id of migration 0110 and job_posting.search_text of 0114;
    # PostgreSQL: fts_job_segment).
    return name is None or not (name.startswith("fts_") or name in ("search_tsv", "ix_job_search_tsv",
                                                                     "ix_job_open_by_id", "search_text"))


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    else:
        url = str(request.getfixturevalue("pg_url"))
    engine = create_db_engine(url)
    yield engine
    engine.dispose()


def test_branches_are_merged_into_one_head(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    assert len(ScriptDirectory.from_config(alembic_config(engine)).get_heads()) == 1
    engine.dispose()


def test_models_match_the_migrated_schema(engine: Engine) -> None:
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": _include, "compare_type": False})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_downgrade_to_base_and_up_again(engine: Engine) -> None:
    upgrade(engine)
    downgrade(engine, "base")
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)


def test_0121_carries_each_session_clock_into_its_row_and_back(engine: Engine) -> None:
    """The idle clock of a live session survives the move from auth_session_activity into
    auth_session (and the way back); a session that had no clock (refused at every call) goes."""
    upgrade(engine, "0120_merge")
    at = "2026-12-01 09:00:00"
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO job_seeker (id, seeker_number, name, name_kana, birthdate, phone, address, applied_on, "
            "valid_until, status, status_changed_at, created_at, wish_occupation, wish_location, wish_wage) "
            "VALUES (1, '01234-56789012', '山形 太郎', 'ヤマガタ タロウ', '1990-01-01', '', '', '2026-11-01', "
            "'2027-01-31', '有効', :at, :at, '', '', '')"), {"at": at})
        connection.execute(text(
            "INSERT INTO login_account (id, seeker_id, email, disabled, created_at) "
            "VALUES (1, 1, 'taro@example.jp', false, :at)"), {"at": at})
        for session_id in (1, 2):
            connection.execute(text(
                "INSERT INTO auth_session (id, token_hash, account_id, terminal, created_at, last_seen_at, expires_at) "
                "VALUES (:id, :hash, 1, 'kiosk-1', :at, :at, '2026-12-01 17:00:00')"),
                {"id": session_id, "hash": f"{session_id:064d}", "at": at})
        connection.execute(text(
            "INSERT INTO auth_session_activity (session_id, idle_seconds, last_activity_at) "
            "VALUES (1, 900, '2026-12-01 09:05:00')"))
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT id, idle_seconds, last_activity_at FROM auth_session ORDER BY id")).all()
        tables = set(sa_inspect(connection).get_table_names())
    assert [(r[0], r[1], str(r[2])[:19]) for r in rows] == [(1, 900, "2026-12-01 09:05:00")]
    assert "auth_session_activity" not in tables
    downgrade(engine, "0120_merge")
    with engine.connect() as connection:
        back = connection.execute(text(
            "SELECT session_id, idle_seconds, last_activity_at FROM auth_session_activity")).all()
        columns = {c["name"] for c in sa_inspect(connection).get_columns("auth_session")}
    assert [(r[0], r[1], str(r[2])[:19]) for r in back] == [(1, 900, "2026-12-01 09:05:00")]
    assert not {"idle_seconds", "last_activity_at"} & columns


def test_0124_gives_each_company_one_employer_number_in_batches(engine: Engine) -> None:
    """Existing postings get the number derived from their 事業所名 (the same name, the same
    number; filled by id in batches), and the downgrade removes the column again."""
    upgrade(engine, "0121_one_seeker_session_row")
    companies = ["株式会社さくら", "最上運輸", "株式会社さくら", "社会福祉法人もがみ会", "最上運輸", "株式会社さくら",
                 "山形商事"]
    with engine.begin() as connection:
        for n, company in enumerate(companies, start=1):
            connection.execute(text(
                "INSERT INTO job_posting (id, job_number, company_name, occupation, description, category, "
                "employment_type, occupation_group, prefecture, municipality, wage_unit, wage_min, wage_max, "
                "wage_monthly, working_hours, holidays, age_requirement, received_on, expires_on, "
                "online_application, employer_has_mypage, closed, first_seen_at, updated_at) VALUES (:id, :number, "
                ":company, '一般事務', '', '一般', '正社員', '', '山形県', '山形市', '月給', 180000, 180000, 180000, "
                "'', '', '', '2026-11-20', '2027-01-31', false, false, :closed, :at, :at)"),
                {"id": n, "number": f"06010-{n:08d}", "company": company, "closed": n == 2,
                 "at": "2026-11-25 01:00:00"})
    upgrade(engine, "0124_employer_number")
    # The fill again, in batches of two over the seven rows (the upgrade ran one batch).
    migration = importlib.import_module("mypage_desktop.db.migrations.versions.0124_employer_number")
    with engine.begin() as connection:
        connection.execute(text("UPDATE job_posting SET employer_number = ''"))
        migration.backfill(connection, batch=2)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, company_name, employer_number FROM job_posting ORDER BY id")).all()
        indexes = {i["name"] for i in sa_inspect(connection).get_indexes("job_posting")}
    assert [r[2] for r in rows] == [derived_employer_number(c) for c in companies]
    assert len({r[2] for r in rows}) == len(set(companies))
    assert all(normalize_employer_number(r[2]) == r[2] for r in rows)
    assert "ix_job_open_employer" in indexes
    downgrade(engine, "0121_one_seeker_session_row")
    with engine.connect() as connection:
        columns = {c["name"] for c in sa_inspect(connection).get_columns("job_posting")}
        count = connection.execute(text("SELECT count(*) FROM job_posting")).scalar()
    assert "employer_number" not in columns and count == len(companies)
