"""The counter's side of the online 求職仮登録 (docs/product-rules.md §preregistration;
docs/security.md A3, A4): find a 仮登録 by 仮登録番号 or by フリガナ + 生年月日, show it, correct
it, and do 本登録 after the ID check: a 求職番号 is issued
(:func:`mypage_desktop.services.accounts.seeker_registration.register_seeker`, with the form's
email as the login ID, so the opening wizard can be started at once at the
counter). Every call needs a staff session and writes an audit row with the staff id; the
correction and 本登録 need a recent re-authentication like 求職登録 at the counter.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, CursorResult, or_, select, update
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.prereg_models import Preregistration
from mypage_desktop.db.staff_models import IdCheck
from mypage_desktop.domain import preregistration as rules
from mypage_desktop.domain.birthdate import parse_birthdate
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.preregistration import PreregStatus
from mypage_desktop.domain.preregistration_dto import (
    PostalAddress,
    PreregistrationDetail,
    PreregistrationForm,
    PreregistrationQuery,
    PreregistrationSummary,
)
from mypage_desktop.domain.staff_dto import ID_DOCUMENTS, SeekerSummary
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.mail import templates
from mypage_desktop.mail.outbox import enqueue
from mypage_desktop.services.accounts.seeker_registration import add_seeker
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.preregistration import postal
from mypage_desktop.services.preregistration.seeker import TARGET, store_form, stored_form
from mypage_desktop.services.staff.console import summary_of
from mypage_desktop.services.staff.lookup import kana_and_birthdate, record_staff_action
from mypage_desktop.services.staff.sign_in import StaffActor, reauth_window, require_staff

MAX_RESULTS = 50
NOT_FOUND = ValidationFailed([FieldError("prereg", "prereg.not_found")])
ALREADY_REGISTERED = ValidationFailed([FieldError("prereg", "prereg.already_registered")])
# Drafts are the seeker's own until sent: staff see only what was submitted (_visible).


def _visible(now: datetime) -> ColumnElement[bool]:
    """Submitted and not expired (a purge may not have run yet), or already registered."""
    return or_(Preregistration.status == PreregStatus.REGISTERED.value,
               (Preregistration.status == PreregStatus.ONLINE.value) & (Preregistration.expires_at >= now))


def _record(ctx: ServiceContext, session: Session, actor: StaffActor, now: datetime, action: str, result: str,
            prereg_id: int | None) -> None:
    record_staff_action(ctx, session, actor, now, action, result, target_type=TARGET, target_id=prereg_id)


def _summary(session: Session, row: Preregistration) -> PreregistrationSummary:
    number = session.scalar(select(JobSeeker.seeker_number).where(JobSeeker.id == row.seeker_id)) \
        if row.seeker_id is not None else None
    return PreregistrationSummary(
        prereg_id=row.id, number=row.number or "", status=row.status, name=row.name, name_kana=row.name_kana,
        birthdate=row.birthdate, submitted_at=row.submitted_at, expires_on=row.expires_at.astimezone(JST).date(),
        seeker_number=number)


def _condition(query: PreregistrationQuery, now: datetime) -> tuple[str, ColumnElement[bool]]:
    if query.number.strip():
        number = rules.normalize_number(query.number)
        if number is None:
            raise ValidationFailed([FieldError("number", "prereg.number")])
        return "number", Preregistration.number == number
    if query.name_kana.strip() or query.birth_year.strip():
        return "kana", kana_and_birthdate(Preregistration.name_kana, Preregistration.birthdate, query.name_kana,
                                          query.birth_year, query.birth_month, query.birth_day,
                                          now.astimezone(JST).date())
    raise ValidationFailed([FieldError("query", "prereg.query_empty")])


def find_preregistrations(ctx: ServiceContext, token: str, query: PreregistrationQuery) -> list[PreregistrationSummary]:
    """Submitted 仮登録 (and 本登録済 ones), newest first, at most 50; drafts never."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        kind, condition = _condition(query, now)
        rows = list(session.scalars(
            select(Preregistration).where(condition, _visible(now))
            .order_by(Preregistration.id.desc()).limit(MAX_RESULTS)))
        _record(ctx, session, actor, now, "prereg_lookup", f"{kind}:{len(rows)}",
                rows[0].id if len(rows) == 1 else None)
        return [_summary(session, row) for row in rows]


def _visible_row(session: Session, prereg_id: int, now: datetime, *, lock: bool = False) -> Preregistration:
    statement = select(Preregistration).where(Preregistration.id == prereg_id, _visible(now))
    row = session.scalar(statement.with_for_update() if lock else statement)
    if row is None:
        raise NOT_FOUND
    return row


def preregistration_detail(ctx: ServiceContext, token: str, prereg_id: int) -> PreregistrationDetail:
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now)
        row = _visible_row(session, prereg_id, now)
        _record(ctx, session, actor, now, "prereg_viewed", "ok", row.id)
        return PreregistrationDetail(_summary(session, row), stored_form(row))


def correct_preregistration(ctx: ServiceContext, token: str, prereg_id: int,
                            form: PreregistrationForm) -> PreregistrationDetail:
    """Staff correct what the seeker typed (after talking it through at the counter); the
    full 仮登録 rules apply. Only before 本登録."""
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        require_staff(session, token, now, reauth_within=reauth_window(ctx))
    errors = rules.submit_errors(form, now.astimezone(JST).date())
    if errors:
        raise ValidationFailed(errors)
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now, reauth_within=reauth_window(ctx))
        row = _visible_row(session, prereg_id, now, lock=True)
        if row.status != PreregStatus.ONLINE.value:
            raise ALREADY_REGISTERED
        store_form(row, form, now)
        _record(ctx, session, actor, now, "prereg_corrected", "ok", row.id)
        return PreregistrationDetail(_summary(session, row), stored_form(row))


def lookup_postal_code_for_staff(ctx: ServiceContext, token: str, postal_code: str) -> list[PostalAddress]:
    """The bundled 郵便番号 data, for a staff session (not audited: no one's data is read)."""
    with ctx.session_factory.begin() as session:
        require_staff(session, token, ctx.clock())
    return postal.lookup(postal_code)


def _claim(session: Session, prereg_id: int, now: datetime) -> bool:
    """ONLINE → REGISTERED only if it is still ONLINE: the row count says who won."""
    result = session.execute(
        update(Preregistration).where(Preregistration.id == prereg_id,
                                      Preregistration.status == PreregStatus.ONLINE.value)
        .values(status=PreregStatus.REGISTERED.value, registered_at=now))
    assert isinstance(result, CursorResult)
    return result.rowcount == 1


def confirm_preregistration(ctx: ServiceContext, token: str, prereg_id: int, id_document: str) -> SeekerSummary:
    """本登録 after the ID check, in one transaction: the 仮登録 row is locked (PostgreSQL;
    SQLite's ``BEGIN IMMEDIATE`` runs one writer at a time) and claimed by a conditional UPDATE
    checked by its row count, then the seeker is registered with the form's data and email. Two
    counters confirming at once get one 求職番号; the second is told it is already registered.
    If the registration is refused (e.g. the email is another seeker's login) everything rolls
    back, the claim too, so staff can correct the form and try again."""
    if id_document not in ID_DOCUMENTS:
        raise ValidationFailed([FieldError("id_document", "staff.id_document")])
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        actor = require_staff(session, token, now, reauth_within=reauth_window(ctx))
        row = _visible_row(session, prereg_id, now, lock=True)
        if row.status != PreregStatus.ONLINE.value:
            raise ALREADY_REGISTERED
        form = stored_form(row)
        today = now.astimezone(JST).date()
        errors = rules.submit_errors(form, today)  # rules may have tightened since it was sent
        if errors:
            raise ValidationFailed(errors)
        if not _claim(session, prereg_id, now):
            raise ALREADY_REGISTERED
        full_address = f"〒{form.postal_code} {form.address}"
        registered = add_seeker(
            ctx, session, name=form.name, name_kana=form.name_kana,
            birthdate=parse_birthdate(form.birth_year, form.birth_month, form.birth_day, today),
            applied_on=today, phone=form.phone,
            address=full_address if len(full_address) <= 120 else form.address,
            email=form.email, wish_occupation=form.wish_occupation, wish_location=form.wish_location,
            wish_wage=form.wish_wage, actor_type="staff", actor_id=actor.staff_id)
        session.execute(update(Preregistration).where(Preregistration.id == prereg_id)
                        .values(seeker_id=registered.seeker_id))
        seeker = session.get_one(JobSeeker, registered.seeker_id)
        session.add(IdCheck(at=now, staff_id=actor.staff_id, seeker_id=seeker.id, action="prereg_registered",
                            document_type=id_document))
        _record(ctx, session, actor, now, "prereg_registered", "ok", prereg_id)
        if registered.email is not None:  # the address learns it is now a login ID, and what next
            text = templates.login_email_registered_notice(
                registered_at=now, opened=False, office_name=ctx.settings.office_name,
                helpdesk=ctx.settings.helpdesk_number)
            enqueue(session, recipient=registered.email, subject=text.subject, body=text.body,
                    kind="login_email_registered", now=now)
        summary = summary_of(session, seeker, now)
    ctx.mail_queued()
    return summary
