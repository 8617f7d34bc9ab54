"""Referrals, application status and notices from the staff console: a staff session is
required, and the audit row names the staff member (docs/product-rules.md §staff; docs/security.md A4, S1)."""

from __future__ import annotations

from datetime import datetime

import pytest

from mypage_desktop.domain.errors import SessionInvalid, ValidationFailed
from mypage_desktop.domain.staff_dto import SeekerQuery
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.facade.local.staff import LocalStaffFacade
from services.activity_helpers import ONLINE, add_postings
from services.helpers import DEMO_EMAIL
from services.security_helpers import audit_rows, login_token, make_staff, open_hanako


@pytest.fixture
def staff(ctx) -> LocalStaffFacade:  # type: ignore[no-untyped-def]
    return LocalStaffFacade(ctx)


def test_referral_status_and_notice_are_issued_by_the_signed_in_staff_member(ctx, staff, facade) -> None:  # type: ignore[no-untyped-def]
    add_postings(ctx)
    staff_id, token = make_staff(ctx)
    seeker_id = staff.find_seekers(token, SeekerQuery(email=DEMO_EMAIL))[0].seeker_id
    issued = staff.issue_referral(token, seeker_id, ONLINE.job_number, "面接の際は履歴書持参")
    recorded = staff.record_application_status(token, issued.application_number, "面接予定",
                                               interview_at=datetime(2026, 12, 3, 14, 0, tzinfo=JST),
                                               place="本社")
    assert recorded.status == "面接予定"
    sent = staff.send_notice(token, seeker_id, "おすすめの求人", "ご確認ください。", ONLINE.job_number)
    assert sent.kind == "おすすめ求人"
    for action in ("referral_issued", "application_status", "notice_sent"):
        row = audit_rows(ctx, action)[-1]
        assert (row.actor_type, row.actor_id) == ("staff", staff_id)
    with pytest.raises(ValidationFailed) as info:
        staff.send_notice(token, 9999, "件名", "本文")
    assert info.value.codes() == {"seeker.not_found"}


def test_a_seeker_token_cannot_issue_anything(ctx, staff) -> None:  # type: ignore[no-untyped-def]
    add_postings(ctx)
    open_hanako(ctx)
    seeker_token = login_token(ctx, "hanako.mogami@example.jp")
    for call in (lambda: staff.issue_referral(seeker_token, 1, ONLINE.job_number),
                 lambda: staff.send_notice(seeker_token, 1, "件名", "本文"),
                 lambda: staff.record_application_status(seeker_token, "X", "採用")):
        with pytest.raises(SessionInvalid):
            call()
