"""面接日時 and event times out of any sane range (issue 13): refused by the employer import and
by the staff console's 応募状況の記録, on SQLite and PostgreSQL; an interview stored before the
rule existed gives a clear answer instead of a crash when saved as .ics."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from mypage_desktop.db.activity_models import ApplicationEvent
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.services.activity.applications import record_status
from services.activity_helpers import ONLINE, add_postings, codes, employer, jst, new_seeker, refer
from services.security_helpers import make_staff

FAR_FUTURE = "9999-12-31T23:30:00Z"


@pytest.fixture
def scene(ctx, facade: LocalFacade, clock):  # type: ignore[no-untyped-def]
    add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    return seeker, refer(ctx, seeker, ONLINE.job_number)


@pytest.mark.parametrize("when", [FAR_FUTURE, "0001-01-01T00:00:00+09:00", "2028-01-01T10:00", "2025-06-01T10:00"])
def test_employer_event_with_an_interview_out_of_range_is_refused(ctx, facade, scene, when: str) -> None:  # type: ignore[no-untyped-def]
    seeker, referral = scene
    report = employer(ctx, {"event_id": "emp-1", "type": "status", "application": referral.referral_number,
                            "status": "面接予定", "interview_at": when, "place": "本社"})
    assert report.applied == 0
    assert [(p.index, p.code) for p in report.problems] == [(0, "application.interview_out_of_range")]
    assert report.problems[0].params == {"earliest": "2025年11月24日", "latest": "2027年11月26日"}
    assert facade.applications(seeker.token)[0].status == "応募済"
    assert facade.dashboard(seeker.token).upcoming_interviews == ()


def test_employer_event_time_out_of_range_is_refused(ctx, facade, scene) -> None:  # type: ignore[no-untyped-def]
    seeker, referral = scene
    report = employer(ctx, {"event_id": "emp-1", "type": "status", "application": referral.referral_number,
                            "status": "書類選考中", "at": FAR_FUTURE},
                      {"event_id": "emp-2", "type": "status", "application": referral.referral_number,
                       "status": "書類選考中", "at": "2026-11-24T09:00"})
    assert report.applied == 1
    assert [(p.index, p.code) for p in report.problems] == [(0, "application.event_time_out_of_range")]


def test_staff_form_refuses_an_interview_out_of_range(ctx, scene) -> None:  # type: ignore[no-untyped-def]
    _seeker, referral = scene
    staff = LocalStaffFacade(ctx)
    _staff_id, token = make_staff(ctx)
    for when in (datetime(9999, 12, 31, 23, 30, tzinfo=UTC), jst(2030, 1, 1, 10)):
        assert codes(lambda when=when: staff.record_application_status(
            token, referral.application_number, "面接予定", interview_at=when, place="本社")) == {
            "application.interview_out_of_range"}
    recorded = staff.record_application_status(token, referral.application_number, "面接予定",
                                               interview_at=jst(2026, 12, 3, 14), place="本社")
    assert recorded.status == "面接予定"


def test_ics_of_an_interview_stored_before_the_rule_is_refused_not_crashed(ctx, facade, scene) -> None:  # type: ignore[no-untyped-def]
    seeker, referral = scene
    record_status(ctx, application_number=referral.application_number, status="面接予定",
                  interview_at=jst(2026, 12, 1, 14), place="本社")
    with ctx.session_factory.begin() as session:  # what an import before the fix let in
        session.execute(update(ApplicationEvent).where(ApplicationEvent.interview_at.is_not(None))
                        .values(interview_at=datetime(9999, 12, 31, 23, 30, tzinfo=UTC)))
    assert codes(lambda: facade.interview_ics(seeker.token, referral.application_id)) == {
        "application.interview_unusable"}
