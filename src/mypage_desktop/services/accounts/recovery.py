"""「パスワードを忘れた方」 (password reset by emailed key) and パスワード変更 (docs/security.md C3, C4,
C6, E3, K1–K6, L1, S4).

The reset reuses the opening's key machinery (:mod:`.opening`) with the purpose
``reset``: the same screen whatever happened, mail only to the stored address, the
per-address and per-PC limits, one conditional UPDATE, five wrong tries void the key. It
works while the account is locked (L1); completing it ends every session of the account,
clears the lockout and mails 「パスワード再設定のお知らせ」.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NoReturn

from sqlalchemy import CursorResult, update
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker, LoginAccount, LoginThrottle
from mypage_desktop.domain.account_dto import PasswordChanged, RegistrationCompleted, RegistrationRequested
from mypage_desktop.domain.errors import FieldError, SessionInvalid, ValidationFailed
from mypage_desktop.domain.languages import SOURCE, require_language
from mypage_desktop.domain.password import (
    PersonalData,
    converted_from_fullwidth,
    normalize_password,
    password_errors,
)
from mypage_desktop.mail import templates
from mypage_desktop.mail.outbox import enqueue
from mypage_desktop.services import audit, throttle
from mypage_desktop.services.accounts.login import clear_login_throttle, email_digest, require_session
from mypage_desktop.services.accounts.opening import (
    PURPOSE_RESET,
    NewKey,
    complete_with_key,
    issue_key,
    notices_over_limit,
    request_key,
)
from mypage_desktop.services.accounts.sessions import revoke_account_sessions
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.throttle import Reservation

CURRENT_FIELD = "current_password"


def request_password_reset(
    ctx: ServiceContext, email: str, birth_year: str, birth_month: str, birth_day: str, language: str = SOURCE,
) -> RegistrationRequested:
    """Step 1 of the reset: a key mail (in ``language``, docs/i18n.md#mails) to the stored address
    of an opened account whose birthdate matches; the same answer otherwise (E3). Not refused
    while locked (L1)."""
    require_language(language)
    settings = ctx.settings

    def handle(session: Session, account: LoginAccount, _seeker: JobSeeker, now: datetime, new_key: NewKey) -> str:
        if account.opened_at is None or account.password_hash is None:
            if notices_over_limit(session, account.email, now, settings.key_requests_per_30_minutes,
                                  settings.key_requests_per_day):
                return "rate_limited"
            text = templates.reset_not_open_notice(office_name=settings.office_name,
                                                   helpdesk=settings.helpdesk_number, language=language)
            enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                    kind="reset_not_open", now=now)
            return "not_open"
        issue_reset_key(ctx, session, account, new_key, now, language)
        return "issued"

    return request_key(ctx, email, birth_year, birth_month, birth_day, action="reset_key_requested",
                       extra_errors=[], handle=handle)


def issue_reset_key(ctx: ServiceContext, session: Session, account: LoginAccount, new_key: NewKey,
                    now: datetime, language: str = SOURCE) -> None:
    """Issues a reset key and queues its mail (also used when staff start a reset: Japanese)."""
    settings = ctx.settings
    request = issue_key(session, account.id, PURPOSE_RESET, new_key.key_hash, now, settings.key_validity_minutes)
    text = templates.reset_key_notice(
        key=new_key.key, expires_at=request.expires_at, validity_minutes=settings.key_validity_minutes,
        sender=settings.mail_sender, office_name=settings.office_name, helpdesk=settings.helpdesk_number,
        language=language)
    enqueue(session, recipient=account.email, subject=text.subject, body=text.body, kind="reset_key", now=now)


def complete_password_reset(
    ctx: ServiceContext, email: str, auth_key: str, password: str, password_confirm: str, language: str = SOURCE,
) -> RegistrationCompleted:
    """Step 2 of the reset: the same rules as step 3 of the opening (C3, C4, K4, K5). Ends
    all sessions of the account, clears its lockout and mails a notice in ``language``."""
    require_language(language)
    settings = ctx.settings

    def finish(session: Session, account: LoginAccount, now: datetime) -> None:
        revoke_account_sessions(session, account.id, now, "password_reset")
        clear_login_throttle(session, account.email)
        text = templates.password_reset_notice(reset_at=now, office_name=settings.office_name,
                                               helpdesk=settings.helpdesk_number, language=language)
        enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                kind="password_reset", now=now)
        audit.record(session, at=now, action="password_reset", result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account.id, target_type="account", target_id=account.id)

    return complete_with_key(ctx, email, auth_key, password, password_confirm, purpose=PURPOSE_RESET,
                             finish=finish)


@dataclass(frozen=True)
class _Current:
    session_id: int
    account_id: int
    stored_hash: str | None
    digest: str
    personal: PersonalData


def _load_current(ctx: ServiceContext, token: str) -> _Current:
    with ctx.session_factory.begin() as session:
        auth = require_session(session, token, ctx.clock())
        account = session.get_one(LoginAccount, auth.account_id)
        seeker = session.get_one(JobSeeker, account.seeker_id)
        return _Current(
            auth.id, account.id, account.password_hash, email_digest(account.email),
            PersonalData(email=account.email, birthdate=seeker.birthdate, seeker_number=seeker.seeker_number),
        )


def _reserve(ctx: ServiceContext, token: str, current: _Current) -> Reservation:
    """Counts the attempt before the current password is verified (N5); only after the new
    password passed the rules, so a refused new password costs nothing."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        require_session(session, token, now)
        return throttle.reserve(session, LoginThrottle, current.digest, now, ctx.settings)


def _refusal(refusal: Reservation) -> ValidationFailed:
    """Blocked, waiting, or (no wait: the password was replaced meanwhile) simply wrong."""
    if refusal.blocked:
        return ValidationFailed([FieldError(CURRENT_FIELD, "password.current_blocked")])
    if refusal.wait_seconds == 0:
        return ValidationFailed([FieldError(CURRENT_FIELD, "password.current_wrong")])
    return ValidationFailed([FieldError(CURRENT_FIELD, "password.current_wait", {"seconds": refusal.wait_seconds})])


def change_password(
    ctx: ServiceContext, token: str, current_password: str, new_password: str, new_password_confirm: str,
    language: str = SOURCE,
) -> PasswordChanged:
    """パスワード変更 (C6): the current password is required (a wrong one counts as a login
    failure, L1; the 10th ends the session); the same policy as registration (C3, C4); other
    sessions end; a notice is mailed in ``language``."""
    require_language(language)
    errors = [FieldError(CURRENT_FIELD, "password.current_required")] if current_password == "" else []
    errors += password_errors(new_password, new_password_confirm)
    if errors:
        raise ValidationFailed(errors)
    current = _load_current(ctx, token)
    problems = password_errors(new_password, new_password_confirm, personal=current.personal,
                               is_common=ctx.is_common_password)
    if problems:
        raise ValidationFailed(problems)
    reservation = _reserve(ctx, token, current)
    secret = normalize_password(current_password)
    if not reservation.granted:
        ctx.hasher.verify(None, secret)  # the same time as a real check
        raise _refusal(reservation)
    if not ctx.hasher.verify(current.stored_hash, secret):
        _wrong_current(ctx, current, reservation)
    if normalize_password(new_password) == secret:
        with ctx.session_factory.begin() as session:  # the current password was right: a success
            refusal = _confirm(session, current, reservation, ctx.clock())
        raise _refusal(refusal) if refusal else ValidationFailed([FieldError("password", "password.same_as_current")])
    new_hash = ctx.hasher.hash(normalize_password(new_password))
    settings = ctx.settings
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        auth = require_session(session, token, now)
        refusal = _confirm(session, current, reservation, now)
        if refusal is not None:
            raise _refusal(refusal)
        # Conditional on the hash we verified against: two changes racing, only one wins.
        result = session.execute(
            update(LoginAccount)
            .where(LoginAccount.id == auth.account_id, LoginAccount.password_hash == current.stored_hash)
            .values(password_hash=new_hash, password_changed_at=now)
        )
        assert isinstance(result, CursorResult)
        if result.rowcount != 1:
            raise ValidationFailed([FieldError(CURRENT_FIELD, "password.current_wrong")])
        account = session.get_one(LoginAccount, auth.account_id)
        revoke_account_sessions(session, account.id, now, "password_changed", keep_session_id=auth.id)
        text = templates.password_changed_notice(changed_at=now, office_name=settings.office_name,
                                                 helpdesk=settings.helpdesk_number, language=language)
        enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                kind="password_changed", now=now)
        audit.record(session, at=now, action="password_changed", result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account.id, target_type="account", target_id=account.id)
    ctx.mail_queued()
    return PasswordChanged(password_converted_from_fullwidth=converted_from_fullwidth(new_password))


def _confirm(session: Session, current: _Current, reservation: Reservation, now: datetime) -> Reservation | None:
    """The success of the current password, unless it was replaced or others locked the
    address while it was being verified; a success clears the address's counters."""
    if session.get_one(LoginAccount, current.account_id).password_hash != current.stored_hash:
        return Reservation(False, 0)
    return throttle.confirm_success(session, LoginThrottle, current.digest, reservation, now)


def _wrong_current(ctx: ServiceContext, current: _Current, reservation: Reservation) -> NoReturn:
    """The failure was counted by the reservation, like a failed login; the lock ends the
    session (someone at an unattended kiosk guessing the password gets logged out)."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        if reservation.locks:
            revoke_account_sessions(session, current.account_id, now, "locked")
        audit.record(session, at=now, action="password_change_failed",
                     result="locked" if reservation.locks else "wrong_current",
                     terminal=ctx.terminal, actor_type="seeker", actor_id=current.account_id,
                     target_type="account", target_id=current.account_id)
    if reservation.locks:
        raise SessionInvalid()
    raise ValidationFailed([FieldError(CURRENT_FIELD, "password.current_wrong")])
