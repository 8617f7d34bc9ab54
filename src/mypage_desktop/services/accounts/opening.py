"""Opening My Page: パスワード登録申込 (step 2) and パスワード登録 (step 3).

The key machinery here is shared with the password reset (:mod:`.recovery`): a key request
with the E3/K5 protections (:func:`request_key`), issuing (:func:`issue_key`), the per-address
and per-PC limits, and completion with one conditional UPDATE and wrong-try voiding
(:func:`complete_with_key`). Every key has a ``purpose``; a key of one purpose never
completes the other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import ConsentRecord, JobSeeker, LoginAccount, RegistrationRequest
from mypage_desktop.db.audit_models import AuditLog
from mypage_desktop.db.mail_models import MailOutbox
from mypage_desktop.domain import consent as consent_versions
from mypage_desktop.domain.account_dto import Consent, RegistrationCompleted, RegistrationRequested
from mypage_desktop.domain.authkey import generate_key, key_errors, normalize_key
from mypage_desktop.domain.birthdate import birthdate_errors, parse_birthdate
from mypage_desktop.domain.email import email_errors, normalize_email
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.languages import SOURCE, require_language
from mypage_desktop.domain.password import (
    PersonalData,
    converted_from_fullwidth,
    normalize_password,
    password_errors,
)
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.mail import templates
from mypage_desktop.mail.outbox import enqueue
from mypage_desktop.services import audit
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.throttle import serialize

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
    )


PURPOSE_OPEN = "open"
PURPOSE_RESET = "reset"
# Audit actions of seeker key requests; the per-PC limit counts them (docs/security.md K5).
KEY_REQUEST_ACTIONS = ("key_requested", "reset_key_requested", "prereg_key_requested")
# Outcomes of a key request that queued no mail.
_SILENT = frozenset({"no_match", "rate_limited", "terminal_limited"})


@dataclass(frozen=True)
class NewKey:
    key: str
    key_hash: str


# Runs inside the request's transaction for a matching account within the limits; queues
# the mail and returns the outcome recorded in the audit row.
KeyHandler = Callable[[Session, LoginAccount, JobSeeker, datetime, NewKey], str]


def request_password_registration(
    ctx: ServiceContext,
    email: str,
    birth_year: str,
    birth_month: str,
    birth_day: str,
    consent: Consent | None,
    language: str = SOURCE,
) -> RegistrationRequested:
    """Step 2. Issues a key and queues its mail (in ``language``, docs/i18n.md#mails) only for a
    registered, unopened account whose birthdate matches; answers identically otherwise
    (docs/security.md E3, K1, K5)."""
    require_language(language)
    extra = [] if _consent_ok(consent) else [FieldError("consent", "consent.required")]
    settings = ctx.settings

    def handle(session: Session, account: LoginAccount, seeker: JobSeeker, now: datetime, new_key: NewKey) -> str:
        assert consent is not None
        if account.opened_at is not None:
            if notices_over_limit(session, account.email, now, settings.key_requests_per_30_minutes,
                                  settings.key_requests_per_day):
                return "rate_limited"
            text = templates.already_open_notice(office_name=settings.office_name,
                                                 helpdesk=settings.helpdesk_number, language=language)
            enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                    kind="already_open", now=now)
            return "already_open"
        request = issue_key(session, account.id, PURPOSE_OPEN, new_key.key_hash, now, settings.key_validity_minutes)
        session.add(ConsentRecord(seeker_id=seeker.id, request_id=request.id,
                                  privacy_version=consent.privacy_version,
                                  terms_version=consent.terms_version,
                                  # The server's clock, not the PC's: a kiosk's clock can be wrong.
                                  agreed_at=now))
        text = templates.registration_notice(
            key=new_key.key, expires_at=request.expires_at, validity_minutes=settings.key_validity_minutes,
            sender=settings.mail_sender, office_name=settings.office_name, helpdesk=settings.helpdesk_number,
            language=language)
        enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                kind="registration_key", now=now)
        return "issued"

    return request_key(ctx, email, birth_year, birth_month, birth_day, action="key_requested",
                       extra_errors=extra, handle=handle)


def request_key(
    ctx: ServiceContext,
    email: str,
    birth_year: str,
    birth_month: str,
    birth_day: str,
    *,
    action: str,
    extra_errors: list[FieldError],
    handle: KeyHandler,
) -> RegistrationRequested:
    """The protected part of every seeker key request (open and reset): validation, one
    argon2 hash on every path (same timing, E3), the per-PC and per-address limits (K5) and
    one audit row. ``handle`` runs only for a matching, enabled account within the limits;
    the answer is the same whatever happened."""
    today = ctx.clock().astimezone(JST).date()
    errors = email_errors(email) + birthdate_errors(birth_year, birth_month, birth_day, today) + extra_errors
    if errors:
        raise ValidationFailed(errors)
    address = normalize_email(email)
    birthdate = parse_birthdate(birth_year, birth_month, birth_day, today)
    key = generate_key()
    # Hashed on every path and outside the write transaction: same timing whether or not the
    # pair matched, and the SQLite write lock is not held for the 70 ms of argon2.
    new_key = NewKey(key, ctx.hasher.hash(key))
    settings = ctx.settings
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        account: LoginAccount | None = None
        if terminal_over_limit(session, ctx.terminal, now, settings.key_requests_per_terminal_per_hour):
            outcome = "terminal_limited"
        else:
            account, seeker = lock_account(session, address)
            if account is None or seeker is None or seeker.birthdate != birthdate or account.disabled:
                outcome = "no_match"
            elif over_rate_limit(session, account.id, now, settings.key_requests_per_30_minutes,
                                 settings.key_requests_per_day):
                outcome = "rate_limited"
            else:
                outcome = handle(session, account, seeker, now, new_key)
        audit.record(session, at=now, action=action, result=outcome, terminal=ctx.terminal,
                     target_type="account" if account else None, target_id=account.id if account else None)
    if outcome not in _SILENT:
        ctx.mail_queued()
    return RegistrationRequested(settings.key_validity_minutes, settings.mail_sender)


def lock_account(session: Session, address: str) -> tuple[LoginAccount | None, JobSeeker | None]:
    """The account and seeker for ``address``; on PostgreSQL the account row stays locked
    (``SELECT … FOR UPDATE``) until the transaction ends, so concurrent requests for one
    address from many PCs count each other's keys (docs/security.md D4). SQLite's ``BEGIN IMMEDIATE``
    already serialises writers."""
    row = session.execute(
        select(LoginAccount, JobSeeker)
        .join(JobSeeker, JobSeeker.id == LoginAccount.seeker_id)
        .where(LoginAccount.email == address)
        .with_for_update(of=LoginAccount)
    ).first()
    return (row[0], row[1]) if row else (None, None)


def issue_key(session: Session, account_id: int, purpose: str, key_hash: str, now: datetime,
              validity_minutes: int) -> RegistrationRequest:
    """A new key voids every older unused one of the account, whatever its purpose (K5)."""
    session.execute(
        update(RegistrationRequest)
        .where(RegistrationRequest.account_id == account_id,
               RegistrationRequest.used_at.is_(None), RegistrationRequest.voided_at.is_(None))
        .values(voided_at=now)
    )
    request = RegistrationRequest(account_id=account_id, purpose=purpose, key_hash=key_hash, created_at=now,
                                  expires_at=now + timedelta(minutes=validity_minutes), wrong_tries=0)
    session.add(request)
    session.flush()
    return request


def over_rate_limit(session: Session, account_id: int, now: datetime, per_30: int, per_day: int) -> bool:
    """Keys issued to the account. Concurrent requests for it (seeker or staff) take turns
    from here to the end of their transactions, so each counts the others' keys (N5): the
    account row is locked (both callers have locked it already; this keeps the count safe
    for any other caller)."""
    session.execute(select(LoginAccount.id).where(LoginAccount.id == account_id).with_for_update())

    def count_since(moment: datetime) -> int:
        return session.scalar(
            select(func.count()).select_from(RegistrationRequest).where(
                RegistrationRequest.account_id == account_id, RegistrationRequest.created_at > moment)
        ) or 0

    return count_since(now - timedelta(minutes=30)) >= per_30 or count_since(now - timedelta(days=1)) >= per_day


# Mails that answer a key request without a key; they count against the same per-address
# limits, so a known email/birthdate pair cannot flood the owner's mailbox.
NOTICE_KINDS = ("already_open", "reset_not_open")


def notices_over_limit(session: Session, recipient: str, now: datetime, per_30: int, per_day: int) -> bool:
    serialize(session, "key-requests-address", recipient)

    def count_since(moment: datetime) -> int:
        return session.scalar(
            select(func.count()).select_from(MailOutbox).where(
                MailOutbox.recipient == recipient, MailOutbox.kind.in_(NOTICE_KINDS), MailOutbox.created_at > moment)
        ) or 0

    return count_since(now - timedelta(minutes=30)) >= per_30 or count_since(now - timedelta(days=1)) >= per_day


def terminal_over_limit(session: Session, terminal: str, now: datetime, per_hour: int) -> bool:
    """Key requests from this PC in the last hour, matched or not (the audit log is the
    record of every request): stops one PC from mailing keys to many addresses (K5).
    Concurrent requests from the PC take turns from here to the end of their transactions,
    so each counts the others' audit rows (N5)."""
    serialize(session, "key-requests-terminal", terminal)
    count = session.scalar(
        select(func.count()).select_from(AuditLog).where(
            AuditLog.terminal == terminal, AuditLog.action.in_(KEY_REQUEST_ACTIONS),
            AuditLog.at > now - timedelta(hours=1))
    ) or 0
    return count >= per_hour


@dataclass(frozen=True)
class _PendingKey:
    account_id: int
    request_id: int
    key_hash: str
    personal: PersonalData
    wrong_tries: int  # including this try's reservation


def _reserve_try(ctx: ServiceContext, address: str, purpose: str, max_tries: int) -> _PendingKey | None:
    """The newest usable key of ``purpose`` with a try reserved on it before the key is
    verified (one conditional UPDATE, so parallel tries never exceed ``max_tries``, N5);
    None when there is none or no try is left."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row = session.execute(
            select(LoginAccount, JobSeeker, RegistrationRequest)
            .join(JobSeeker, JobSeeker.id == LoginAccount.seeker_id)
            .join(RegistrationRequest, RegistrationRequest.account_id == LoginAccount.id)
            .where(LoginAccount.email == address, LoginAccount.disabled.is_(False),
                   RegistrationRequest.purpose == purpose,
                   RegistrationRequest.used_at.is_(None), RegistrationRequest.voided_at.is_(None))
            .order_by(RegistrationRequest.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        account, seeker, request = row
        tries = session.scalar(
            update(RegistrationRequest)
            .where(RegistrationRequest.id == request.id, RegistrationRequest.used_at.is_(None),
                   RegistrationRequest.voided_at.is_(None), RegistrationRequest.expires_at >= now,
                   RegistrationRequest.wrong_tries < max_tries)
            .values(wrong_tries=RegistrationRequest.wrong_tries + 1)
            .returning(RegistrationRequest.wrong_tries)
            .execution_options(synchronize_session=False)
        )
        if tries is None:
            audit.record(session, at=now, action="key_rejected", result="expired_or_used",
                         terminal=ctx.terminal, target_type="account", target_id=account.id)
            return None
        personal = PersonalData(email=account.email, birthdate=seeker.birthdate,
                                seeker_number=seeker.seeker_number)
        return _PendingKey(account.id, request.id, request.key_hash, personal, tries)


# Runs in the password-write transaction after the key was consumed: mails, audit, and
# whatever else the purpose needs (ending sessions after a reset).
Finisher = Callable[[Session, LoginAccount, datetime], None]


def complete_password_registration(
    ctx: ServiceContext, email: str, auth_key: str, password: str, password_confirm: str,
    language: str = SOURCE,
) -> RegistrationCompleted:
    """Step 3. Wrong, expired, used, void and unknown keys share one message (docs/security.md E3);
    the key is consumed by one conditional UPDATE in the password-write transaction (K4)."""
    require_language(language)
    settings = ctx.settings

    def finish(session: Session, account: LoginAccount, now: datetime) -> None:
        if account.opened_at is None:
            account.opened_at = now
        text = templates.password_registered_notice(registered_at=now, office_name=settings.office_name,
                                                    helpdesk=settings.helpdesk_number, language=language)
        enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                kind="password_registered", now=now)
        audit.record(session, at=now, action="password_registered", result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account.id, target_type="account", target_id=account.id)

    return complete_with_key(ctx, email, auth_key, password, password_confirm, purpose=PURPOSE_OPEN,
                             finish=finish)


def complete_with_key(
    ctx: ServiceContext, email: str, auth_key: str, password: str, password_confirm: str,
    *, purpose: str, finish: Finisher,
) -> RegistrationCompleted:
    """Sets the password with a key of ``purpose`` (open or reset), then runs ``finish`` in
    the same transaction."""
    errors = key_errors(auth_key) + password_errors(password, password_confirm)
    if email_errors(email):
        errors.append(KEY_REJECTED)
    if errors:
        raise ValidationFailed(errors)
    address = normalize_email(email)
    max_tries = ctx.settings.key_max_wrong_tries
    pending = _reserve_try(ctx, address, purpose, max_tries)
    # Without a reserved try the dummy is verified: the same time whatever the reason (E3).
    key_ok = ctx.hasher.verify(pending.key_hash if pending else None, normalize_key(auth_key))
    if pending is None or not key_ok:
        if pending is not None:
            _wrong_try(ctx, pending, max_tries)
        raise ValidationFailed([KEY_REJECTED])
    # The key is right: now the password rules that need the seeker's data (C4). A refused
    # password does not consume the key, nor keep the try, so the seeker can try another one.
    problems = password_errors(password, password_confirm, personal=pending.personal,
                               is_common=ctx.is_common_password)
    if problems:
        _release_try(ctx, pending)
        raise ValidationFailed(problems)
    password_hash = ctx.hasher.hash(normalize_password(password))
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        # Re-checked: not used or voided meanwhile, and within the limit counting this try's
        # own reservation, which a right key gives back.
        consumed = _rowcount(session.execute(
            update(RegistrationRequest)
            .where(RegistrationRequest.id == pending.request_id, RegistrationRequest.used_at.is_(None),
                   RegistrationRequest.voided_at.is_(None), RegistrationRequest.expires_at >= now,
                   RegistrationRequest.wrong_tries <= max_tries)
            .values(used_at=now, wrong_tries=RegistrationRequest.wrong_tries - 1)
        ))
        if consumed != 1:
            audit.record(session, at=now, action="key_rejected", result="expired_or_used",
                         terminal=ctx.terminal, target_type="account", target_id=pending.account_id)
            session.commit()
            raise ValidationFailed([KEY_REJECTED])
        account = session.get_one(LoginAccount, pending.account_id)
        account.password_hash = password_hash
        account.password_changed_at = now
        finish(session, account, now)
    ctx.mail_queued()
    return RegistrationCompleted(password_converted_from_fullwidth=converted_from_fullwidth(password))


def _release_try(ctx: ServiceContext, pending: _PendingKey) -> None:
    """The key was right: its reserved try was not a wrong one."""
    with ctx.session_factory.begin() as session:
        session.execute(
            update(RegistrationRequest)
            .where(RegistrationRequest.id == pending.request_id, RegistrationRequest.wrong_tries > 0)
            .values(wrong_tries=RegistrationRequest.wrong_tries - 1)
        )


def _wrong_try(ctx: ServiceContext, pending: _PendingKey, max_tries: int) -> None:
    """The try was counted by its reservation; the one that reached the limit voids the key."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        voided = pending.wrong_tries >= max_tries and _rowcount(session.execute(
            update(RegistrationRequest)
            .where(RegistrationRequest.id == pending.request_id, RegistrationRequest.voided_at.is_(None),
                   RegistrationRequest.used_at.is_(None))
            .values(voided_at=now)
        )) == 1
        audit.record(session, at=now, action="key_rejected", result="voided" if voided else "wrong_key",
                     terminal=ctx.terminal, target_type="account", target_id=pending.account_id)
