"""Writing to the outbox inside the caller's transaction (SPEC §5: the key and its mail
commit together)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mypage_desktop.db.models import MailOutbox


def enqueue(
    session: Session, *, recipient: str, subject: str, body: str, kind: str, now: datetime
) -> MailOutbox:
    row = MailOutbox(
        recipient=recipient,
        subject=subject,
        body=body,
        kind=kind,
        created_at=now,
        attempts=0,
        next_attempt_at=now,
    )
    session.add(row)
    session.flush()
    return row
