"""A logged-in seeker's search, 求人票, キープ and 保存した検索条件. Every call is scoped to the
session's seeker (docs/security.md A2)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mypage_desktop.db.job_models import JobPosting, KeptJob, SavedSearch
from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.job_conditions_text import describe, from_json, to_json
from mypage_desktop.domain.job_dto import (
    JobDetail,
    JobIdSnapshot,
    JobPage,
    JobSearchOptions,
    JobSummary,
    KeptJobInfo,
    SavedSearchInfo,
)
from mypage_desktop.domain.jobs import CATEGORIES, EMPLOYMENT_TYPES, JobConditions, SortOrder, validate_conditions
from mypage_desktop.domain.prefectures import PREFECTURES
from mypage_desktop.domain.text import has_control_chars
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.services.accounts.login import session_seeker
from mypage_desktop.services.accounts.seeker_scope import (
    INACTIVE_ERROR,
    SeekerScope,
    owned,
    registration_active,
    seeker_call,
)
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.jobs import search

SNAPSHOT_CAP = 100_000
NAME_MAX = 40


def _today(ctx: ServiceContext) -> date:
    return ctx.clock().astimezone(JST).date()


def search_page(ctx: ServiceContext, token: str, conditions: JobConditions, sort: SortOrder,
                limit: int = 50) -> JobPage:
    today = _today(ctx)
    valid = validate_conditions(conditions, today)
    with ctx.session_factory.begin() as session:
        seeker_id = session_seeker(session, token, ctx.clock())
        active = registration_active(session, seeker_id, ctx.clock(), ctx.terminal)
        rows, more = search.first_page(session, valid, sort, today, limit, seeker_id) if active else ([], False)
        estimate = search.estimate_count(session, valid, today) if more else None
    # 無効: search is off (docs/product-rules.md §seeker-status); raised after the commit keeps an observed expiry
    if not active:
        raise ValidationFailed([INACTIVE_ERROR])
    return JobPage(tuple(rows), more, estimate)


def count(ctx: ServiceContext, token: str, conditions: JobConditions) -> int:
    """The exact number of matches (no cap), shown once it is known."""
    today = _today(ctx)
    valid = validate_conditions(conditions, today)
    with ctx.session_factory.begin() as session:
        seeker_id = session_seeker(session, token, ctx.clock())
        active = registration_active(session, seeker_id, ctx.clock(), ctx.terminal)
        total = search.count_matching(session, valid, today) if active else 0
    if not active:
        raise ValidationFailed([INACTIVE_ERROR])
    return total


def search_ids(ctx: ServiceContext, token: str, conditions: JobConditions, sort: SortOrder) -> JobIdSnapshot:
    today = _today(ctx)
    valid = validate_conditions(conditions, today)
    with ctx.session_factory.begin() as session:
        seeker_id = session_seeker(session, token, ctx.clock())
        active = registration_active(session, seeker_id, ctx.clock(), ctx.terminal)
        ids = search.matching_ids(session, valid, sort, today, SNAPSHOT_CAP + 1) if active else []
    if not active:
        raise ValidationFailed([INACTIVE_ERROR])
    return JobIdSnapshot(tuple(ids[:SNAPSHOT_CAP]), sort, capped=len(ids) > SNAPSHOT_CAP)


def rows(ctx: ServiceContext, token: str, job_ids: list[int]) -> list[JobSummary]:
    with ctx.session_factory.begin() as session:
        seeker_id = session_seeker(session, token, ctx.clock())
        return search.rows_by_ids(session, job_ids[:500], seeker_id)


def detail(ctx: ServiceContext, token: str, job_id: int) -> JobDetail:
    with ctx.session_factory.begin() as session:
        seeker_id = session_seeker(session, token, ctx.clock())
        found = search.detail(session, job_id, seeker_id, _today(ctx))
    if found is None:
        raise ValidationFailed([FieldError("job", "job.not_found")])
    return found


def set_kept(ctx: ServiceContext, token: str, job_id: int, keep: bool) -> bool:
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        seeker_id = session_seeker(session, token, now)
        if not keep:
            session.execute(delete(KeptJob).where(KeptJob.seeker_id == seeker_id, KeptJob.job_id == job_id))
            return False
        if session.get(JobPosting, job_id) is None:
            raise ValidationFailed([FieldError("job", "job.not_found")])
        exists = session.scalar(select(KeptJob.id).where(KeptJob.seeker_id == seeker_id, KeptJob.job_id == job_id))
        if exists is not None:
            return True
        count = session.scalar(select(func.count()).select_from(KeptJob).where(KeptJob.seeker_id == seeker_id))
        limit = ctx.settings.kept_job_max
        if (count or 0) >= limit:
            raise ValidationFailed([FieldError("kept", "kept_job.limit", {"max": limit})])
        try:
            with session.begin_nested():
                session.add(KeptJob(seeker_id=seeker_id, job_id=job_id, kept_at=now))
        except IntegrityError:
            pass  # kept twice at once (a double click on two PCs): the unique key keeps one row
        return True


def kept_jobs(ctx: ServiceContext, token: str) -> list[KeptJobInfo]:
    with ctx.session_factory.begin() as session:
        seeker_id = session_seeker(session, token, ctx.clock())
        kept = session.execute(select(KeptJob.job_id, KeptJob.kept_at).where(KeptJob.seeker_id == seeker_id)
                               .order_by(KeptJob.kept_at.desc(), KeptJob.id.desc())).all()
        summaries = {s.job_id: s for s in search.rows_by_ids(session, [k.job_id for k in kept], seeker_id)}
        today = _today(ctx)
        expired = set(session.scalars(select(JobPosting.id).where(
            JobPosting.id.in_([k.job_id for k in kept]), JobPosting.expires_on < today)))
    result = []
    for job_id, kept_at in kept:
        summary = summaries[job_id]
        if job_id in expired and not summary.closed:
            summary = JobSummary(**{**summary.__dict__, "closed": True})
        result.append(KeptJobInfo(summary, kept_at))
    return result


def _name(raw: str) -> str:
    name = raw.strip()  # kept as typed: a name is the seeker's own label
    if not name:
        raise ValidationFailed([FieldError("name", "saved_search.name_required")])
    if len(name) > NAME_MAX or has_control_chars(name):
        raise ValidationFailed([FieldError("name", "saved_search.name_too_long", {"max": NAME_MAX})])
    return name


def save_search(ctx: ServiceContext, token: str, name: str, conditions: JobConditions) -> SavedSearchInfo:
    clean_name = _name(name)
    validate_conditions(conditions, _today(ctx))
    with ctx.session_factory.begin() as session:
        now = ctx.clock()
        seeker_id = session_seeker(session, token, now)
        count = session.scalar(select(func.count()).select_from(SavedSearch).where(SavedSearch.seeker_id == seeker_id))
        limit = ctx.settings.saved_search_max
        if (count or 0) >= limit:
            raise ValidationFailed([FieldError("name", "saved_search.limit", {"max": limit})])
        row = SavedSearch(seeker_id=seeker_id, name=clean_name, conditions_json=to_json(conditions),
                          created_at=now, last_run_at=now)
        session.add(row)
        session.flush()
        return SavedSearchInfo(row.id, clean_name, conditions, describe(conditions), 0, now)


def saved_searches(ctx: ServiceContext, token: str) -> list[SavedSearchInfo]:
    today = _today(ctx)
    with ctx.session_factory.begin() as session:
        seeker_id = session_seeker(session, token, ctx.clock())
        result = []
        for row in session.scalars(select(SavedSearch).where(SavedSearch.seeker_id == seeker_id)
                                   .order_by(SavedSearch.created_at, SavedSearch.id)):
            conditions = from_json(row.conditions_json)
            try:
                valid = validate_conditions(conditions, today)
                new = search.count_matching(session, valid, today, JobPosting.first_seen_at > row.last_run_at)
            except ValidationFailed:
                new = 0
            result.append(SavedSearchInfo(row.id, row.name, conditions, describe(conditions), new, row.last_run_at))
    return result


SAVED_NOT_FOUND = FieldError("saved", "saved_search.not_found")


def _own(session: Session, scope: SeekerScope, saved_id: int) -> SavedSearch:
    """The seeker's own saved search; another seeker's id is refused like a missing one and
    audited (``seeker_call``), as the activity calls do."""
    row = session.get(SavedSearch, saved_id)
    return owned(row, row.seeker_id if row else None, scope, "saved_search", saved_id, SAVED_NOT_FOUND)


def run_saved_search(ctx: ServiceContext, token: str, saved_id: int) -> JobConditions:
    def work(session: Session, scope: SeekerScope) -> JobConditions:
        row = _own(session, scope, saved_id)
        row.last_run_at = scope.now
        return from_json(row.conditions_json)

    return seeker_call(ctx, token, work)


def rename_saved_search(ctx: ServiceContext, token: str, saved_id: int, name: str) -> None:
    clean_name = _name(name)

    def work(session: Session, scope: SeekerScope) -> None:
        _own(session, scope, saved_id).name = clean_name

    seeker_call(ctx, token, work)


def delete_saved_search(ctx: ServiceContext, token: str, saved_id: int) -> None:
    def work(session: Session, scope: SeekerScope) -> None:
        session.delete(_own(session, scope, saved_id))

    seeker_call(ctx, token, work)


_OPTIONS_CACHE: dict[int, tuple[float, JobSearchOptions]] = {}


def search_options(ctx: ServiceContext, token: str) -> JobSearchOptions:
    """Form choices; the municipalities come from the postings (cached for a few minutes,
    since a DISTINCT over a million rows is not free)."""
    import time

    with ctx.session_factory.begin() as session:
        session_seeker(session, token, ctx.clock())
        key = id(ctx.session_factory)
        cached = _OPTIONS_CACHE.get(key)
        if cached and time.monotonic() - cached[0] < 300:
            return cached[1]
        places = session.execute(select(JobPosting.prefecture, JobPosting.municipality).distinct()).all()
        groups = sorted(set(session.scalars(select(JobPosting.occupation_group).distinct())))
    municipalities: dict[str, list[str]] = {}
    for prefecture, municipality in places:
        municipalities.setdefault(prefecture, []).append(municipality)
    options = JobSearchOptions(
        CATEGORIES, EMPLOYMENT_TYPES, tuple(groups), PREFECTURES,
        {p: tuple(sorted(m)) for p, m in municipalities.items()},
    )
    _OPTIONS_CACHE[key] = (time.monotonic(), options)
    return options
