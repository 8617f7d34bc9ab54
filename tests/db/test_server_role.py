"""Least privilege on PostgreSQL (docs/security.md N6): an owner role migrates, the server's role gets
data access only. Both are real LOGIN roles connecting over TCP (127.0.0.1 uses trust), and
the owner is an ordinary role that owns the database, as in an office, not the superuser."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from server_role_helpers import allowed, refused, url_as
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from mypage_desktop.config import Settings
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import require_current_schema, upgrade
from mypage_desktop.db.roles import AUDIT_TABLE, ServerRoleError, excess_privileges, grant_server_role
from mypage_desktop.demo.jobs import bulk_load
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.facade.local.backend import open_local_backend
from mypage_desktop.services.context import Clock
from mypage_desktop.services.hashing import Hasher
from services.activity_helpers import add_postings
from services.helpers import GOOD_PASSWORD, open_account

INSERT_AUDIT = ("INSERT INTO audit_log (at, actor_type, action, terminal, result) "
                "VALUES (now(), 'cli', 'n6_check', 'test', 'ok')")


@dataclass
class Office:
    owner: Engine
    server: Engine
    owner_role: str
    server_role: str
    server_url: str
    superuser: Engine  # postgres: creates role memberships, which need more than the owner has


@pytest.fixture
def office(pg_url: str, make_role: Callable[..., str]) -> Iterator[Office]:
    owner_role = make_role("LOGIN", prefix="mypage_own")
    superuser = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{make_url(pg_url).database}" OWNER TO "{owner_role}"'))
    owner = create_db_engine(url_as(pg_url, owner_role))
    server_role = make_role("LOGIN")
    server = create_db_engine(url_as(pg_url, server_role))
    try:
        upgrade(owner)
        grant_server_role(owner, server_role)
        yield Office(owner, server, owner_role, server_role, url_as(pg_url, server_role), superuser)
    finally:
        for engine in (server, owner, superuser):
            engine.dispose()


def tables(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.scalars(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                            "ORDER BY tablename")))


def audit_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(text("SELECT count(*) FROM audit_log")) or 0)


def test_N6_server_role_connects_as_itself_without_superuser(office: Office) -> None:
    with office.server.connect() as connection:
        user, superuser = connection.execute(text("SELECT current_user, current_setting('is_superuser')")).one()
    assert (user, superuser) == (office.server_role, "off")


def test_N6_audit_log_is_insert_and_select_only_for_the_server_role(office: Office) -> None:
    allowed(office.server, INSERT_AUDIT)
    assert audit_count(office.server) == 1
    for statement in (
        "UPDATE audit_log SET result = 'forged'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "ALTER TABLE audit_log ADD COLUMN note text",
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
        "DROP TRIGGER audit_log_append_only ON audit_log",
        "DROP TABLE audit_log",
    ):
        refused(office.server, statement)  # for lack of privilege: the grants, not the trigger
    assert audit_count(office.owner) == 1
    # Defence in depth: even the owner's UPDATE hits the append-only trigger (migration 0001).
    with office.owner.connect() as connection, pytest.raises(DBAPIError, match="append-only"):
        connection.execute(text("UPDATE audit_log SET result = 'forged'"))


def test_N6_server_role_cannot_change_the_schema_or_switch_triggers_off(office: Office) -> None:
    every_table = tables(office.owner)
    assert AUDIT_TABLE in every_table and "login_account" in every_table
    for table in every_table:
        refused(office.server, f'ALTER TABLE "{table}" DISABLE TRIGGER ALL')
        refused(office.server, f'TRUNCATE "{table}"')
    for statement in (
        "CREATE TABLE smuggled (id int)",
        "DROP TABLE job_posting",
        "ALTER TABLE login_account ADD COLUMN note text",
        "CREATE INDEX ix_smuggled ON job_posting (id)",
        "CREATE TRIGGER smuggled BEFORE INSERT ON login_account FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
        # Replica mode would skip every ordinary trigger for the session.
        "SET session_replication_role = replica",
        # The schema version is read, never written, so the server cannot pretend to be current.
        "UPDATE alembic_version SET version_num = 'forged'",
        "SELECT setval(pg_get_serial_sequence('job_posting', 'id'), 1)",
    ):
        refused(office.server, statement)
    with office.owner.connect() as connection:
        assert excess_privileges(connection, office.server_role, "public") == []


def test_N6_server_role_does_the_normal_data_work(office: Office, settings: Settings, clock: Clock) -> None:
    """Every table except the audit log and the version table: select, insert, update and
    delete, checked in the catalogue (directly or through PUBLIC) and by running the services."""
    with office.owner.connect() as connection:
        relations = connection.execute(text(
            "SELECT c.relname, c.relkind, has_table_privilege(:r, c.oid, 'SELECT'), "
            "has_table_privilege(:r, c.oid, 'INSERT'), has_table_privilege(:r, c.oid, 'UPDATE'), "
            "has_table_privilege(:r, c.oid, 'DELETE'), "
            "CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(:r, c.oid, 'USAGE') END "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'S')"), {"r": office.server_role}).all()
    data_tables = {name: tuple(privileges[:4]) for name, kind, *privileges in relations if kind == "r"}
    sequences = {name: privileges[4] for name, kind, *privileges in relations if kind == "S"}
    assert data_tables.pop("audit_log") == (True, True, False, False)
    assert data_tables.pop("alembic_version") == (True, False, False, False)
    assert len(data_tables) > 10 and set(data_tables.values()) == {(True, True, True, True)}
    assert sequences and set(sequences.values()) == {True}
    require_current_schema(office.server)  # the server's start-up check can read the version
    _run_services_as(dataclasses.replace(settings, database_url=office.server_url), clock)


def _run_services_as(settings: Settings, clock: Clock) -> None:
    backend = open_local_backend(settings, clock=clock, hasher=Hasher(time_cost=1, memory_kib=1024, parallelism=1),
                                 migrate=False, start_mail_worker=False)
    try:
        ctx, facade = backend.context, backend.facade
        open_account(ctx)  # demo seeker: key request, outbox, audit rows, password
        assert facade.login("taro.yamagata@example.jp", "Wrong#Pass99").token is None  # throttle row
        token = facade.login("taro.yamagata@example.jp", GOOD_PASSWORD).token  # deletes the throttle
        assert token
        ids = add_postings(ctx)
        bulk_load(ctx.session_factory, 20, 1, date(2026, 11, 25))  # nextval on the job sequence
        page = facade.search_jobs(token, JobConditions(free_words="事務"), SortOrder.NEWEST)
        assert page.rows
        job_id = next(iter(ids.values()))
        assert facade.set_job_kept(token, job_id, True)
        facade.set_job_kept(token, job_id, False)  # DELETE
        assert facade.kept_jobs(token) == []
        facade.logout(token)
    finally:
        backend.close()


def test_N6_tables_of_later_migrations_get_the_grants_and_a_rerun_takes_back_extra_ones(office: Office) -> None:
    allowed(office.owner, "CREATE TABLE later_table (id serial PRIMARY KEY, note text)")  # a later migration
    allowed(office.server, "INSERT INTO later_table (note) VALUES ('a')")
    allowed(office.server, "UPDATE later_table SET note = 'b'")
    allowed(office.server, "DELETE FROM later_table")
    refused(office.server, "TRUNCATE later_table")
    before = _acl_snapshot(office.owner)
    # Privileges granted by hand meanwhile, e.g. while investigating.
    allowed(office.owner, f'GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO "{office.server_role}"')
    allowed(office.owner, f'GRANT INSERT, UPDATE ON alembic_version TO "{office.server_role}"')
    with office.owner.connect() as connection:
        assert excess_privileges(connection, office.server_role, "public") == [
            "alembic_version: INSERT", "alembic_version: UPDATE", "audit_log: TRUNCATE", "audit_log: UPDATE",
            "audit_log: DELETE"]
    grant_server_role(office.owner, office.server_role)
    assert _acl_snapshot(office.owner) == before
    allowed(office.server, INSERT_AUDIT)
    refused(office.server, "DELETE FROM audit_log")


def _acl_snapshot(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT c.relname, coalesce(c.relacl::text, '') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "AND c.relkind IN ('r', 'S') "
            "UNION ALL SELECT 'default:' || defaclobjtype::text, defaclacl::text FROM pg_default_acl "
            "UNION ALL SELECT 'schema', nspacl::text FROM pg_namespace WHERE nspname = current_schema() "
            "ORDER BY 1")).all()
    return [(str(name), str(acl)) for name, acl in rows]


@pytest.mark.parametrize("options", ["LOGIN SUPERUSER", "LOGIN CREATEROLE"])
def test_N6_roles_that_could_get_round_the_grants_are_refused(office: Office, make_role: Callable[..., str],
                                                              options: str) -> None:
    role = make_role(options)
    with pytest.raises(ServerRoleError, match="SUPERUSER または CREATEROLE"):
        grant_server_role(office.owner, role)


def test_N6_the_owner_or_a_member_of_it_is_refused(office: Office, make_role: Callable[..., str]) -> None:
    with pytest.raises(ServerRoleError, match="所有者"):
        grant_server_role(office.owner, office.owner_role)
    member = make_role("LOGIN")
    allowed(office.superuser, f'GRANT "{office.owner_role}" TO "{member}"')
    with pytest.raises(ServerRoleError, match="所有者"):
        grant_server_role(office.owner, member)


def test_N6_a_role_that_inherits_forbidden_privileges_is_refused_and_nothing_changes(
        office: Office, make_role: Callable[..., str]) -> None:
    group = make_role("NOLOGIN", prefix="mypage_grp")
    allowed(office.owner, f'GRANT TRUNCATE ON audit_log TO "{group}"')
    role = make_role("LOGIN")
    allowed(office.superuser, f'GRANT "{group}" TO "{role}"')
    with pytest.raises(ServerRoleError, match="audit_log: TRUNCATE"):
        grant_server_role(office.owner, role)
    with office.owner.connect() as connection:
        assert not connection.scalar(text("SELECT has_schema_privilege(:r, 'public', 'USAGE') "
                                          "AND has_table_privilege(:r, 'login_account', 'SELECT')"), {"r": role})


def test_N6_a_missing_role_is_refused_with_the_sql_to_create_it(office: Office) -> None:
    with pytest.raises(ServerRoleError) as refusal:
        grant_server_role(office.owner, "mypage_server_absent")
    assert 'CREATE ROLE "mypage_server_absent" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;' in refusal.value.message


def test_N6_grants_are_refused_on_sqlite(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path}/n6.sqlite3")
    with pytest.raises(ServerRoleError, match="PostgreSQL"):
        grant_server_role(engine, "mypage_server")
    engine.dispose()


def test_N6_granting_needs_the_owner(office: Office, pg_url: str, make_role: Callable[..., str]) -> None:
    bystander = create_db_engine(url_as(pg_url, make_role("LOGIN", prefix="mypage_other")))
    target = make_role("LOGIN")
    try:
        with pytest.raises(ServerRoleError, match="テーブルの所有者のロール"):
            grant_server_role(bystander, target)
    finally:
        bystander.dispose()
    with office.owner.connect() as connection:
        assert not connection.scalar(text("SELECT has_table_privilege(:r, 'login_account', 'SELECT')"),
                                     {"r": target})
