"""求職情報提供 (docs/product-rules.md §info-sharing): the seeker's consent to share the profile
without name and contact, given and withdrawn in 求職者情報・設定. One transaction each through
:func:`seeker_call`; the history row (no values), an audit row with ids only, and a notice to
the login address. A new consent needs a 有効 registration; withdrawing always works."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import InfoSharingConsent, JobSeeker
from mypage_desktop.domain import info_sharing as rules, own_changes
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.info_sharing import InfoSharingState
from mypage_desktop.domain.languages import SOURCE, require_language
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.mail import own_change_templates as templates
from mypage_desktop.mail.outbox import enqueue
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.own_changes import _account, record_change
from mypage_desktop.services.accounts.seeker_scope import SeekerScope, observe_registration, rowcount, seeker_call
from mypage_desktop.services.context import ServiceContext


def state_of(session: Session, seeker_id: int, active: bool) -> InfoSharingState:
    row = session.get(InfoSharingConsent, seeker_id)
    return InfoSharingState(
        sharing=row is not None and row.withdrawn_at is None,
        given_at=row.given_at if row else None, withdrawn_at=row.withdrawn_at if row else None,
        agreed_version=row.text_version if row else None, current_version=rules.TEXT_VERSION,
        can_opt_in=active)


def _active(ctx: ServiceContext, session: Session, scope: SeekerScope) -> bool:
    return observe_registration(session, scope.seeker_id, scope.now, ctx.terminal)[1].status is SeekerStatus.ACTIVE


def info_sharing(ctx: ServiceContext, token: str) -> InfoSharingState:
    return seeker_call(ctx, token, lambda session, scope: state_of(session, scope.seeker_id,
                                                                     _active(ctx, session, scope)))


def opt_in(ctx: ServiceContext, token: str, text_version: str, language: str = SOURCE) -> InfoSharingState:
    """Consent to the explanation ``text_version`` (the one the screen showed). Giving it again
    while it stands changes nothing and mails nothing; the notice is in ``language``."""
    require_language(language)
    def work(session: Session, scope: SeekerScope) -> InfoSharingState:
        if text_version != rules.TEXT_VERSION:
            raise ValidationFailed([FieldError("info_sharing", rules.OUTDATED)])
        if not _active(ctx, session, scope):
            raise ValidationFailed([FieldError("info_sharing", rules.INACTIVE)])
        session.get_one(JobSeeker, scope.seeker_id, with_for_update=True)  # one switch at a time
        row = session.get(InfoSharingConsent, scope.seeker_id)
        if row is None:
            try:
                with session.begin_nested():  # a racing first consent: only one row, one record
                    session.add(InfoSharingConsent(seeker_id=scope.seeker_id, text_version=text_version,
                                                   given_at=scope.now, withdrawn_at=None))
            except IntegrityError:
                return state_of(session, scope.seeker_id, True)
        elif row.withdrawn_at is None:
            return state_of(session, scope.seeker_id, True)
        else:
            changed = rowcount(session.execute(
                update(InfoSharingConsent)
                .where(InfoSharingConsent.seeker_id == scope.seeker_id, InfoSharingConsent.withdrawn_at.is_not(None))
                .values(text_version=text_version, given_at=scope.now, withdrawn_at=None)))
            if changed != 1:
                return state_of(session, scope.seeker_id, True)
        _record(ctx, session, scope, sharing=True, language=language)
        session.flush()
        session.expire_all()
        return state_of(session, scope.seeker_id, True)

    state = seeker_call(ctx, token, work)
    ctx.mail_queued()
    return state


def opt_out(ctx: ServiceContext, token: str, language: str = SOURCE) -> InfoSharingState:
    """Withdraws a standing consent (allowed while 無効); nothing to withdraw changes nothing.
    The notice is in ``language``."""
    require_language(language)
    def work(session: Session, scope: SeekerScope) -> InfoSharingState:
        active = _active(ctx, session, scope)
        changed = rowcount(session.execute(
            update(InfoSharingConsent)
            .where(InfoSharingConsent.seeker_id == scope.seeker_id, InfoSharingConsent.withdrawn_at.is_(None))
            .values(withdrawn_at=scope.now)))
        if changed == 1:
            _record(ctx, session, scope, sharing=False, language=language)
            session.flush()
            session.expire_all()
        return state_of(session, scope.seeker_id, active)

    state = seeker_call(ctx, token, work)
    ctx.mail_queued()
    return state


def _record(ctx: ServiceContext, session: Session, scope: SeekerScope, *, sharing: bool, language: str) -> None:
    kind = own_changes.SHARING_ON if sharing else own_changes.SHARING_OFF
    record_change(ctx, session, scope, kind, ("info_sharing",), None, None)
    account = _account(session, scope.seeker_id)
    if account is not None:
        text = templates.info_sharing_notice(sharing=sharing, changed_at=scope.now,
                                             office_name=ctx.settings.office_name,
                                             helpdesk=ctx.settings.helpdesk_number, language=language)
        enqueue(session, recipient=account.email, subject=text.subject, body=text.body,
                kind="info_sharing_changed", now=scope.now)
    audit.record(session, at=scope.now, action="info_sharing_given" if sharing else "info_sharing_withdrawn",
                 result="ok", terminal=ctx.terminal, actor_type="seeker", actor_id=account.id if account else None,
                 target_type="seeker", target_id=scope.seeker_id)
