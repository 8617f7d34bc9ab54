"""Employer events (``mypage-admin import-employer-events FILE``): status changes, messages and
直接リクエスト (docs/product-rules.md §publication) from the employers' own system
(docs/product-rules.md §data-in-out). Each event is applied in its own transaction; bad
events are reported with their index and reason and the rest applied. Idempotent by
``event_id``: the id is recorded in the same transaction as the change, so importing the same
file twice changes nothing (and two imports at once apply each event once).

File: UTF-8 JSON, either an array of events or ``{"events": [...]}``. See
:data:`FIELDS` for the fields."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mypage_desktop.db.activity_models import EmployerEventRecord
from mypage_desktop.domain.activity_dto import EmployerEventReport, EventProblem
from mypage_desktop.domain.applications import (
    Actor,
    ApplicationStatus,
    event_time_error,
    message_errors,
    parse_status,
)
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.publication import PUBLIC_NUMBER
from mypage_desktop.domain.text import nfkc
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.services import audit
from mypage_desktop.services.activity.applications import change_status, find_application
from mypage_desktop.services.activity.direct_requests import receive_direct_request
from mypage_desktop.services.activity.employer_messages import add_employer_message
from mypage_desktop.services.context import ServiceContext

DIRECT_REQUEST = "direct_request"
EVENT_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
FIELDS = {
    "event_id": "必須。イベントを一意に表す ID（半角英数字と . _ : -、64文字以内）。同じ ID は二度反映されない",
    "type": "必須。\"status\"（応募状況の変更）・\"message\"（事業所からのメッセージ）・"
            "\"direct_request\"（公開中の求職者への直接リクエスト）",
    "application": "type=status・message で必須。紹介番号（R…）か応募番号（A…）",
    "posting": "type=direct_request で必須。求人番号（例 06010-00000001）",
    "seeker": "type=direct_request で必須。求職公開番号（K で始まる10文字。求職番号ではない）",
    "status": "type=status で必須。書類選考中・面接予定・選考中・採用・不採用・辞退・取消",
    "interview_at": "status=面接予定 で必須。ISO 8601 の日時（例 2026-12-01T14:00:00+09:00、時差なしは日本時間）",
    "place": "面接場所（任意、200文字以内、改行不可）",
    "note": "応募状況の備考（任意、500文字以内）",
    "body": "type=message で必須。本文（2000文字以内、改行可、その他の制御文字不可）。"
            "type=direct_request では任意の添え書き",
    "at": "事業所側で発生した日時（任意、省略時は取込日時）。ISO 8601",
}


class EventFileError(Exception):
    """The file as a whole cannot be read; nothing was imported."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def load_events(path: str | Path) -> list[Any]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise EventFileError(f"ファイル {path} を読み込めません（{exc.strerror or type(exc).__name__}）") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise EventFileError("ファイルが UTF-8 ではありません。UTF-8 の JSON で保存してください。") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EventFileError(f"JSON として読めません（{exc.lineno} 行 {exc.colno} 列: {exc.msg}）") from None
    except RecursionError:  # arrays or objects nested thousands deep
        raise EventFileError("JSON の入れ子が深すぎるため読めません。何も取り込んでいません。") from None
    except ValueError:  # e.g. a number of more than 4,300 digits
        raise EventFileError("JSON として読めない値があります。何も取り込んでいません。") from None
    if isinstance(data, dict) and isinstance(data.get("events"), list):
        data = data["events"]
    if not isinstance(data, list):
        raise EventFileError('イベントの配列 [...] か {"events": [...]} を記述してください。')
    return data


@dataclass(frozen=True)
class EmployerEvent:
    event_id: str
    kind: str
    application: str
    status: ApplicationStatus | None
    interview_at: datetime | None
    place: str
    note: str
    body: str
    at: datetime | None
    posting: str = ""
    seeker: str = ""


def _string(raw: dict[str, Any], name: str, errors: list[FieldError]) -> str:
    value = raw.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.append(FieldError(name, "event.field_type", {"field": name}))
        return ""
    return value


def _moment(raw: dict[str, Any], name: str, errors: list[FieldError]) -> datetime | None:
    text = _string(raw, name, errors)
    if not text:
        return None
    value = nfkc(text).strip()
    try:
        if not re.search(r"\d[T ]\d", value):
            raise ValueError(value)  # a date alone is not a time
        moment = datetime.fromisoformat(value)
    except ValueError:
        errors.append(FieldError(name, "event.datetime", {"field": name, "value": text[:40]}))
        return None
    return moment.replace(tzinfo=JST) if moment.tzinfo is None else moment


def parse_event(raw: Any) -> EmployerEvent:
    """Checks one event's shape; ValidationFailed lists every problem found."""
    if not isinstance(raw, dict):
        raise ValidationFailed([FieldError("event", "event.not_an_object")])
    errors = [FieldError(str(name), "event.unknown_field", {"field": str(name)[:40]})
              for name in raw if name not in FIELDS]
    event_id = _string(raw, "event_id", errors)
    if not EVENT_ID.fullmatch(event_id):
        errors.append(FieldError("event_id", "event.event_id"))
    kind = _string(raw, "type", errors)
    if kind not in ("status", "message", DIRECT_REQUEST):
        errors.append(FieldError("type", "event.type"))
    application = _string(raw, "application", errors)
    posting, seeker = _string(raw, "posting", errors), _string(raw, "seeker", errors)
    if kind == DIRECT_REQUEST:
        if not posting.strip() or len(posting) > 20:
            errors.append(FieldError("posting", "event.posting"))
        if not PUBLIC_NUMBER.fullmatch(seeker):
            errors.append(FieldError("seeker", "event.seeker"))
    elif not application.strip() or len(application) > 20:
        errors.append(FieldError("application", "event.application"))
    status: ApplicationStatus | None = None
    interview_at = _moment(raw, "interview_at", errors)
    if kind == "status":
        text = _string(raw, "status", errors)
        status = parse_status(text)
        if status is None or status is ApplicationStatus.APPLIED:
            errors.append(FieldError("status", "application.unknown_status", {"status": text[:20]}))
        elif status is ApplicationStatus.INTERVIEW and interview_at is None and "interview_at" not in raw:
            errors.append(FieldError("interview_at", "application.interview_required"))
    at = _moment(raw, "at", errors)
    place, note, body = _string(raw, "place", errors), _string(raw, "note", errors), _string(raw, "body", errors)
    if kind == DIRECT_REQUEST and body:
        body, body_errors = message_errors(body)
        errors += body_errors
    if errors:
        raise ValidationFailed(errors)
    return EmployerEvent(event_id, kind, application, status, interview_at, place, note, body, at, posting, seeker)


def _apply(ctx: ServiceContext, event: EmployerEvent) -> bool:
    """True when applied now, False when this event_id was imported before."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        if session.get(EmployerEventRecord, event.event_id) is not None:
            return False
        if event.kind == DIRECT_REQUEST:
            return _apply_direct_request(ctx, session, event, now)
        app = find_application(session, event.application)
        if app is None:
            raise ValidationFailed([FieldError("application", "event.application_not_found",
                                               {"number": event.application[:20]})])
        if event.at is not None and (late := event_time_error(event.at, now)) is not None:
            raise ValidationFailed([late])
        try:
            # Recorded first: a concurrent import of the same event waits on this key, then fails.
            with session.begin_nested():
                session.add(EmployerEventRecord(event_id=event.event_id, kind=event.kind, application_id=app.id,
                                                imported_at=now))
                session.flush()
        except IntegrityError:
            return False
        if event.kind == "status":
            assert event.status is not None
            change_status(session, app, event.status, actor=Actor.EMPLOYER, now=now, at=event.at, note=event.note,
                          interview_at=event.interview_at, place=event.place, source_event_id=event.event_id)
        else:
            add_employer_message(session, app, event.body, event.at or now, event.event_id)
        audit.record(session, at=now, action=f"employer_{event.kind}", result="ok", terminal=ctx.terminal,
                     actor_type="import", target_type="application", target_id=app.id)
        return True


def _apply_direct_request(ctx: ServiceContext, session: Session, event: EmployerEvent, now: datetime) -> bool:
    if event.at is not None and (late := event_time_error(event.at, now)) is not None:
        raise ValidationFailed([late])
    try:
        with session.begin_nested():
            record = EmployerEventRecord(event_id=event.event_id, kind="direct", application_id=0, imported_at=now)
            session.add(record)
            session.flush()
    except IntegrityError:
        return False
    request = receive_direct_request(session, job_number=event.posting, public_number=event.seeker, body=event.body,
                                     event_id=event.event_id, now=now, at=event.at,
                                     sender=ctx.settings.office_name)
    record.application_id = request.id  # for a direct request: the request's id
    audit.record(session, at=now, action="employer_direct_request", result="ok", terminal=ctx.terminal,
                 actor_type="import", target_type="direct_request", target_id=request.id)
    return True


def import_employer_events(ctx: ServiceContext, events: list[Any]) -> EmployerEventReport:
    problems: list[EventProblem] = []
    applied = already = 0
    seen: set[str] = set()

    def report(index: int, raw: Any, errors: tuple[FieldError, ...]) -> None:
        event_id = raw.get("event_id") if isinstance(raw, dict) and isinstance(raw.get("event_id"), str) else None
        for error in errors:
            problems.append(EventProblem(index, event_id[:64] if event_id else None, error.code, dict(error.params)))

    for index, raw in enumerate(events):
        try:
            event = parse_event(raw)
            if event.event_id in seen:
                raise ValidationFailed([FieldError("event_id", "event.duplicate_in_file")])
            seen.add(event.event_id)
            if _apply(ctx, event):
                applied += 1
            else:
                already += 1
        except ValidationFailed as exc:
            report(index, raw, exc.errors)
    return EmployerEventReport(len(events), applied, already, tuple(problems))


def import_employer_events_file(ctx: ServiceContext, path: str | Path) -> EmployerEventReport:
    return import_employer_events(ctx, load_events(path))
