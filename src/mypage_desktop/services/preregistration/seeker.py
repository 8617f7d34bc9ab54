"""The seeker's side of the online 求職仮登録 (docs/product-rules.md §preregistration).

Nobody is logged in here, so every call is anonymous and limited per PC
(``preregistrations_per_terminal_per_hour`` new forms; the key requests share the opening's
per-PC limit). A draft belongs to whoever holds its draft token (kept by the open window
only, stored as a SHA-256) or, later, to whoever reads the mail at its address: the resume key
follows the opening's key rules (:mod:`mypage_desktop.services.accounts.opening`: 8 digits, argon2id hash, valid
``key_validity_minutes``, ``key_max_wrong_tries``, per-address limits, one answer whatever
matched, docs/security.md E3, K1–K5). Personal values are never logged; audit rows carry ids.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mypage_desktop.db.audit_models import AuditLog
from mypage_desktop.db.prereg_models import Preregistration
from mypage_desktop.domain import preregistration as rules
from mypage_desktop.domain.account_dto import RegistrationRequested
from mypage_desktop.domain.authkey import generate_key, key_errors, normalize_key
from mypage_desktop.domain.birthdate import parse_birthdate
from mypage_desktop.domain.email import email_errors, normalize_email
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.languages import SOURCE, require_language
from mypage_desktop.domain.preregistration import PreregStatus
from mypage_desktop.domain.preregistration_dto import (
    DraftResumed,
    DraftSaved,
    PreregistrationForm,
    PreregistrationSubmitted,
)
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.mail import prereg_templates
from mypage_desktop.mail.outbox import enqueue
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.opening import KEY_REJECTED, terminal_over_limit
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.throttle import serialize

TARGET = "preregistration"
KEY_ACTION = "prereg_key_requested"  # counted by the opening's per-PC key limit (accounts/opening.py)
NEW_FORM_ACTIONS = ("prereg_draft_created", "prereg_submitted_new")
BUSY = ValidationFailed([FieldError("form", "prereg.busy")])


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _rowcount(result: object) -> int:
    assert isinstance(result, CursorResult)
    return result.rowcount


def store_form(row: Preregistration, form: PreregistrationForm, now: datetime) -> None:
    """Writes the normalised form and the columns staff search by."""
    clean = rules.normalized(form)
    row.form_json = json.dumps(rules.to_json_dict(clean), ensure_ascii=False)
    row.email = clean.email
    row.name, row.name_kana = clean.name[:30], clean.name_kana[:30]
    today = now.astimezone(JST).date()
    try:
        row.birthdate = parse_birthdate(clean.birth_year, clean.birth_month, clean.birth_day, today)
    except (ValidationFailed, ValueError):
        row.birthdate = None  # a draft may not have it yet
    row.updated_at = now


def stored_form(row: Preregistration) -> PreregistrationForm:
    return rules.from_json_dict(json.loads(row.form_json))


def _new_forms_over_limit(ctx: ServiceContext, session: Session, now: datetime) -> bool:
    serialize(session, "prereg-terminal", ctx.terminal)
    count = session.scalar(
        select(func.count()).select_from(AuditLog).where(
            AuditLog.terminal == ctx.terminal, AuditLog.action.in_(NEW_FORM_ACTIONS),
            AuditLog.at > now - timedelta(hours=1))
    ) or 0
    return count >= ctx.settings.preregistrations_per_terminal_per_hour


def _draft_by_token(session: Session, token: str) -> Preregistration | None:
    if not token:
        return None
    return session.scalar(
        select(Preregistration).where(Preregistration.draft_token_hash == _token_hash(token),
                                      Preregistration.status == PreregStatus.DRAFT.value)
        .with_for_update())


def save_draft(ctx: ServiceContext, form: PreregistrationForm, draft_token: str) -> DraftSaved:
    """一時保存: over the window's own draft when ``draft_token`` names a live one, else a new
    draft (a purged or unknown token loses nothing: what is on screen is saved anew)."""
    now = ctx.clock()
    errors = rules.draft_errors(form, now.astimezone(JST).date())
    if errors:
        raise ValidationFailed(errors)
    days = ctx.settings.preregistration_valid_days
    token = secrets.token_urlsafe(16)
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row = _draft_by_token(session, draft_token)
        if row is None:
            if _new_forms_over_limit(ctx, session, now):
                raise BUSY
            row = Preregistration(status=PreregStatus.DRAFT.value, created_at=now, resume_key_tries=0)
            session.add(row)
            action = "prereg_draft_created"
        else:
            action = "prereg_draft_saved"
        store_form(row, form, now)
        row.draft_token_hash = _token_hash(token)
        row.expires_at = now + timedelta(days=days)
        session.flush()
        audit.record(session, at=now, action=action, result="ok", terminal=ctx.terminal,
                     target_type=TARGET, target_id=row.id)
        return DraftSaved(token, row.expires_at.astimezone(JST).date(), days)


def request_resume_key(ctx: ServiceContext, email: str, language: str = SOURCE) -> RegistrationRequested:
    """Mails a resume key (in ``language``, docs/i18n.md#mails) for the newest live draft of
    ``email``; the same answer whether or not there is one (E3), within the per-PC and
    per-address limits (K5)."""
    require_language(language)
    if email_errors(email):
        raise ValidationFailed(email_errors(email))
    address = normalize_email(email)
    key = generate_key()
    key_hash = ctx.hasher.hash(key)  # on every path, outside the transaction (E3)
    settings = ctx.settings
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row: Preregistration | None = None
        if terminal_over_limit(session, ctx.terminal, now, settings.key_requests_per_terminal_per_hour):
            outcome = "terminal_limited"
        else:
            serialize(session, "prereg-key-address", address)
            row = session.scalar(
                select(Preregistration).where(Preregistration.email == address,
                                              Preregistration.status == PreregStatus.DRAFT.value,
                                              Preregistration.expires_at >= now)
                .order_by(Preregistration.updated_at.desc(), Preregistration.id.desc()).limit(1)
                .with_for_update())
            if row is None:
                outcome = "no_match"
            elif _keys_over_limit(session, row.id, now, settings.key_requests_per_30_minutes,
                                  settings.key_requests_per_day):
                outcome = "rate_limited"
            else:
                row.resume_key_hash = key_hash  # a new key voids the older one (K5)
                row.resume_key_expires_at = now + timedelta(minutes=settings.key_validity_minutes)
                row.resume_key_tries = 0
                text = prereg_templates.resume_key_notice(
                    key=key, expires_at=row.resume_key_expires_at, validity_minutes=settings.key_validity_minutes,
                    sender=settings.mail_sender, office_name=settings.office_name, helpdesk=settings.helpdesk_number,
                    language=language)
                enqueue(session, recipient=address, subject=text.subject, body=text.body,
                        kind="prereg_resume_key", now=now)
                outcome = "issued"
        audit.record(session, at=now, action=KEY_ACTION, result=outcome, terminal=ctx.terminal,
                     target_type=TARGET if row else None, target_id=row.id if row else None)
    if outcome == "issued":
        ctx.mail_queued()
    return RegistrationRequested(settings.key_validity_minutes, settings.mail_sender)


def _keys_over_limit(session: Session, prereg_id: int, now: datetime, per_30: int, per_day: int) -> bool:
    def count_since(moment: datetime) -> int:
        return session.scalar(
            select(func.count()).select_from(AuditLog).where(
                AuditLog.action == KEY_ACTION, AuditLog.result == "issued", AuditLog.target_type == TARGET,
                AuditLog.target_id == prereg_id, AuditLog.at > moment)
        ) or 0

    return count_since(now - timedelta(minutes=30)) >= per_30 or count_since(now - timedelta(days=1)) >= per_day


@dataclass(frozen=True)
class _Reserved:
    prereg_id: int
    key_hash: str
    tries: int


def _reserve_try(ctx: ServiceContext, address: str) -> _Reserved | None:
    """A try counted on the draft's key before it is verified (one conditional UPDATE, so
    parallel tries never pass ``key_max_wrong_tries``, N5); the opening's pattern."""
    max_tries = ctx.settings.key_max_wrong_tries
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        row = session.execute(
            select(Preregistration.id, Preregistration.resume_key_hash)
            .where(Preregistration.email == address, Preregistration.status == PreregStatus.DRAFT.value,
                   Preregistration.resume_key_hash.is_not(None))
            .order_by(Preregistration.updated_at.desc(), Preregistration.id.desc()).limit(1)
        ).first()
        if row is None:
            return None
        tries = session.scalar(
            update(Preregistration)
            .where(Preregistration.id == row.id, Preregistration.resume_key_hash == row.resume_key_hash,
                   Preregistration.resume_key_expires_at >= now, Preregistration.expires_at >= now,
                   Preregistration.resume_key_tries < max_tries)
            .values(resume_key_tries=Preregistration.resume_key_tries + 1)
            .returning(Preregistration.resume_key_tries)
            .execution_options(synchronize_session=False))
        if tries is None:
            audit.record(session, at=now, action="prereg_key_rejected", result="expired_or_used",
                         terminal=ctx.terminal, target_type=TARGET, target_id=row.id)
            return None
        assert row.resume_key_hash is not None
        return _Reserved(row.id, row.resume_key_hash, tries)


def resume_draft(ctx: ServiceContext, email: str, auth_key: str) -> DraftResumed:
    """The draft back with a fresh draft token; any bad key gets the one answer (E3). The
    key is used up on success; the try that reaches the limit voids it."""
    errors = key_errors(auth_key)
    if email_errors(email):
        errors.append(KEY_REJECTED)
    if errors:
        raise ValidationFailed(errors)
    pending = _reserve_try(ctx, normalize_email(email))
    ok = ctx.hasher.verify(pending.key_hash if pending else None, normalize_key(auth_key))
    token = secrets.token_urlsafe(16)
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        if pending is None or not ok:
            if pending is not None:
                voided = pending.tries >= ctx.settings.key_max_wrong_tries
                if voided:
                    session.execute(update(Preregistration).where(
                        Preregistration.id == pending.prereg_id,
                        Preregistration.resume_key_hash == pending.key_hash).values(resume_key_hash=None))
                audit.record(session, at=now, action="prereg_key_rejected",
                             result="voided" if voided else "wrong_key", terminal=ctx.terminal,
                             target_type=TARGET, target_id=pending.prereg_id)
            session.commit()
            raise ValidationFailed([KEY_REJECTED])
        consumed = _rowcount(session.execute(
            update(Preregistration)
            .where(Preregistration.id == pending.prereg_id, Preregistration.resume_key_hash == pending.key_hash,
                   Preregistration.status == PreregStatus.DRAFT.value)
            .values(resume_key_hash=None, resume_key_expires_at=None, resume_key_tries=0,
                    draft_token_hash=_token_hash(token))))
        if consumed != 1:
            session.commit()
            raise ValidationFailed([KEY_REJECTED])
        row = session.get_one(Preregistration, pending.prereg_id)
        audit.record(session, at=now, action="prereg_draft_resumed", result="ok", terminal=ctx.terminal,
                     target_type=TARGET, target_id=row.id)
        return DraftResumed(token, stored_form(row), row.expires_at.astimezone(JST).date(),
                            ctx.settings.preregistration_valid_days)


def submit(ctx: ServiceContext, form: PreregistrationForm, draft_token: str,
           language: str = SOURCE) -> PreregistrationSubmitted:
    """The 仮登録: a 仮登録番号 is issued, the seeker is an オンライン登録者 until 本登録, and a
    mail with the number and what to bring goes to the address, in ``language``."""
    require_language(language)
    now = ctx.clock()
    errors = rules.submit_errors(form, now.astimezone(JST).date())
    if errors:
        raise ValidationFailed(errors)
    settings = ctx.settings
    days = settings.preregistration_valid_days
    for _attempt in range(5):
        try:
            with ctx.session_factory.begin() as session:
                now = ctx.clock()
                row = _draft_by_token(session, draft_token)
                action = "prereg_submitted"
                if row is None:
                    if _new_forms_over_limit(ctx, session, now):
                        raise BUSY
                    row = Preregistration(created_at=now, resume_key_tries=0)
                    session.add(row)
                    action = "prereg_submitted_new"
                store_form(row, form, now)
                row.status = PreregStatus.ONLINE.value
                row.number = rules.generate_number()
                row.submitted_at = now
                row.expires_at = now + timedelta(days=days)
                row.draft_token_hash = row.resume_key_hash = row.resume_key_expires_at = None
                session.flush()
                text = prereg_templates.submitted_notice(number=row.number, expires_at=row.expires_at,
                                                         office_name=settings.office_name,
                                                         helpdesk=settings.helpdesk_number, language=language)
                enqueue(session, recipient=row.email, subject=text.subject, body=text.body,
                        kind="prereg_submitted", now=now)
                audit.record(session, at=now, action=action, result="ok", terminal=ctx.terminal,
                             target_type=TARGET, target_id=row.id)
                result = PreregistrationSubmitted(row.number, row.expires_at.astimezone(JST).date(), days)
            ctx.mail_queued()
            return result
        except IntegrityError:
            continue  # a 仮登録番号 collision (random digits): another number
    raise RuntimeError("could not allocate a unique 仮登録番号")


def purge_expired(ctx: ServiceContext) -> int:
    """Deletes unfinished drafts and unconfirmed 仮登録 past their expiry (the app runs it when
    its database opens, the office server when it starts and every hour while it runs,
    ``mypage-admin prereg-purge`` on demand; expired rows are invisible before that); returns how
    many.
    本登録済 rows stay: they are the registration's record."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        count = _rowcount(session.execute(
            delete(Preregistration).where(
                Preregistration.status.in_((PreregStatus.DRAFT.value, PreregStatus.ONLINE.value)),
                Preregistration.expires_at < now)))
        if count:
            audit.record(session, at=now, action="prereg_purged", result=str(count), terminal=ctx.terminal,
                         actor_type="system")
        return count
