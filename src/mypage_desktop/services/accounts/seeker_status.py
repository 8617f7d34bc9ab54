"""求職者情報・設定: the registered information and the 有効/無効 switch (docs/product-rules.md §seeker-status)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.db.prereg_models import Preregistration
from mypage_desktop.domain import preregistration as prereg_rules, validity
from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.preregistration import PreregStatus
from mypage_desktop.domain.seeker import SeekerStatus, end_of_month_after_next, normalize_seeker_number
from mypage_desktop.domain.timefmt import today_jst
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import (
    SeekerScope,
    account_id_of,
    observe_registration,
    seeker_call,
    state_of,
)
from mypage_desktop.services.context import ServiceContext


def _info(session: Session, seeker: JobSeeker, state: validity.RegistrationState, today: date,
          grace_days: int) -> RegistrationInfo:
    email = session.scalar(select(LoginAccount.email).where(LoginAccount.seeker_id == seeker.id)) or ""
    inactive = state.status is SeekerStatus.INACTIVE
    refusal = validity.reactivation_refusal(state, today, grace_days) if inactive else None
    deadline = (validity.reactivation_deadline(state.inactive_since, grace_days)
                if inactive and state.inactive_since is not None else None)
    return RegistrationInfo(
        seeker_number=seeker.seeker_number, name=seeker.name, name_kana=seeker.name_kana,
        birthdate=seeker.birthdate, phone=seeker.phone, address=seeker.address, email=email,
        wish_occupation=seeker.wish_occupation, wish_location=seeker.wish_location, wish_wage=seeker.wish_wage,
        applied_on=seeker.applied_on, valid_until=state.valid_until, status=state.status.value,
        status_changed_at=seeker.status_changed_at,
        inactive_reason=state.reason.value if inactive and state.reason else None,
        inactive_reason_label=validity.INACTIVE_REASON_LABELS[state.reason] if inactive and state.reason else None,
        in_last_month=not inactive and validity.in_last_month(state.valid_until, today),
        can_deactivate=not inactive,
        can_reactivate=inactive and refusal is None,
        reactivation_refusal=refusal,
        reactivation_deadline=deadline,
        reactivation_renews_to=validity.reactivated_valid_until(state.valid_until, today) if inactive else None,
        grace_days=grace_days,
    )


def registration_state(ctx: ServiceContext, session: Session, scope: SeekerScope) -> RegistrationInfo:
    """For other services in the same unit of work (the dashboard)."""
    seeker, state = observe_registration(session, scope.seeker_id, scope.now, ctx.terminal)
    return _info(session, seeker, state, scope.today, ctx.settings.reactivation_grace_days)


def registration_info(ctx: ServiceContext, token: str) -> RegistrationInfo:
    """Everything registered, viewable whether 有効 or 無効; with 学歴・職歴 and 免許・資格 from
    the 仮登録 that became this seeker's 本登録, if any (the resume form starts with them)."""
    def work(session: Session, scope: SeekerScope) -> RegistrationInfo:
        info = registration_state(ctx, session, scope)
        form_json = session.scalar(
            select(Preregistration.form_json)
            .where(Preregistration.seeker_id == scope.seeker_id,
                   Preregistration.status == PreregStatus.REGISTERED.value)
            .order_by(Preregistration.id.desc()).limit(1))
        if form_json is None:
            return info
        form = prereg_rules.from_json_dict(json.loads(form_json))
        return dataclasses.replace(info, education=form.education, work=form.work, licenses=form.licenses)

    return seeker_call(ctx, token, work)


@dataclass
class _Outcome:
    info: RegistrationInfo | None = None
    refused: FieldError | None = None


def set_registration_status(ctx: ServiceContext, token: str, status: str) -> RegistrationInfo:
    """The seeker's 有効/無効 switch (after a confirmation in the UI). 無効→有効 is refused
    (``registration.reactivation_period_over``) after ``reactivation_grace_days`` days."""
    target = validity.parse_status(status)
    if target is None:
        raise ValidationFailed([FieldError("status", validity.UNKNOWN_STATUS)])
    grace = ctx.settings.reactivation_grace_days

    def work(session: Session, scope: SeekerScope) -> _Outcome:
        seeker, state = observe_registration(session, scope.seeker_id, scope.now, ctx.terminal)
        if target is state.status:
            return _Outcome(_info(session, seeker, state, scope.today, grace))
        actor = account_id_of(session, scope.seeker_id)
        if target is SeekerStatus.INACTIVE:
            values: dict[str, object] = {"status": target.value, "status_changed_at": scope.now,
                                         "inactive_reason": validity.InactiveReason.SEEKER.value}
            action = "registration_deactivated"
        else:
            refusal = validity.reactivation_refusal(state, scope.today, grace)
            if refusal is not None:
                audit.record(session, at=scope.now, action="registration_reactivation", result="refused",
                             terminal=ctx.terminal, actor_type="seeker", actor_id=actor,
                             target_type="seeker", target_id=scope.seeker_id)
                return _Outcome(refused=FieldError("status", refusal, {"days": grace}))
            values = {"status": target.value, "status_changed_at": scope.now, "inactive_reason": None,
                      "valid_until": validity.reactivated_valid_until(state.valid_until, scope.today)}
            action = "registration_reactivated"
        session.execute(update(JobSeeker).where(JobSeeker.id == scope.seeker_id).values(**values))
        session.refresh(seeker)
        audit.record(session, at=scope.now, action=action, result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=actor, target_type="seeker", target_id=scope.seeker_id)
        return _Outcome(_info(session, seeker, state_of(seeker), scope.today, grace))

    outcome = seeker_call(ctx, token, work)
    if outcome.refused is not None:
        raise ValidationFailed([outcome.refused])
    assert outcome.info is not None
    return outcome.info


def find_seeker(session: Session, seeker_number: str) -> JobSeeker:
    number = normalize_seeker_number(seeker_number)
    if number is None:
        raise ValidationFailed([FieldError("seeker", "seeker.number_format")])
    seeker = session.scalar(select(JobSeeker).where(JobSeeker.seeker_number == number))
    if seeker is None:
        raise ValidationFailed([FieldError("seeker", "seeker.not_found")])
    return seeker


def renew_registration(ctx: ServiceContext, *, seeker_number: str, actor_type: str = "staff",
                       actor_id: int | None = None) -> date:
    """At the counter (the seeker came to the office): 有効 again, valid to 翌々月末 from today.
    Returns the new 有効期限."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        seeker = find_seeker(session, seeker_number)
        today = today_jst(now)
        new_end = max(seeker.valid_until, end_of_month_after_next(today))
        seeker.status = SeekerStatus.ACTIVE.value
        seeker.status_changed_at = now
        seeker.inactive_reason = None
        seeker.valid_until = new_end
        audit.record(session, at=now, action="registration_renewed", result="ok", terminal=ctx.terminal,
                     actor_type=actor_type, actor_id=actor_id, target_type="seeker", target_id=seeker.id)
        return new_end
