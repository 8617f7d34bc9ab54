"""What staff see of the seeker's own changes and 求職情報提供 (docs/product-rules.md §own-changes):
the state and the last change in the seeker summary, and the history with the values before
and after (personal data: shown to an authenticated staff member, audited, never logged)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import InfoSharingConsent, JobSeeker
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.own_changes import OwnChangeEntry
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.own_changes import history, last_change
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.sign_in import require_staff


def own_changes_summary(session: Session, seeker_id: int) -> dict[str, Any]:
    """The SeekerSummary fields of issue 12."""
    consent = session.get(InfoSharingConsent, seeker_id)
    last = last_change(session, seeker_id)
    return {
        "info_sharing": consent is not None and consent.withdrawn_at is None,
        "info_sharing_given_at": consent.given_at if consent else None,
        "info_sharing_withdrawn_at": consent.withdrawn_at if consent else None,
        "last_own_change_at": last[0] if last else None,
        "last_own_change_fields": last[1] if last else (),
    }


def seeker_own_changes(ctx: ServiceContext, token: str, seeker_id: int) -> list[OwnChangeEntry]:
    """The seeker's own changes, newest first (at most 100); audited as ``own_changes_viewed``."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        if session.get(JobSeeker, seeker_id) is None:
            raise ValidationFailed([FieldError("seeker", "seeker.not_found")])
        audit.record(session, at=now, action="own_changes_viewed", result="ok", terminal=ctx.terminal,
                     actor_type="staff", actor_id=actor.staff_id, target_type="seeker", target_id=seeker_id)
        return history(session, seeker_id)
