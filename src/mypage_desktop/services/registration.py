"""Opening My Page: パスワード登録申込 (step 2) and パスワード登録 (step 3)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.models import ConsentRecord, JobSeeker, LoginAccount, RegistrationRequest
from mypage_desktop.domain import consent as consent_versions
from mypage_desktop.domain.authkey import generate_key, key_errors, normalize_key
from mypage_desktop.domain.birthdate import birthdate_errors, parse_birthdate
from mypage_desktop.domain.dto import Consent, RegistrationCompleted, RegistrationRequested
from mypage_desktop.domain.email import email_errors, normalize_email
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.password import (
    PersonalData,
    converted_from_fullwidth,
    normalize_password,
    password_errors,
)
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.mail import templates
from mypage_desktop.mail.outbox import enqueue

from . import audit
from .context import ServiceContext

log = logging.getLogger(__name__)
KEY_REJECTED = FieldError("auth_key", "auth_key.rejected")


def _rowcount(result: object) -> int:
    assert isinstance(result, CursorResult)
    return result.rowcount


def _consent_ok(consent: Consent | None) -> bool:
    return (
        consent is not None
        and consent.privacy_version == consent_versions.PRIVACY_POLICY_VERSION
        and consent.terms_version == consent_versions.TERMS_OF_USE_VERSION
        and consent.agreed_at.tzinfo is not None
    )


def request_password_registration(
    ctx: ServiceContext,
    email: str,
    birth_year: str,
    birth_month: str,
    birth_day: str,
    consent: Consent | None,
) -> RegistrationRequested:
    """Step 2. Issues a key and queues its mail only for a registered, unopened account whose
    birthdate matches; answers identically otherwise (SECURITY E3, K1, K5)."""
    today = ctx.clock().astimezone(JST).date()
    errors = email_errors(email) + birthdate_errors(birth_year, birth_month, birth_day, today)
    if not _consent_ok(consent):
        errors.append(FieldError("consent", "consent.required"))
    if errors:
        raise ValidationFailed(errors)
    assert consent is not None
    address = normalize_email(email)
    birthdate = parse_birthdate(birth_year, birth_month, birth_day, today)
    key = generate_key()
    # Hashed on every path and outside the write transaction: same timing whether or not the
    # pair matched, and the SQLite write lock is not held for the 70 ms of argon2.
    key_hash = ctx.hasher.hash(key)
    settings = ctx.settings
    queued = False
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row = session.execute(
            select(LoginAccount, JobSeeker)
            .join(JobSeeker, JobSeeker.id == LoginAccount.seeker_id)
            .where(LoginAccount.email == address)
        ).first()
        account, seeker = (row[0], row[1]) if row else (None, None)
        if account is None or seeker is None or seeker.birthdate != birthdate or account.disabled:
            outcome = "no_match"
        elif _over_rate_limit(session, account.id, now, settings.key_requests_per_30_minutes,
                              settings.key_requests_per_day):
            outcome = "rate_limited"
        elif account.opened_at is not None:
            outcome = "already_open"
            text = templates.already_open_notice(office_name=settings.office_name,
                                                 helpdesk=settings.helpdesk_number)
            enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                    kind="already_open", now=now)
            queued = True
        else:
            outcome = "issued"
            session.execute(
                update(RegistrationRequest)
                .where(RegistrationRequest.account_id == account.id,
                       RegistrationRequest.used_at.is_(None), RegistrationRequest.voided_at.is_(None))
                .values(voided_at=now)
            )
            expires_at = now + timedelta(minutes=settings.key_validity_minutes)
            request = RegistrationRequest(account_id=account.id, purpose="open", key_hash=key_hash,
                                          created_at=now, expires_at=expires_at, wrong_tries=0)
            session.add(request)
            session.flush()
            session.add(ConsentRecord(seeker_id=seeker.id, request_id=request.id,
                                      privacy_version=consent.privacy_version,
                                      terms_version=consent.terms_version, agreed_at=consent.agreed_at))
            text = templates.registration_notice(
                key=key, expires_at=expires_at, validity_minutes=settings.key_validity_minutes,
                sender=settings.mail_sender, office_name=settings.office_name,
                helpdesk=settings.helpdesk_number)
            enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                    kind="registration_key", now=now)
            queued = True
        audit.record(session, at=now, action="key_requested", result=outcome, terminal=ctx.terminal,
                     target_type="account" if account else None, target_id=account.id if account else None)
    if queued:
        ctx.mail_queued()
    return RegistrationRequested(settings.key_validity_minutes, settings.mail_sender)


def _over_rate_limit(session: Session, account_id: int, now: datetime, per_30: int, per_day: int) -> bool:
    def count_since(moment: datetime) -> int:
        return session.scalar(
            select(func.count()).select_from(RegistrationRequest).where(
                RegistrationRequest.account_id == account_id, RegistrationRequest.created_at > moment)
        ) or 0

    return count_since(now - timedelta(minutes=30)) >= per_30 or count_since(now - timedelta(days=1)) >= per_day


@dataclass(frozen=True)
class _PendingKey:
    account_id: int
    request_id: int
    key_hash: str
    personal: PersonalData


def _find_pending(ctx: ServiceContext, address: str, purpose: str) -> _PendingKey | None:
    with ctx.session_factory() as session:
        row = session.execute(
            select(LoginAccount, JobSeeker, RegistrationRequest)
            .join(JobSeeker, JobSeeker.id == LoginAccount.seeker_id)
            .join(RegistrationRequest, RegistrationRequest.account_id == LoginAccount.id)
            .where(LoginAccount.email == address, RegistrationRequest.purpose == purpose,
                   RegistrationRequest.used_at.is_(None), RegistrationRequest.voided_at.is_(None))
            .order_by(RegistrationRequest.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        account, seeker, request = row
        personal = PersonalData(email=account.email, birthdate=seeker.birthdate,
                                seeker_number=seeker.seeker_number)
        return _PendingKey(account.id, request.id, request.key_hash, personal)


def complete_password_registration(
    ctx: ServiceContext, email: str, auth_key: str, password: str, password_confirm: str,
    *, purpose: str = "open",
) -> RegistrationCompleted:
    """Step 3. Wrong, expired, used, void and unknown keys share one message (SECURITY E3);
    the key is consumed by one conditional UPDATE in the password-write transaction (K4)."""
    errors = key_errors(auth_key) + password_errors(password, password_confirm)
    if email_errors(email):
        errors.append(KEY_REJECTED)
    if errors:
        raise ValidationFailed(errors)
    address = normalize_email(email)
    pending = _find_pending(ctx, address, purpose)
    key_ok = ctx.hasher.verify(pending.key_hash if pending else None, normalize_key(auth_key))
    max_tries = ctx.settings.key_max_wrong_tries
    if pending is None or not key_ok:
        if pending is not None:
            _count_wrong_try(ctx, pending, max_tries)
        raise ValidationFailed([KEY_REJECTED])
    # The key is right: now the password rules that need the seeker's data (C4). A refused
    # password does not consume the key, so the seeker can try another one.
    problems = password_errors(password, password_confirm, personal=pending.personal,
                               is_common=ctx.is_common_password)
    if problems:
        raise ValidationFailed(problems)
    password_hash = ctx.hasher.hash(normalize_password(password))
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        consumed = _rowcount(session.execute(
            update(RegistrationRequest)
            .where(RegistrationRequest.id == pending.request_id, RegistrationRequest.used_at.is_(None),
                   RegistrationRequest.voided_at.is_(None), RegistrationRequest.expires_at >= now,
                   RegistrationRequest.wrong_tries < max_tries)
            .values(used_at=now)
        ))
        if consumed != 1:
            audit.record(session, at=now, action="key_rejected", result="expired_or_used",
                         terminal=ctx.terminal, target_type="account", target_id=pending.account_id)
            session.commit()
            raise ValidationFailed([KEY_REJECTED])
        account = session.get_one(LoginAccount, pending.account_id)
        first_opening = account.opened_at is None
        account.password_hash = password_hash
        account.password_changed_at = now
        if first_opening:
            account.opened_at = now
        text = templates.password_registered_notice(registered_at=now, office_name=ctx.settings.office_name,
                                                    helpdesk=ctx.settings.helpdesk_number)
        enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                kind="password_registered", now=now)
        audit.record(session, at=now, action="password_registered", result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account.id, target_type="account", target_id=account.id)
    ctx.mail_queued()
    return RegistrationCompleted(password_converted_from_fullwidth=converted_from_fullwidth(password))


def _count_wrong_try(ctx: ServiceContext, pending: _PendingKey, max_tries: int) -> None:
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        session.execute(
            update(RegistrationRequest).where(RegistrationRequest.id == pending.request_id)
            .values(wrong_tries=RegistrationRequest.wrong_tries + 1)
        )
        voided = _rowcount(session.execute(
            update(RegistrationRequest)
            .where(RegistrationRequest.id == pending.request_id, RegistrationRequest.voided_at.is_(None),
                   RegistrationRequest.wrong_tries >= max_tries)
            .values(voided_at=now)
        ))
        audit.record(session, at=now, action="key_rejected", result="voided" if voided else "wrong_key",
                     terminal=ctx.terminal, target_type="account", target_id=pending.account_id)
