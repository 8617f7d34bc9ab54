"""The counter's work on seekers (docs/product-rules.md §staff; docs/security.md A1, A3, A4, S1, S4): lookup, 求職登録,
login-email registration and change after an ID check, unlock, voiding keys, starting a
reset, ending a seeker's sessions. Every call validates a staff session; every action writes
one audit row with the staff id. Sensitive actions (register, email change, unlock, reset)
need a recent re-authentication and record which ID document was seen. Staff never see or
set a seeker's password or key.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ColumnElement, CursorResult, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import (
    AuthSession,
    JobSeeker,
    LoginAccount,
    LoginThrottle,
    RegistrationRequest,
)
from mypage_desktop.db.publication_models import SeekerPublication
from mypage_desktop.db.staff_models import IdCheck
from mypage_desktop.domain.authkey import generate_key
from mypage_desktop.domain.birthdate import birthdate_errors, parse_birthdate
from mypage_desktop.domain.email import email_errors, normalize_email
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.seeker import normalize_seeker_number
from mypage_desktop.domain.staff_dto import ID_DOCUMENTS, NewSeeker, ResetStarted, SeekerQuery, SeekerSummary
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.mail import templates
from mypage_desktop.mail.outbox import enqueue
from mypage_desktop.services.accounts.login import clear_login_throttle, email_digest, session_end_reason
from mypage_desktop.services.accounts.opening import NewKey, over_rate_limit
from mypage_desktop.services.accounts.recovery import issue_reset_key
from mypage_desktop.services.accounts.seeker_registration import register_seeker, text_field_errors
from mypage_desktop.services.accounts.sessions import revoke_account_sessions
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.staff.lookup import kana_and_birthdate, record_staff_action
from mypage_desktop.services.staff.seeker_changes import own_changes_summary
from mypage_desktop.services.staff.sign_in import StaffActor, reauth_window, require_staff
from mypage_desktop.services.throttle import is_locked, throttle_wait

MAX_RESULTS = 50
NOT_FOUND = ValidationFailed([FieldError("seeker", "seeker.not_found")])


def _id_document_errors(document: str) -> list[FieldError]:
    return [] if document in ID_DOCUMENTS else [FieldError("id_document", "staff.id_document")]


def _record(ctx: ServiceContext, session: Session, actor: StaffActor, now: datetime, action: str, result: str,
            seeker_id: int | None) -> None:
    record_staff_action(ctx, session, actor, now, action, result, target_type="seeker", target_id=seeker_id)


def _id_check(session: Session, actor: StaffActor, seeker_id: int, action: str, document: str,
              now: datetime) -> None:
    session.add(IdCheck(at=now, staff_id=actor.staff_id, seeker_id=seeker_id, action=action,
                        document_type=document))


def summary_of(session: Session, seeker: JobSeeker, now: datetime) -> SeekerSummary:
    account = session.scalar(select(LoginAccount).where(LoginAccount.seeker_id == seeker.id))
    locked, failures, pending, active = False, 0, False, False
    if account is not None:
        throttle = session.get(LoginThrottle, email_digest(account.email))
        if throttle is not None:  # the streak, which an expired lock does not end (N5)
            failures = throttle.consecutive_failures
            locked = is_locked(throttle, now)
        pending = session.scalar(
            select(func.count()).select_from(RegistrationRequest).where(
                RegistrationRequest.account_id == account.id, RegistrationRequest.used_at.is_(None),
                RegistrationRequest.voided_at.is_(None), RegistrationRequest.expires_at >= now)
        ) != 0
        live = session.scalars(
            select(AuthSession).where(AuthSession.account_id == account.id, AuthSession.revoked_at.is_(None))
        ).all()
        active = any(session_end_reason(row, now) is None for row in live)
    return SeekerSummary(
        seeker_id=seeker.id, seeker_number=seeker.seeker_number, name=seeker.name, name_kana=seeker.name_kana,
        birthdate=seeker.birthdate, phone=seeker.phone, address=seeker.address, status=seeker.status,
        applied_on=seeker.applied_on, valid_until=seeker.valid_until,
        email=account.email if account else None,
        account_opened=account is not None and account.opened_at is not None,
        account_disabled=account is not None and account.disabled,
        login_locked=locked, login_failures=failures, pending_key=pending, session_active=active,
        wish_occupation=seeker.wish_occupation, wish_location=seeker.wish_location, wish_wage=seeker.wish_wage,
        **own_changes_summary(session, seeker.id),
        published=bool(session.scalar(select(SeekerPublication.published).where(
            SeekerPublication.seeker_id == seeker.id))),
    )


def _query_condition(query: SeekerQuery, today: date) -> tuple[str, ColumnElement[bool]]:
    if query.seeker_number.strip():
        number = normalize_seeker_number(query.seeker_number)
        if number is None:
            raise ValidationFailed([FieldError("seeker_number", "staff.seeker_number")])
        return "number", JobSeeker.seeker_number == number
    if query.email.strip():
        errors = email_errors(query.email)
        if errors:
            raise ValidationFailed(errors)
        return "email", JobSeeker.id.in_(
            select(LoginAccount.seeker_id).where(LoginAccount.email == normalize_email(query.email)))
    if query.name_kana.strip() or query.birth_year.strip():
        return "kana", kana_and_birthdate(JobSeeker.name_kana, JobSeeker.birthdate, query.name_kana,
                                          query.birth_year, query.birth_month, query.birth_day, today)
    raise ValidationFailed([FieldError("query", "staff.query_empty")])


def find_seekers(ctx: ServiceContext, token: str, query: SeekerQuery) -> list[SeekerSummary]:
    """By 求職番号, by フリガナ + 生年月日 (spaces ignored), or by login email; at most 50."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        kind, condition = _query_condition(query, now.astimezone(JST).date())
        seekers = list(session.scalars(
            select(JobSeeker).where(condition).order_by(JobSeeker.id).limit(MAX_RESULTS)
        ))
        _record(ctx, session, actor, now, "seeker_lookup", f"{kind}:{len(seekers)}",
                seekers[0].id if len(seekers) == 1 else None)
        return [summary_of(session, seeker, now) for seeker in seekers]


def seeker_summary(ctx: ServiceContext, token: str, seeker_id: int) -> SeekerSummary:
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        seeker = session.get(JobSeeker, seeker_id)
        if seeker is None:
            raise NOT_FOUND
        _record(ctx, session, actor, now, "seeker_viewed", "ok", seeker.id)
        return summary_of(session, seeker, now)


def register_seeker_at_counter(ctx: ServiceContext, token: str, new: NewSeeker, id_document: str) -> SeekerSummary:
    """求職登録 with the login email if given (reusing
    :func:`mypage_desktop.services.accounts.seeker_registration.register_seeker`, audited with the
    staff id). Needs a recent re-authentication and the ID check (A3)."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now, reauth_within=reauth_window(ctx))
    today = now.astimezone(JST).date()
    errors = _id_document_errors(id_document) + birthdate_errors(new.birth_year, new.birth_month, new.birth_day,
                                                                 today)
    wishes = {"wish_occupation": new.wish_occupation, "wish_location": new.wish_location,
              "wish_wage": new.wish_wage}
    errors += text_field_errors({"address": new.address, **wishes})  # reported with the ID check's
    if errors:
        raise ValidationFailed(errors)
    registered = register_seeker(
        ctx, name=new.name, name_kana=new.name_kana,
        birthdate=parse_birthdate(new.birth_year, new.birth_month, new.birth_day, today),
        applied_on=new.applied_on or today, phone=new.phone, address=new.address,
        email=new.email if new.email.strip() else None, actor_type="staff", actor_id=actor.staff_id, **wishes)
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        seeker = session.get_one(JobSeeker, registered.seeker_id)
        _id_check(session, actor, seeker.id, "seeker_registered", id_document, now)
        if registered.email is not None:  # the address learns it was registered (A3), and what next
            text = templates.login_email_registered_notice(
                registered_at=now, opened=False, office_name=ctx.settings.office_name,
                helpdesk=ctx.settings.helpdesk_number)
            enqueue(session, recipient=registered.email, subject=text.subject, body=text.body,
                    kind="login_email_registered", now=now)
        summary = summary_of(session, seeker, now)
    ctx.mail_queued()
    return summary


def _seeker_and_account(session: Session, seeker_id: int) -> tuple[JobSeeker, LoginAccount | None]:
    seeker = session.get(JobSeeker, seeker_id)
    if seeker is None:
        raise NOT_FOUND
    account = session.scalar(
        select(LoginAccount).where(LoginAccount.seeker_id == seeker_id).with_for_update())
    return seeker, account


def _void_keys(session: Session, account_id: int, now: datetime) -> int:
    result = session.execute(
        update(RegistrationRequest)
        .where(RegistrationRequest.account_id == account_id, RegistrationRequest.used_at.is_(None),
               RegistrationRequest.voided_at.is_(None))
        .values(voided_at=now)
    )
    assert isinstance(result, CursorResult)
    return result.rowcount


def change_seeker_email(ctx: ServiceContext, token: str, seeker_id: int, new_email: str,
                        id_document: str) -> SeekerSummary:
    """Registers or changes the login email after an ID check (A3; the seed's 「メールアドレスを
    忘れた」 counter procedure). Pending keys of the old address are voided, the seeker's
    sessions end, and both the old and the new address get a notice."""
    errors = _id_document_errors(id_document) + email_errors(new_email)
    if errors:
        raise ValidationFailed(errors)
    address = normalize_email(new_email)
    settings = ctx.settings
    try:
        with ctx.session_factory.begin() as session:
            now = ctx.clock()
            actor = require_staff(session, token, now, reauth_within=reauth_window(ctx))
            seeker, account = _seeker_and_account(session, seeker_id)
            if account is not None and account.email == address:
                raise ValidationFailed([FieldError("email", "email.unchanged")])
            taken = session.scalar(select(LoginAccount.id).where(LoginAccount.email == address))
            if taken is not None:
                raise ValidationFailed([FieldError("email", "email.taken")])
            if account is None:
                account = LoginAccount(seeker_id=seeker.id, email=address, created_at=now)
                session.add(account)
                action = "login_email_registered"
            else:
                old = account.email
                account.email = address
                _void_keys(session, account.id, now)
                revoke_account_sessions(session, account.id, now, "email_changed")
                text = templates.login_email_changed_notice(changed_at=now, office_name=settings.office_name,
                                                            helpdesk=settings.helpdesk_number)
                enqueue(session, recipient=old, subject=text.subject, body=text.body, kind="login_email_changed",
                        now=now)
                action = "login_email_changed"
            session.flush()
            text = templates.login_email_registered_notice(
                registered_at=now, opened=account.opened_at is not None, office_name=settings.office_name,
                helpdesk=settings.helpdesk_number)
            enqueue(session, recipient=address, subject=text.subject, body=text.body,
                    kind="login_email_registered", now=now)
            _id_check(session, actor, seeker.id, action, id_document, now)
            _record(ctx, session, actor, now, action, "ok", seeker.id)
            summary = summary_of(session, seeker, now)
    except IntegrityError:
        # Another counter registered the same address at the same moment (unique index).
        raise ValidationFailed([FieldError("email", "email.taken")]) from None
    ctx.mail_queued()
    return summary


def unlock_account(ctx: ServiceContext, token: str, seeker_id: int, id_document: str) -> bool:
    """Clears the login lockout of the seeker's address (L1); True if there was one."""
    if _id_document_errors(id_document):
        raise ValidationFailed(_id_document_errors(id_document))
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now, reauth_within=reauth_window(ctx))
        seeker, account = _seeker_and_account(session, seeker_id)
        if account is None:
            raise ValidationFailed([FieldError("seeker", "staff.no_login_account")])
        throttle = session.get(LoginThrottle, email_digest(account.email))
        was_locked = is_locked(throttle, now) or throttle_wait(throttle, now) > 0
        cleared = clear_login_throttle(session, account.email)
        _id_check(session, actor, seeker.id, "account_unlocked", id_document, now)
        _record(ctx, session, actor, now, "account_unlocked", "ok" if cleared else "not_locked", seeker.id)
        return was_locked


def void_pending_keys(ctx: ServiceContext, token: str, seeker_id: int) -> int:
    """Voids every unused key of the seeker (e.g. a key mailed to a wrong address); returns
    how many. Protective, so no re-authentication."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        seeker, account = _seeker_and_account(session, seeker_id)
        count = _void_keys(session, account.id, now) if account is not None else 0
        _record(ctx, session, actor, now, "keys_voided", str(count), seeker.id)
        return count


def start_password_reset(ctx: ServiceContext, token: str, seeker_id: int, id_document: str) -> ResetStarted:
    """Staff start a reset (A1): a reset key goes to the seeker's registered address, within
    the same per-address limits; the seeker sets the new password themselves."""
    if _id_document_errors(id_document):
        raise ValidationFailed(_id_document_errors(id_document))
    key = generate_key()
    new_key = NewKey(key, ctx.hasher.hash(key))
    settings = ctx.settings
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now, reauth_within=reauth_window(ctx))
        seeker, account = _seeker_and_account(session, seeker_id)
        if account is None or account.opened_at is None or account.disabled:
            outcome = "not_open"
        elif over_rate_limit(session, account.id, now, settings.key_requests_per_30_minutes,
                             settings.key_requests_per_day):
            outcome = "rate_limited"
        else:
            issue_reset_key(ctx, session, account, new_key, now)
            outcome = "issued"
        _id_check(session, actor, seeker.id, "reset_started", id_document, now)
        _record(ctx, session, actor, now, "reset_started", outcome, seeker.id)
    if outcome == "issued":
        ctx.mail_queued()
    return ResetStarted(outcome, settings.key_validity_minutes)


def revoke_seeker_sessions(ctx: ServiceContext, token: str, seeker_id: int) -> int:
    """Ends the seeker's sessions from the counter (S1, S4): the next call on that PC gets
    SessionInvalid and its periodic check returns it to the start screen."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        seeker, account = _seeker_and_account(session, seeker_id)
        count = revoke_account_sessions(session, account.id, now, "staff_revoked") if account is not None else 0
        _record(ctx, session, actor, now, "seeker_sessions_revoked", str(count), seeker.id)
        return count
