"""What the counter's lookups share (seekers in the console, 仮登録 at the counter): フリガナ +
生年月日 as a validated condition, and the audit row every staff action writes (ids only,
docs/security.md A4)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import InstrumentedAttribute, Session

from mypage_desktop.domain.birthdate import birthdate_errors, parse_birthdate
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.seeker import name_errors
from mypage_desktop.domain.text import to_katakana
from mypage_desktop.services import audit
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.sign_in import StaffActor


def kana_and_birthdate(kana_column: InstrumentedAttribute[Any], birthdate_column: InstrumentedAttribute[Any],
                       name_kana: str, year: str, month: str, day: str, today: date) -> ColumnElement[bool]:
    """The rows whose フリガナ (spaces, half- or full-width, ignored on both sides) and 生年月日
    match; the fields' own messages (ValidationFailed) when either is not valid."""
    errors = name_errors("name_kana", name_kana, kana=True) + birthdate_errors(year, month, day, today)
    if errors:
        raise ValidationFailed(errors)
    kana = to_katakana(name_kana).replace(" ", "").replace("\u3000", "")
    stored = func.replace(func.replace(kana_column, " ", ""), "\u3000", "")
    return (stored == kana) & (birthdate_column == parse_birthdate(year, month, day, today))


def record_staff_action(ctx: ServiceContext, session: Session, actor: StaffActor, now: datetime, action: str,
                        result: str, target_type: str, target_id: int | None) -> None:
    """The audit row of a staff action; no target when a lookup found none or several."""
    audit.record(session, at=now, action=action, result=result, terminal=ctx.terminal, actor_type="staff",
                 actor_id=actor.staff_id, target_type=target_type if target_id is not None else None,
                 target_id=target_id)
