"""Unicode line breaks (U+2028, U+2029, NEL, VT, FF) in one-line fields are refused like LF,
through every service that takes one-line text; in multi-line text U+2028/U+2029 become LF
(issue 13). On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mypage_desktop.db.activity_models import ApplicationEvent
from mypage_desktop.domain.jobs import JobConditions
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.accounts.seeker_registration import register_seeker
from mypage_desktop.services.activity.applications import record_status
from mypage_desktop.services.activity.notices import send_notice
from services.activity_helpers import ONLINE, add_postings, codes, employer, jst, new_seeker, refer

BREAKS = ["\u2028", "\u2029", "\u0085", "\v", "\f"]


@pytest.fixture
def scene(ctx, facade: LocalFacade, clock):  # type: ignore[no-untyped-def]
    add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    return seeker, refer(ctx, seeker, ONLINE.job_number)


@pytest.mark.parametrize("brk", BREAKS)
def test_one_line_fields_refuse_every_line_break(ctx, facade, scene, brk: str) -> None:  # type: ignore[no-untyped-def]
    seeker, referral = scene
    interview = jst(2026, 12, 1, 14)
    assert codes(lambda: record_status(ctx, application_number=referral.application_number, status="面接予定",
                                       interview_at=interview, place=f"本社{brk}3F会議室")) == {
        "application.place_control_chars"}
    report = employer(ctx, {"event_id": "emp-1", "type": "status", "application": referral.referral_number,
                            "status": "面接予定", "interview_at": "2026-12-01T14:00", "place": f"本社{brk}3F"})
    assert [p.code for p in report.problems] == ["application.place_control_chars"]
    assert codes(lambda: send_notice(ctx, seeker_number=seeker.number, title=f"件名{brk}続き", body="本文")) == {
        "notice.title_control_chars"}
    assert codes(lambda: facade.save_search(seeker.token, f"事務{brk}山形", JobConditions())) == {
        "saved_search.name_too_long"}
    assert codes(lambda: register_seeker(ctx, name="酒田 次郎", name_kana="サカタ ジロウ", birthdate=date(1990, 7, 1),
                                         applied_on=date(2026, 11, 20), wish_location=f"山形市{brk}天童市")) == {
        "name.control_chars"}


@pytest.mark.parametrize("brk", ["\u2028", "\u2029"])
def test_multi_line_text_keeps_them_as_ordinary_line_breaks(ctx, scene, brk: str) -> None:  # type: ignore[no-untyped-def]
    _seeker, referral = scene
    record_status(ctx, application_number=referral.application_number, status="書類選考中",
                  note=f"履歴書を確認中{brk}結果は来週")
    with ctx.session_factory() as session:
        notes = list(session.scalars(select(ApplicationEvent.note).where(ApplicationEvent.note != "")))
    assert notes == ["履歴書を確認中\n結果は来週"]
