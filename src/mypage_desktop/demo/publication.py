"""A demo 直接リクエスト (docs/product-rules.md §publication) for the screenshots and the demo
walk-through: an employer event to a published profile, on an open posting that takes
オンライン自主応募."""

from __future__ import annotations

from sqlalchemy import select

from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.activity_dto import EmployerEventReport
from mypage_desktop.services.activity.employer_events import import_employer_events
from mypage_desktop.services.context import ServiceContext

NOTE = "公開されている求職情報を拝見しました。ぜひ一度、求人票をご覧ください。"


def send_demo_direct_request(ctx: ServiceContext, public_number: str, event_id: str = "demo-direct-1") -> \
        EmployerEventReport:
    today = ctx.clock().date()
    with ctx.session_factory() as session:
        job_number = session.scalar(
            select(JobPosting.job_number).where(JobPosting.online_application.is_(True),
                                                JobPosting.closed.is_(False), JobPosting.expires_on >= today)
            .order_by(JobPosting.id).limit(1))
    if job_number is None:
        raise RuntimeError("no open posting takes online applications")
    return import_employer_events(ctx, [{"event_id": event_id, "type": "direct_request", "posting": job_number,
                                         "seeker": public_number, "body": NOTE}])
