"""``db upgrade`` rebuilds the free-word index of postings stored before migration 0100 (issue
13): afterwards phrases no longer join runs across symbols, and the import can erase what it
indexed (FTS5 forgets a row only given its exact tokens). On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from mypage_desktop.db.engine import create_db_engine, make_session_factory
from mypage_desktop.db.migrate import current_revision, downgrade, head_revision, upgrade
from mypage_desktop.domain.jobs import JobConditions, SortOrder, validate_conditions
from mypage_desktop.services.jobs import search
from mypage_desktop.services.jobs.index_writer import upsert_postings
from services.job_fixtures import posting

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)
POSTINGS = [posting(21, description="勤務地は山形県（県内各地へ出張あり）"),
            posting(24, description="山形県内の各店舗を巡回します。")]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}" if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))
    engine = create_db_engine(url)
    yield engine
    engine.dispose()


def found(engine: Engine, words: str) -> list[str]:
    valid = validate_conditions(JobConditions(free_words=words), TODAY)
    with make_session_factory(engine)() as session:
        rows, _more = search.first_page(session, valid, SortOrder.NEWEST, TODAY, 50)
    return sorted(r.job_number[-2:] for r in rows)


def old_index_finds(engine: Engine, *tokens: str) -> int:
    """How many postings revision 0004's index gives for a phrase of bigrams."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            query = text("SELECT count(*) FROM fts_job WHERE fts_job MATCH :q")
            return int(connection.scalar(query, {"q": 'grams : "' + " ".join(tokens) + '"'}) or 0)
        query = text("SELECT count(*) FROM job_posting WHERE search_tsv @@ CAST(:q AS tsquery)")
        return int(connection.scalar(query, {"q": " <-> ".join(tokens)}) or 0)


def test_db_upgrade_reindexes_postings_indexed_before_0100(engine: Engine) -> None:
    upgrade(engine)
    factory = make_session_factory(engine)
    with factory.begin() as session:
        upsert_postings(session, POSTINGS, NOW)
    downgrade(engine, "0004")  # the index as the code of revision 0004 wrote it
    assert old_index_finds(engine, "山形", "形県", "県内") == 2  # it joined 山形県（県内 into 山形県内

    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    assert found(engine, "山形県内") == ["24"]
    assert found(engine, "山形県（県内") == ["21"]
    # The rebuilt tokens are the ones the import erases: an update leaves nothing behind.
    with factory.begin() as session:
        upsert_postings(session, [posting(21, description="本社での勤務。")], NOW)
    assert found(engine, "県内") == ["24"]
    assert found(engine, "本社") == ["21"]
