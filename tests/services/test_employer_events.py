"""Employer events (docs/product-rules.md §data-in-out, issue 5) on SQLite and PostgreSQL: applied by 紹介番号 or
応募番号, bad events reported with their index and reason while the rest are applied, idempotent by
event_id (the same file twice changes nothing)."""

from __future__ import annotations

import json
from datetime import UTC, date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mypage_desktop.db.activity_models import ApplicationEvent, ApplicationMessage, EmployerEventRecord
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.activity.employer_events import (
    EventFileError,
    import_employer_events_file,
    load_events,
)
from services.activity_helpers import ONLINE, ONLINE_2, add_postings, jst, new_seeker, refer

MOTIVATION = "貴社の理念に共感し、これまでの経験を活かしたいと考え応募しました。"


def counts(ctx) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[return-value]
                     for model in (ApplicationEvent, ApplicationMessage, EmployerEventRecord))


@pytest.fixture
def scene(ctx, facade: LocalFacade, clock):  # type: ignore[no-untyped-def]
    jobs = add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    referral = refer(ctx, seeker, ONLINE.job_number)
    online = facade.apply_online(seeker.token, jobs[ONLINE_2.job_number], MOTIVATION)
    return seeker, referral, online


def events_file(tmp_path: Path, events: Any, encoding: str = "utf-8") -> Path:
    path = tmp_path / "events.json"
    path.write_bytes(json.dumps(events, ensure_ascii=False, indent=1).encode(encoding))
    return path


def test_import_applies_good_events_reports_bad_ones_and_is_idempotent(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, scene, tmp_path: Path) -> None:
    seeker, referral, online = scene
    events = [
        {"event_id": "emp-001", "type": "status", "application": referral.referral_number, "status": "書類選考中",
         "at": "2026-11-26T09:00:00+09:00"},
        {"event_id": "emp-002", "type": "status", "application": referral.referral_number, "status": "面接予定",
         "interview_at": "2026-12-01T14:00", "place": "本社 3F", "note": "履歴書持参"},
        {"event_id": "emp-003", "type": "message", "application": online.application_number,
         "body": "ご応募ありがとうございます。\n書類を拝見します。", "at": "2026-11-26T10:00:00Z"},
        {"event_id": "emp-004", "type": "status", "application": "R06010-00000000", "status": "採用"},  # unknown
        {"event_id": "emp-005", "type": "status", "application": online.application_number, "status": "合格"},
        "not an object",
        {"type": "message", "application": online.application_number, "body": "x"},  # no event_id
        {"event_id": "emp-008", "type": "status", "application": online.application_number, "status": "面接予定"},
        {"event_id": "emp-009", "type": "message", "application": online.application_number, "body": ""},
        {"event_id": "emp-010", "type": "status", "application": online.application_number, "status": "採用",
         "at": "来週"},
        {"event_id": "emp-011", "type": "status", "application": online.application_number, "status": "採用",
         "interviewAt": "2026-12-01T10:00"},
        {"event_id": "emp-001", "type": "status", "application": referral.referral_number, "status": "選考中"},
        {"event_id": "emp-013", "type": "status", "application": online.application_number, "status": "不採用"},
        {"event_id": "emp-014", "type": "status", "application": online.application_number, "status": "書類選考中"},
    ]
    path = events_file(tmp_path, {"events": events})
    report = import_employer_events_file(ctx, path)
    assert (report.total, report.applied, report.already_imported) == (14, 4, 0)
    assert [(p.index, p.event_id, p.code) for p in report.problems] == [
        (3, "emp-004", "event.application_not_found"),
        (4, "emp-005", "application.unknown_status"),
        (5, None, "event.not_an_object"),
        (6, None, "event.event_id"),
        (7, "emp-008", "application.interview_required"),
        (8, "emp-009", "message.empty"),
        (9, "emp-010", "event.datetime"),
        (10, "emp-011", "event.unknown_field"),
        (11, "emp-001", "event.duplicate_in_file"),
        (13, "emp-014", "application.transition_refused"),  # 不採用 → 書類選考中
    ]
    before = counts(ctx)

    detail = facade.application_detail(seeker.token, referral.application_id)
    assert [(h.status, h.recorded_by) for h in detail.history] == [
        ("応募済", "ハローワーク"), ("書類選考中", "事業所"), ("面接予定", "事業所")]
    assert detail.history[1].at == jst(2026, 11, 26, 9).astimezone(UTC)
    interview = detail.history[2]
    assert interview.interview_at == jst(2026, 12, 1, 14).astimezone(UTC)  # no offset: Japan time
    assert (interview.interview_place, interview.note) == ("本社 3F", "履歴書持参")
    assert facade.application_detail(seeker.token, online.application_id).summary.status == "不採用"
    [message] = facade.message_thread(seeker.token, online.application_id).messages
    assert message.from_employer and message.body == "ご応募ありがとうございます。\n書類を拝見します。"
    assert message.sent_at == jst(2026, 11, 26, 19).astimezone(UTC)

    again = import_employer_events_file(ctx, path)  # the same file twice changes nothing
    assert (again.applied, again.already_imported) == (0, 4)
    assert [(p.index, p.code) for p in again.problems] == [(p.index, p.code) for p in report.problems]
    assert counts(ctx) == before
    assert [h.status for h in facade.application_detail(seeker.token, referral.application_id).history] == [
        "応募済", "書類選考中", "面接予定"]


def test_a_plain_array_and_a_fixed_event_after_a_bad_one(ctx, facade: LocalFacade, scene, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeker, referral, _online = scene
    bad = [{"event_id": "e-1", "type": "status", "application": referral.application_number, "status": "採用",
            "at": "2026-13-01T10:00"}]
    report = import_employer_events_file(ctx, events_file(tmp_path, bad))
    assert report.applied == 0 and [p.code for p in report.problems] == ["event.datetime"]
    # A bad event is not recorded, so the corrected event with the same id can be imported.
    bad[0]["at"] = "2026-12-01T10:00"
    report = import_employer_events_file(ctx, events_file(tmp_path, bad, encoding="utf-8-sig"))
    assert (report.applied, report.problems) == (1, ())
    assert facade.applications(seeker.token, "採用")[0].application_id == referral.application_id


@pytest.mark.parametrize(("content", "expected"), [
    (b"{not json", "JSON として読めません"),
    ("[]".encode("utf-16"), "UTF-8 ではありません"),
    (b'{"items": []}', "イベントの配列"),
    (None, "読み込めません"),
])
def test_unreadable_files(ctx, tmp_path: Path, content: bytes | None, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "events.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(EventFileError) as info:
        load_events(path)
    assert expected in info.value.message
