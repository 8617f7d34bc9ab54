"""The seeker's own changes in 求職者情報・設定 (docs/product-rules.md §own-changes): 連絡先
(住所, 電話) and 希望条件. Each is one transaction through :func:`seeker_call`: the registration
row updated, a ``seeker_own_change`` row (fields, device kind, old/new values for staff), an
audit row with ids only, and a notice to the login address that names the kind of data, never
the values. Allowed while 無効 too: keeping the registration reachable is a setting, and the
rule of §seeker-status keeps the settings working."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker, LoginAccount, SeekerOwnChange
from mypage_desktop.domain import own_changes as rules
from mypage_desktop.domain.activity_dto import RegistrationInfo
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.languages import SOURCE, require_language
from mypage_desktop.mail import own_change_templates as templates
from mypage_desktop.mail.outbox import enqueue
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import SeekerScope, seeker_call
from mypage_desktop.services.accounts.seeker_status import registration_state
from mypage_desktop.services.context import ServiceContext

AUDIT_ACTIONS = {rules.CONTACT: "own_contact_changed", rules.WISHES: "own_wishes_changed"}


def change_contact(ctx: ServiceContext, token: str, change: rules.ContactChange,
                   language: str = SOURCE) -> RegistrationInfo:
    """住所 (with its 郵便番号) and 電話番号; ``own_change.unchanged`` when both are as registered.
    The notice is in ``language`` (docs/i18n.md#mails)."""
    require_language(language)
    errors = rules.contact_errors(change)
    if errors:
        raise ValidationFailed(errors)
    return _apply(ctx, token, rules.CONTACT, rules.stored_contact(change), language)


def change_wishes(ctx: ServiceContext, token: str, change: rules.WishesChange,
                  language: str = SOURCE) -> RegistrationInfo:
    require_language(language)
    errors = rules.wishes_errors(change)
    if errors:
        raise ValidationFailed(errors)
    return _apply(ctx, token, rules.WISHES, rules.stored_wishes(change), language)


def _apply(ctx: ServiceContext, token: str, kind: str, new: dict[str, str], language: str) -> RegistrationInfo:
    def work(session: Session, scope: SeekerScope) -> RegistrationInfo:
        seeker = session.get_one(JobSeeker, scope.seeker_id, with_for_update=True)
        old = {field: getattr(seeker, field) for field in new}
        fields = rules.changed_fields(old, new)
        if not fields:
            raise ValidationFailed([FieldError("form", rules.UNCHANGED)])
        for field in fields:
            setattr(seeker, field, new[field])
        record_change(ctx, session, scope, kind, fields,
                      {f: old[f] for f in fields}, {f: new[f] for f in fields})
        account = _account(session, scope.seeker_id)
        if account is not None:
            text = templates.own_change_notice(
                what=rules.KIND_LABELS[kind], items=tuple(rules.FIELD_LABELS[f] for f in fields),
                changed_at=scope.now, office_name=ctx.settings.office_name, helpdesk=ctx.settings.helpdesk_number,
                language=language)
            enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                    kind=f"own_{kind}_changed", now=scope.now)
        audit.record(session, at=scope.now, action=AUDIT_ACTIONS[kind], result="ok", terminal=ctx.terminal,
                     actor_type="seeker", actor_id=account.id if account else None,
                     target_type="seeker", target_id=scope.seeker_id)
        session.flush()
        return registration_state(ctx, session, scope)

    info = seeker_call(ctx, token, work)
    ctx.mail_queued()
    return info


def _account(session: Session, seeker_id: int) -> LoginAccount | None:
    return session.scalar(select(LoginAccount).where(LoginAccount.seeker_id == seeker_id))


def record_change(ctx: ServiceContext, session: Session, scope: SeekerScope, kind: str, fields: tuple[str, ...],
                  old: dict[str, str] | None, new: dict[str, str] | None) -> None:
    """The history row staff see (the values stay in this table only)."""
    session.add(SeekerOwnChange(
        seeker_id=scope.seeker_id, changed_at=scope.now, kind=kind, fields=",".join(fields),
        device_kind=ctx.caller.kind,
        old_values=None if old is None else json.dumps(old, ensure_ascii=False),
        new_values=None if new is None else json.dumps(new, ensure_ascii=False)))


def entry_of(row: SeekerOwnChange) -> rules.OwnChangeEntry:
    fields = tuple(f for f in row.fields.split(",") if f)

    def pairs(stored: str | None) -> tuple[tuple[str, str], ...]:
        values: dict[str, str] = json.loads(stored) if stored else {}
        return tuple((rules.FIELD_LABELS.get(k, k), str(v)) for k, v in values.items())

    return rules.OwnChangeEntry(
        changed_at=row.changed_at, kind=row.kind, kind_label=rules.KIND_LABELS.get(row.kind, row.kind),
        fields=fields, field_labels=tuple(rules.FIELD_LABELS.get(f, f) for f in fields),
        device_kind=row.device_kind, device_label=rules.DEVICE_LABELS.get(row.device_kind, row.device_kind),
        old_values=pairs(row.old_values), new_values=pairs(row.new_values))


def history(session: Session, seeker_id: int, limit: int = 100) -> list[rules.OwnChangeEntry]:
    """Newest first, for the staff console (the caller audits the viewing)."""
    rows = session.scalars(
        select(SeekerOwnChange).where(SeekerOwnChange.seeker_id == seeker_id)
        .order_by(SeekerOwnChange.changed_at.desc(), SeekerOwnChange.id.desc()).limit(limit)).all()
    return [entry_of(row) for row in rows]


def last_change(session: Session, seeker_id: int) -> tuple[datetime, tuple[str, ...]] | None:
    """When the seeker last changed something and which fields, for the seeker summary."""
    row = session.scalars(
        select(SeekerOwnChange).where(SeekerOwnChange.seeker_id == seeker_id)
        .order_by(SeekerOwnChange.changed_at.desc(), SeekerOwnChange.id.desc()).limit(1)).first()
    return None if row is None else (row.changed_at, tuple(f for f in row.fields.split(",") if f))
