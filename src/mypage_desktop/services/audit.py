"""Append-only audit records: who, what, whom, when, where, result. Ids only (docs/security.md A4)."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy.orm import Session

from mypage_desktop.db.audit_models import AuditLog

log = logging.getLogger("mypage.audit")


def record(
    session: Session,
    *,
    at: datetime,
    action: str,
    result: str,
    terminal: str,
    actor_type: str = "anonymous",
    actor_id: int | None = None,
    target_type: str | None = None,
    target_id: int | None = None,
) -> None:
    session.add(
        AuditLog(
            at=at,
            actor_type=actor_type,
            actor_id=actor_id,
            action=action,
            target_type=target_type,
            target_id=target_id,
            terminal=terminal,
            result=result,
        )
    )
    log.info("audit action=%s result=%s actor=%s:%s target=%s:%s", action, result, actor_type,
             actor_id, target_type, target_id)
