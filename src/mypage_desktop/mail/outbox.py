"""Writing to the outbox inside the caller's transaction (docs/product-rules.md §data-in-out: the key and its mail
commit together)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mypage_desktop.db.mail_models import MailOutbox
from mypage_desktop.domain.email import mask_email

STATUS_PENDING: Final = "pending"
STATUS_RETRYING: Final = "retrying"
STATUS_SENT: Final = "sent"
STATUS_FAILED: Final = "failed"


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


@dataclass(frozen=True)
class OutboxEntry:
    """One outbox row for ``mypage-admin outbox list``: the address is masked, no body."""

    id: int
    recipient: str
    subject: str
    kind: str
    attempts: int
    status: str
    next_attempt_at: datetime
    sent_at: datetime | None
    failed_at: datetime | None = None
    last_error: str | None = None


def list_outbox(session_factory: sessionmaker[Session], include_sent: bool = False) -> list[OutboxEntry]:
    """Rows for ``mypage-admin outbox list``, oldest first; sent rows only when asked."""
    statement = select(MailOutbox).order_by(MailOutbox.id)
    if not include_sent:
        statement = statement.where(MailOutbox.sent_at.is_(None))
    entries: list[OutboxEntry] = []
    with session_factory() as session:
        for row in session.scalars(statement):
            if row.sent_at is not None:
                status = STATUS_SENT
            elif row.failed_at is not None:
                status = STATUS_FAILED
            elif row.attempts > 0:
                status = STATUS_RETRYING
            else:
                status = STATUS_PENDING
            entries.append(
                OutboxEntry(
                    id=row.id,
                    recipient=mask_email(row.recipient),
                    subject=row.subject,
                    kind=row.kind,
                    attempts=row.attempts,
                    status=status,
                    next_attempt_at=row.next_attempt_at,
                    sent_at=row.sent_at,
                    failed_at=row.failed_at,
                    last_error=row.last_error,
                )
            )
    return entries
