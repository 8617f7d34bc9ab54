"""Shared steps for the issue-6 tests: reset keys from the outbox, staff accounts, audit rows."""

from __future__ import annotations

import dataclasses
import re

from sqlalchemy import func, select

from mypage_desktop.db.audit_models import AuditLog
from mypage_desktop.domain.caller import Caller
from mypage_desktop.facade.local.backend import build_context
from mypage_desktop.services.accounts import login as auth, opening, recovery
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.accounts import create_staff
from mypage_desktop.services.staff.sign_in import change_staff_password, reauthenticate, staff_login
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, GOOD_PASSWORD, outbox, request_key

NEW_PASSWORD = "Zao#Onsen2026"
STAFF_PASSWORD = "Counter#Desk42"
HANAKO_EMAIL = "hanako.mogami@example.jp"
HANAKO_BIRTH = ("1992", "11", "3")


def key_from(body: str) -> str:
    match = re.search(r"認証キー：(\d{4}) (\d{4})", body)
    assert match, "no key in the mail"
    return match.group(1) + match.group(2)


def latest_reset_key(ctx: ServiceContext) -> str:
    return key_from(outbox(ctx, "reset_key")[-1].body)


def request_reset_key(ctx: ServiceContext, email: str = DEMO_EMAIL,
                      birth: tuple[str, str, str] = DEMO_BIRTH) -> str:
    recovery.request_password_reset(ctx, email, *birth)
    return latest_reset_key(ctx)


def open_hanako(ctx: ServiceContext) -> None:
    """Opens the second demo seeker's My Page (password GOOD_PASSWORD)."""
    key = request_key(ctx, HANAKO_EMAIL, HANAKO_BIRTH)
    opening.complete_password_registration(ctx, HANAKO_EMAIL, key, GOOD_PASSWORD, GOOD_PASSWORD)


def login_token(ctx: ServiceContext, email: str = DEMO_EMAIL, password: str = GOOD_PASSWORD) -> str:
    result = auth.login(ctx, email, password)
    assert result.token, result
    return result.token


def other_pc(ctx: ServiceContext, terminal: str) -> ServiceContext:
    """Another PC on the same database (its own terminal id, same clock and settings)."""
    engine = ctx.session_factory.kw["bind"]
    other = build_context(ctx.settings, engine, ctx.clock, ctx.hasher)
    return dataclasses.replace(other, caller=Caller(terminal, ctx.caller.kind))


def audit_rows(ctx: ServiceContext, action: str | None = None) -> list[AuditLog]:
    with ctx.session_factory() as session:
        query = select(AuditLog).order_by(AuditLog.id)
        if action:
            query = query.where(AuditLog.action == action)
        return list(session.scalars(query))


def audit_count(ctx: ServiceContext) -> int:
    with ctx.session_factory() as session:
        return session.scalar(select(func.count()).select_from(AuditLog)) or 0


def make_staff(ctx: ServiceContext, login_id: str = "sato.k", role: str = "職員",
               password: str = STAFF_PASSWORD) -> tuple[int, str]:
    """A staff member past the first-login password change; returns (staff id, token)."""
    created = create_staff(ctx, login_id=login_id, display_name="佐藤 健", role=role)
    first = staff_login(ctx, login_id, created.one_time_password)
    assert first.token and first.profile and first.profile.must_change_password
    change_staff_password(ctx, first.token, created.one_time_password, password, password)
    return created.staff_id, first.token


def reauthed(ctx: ServiceContext, token: str, password: str = STAFF_PASSWORD) -> str:
    reauthenticate(ctx, token, password)
    return token
