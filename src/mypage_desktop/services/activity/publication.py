"""求職公開 (docs/product-rules.md §publication): the seeker's anonymised profile, its
preview (exactly the employer's view), publishing, updating and withdrawing. Scoped to the
session's seeker; audited with ids only."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.publication_models import DirectRequest, SeekerPublication
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.publication import age_band, form_errors, new_public_number
from mypage_desktop.domain.publication_dto import PublicationForm, PublicationInfo, PublicProfile
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.domain.timefmt import today_jst
from mypage_desktop.services import audit
from mypage_desktop.services.accounts.seeker_scope import SeekerScope, account_id_of, seeker_call
from mypage_desktop.services.context import ServiceContext


def form_of(row: SeekerPublication) -> PublicationForm:
    return PublicationForm(row.wish_occupation, row.wish_location, row.experience, row.qualifications, row.self_pr)


def public_profile(seeker: JobSeeker, public_number: str, form: PublicationForm, today: date) -> PublicProfile:
    """The employer's view. The age band is computed at read time, so it follows the birthday
    without the seeker publishing again; the birthdate itself never leaves this function."""
    return PublicProfile(public_number, age_band(seeker.birthdate, today), form.wish_occupation,
                         form.wish_location, form.experience, form.qualifications, form.self_pr)


def own_publication(session: Session, seeker_id: int) -> SeekerPublication | None:
    return session.scalar(select(SeekerPublication).where(SeekerPublication.seeker_id == seeker_id))


def _info(session: Session, scope: SeekerScope) -> PublicationInfo:
    seeker = session.get_one(JobSeeker, scope.seeker_id)
    row = own_publication(session, scope.seeker_id)
    form = form_of(row) if row else PublicationForm(seeker.wish_occupation, seeker.wish_location)
    received = int(session.scalar(select(func.count()).select_from(DirectRequest)
                                  .where(DirectRequest.seeker_id == scope.seeker_id)) or 0)
    return PublicationInfo(
        bool(row and row.published), row.published_at if row else None, row.withdrawn_at if row else None,
        form, public_profile(seeker, row.public_number if row else "", form, scope.today),
        seeker.status == SeekerStatus.ACTIVE.value, received,
    )


def publication(ctx: ServiceContext, token: str) -> PublicationInfo:
    return seeker_call(ctx, token, _info)


def preview_publication(ctx: ServiceContext, token: str, form: PublicationForm) -> PublicProfile:
    """What employers would see if ``form`` were published now (checked like publishing)."""
    def work(session: Session, scope: SeekerScope) -> PublicProfile:
        clean, errors = form_errors(form)
        if errors:
            raise ValidationFailed(errors)
        row = own_publication(session, scope.seeker_id)
        return public_profile(session.get_one(JobSeeker, scope.seeker_id), row.public_number if row else "",
                              clean, scope.today)

    return seeker_call(ctx, token, work)


def publish_profile(ctx: ServiceContext, token: str, form: PublicationForm) -> PublicationInfo:
    """Publishes (or updates while published) the profile; only while 有効. The 求職公開番号
    is drawn at the first publication and kept after a withdrawal."""
    def work(session: Session, scope: SeekerScope) -> PublicationInfo:
        clean, errors = form_errors(form)
        if errors:
            raise ValidationFailed(errors)
        row = own_publication(session, scope.seeker_id)
        if row is None:
            row = SeekerPublication(seeker_id=scope.seeker_id, public_number=_free_number(session),
                                    published=False, updated_at=scope.now)
            session.add(row)
        action = "publication_published"
        if row.published:
            action = "publication_updated"
        row.wish_occupation, row.wish_location = clean.wish_occupation, clean.wish_location
        row.experience, row.qualifications, row.self_pr = clean.experience, clean.qualifications, clean.self_pr
        if not row.published:
            row.published, row.published_at, row.withdrawn_at = True, scope.now, None
        row.updated_at = scope.now
        session.flush()
        _audit(ctx, session, scope, row.id, action=action)
        return _info(session, scope)

    return seeker_call(ctx, token, work, need_active=True)


def withdraw_publication(ctx: ServiceContext, token: str) -> PublicationInfo:
    """Withdraws at any time (also while 無効); withdrawing twice changes nothing."""
    def work(session: Session, scope: SeekerScope) -> PublicationInfo:
        row = own_publication(session, scope.seeker_id)
        if row is not None and row.published:
            row.published, row.withdrawn_at, row.updated_at = False, scope.now, scope.now
            _audit(ctx, session, scope, row.id, action="publication_withdrawn")
        return _info(session, scope)

    return seeker_call(ctx, token, work)


def _free_number(session: Session) -> str:
    while True:
        number = new_public_number()
        if session.scalar(select(SeekerPublication.id).where(SeekerPublication.public_number == number)) is None:
            return number


def _audit(ctx: ServiceContext, session: Session, scope: SeekerScope, row_id: int, *, action: str) -> None:
    audit.record(session, at=scope.now, action=action, result="ok", terminal=ctx.terminal, actor_type="seeker",
                 actor_id=account_id_of(session, scope.seeker_id), target_type="publication", target_id=row_id)


def published_profiles(ctx: ServiceContext) -> list[PublicProfile]:
    """Every profile employers may see now (published, registration 有効), by 求職公開番号:
    the same view as the seeker's preview (``mypage-admin export-publications``)."""
    with ctx.session_factory() as session:
        today = today_jst(ctx.clock())
        rows = session.execute(
            select(SeekerPublication, JobSeeker).join(JobSeeker, JobSeeker.id == SeekerPublication.seeker_id)
            .where(SeekerPublication.published.is_(True), JobSeeker.status == SeekerStatus.ACTIVE.value,
                   JobSeeker.valid_until >= today)
            .order_by(SeekerPublication.public_number)).all()
        return [public_profile(seeker, row.public_number, form_of(row), today) for row, seeker in rows]
