"""Least privilege on PostgreSQL (docs/security.md N6): the role the office server connects as.

Two roles share an office database. The *owner* role is the one ``mypage-admin db upgrade``
connects as: it creates and owns every table, so only it can change the schema, truncate a
table or disable a trigger (PostgreSQL reserves those to the owner). The *server* role is the
one the office server connects as; :func:`grant_server_role` gives it data access only:

- reading and writing rows (SELECT, INSERT, UPDATE, DELETE) in every table, except
- the audit log: SELECT and INSERT only, so its rows cannot be changed or removed, and
- the Alembic version table: SELECT only, so the server can check the schema version but not
  fake it;
- USAGE and SELECT on the sequences (nextval for new ids, no setval);
- no CREATE on the schema, no TRUNCATE, TRIGGER or REFERENCES anywhere.

Default privileges give tables and sequences that later migrations create the same row
access; re-applying the grants after a migration (``db upgrade --server-role``) restores the
audit-log rule should a migration ever recreate that table. The append-only trigger on the
audit log (migration 0001) stays as a second line of defence.

Applying is idempotent: every run first takes the role's table and sequence privileges away
and then grants the set above, so privileges granted by hand meanwhile do not survive it.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

AUDIT_TABLE = "audit_log"
VERSION_TABLE = "alembic_version"

# Privileges the server role must not hold on any table: TRUNCATE empties a table past row
# triggers, TRIGGER lets it create triggers, REFERENCES is for foreign keys of new tables.
FORBIDDEN_EVERYWHERE = ("TRUNCATE", "TRIGGER", "REFERENCES")
FORBIDDEN_ON = {AUDIT_TABLE: ("UPDATE", "DELETE"), VERSION_TABLE: ("INSERT", "UPDATE", "DELETE")}


class ServerRoleError(Exception):
    """The grants cannot be applied; ``message`` says why and what to do (Japanese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def create_role_sql(role: str) -> str:
    """What a PostgreSQL administrator runs to create the server role (password set apart)."""
    name = _quote(role)
    return (f"CREATE ROLE {name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;\n"
            f"\\password {name}")


def server_role_statements(role: str, *, owner: str, schema: str, database: str) -> list[str]:
    """The SQL that gives ``role`` the server's privileges, in order (one transaction)."""
    r, o, s, d = _quote(role), _quote(owner), _quote(schema), _quote(database)
    return [
        f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC",
        f"REVOKE CREATE ON SCHEMA {s} FROM {r}",
        f"GRANT CONNECT ON DATABASE {d} TO {r}",
        f"GRANT USAGE ON SCHEMA {s} TO {r}",
        # Start from nothing, so a rerun also takes back whatever was granted by hand.
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {r}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {r}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {r}",
        f"REVOKE UPDATE, DELETE ON {s}.{AUDIT_TABLE} FROM {r}",
        f"REVOKE INSERT, UPDATE, DELETE ON {s}.{VERSION_TABLE} FROM {r}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {r}",
        # Tables and sequences the owner creates later (new migrations) get the same row access.
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA {s} REVOKE ALL ON TABLES FROM {r}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA {s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {r}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA {s} REVOKE ALL ON SEQUENCES FROM {r}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA {s} GRANT USAGE, SELECT ON SEQUENCES TO {r}",
    ]


def grant_server_role(engine: Engine, role: str) -> None:
    """Give ``role`` the server's privileges on the migrated schema (idempotent).

    Raises :class:`ServerRoleError` as :func:`check_server_role` does, for a role that owns
    the tables or the database (or is a member of their owner), before the schema exists, and
    when the role still holds a forbidden privilege afterwards (through a group role); nothing
    is changed then."""
    check_server_role(engine, role)
    try:
        with engine.begin() as connection:
            owner, schema, database = _check_ownership(connection, role)
            for statement in server_role_statements(role, owner=owner, schema=schema, database=database):
                connection.execute(text(statement))
            problems = excess_privileges(connection, role, schema)
            if problems:
                raise ServerRoleError(
                    f"ロール {role} には権限を付けた後も次の権限が残っています: {'、'.join(problems)}。"
                    "ほかのロールのメンバーになっていないか確認してください（権限は変更していません）。")
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":
            raise
        raise ServerRoleError(
            "権限を設定できません。テーブルの所有者のロール（`mypage-admin db upgrade` を実行するロール）の "
            "database_url で実行してください。") from None


def excess_privileges(connection: Connection, role: str, schema: str) -> list[str]:
    """Privileges ``role`` effectively holds (directly or through group roles) that the server
    role must not have, as ``"table: PRIVILEGE"`` texts; empty when it is least privilege."""
    problems = []
    if connection.scalar(text("SELECT has_schema_privilege(:role, :schema, 'CREATE')"),
                         {"role": role, "schema": schema}):
        problems.append(f"{schema}: CREATE")
    tables = connection.execute(text(
        "SELECT c.relname, pg_has_role(:role, c.relowner, 'MEMBER') AS owns FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = :schema AND c.relkind IN ('r', 'p') ORDER BY c.relname"),
        {"role": role, "schema": schema}).all()
    for table, owns in tables:
        if owns:  # an owner may ALTER, TRUNCATE and DISABLE TRIGGER whatever was granted
            problems.append(f"{table}: OWNER")
        qualified = f"{_quote(schema)}.{_quote(table)}"
        for privilege in FORBIDDEN_EVERYWHERE + FORBIDDEN_ON.get(table, ()):
            if connection.scalar(text("SELECT has_table_privilege(:role, :table, :privilege)"),
                                 {"role": role, "table": qualified, "privilege": privilege}):
                problems.append(f"{table}: {privilege}")
    return problems


def check_server_role(engine: Engine, role: str) -> None:
    """Refuse (:class:`ServerRoleError`) SQLite, a missing role and a role whose attributes
    defeat any grant; ``db upgrade --server-role`` calls it before migrating."""
    if engine.dialect.name != "postgresql":
        raise ServerRoleError("サーバー用ロールの権限設定は PostgreSQL のデータベースでだけ使えます"
                              "（SQLite にはロールがありません）。")
    with engine.connect() as connection:
        found = connection.execute(text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = :role"),
                                   {"role": role}).first()
    if found is None:
        raise ServerRoleError(
            f"ロール {role} がありません。PostgreSQL の管理者が psql で次を実行して作成してから、"
            f"もう一度実行してください（パスワードはサーバーの設定にだけ書きます）:\n{create_role_sql(role)}")
    if found.rolsuper or found.rolcreaterole:
        raise ServerRoleError(f"ロール {role} は SUPERUSER または CREATEROLE を持つため、権限を制限できません。"
                              "サーバー専用の一般ロールを指定してください。")


def _check_ownership(connection: Connection, role: str) -> tuple[str, str, str]:
    """The tables' owner, the schema and the database; refuses a role that owns either."""
    schema, database = connection.execute(text("SELECT current_schema(), current_database()")).one()
    owner = connection.scalar(text("SELECT tableowner FROM pg_tables WHERE schemaname = :schema "
                                   "AND tablename = :table"), {"schema": schema, "table": AUDIT_TABLE})
    if owner is None:
        raise ServerRoleError("スキーマがまだありません。先に `mypage-admin db upgrade` を実行してください。")
    owns = connection.scalar(text(
        "SELECT pg_has_role(:role, :owner, 'MEMBER') OR pg_has_role(:role, d.datdba, 'MEMBER') "
        "FROM pg_database d WHERE d.datname = current_database()"), {"role": role, "owner": owner})
    if owns:
        raise ServerRoleError(f"ロール {role} はテーブルかデータベースの所有者（またはそのメンバー）です。"
                              "所有者とは別のサーバー専用ロールを指定してください。")
    return str(owner), str(schema), str(database)


def _quote(identifier: str) -> str:
    """A PostgreSQL identifier, always double-quoted (names come from the command line)."""
    return '"' + identifier.replace('"', '""') + '"'
