"""ホーム: validity, unread counts, new postings for saved conditions, upcoming interviews."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mypage_desktop.domain.activity_dto import Dashboard, SavedSearchNews
from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.services.accounts.seeker_scope import SeekerScope, seeker_call
from mypage_desktop.services.accounts.seeker_status import registration_state
from mypage_desktop.services.activity.applications import upcoming_interviews
from mypage_desktop.services.activity.notices import counts
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.jobs import seeker_jobs


def dashboard(ctx: ServiceContext, token: str) -> Dashboard:
    """Works while 無効 too (then without saved-search news: search is off)."""

    def work(session: Session, scope: SeekerScope) -> Dashboard:
        registration = registration_state(ctx, session, scope)
        return Dashboard(registration, counts(session, scope), (), tuple(upcoming_interviews(session, scope)),
                         (registration.valid_until - scope.today).days)

    board = seeker_call(ctx, token, work)
    if board.registration.status != SeekerStatus.ACTIVE.value:
        return board
    # The new-since counts come from the saved-search service (its own short transaction).
    news = tuple(SavedSearchNews(s.saved_id, s.name, s.new_since_last_run)
                 for s in seeker_jobs.saved_searches(ctx, token))
    return Dashboard(board.registration, board.unread, news, board.upcoming_interviews, board.days_left)
