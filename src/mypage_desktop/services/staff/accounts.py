"""Staff accounts (職員 / 管理者). No default accounts: the first comes from the CLI with a
one-time password that must be changed at first login (docs/security.md A1)."""

from __future__ import annotations

import re
import secrets
import string
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from mypage_desktop.db.staff_models import StaffAccount, StaffLoginThrottle, StaffSession
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.seeker import name_errors
from mypage_desktop.services import audit
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.sign_in import login_digest


class StaffRole(StrEnum):
    STAFF = "職員"
    ADMIN = "管理者"


@dataclass(frozen=True)
class StaffCreated:
    staff_id: int
    login_id: str
    role: str
    one_time_password: str


def _one_time_password() -> str:
    alphabet = string.ascii_letters + string.digits
    core = "".join(secrets.choice(alphabet) for _ in range(14))
    return f"{core[:7]}-{core[7:]}{secrets.choice('!#%+')}{secrets.randbelow(10)}"


def create_staff(ctx: ServiceContext, *, login_id: str, display_name: str, role: str) -> StaffCreated:
    errors = name_errors("display_name", display_name)
    if not re.fullmatch(r"[a-z0-9._-]{3,40}", login_id):
        errors.append(FieldError("login_id", "staff.login_id"))
    if role not in {r.value for r in StaffRole}:
        errors.append(FieldError("role", "staff.role"))
    if errors:
        raise ValidationFailed(errors)
    password = _one_time_password()
    password_hash = ctx.hasher.hash(password)
    with ctx.session_factory.begin() as session:
        if session.scalar(select(StaffAccount.id).where(StaffAccount.login_id == login_id)) is not None:
            raise ValidationFailed([FieldError("login_id", "staff.login_id_taken")])
        now = ctx.clock()
        staff = StaffAccount(login_id=login_id, display_name=display_name.strip(), role=role,
                             password_hash=password_hash, must_change_password=True, created_at=now)
        session.add(staff)
        session.flush()
        audit.record(session, at=now, action="staff_created", result="ok", terminal=ctx.terminal,
                     actor_type="system", target_type="staff", target_id=staff.id)
        return StaffCreated(staff.id, login_id, role, password)


def reset_staff_password(ctx: ServiceContext, *, login_id: str) -> StaffCreated:
    """``mypage-admin reset-staff-password``: a new one-time password to be changed at the next
    sign-in, for a staff member (or the only 管理者) who forgot theirs. Ends their sessions and
    clears their lockout. Audited with the CLI as the actor."""
    password = _one_time_password()
    password_hash = ctx.hasher.hash(password)
    with ctx.session_factory.begin() as session:
        staff = session.scalar(select(StaffAccount).where(StaffAccount.login_id == login_id))
        if staff is None:
            raise ValidationFailed([FieldError("login_id", "staff.not_found")])
        now = ctx.clock()
        staff.password_hash = password_hash
        staff.must_change_password = True
        for row in session.scalars(select(StaffSession).where(StaffSession.staff_id == staff.id,
                                                              StaffSession.revoked_at.is_(None))):
            row.revoked_at = now
            row.revoke_reason = "password_reset"
        throttle = session.get(StaffLoginThrottle, login_digest(login_id))
        if throttle is not None:
            session.delete(throttle)
        audit.record(session, at=now, action="staff_password_reset", result="ok", terminal=ctx.terminal,
                     actor_type="cli", target_type="staff", target_id=staff.id)
        return StaffCreated(staff.id, staff.login_id, staff.role, password)
