"""The audit-log viewer and the staff list behind its filter (docs/security.md A4, P1): 管理者 only.
Rows carry ids, never personal data; reading the log is itself audited."""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from mypage_desktop.db.account_models import LoginAccount
from mypage_desktop.db.audit_models import AuditLog
from mypage_desktop.db.staff_models import StaffAccount
from mypage_desktop.domain.audit_dto import AuditEntry, AuditQuery
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.staff_dto import StaffMember
from mypage_desktop.services import audit
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.sign_in import require_staff

MAX_ROWS = 1000


def audit_entries(ctx: ServiceContext, token: str, query: AuditQuery) -> list[AuditEntry]:
    """Newest first, filtered by time (``since`` ≤ at < ``until``), staff member (as actor),
    seeker (as target, or as the actor of their own account's events) and action."""
    if query.since is not None and query.until is not None and query.since >= query.until:
        raise ValidationFailed([FieldError("until", "audit.range")])
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now, admin=True)
        statement = select(AuditLog)
        if query.since is not None:
            statement = statement.where(AuditLog.at >= query.since)
        if query.until is not None:
            statement = statement.where(AuditLog.at < query.until)
        if query.staff_id is not None:
            statement = statement.where(AuditLog.actor_type == "staff", AuditLog.actor_id == query.staff_id)
        if query.seeker_id is not None:
            about_seeker = and_(AuditLog.target_type == "seeker", AuditLog.target_id == query.seeker_id)
            account_id = session.scalar(select(LoginAccount.id).where(LoginAccount.seeker_id == query.seeker_id))
            if account_id is None:
                statement = statement.where(about_seeker)
            else:
                statement = statement.where(or_(
                    about_seeker,
                    and_(AuditLog.target_type == "account", AuditLog.target_id == account_id),
                    and_(AuditLog.actor_type == "seeker", AuditLog.actor_id == account_id),
                ))
        if query.action:
            statement = statement.where(AuditLog.action == query.action)
        if query.before_id is not None:
            statement = statement.where(AuditLog.id < query.before_id)
        limit = max(1, min(query.limit, MAX_ROWS))
        rows = list(session.scalars(statement.order_by(AuditLog.id.desc()).limit(limit)))
        entries = [AuditEntry(r.id, r.at, r.actor_type, r.actor_id, r.action, r.target_type, r.target_id,
                              r.terminal, r.result) for r in rows]
        audit.record(session, at=now, action="audit_viewed", result=str(len(entries)), terminal=ctx.terminal,
                     actor_type="staff", actor_id=actor.staff_id,
                     target_type="seeker" if query.seeker_id is not None else None, target_id=query.seeker_id)
        return entries


def staff_members(ctx: ServiceContext, token: str) -> list[StaffMember]:
    """Every staff account (for the viewer's staff filter and to show names for ids)."""
    with ctx.session_factory.begin() as session:
        require_staff(session, token, ctx.clock(), admin=True)
        return [StaffMember(s.id, s.login_id, s.display_name, s.role, s.disabled)
                for s in session.scalars(select(StaffAccount).order_by(StaffAccount.id))]
