"""求職登録 and login-email registration (used by staff and the CLI)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.domain.account_dto import SeekerProfile
from mypage_desktop.domain.email import email_errors, normalize_email
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.seeker import (
    SeekerStatus,
    end_of_month_after_next,
    generate_seeker_number,
    name_errors,
)
from mypage_desktop.domain.text import has_control_chars, nfkc, to_katakana
from mypage_desktop.services import audit
from mypage_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class SeekerRegistered:
    seeker_id: int
    seeker_number: str
    valid_until: date
    email: str | None


def _phone_errors(phone: str) -> list[FieldError]:
    value = nfkc(phone).strip()
    if value and not re.fullmatch(r"[0-9][0-9-]{8,14}", value):
        return [FieldError("phone", "phone.invalid")]
    return []


def register_seeker(ctx: ServiceContext, **fields: Any) -> SeekerRegistered:
    """求職登録 in its own transaction; ``fields`` are :func:`add_seeker`'s keywords."""
    with ctx.session_factory.begin() as session:
        return add_seeker(ctx, session, **fields)


def add_seeker(
    ctx: ServiceContext,
    session: Session,
    *,
    name: str,
    name_kana: str,
    birthdate: date,
    applied_on: date,
    phone: str = "",
    address: str = "",
    email: str | None = None,
    wish_occupation: str = "",
    wish_location: str = "",
    wish_wage: str = "",
    actor_type: str = "system",
    actor_id: int | None = None,
) -> SeekerRegistered:
    """求職登録 inside the caller's transaction (本登録 claims its 仮登録 in the same one)."""
    wishes = {"wish_occupation": wish_occupation, "wish_location": wish_location, "wish_wage": wish_wage}
    errors = (name_errors("name", name) + name_errors("name_kana", name_kana, kana=True) + _phone_errors(phone)
              + text_field_errors({"address": address, **wishes}))
    if email is not None:
        errors += email_errors(email)
    if errors:
        raise ValidationFailed(errors)
    normalized_email = normalize_email(email) if email is not None else None
    now = ctx.clock()
    for _attempt in range(5):
        if normalized_email and _email_taken(session, normalized_email):
            raise ValidationFailed([FieldError("email", "email.taken")])
        try:
            with session.begin_nested():
                seeker = JobSeeker(
                    seeker_number=generate_seeker_number(ctx.settings.office_code),
                    name=nfkc(name).strip(),
                    name_kana=to_katakana(name_kana).strip(),
                    birthdate=birthdate,
                    phone=nfkc(phone).strip(),
                    address=nfkc(address).strip(),
                    **{field: nfkc(value).strip() for field, value in wishes.items()},
                    applied_on=applied_on,
                    valid_until=end_of_month_after_next(applied_on),
                    status=SeekerStatus.ACTIVE.value,
                    status_changed_at=now,
                    created_at=now,
                )
                session.add(seeker)
                session.flush()
                if normalized_email:
                    session.add(LoginAccount(seeker_id=seeker.id, email=normalized_email, created_at=now))
                    session.flush()
        except IntegrityError:
            # A 求職番号 collision (random digits) or a concurrent registration of the same
            # email; the loop retries the first, the check above reports the second.
            continue
        audit.record(session, at=now, action="seeker_registered", result="ok", terminal=ctx.terminal,
                     actor_type=actor_type, actor_id=actor_id, target_type="seeker", target_id=seeker.id)
        return SeekerRegistered(seeker.id, seeker.seeker_number, seeker.valid_until, normalized_email)
    raise RuntimeError("could not allocate a unique 求職番号")


ADDRESS_MAX = 120
WISH_MAX = {"wish_occupation": 100, "wish_location": 100, "wish_wage": 40}
TEXT_MAX = {"address": ADDRESS_MAX, **WISH_MAX}


def text_field_errors(values: dict[str, str]) -> list[FieldError]:
    """住所 and the wishes (希望職種・勤務地・賃金): one line each, within their length."""
    errors = []
    for field, raw in values.items():
        value = nfkc(raw).strip()
        if len(value) > TEXT_MAX[field]:
            errors.append(FieldError(field, "name.too_long", {"max": TEXT_MAX[field]}))
        elif has_control_chars(value):
            errors.append(FieldError(field, "name.control_chars"))
    return errors


def _email_taken(session: Session, email: str) -> bool:
    return session.scalar(select(func.count()).where(func.lower(LoginAccount.email) == email)) != 0


def profile_of(session: Session, account: LoginAccount) -> SeekerProfile:
    seeker = session.get_one(JobSeeker, account.seeker_id)
    return SeekerProfile(
        name=seeker.name,
        name_kana=seeker.name_kana,
        seeker_number=seeker.seeker_number,
        status=seeker.status,
        valid_until=seeker.valid_until,
        applied_on=seeker.applied_on,
        email=account.email,
    )
