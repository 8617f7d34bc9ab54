"""The audit-log viewer (docs/security.md A4, P1): filters by date, staff member, seeker and action;
管理者 only; ids only; reading it is audited; the table stays append-only."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from mypage_desktop.domain.audit_dto import AUDIT_ACTIONS, AuditQuery
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.staff_dto import SeekerQuery
from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.services.accounts import login as auth
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account
from services.security_helpers import HANAKO_EMAIL, audit_rows, make_staff, open_hanako


@pytest.fixture
def staff(ctx) -> LocalStaffFacade:  # type: ignore[no-untyped-def]
    return LocalStaffFacade(ctx)


def test_A4_viewer_filters_by_staff_seeker_action_and_time(ctx, staff, clock) -> None:  # type: ignore[no-untyped-def]
    admin_id, admin = make_staff(ctx, "admin.a", role="管理者")
    clerk_id, clerk = make_staff(ctx, "clerk.b")
    open_account(ctx)
    open_hanako(ctx)
    clock.advance(minutes=1)
    start = clock()
    auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD)
    auth.login(ctx, HANAKO_EMAIL, "Wrong#Pass1")
    taro = staff.find_seekers(clerk, SeekerQuery(email=DEMO_EMAIL))[0].seeker_id
    staff.seeker_summary(clerk, taro)
    clock.advance(minutes=1)
    middle = clock()
    staff.find_seekers(admin, SeekerQuery(email=HANAKO_EMAIL))

    by_clerk = staff.audit_log(admin, AuditQuery(staff_id=clerk_id))
    assert [e.action for e in by_clerk] == ["seeker_viewed", "seeker_lookup", "staff_password_changed",
                                            "staff_login"]
    assert {e.actor_id for e in by_clerk} == {clerk_id}
    about_taro = staff.audit_log(admin, AuditQuery(seeker_id=taro, since=start))
    assert [e.action for e in about_taro] == ["seeker_viewed", "seeker_lookup", "login"]
    failures = staff.audit_log(admin, AuditQuery(action="login_failed"))
    assert len(failures) == 1 and failures[0].target_type == "account"
    late = staff.audit_log(admin, AuditQuery(since=middle))
    assert [e.action for e in late] == ["audit_viewed", "audit_viewed", "audit_viewed", "seeker_lookup"]
    early = staff.audit_log(admin, AuditQuery(until=start))
    assert early and all(e.at < start for e in early)
    page = staff.audit_log(admin, AuditQuery(limit=3))
    older = staff.audit_log(admin, AuditQuery(limit=3, before_id=page[-1].entry_id))
    assert len(page) == 3 and all(e.entry_id < page[-1].entry_id for e in older)
    viewed = audit_rows(ctx, "audit_viewed")
    assert len(viewed) == 7 and {r.actor_id for r in viewed} == {admin_id}
    assert [m.login_id for m in staff.staff_members(admin)] == ["admin.a", "clerk.b"]


def test_A4_bad_range_is_a_field_message(ctx, staff, clock) -> None:  # type: ignore[no-untyped-def]
    _admin_id, admin = make_staff(ctx, "admin.a", role="管理者")
    with pytest.raises(ValidationFailed) as info:
        staff.audit_log(admin, AuditQuery(since=clock(), until=clock()))
    assert info.value.codes() == {"audit.range"}


def test_A4_P1_rows_hold_ids_not_personal_data(ctx, staff) -> None:  # type: ignore[no-untyped-def]
    _admin_id, admin = make_staff(ctx, "admin.a", role="管理者")
    open_account(ctx)
    auth.login(ctx, DEMO_EMAIL, GOOD_PASSWORD)
    auth.login(ctx, DEMO_EMAIL, "Wrong#Pass1")
    entries = staff.audit_log(admin, AuditQuery(limit=1000))
    text_seen = repr(entries)
    for secret in (DEMO_EMAIL, "1985", "山形", "ヤマガタ", GOOD_PASSWORD, "admin.a"):
        assert secret not in text_seen
    assert all(e.action in AUDIT_ACTIONS for e in entries)


def test_A4_audit_log_stays_append_only(ctx) -> None:  # type: ignore[no-untyped-def]
    make_staff(ctx, "admin.a", role="管理者")
    for statement in ("UPDATE audit_log SET result='x'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError), ctx.session_factory.begin() as session:
            session.execute(text(statement))


def test_every_action_the_services_record_has_a_label() -> None:
    """The audit viewer's 操作 filter and column come from AUDIT_ACTIONS: an action recorded
    under a name missing there would show as a raw id and could not be filtered."""
    import re
    from pathlib import Path

    import mypage_desktop.services as services

    source = "\n".join(path.read_text(encoding="utf-8") for path in Path(services.__file__).parent.rglob("*.py"))
    recorded = set(re.findall(r"\baction\s*=\s*\"([a-z_]+)\"", source))
    assert len(recorded) > 20
    # Composed names: employer_events.py records f"employer_{event.kind}" for both event types.
    assert re.findall(r"\baction\s*=\s*f\"([a-z_]+)\{", source) == ["employer_"]
    recorded |= {"employer_status", "employer_message"}
    assert recorded <= set(AUDIT_ACTIONS), sorted(recorded - set(AUDIT_ACTIONS))


def _recorded_results() -> tuple[set[str], set[str]]:
    """Every result value the services can write, read from their source: the ``result`` of
    each ``audit.record``/``_record`` call, and where a variable is passed instead, the strings
    it is given (``outcome = "…"``, ``return "…"`` of the key handlers, revoke reasons, the
    ``reason`` parameters' defaults). Also the 求職者検索 kinds of its "<kind>:<n>" result."""
    import ast
    from pathlib import Path

    import mypage_desktop.services as services

    def strings(node: ast.AST | None) -> set[str]:
        return {n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)} \
            if node is not None else set()

    results: set[str] = set()
    kinds: set[str] = set()
    for path in Path(services.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                for keyword in node.keywords:
                    if keyword.arg in ("result", "revoke_reason", "reason") and (
                            keyword.arg != "result" or name == "record"):
                        if isinstance(keyword.value, ast.JoinedStr):
                            continue  # f"{kind}:{n}": the kinds are checked below
                        results |= strings(keyword.value)
                if name == "_record" and len(node.args) > 5 and not isinstance(node.args[5], ast.JoinedStr):
                    results |= strings(node.args[5])
            elif isinstance(node, ast.Assign):
                targets = [t.attr if isinstance(t, ast.Attribute) else getattr(t, "id", "") for t in node.targets]
                if {"outcome", "revoke_reason"} & set(targets):
                    results |= strings(node.value)
            elif isinstance(node, ast.FunctionDef):
                returns = [n.value for n in ast.walk(node) if isinstance(n, ast.Return)]
                if node.name == "handle":
                    results |= set().union(*(strings(value) for value in returns))
                if node.name == "_query_condition":
                    kinds |= {value.elts[0].value for value in returns
                              if isinstance(value, ast.Tuple) and isinstance(value.elts[0], ast.Constant)}
                arguments = node.args.args + node.args.kwonlyargs
                defaults = [*node.args.defaults, *node.args.kw_defaults]
                for argument, default in zip(arguments[len(arguments) - len(defaults):], defaults, strict=True):
                    if argument.arg == "reason":
                        results |= strings(default)
    return results, kinds


def test_every_result_the_services_record_has_a_label() -> None:
    """The audit viewer's 結果 column: a result missing in AUDIT_RESULTS shows as a raw code
    (「wrong_key」, 「email:1」) that a staff member cannot read."""
    from mypage_desktop.domain.audit_dto import AUDIT_LOOKUP_KINDS, AUDIT_RESULTS
    from mypage_desktop.domain.session_policy import END_EXPIRED, END_IDLE, END_REVOKED, END_UNKNOWN
    from mypage_desktop.services.accounts.sessions import KNOWN_REASONS

    results, kinds = _recorded_results()
    assert {"wrong_key", "voided", "wrong_current", "no_match", "already_open", "superseded"} <= results
    results |= set(KNOWN_REASONS) | {END_IDLE, END_EXPIRED, END_REVOKED, END_UNKNOWN}
    assert results <= set(AUDIT_RESULTS), sorted(results - set(AUDIT_RESULTS))
    assert kinds == {"number", "email", "kana"}
    assert kinds <= set(AUDIT_LOOKUP_KINDS)
