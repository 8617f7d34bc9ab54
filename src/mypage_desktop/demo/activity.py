"""Demo activity for the first demo seeker (山形 太郎), so the 紹介・応募履歴・メッセージ・お知らせ
pages have something to show: a referral with an interview and an employer message, a referral
to an employer without a 求人者マイページ, an online application, a notice and an おすすめ求人.
Every posting used fits the seeker's wishes (希望職種・希望勤務地) in the office's prefecture, as
the office would choose them; when the postings hold too few such jobs, a few of the office's
own area are added first (domain/demo_data.py). Idempotent (nothing is added when the seeker
already has a referral). Needs the demo seekers and postings first (demo/seed.py,
services/job_generator.seed_demo_jobs)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.db.activity_models import Referral
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.demo.jobs import expiry_for, next_serial
from mypage_desktop.domain.applications import Actor, ApplicationSource
from mypage_desktop.domain.demo_data import DEMO_OFFICE_JOBS, DEMO_OFFICE_PREFECTURE, wish_terms
from mypage_desktop.domain.jobs import PostingInput, WageUnit
from mypage_desktop.domain.prefectures import PREFECTURES
from mypage_desktop.domain.timefmt import JST, today_jst
from mypage_desktop.services.activity.applications import create_application
from mypage_desktop.services.activity.common import extend_for_activity, take_snapshot
from mypage_desktop.services.activity.employer_events import import_employer_events
from mypage_desktop.services.activity.notices import send_notice
from mypage_desktop.services.activity.referrals import issue_referral
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.jobs.index_writer import upsert_postings

DEMO_EMAIL = "taro.yamagata@example.jp"
STAFF = "佐藤 健"


def office_prefecture(office_code: str) -> str | None:
    """The prefecture of a HelloWork office code (06010: 山形県; JIS code in the first two digits)."""
    code = int(office_code[:2]) if office_code[:2].isdigit() else 0
    return PREFECTURES[code - 1] if 1 <= code <= len(PREFECTURES) else None


def _fitting(session: Session, seeker: JobSeeker, prefecture: str | None, today: date) -> list[JobPosting]:
    """Open postings in the office's prefecture, at a wished place, of a wished occupation."""
    query = select(JobPosting).where(JobPosting.closed.is_(False), JobPosting.expires_on >= today,
                                     JobPosting.prefecture == (prefecture or ""))
    if places := wish_terms(seeker.wish_location):
        query = query.where(JobPosting.municipality.in_(places))
    if occupations := wish_terms(seeker.wish_occupation):
        query = query.where(JobPosting.occupation.in_(occupations))
    return list(session.scalars(query.order_by(JobPosting.id).limit(200)))


def _chosen(jobs: list[JobPosting]) -> tuple[list[JobPosting], JobPosting | None]:
    """Three with an online application and a 求人者マイページ, and one without a マイページ."""
    with_mypage = [j for j in jobs if j.employer_has_mypage and j.online_application][:3]
    return with_mypage, next((j for j in jobs if not j.employer_has_mypage), None)


def _add_office_jobs(ctx: ServiceContext, prefecture: str, today: date) -> None:
    serial = next_serial(ctx.session_factory)
    postings = [PostingInput(
        job_number=f"{ctx.settings.office_code}-{serial + n:08d}", company_name=job.company_name,
        occupation=job.occupation, description=job.description, category="一般", employment_type="正社員",
        occupation_group="事務的職業", prefecture=prefecture, municipality=job.municipality,
        wage_unit=WageUnit.MONTHLY, wage_min=job.wage_min, wage_max=job.wage_max,
        working_hours="8時30分〜17時30分", holidays="土日祝", age_requirement="不問", received_on=today,
        expires_on=expiry_for(today), online_application=job.online_application,
        employer_has_mypage=job.employer_has_mypage) for n, job in enumerate(DEMO_OFFICE_JOBS)]
    with ctx.session_factory.begin() as session:
        upsert_postings(session, postings, ctx.clock())


def seed_demo_activity(ctx: ServiceContext) -> bool:
    """True when the demo activity was added now."""
    today = today_jst(ctx.clock())
    prefecture = office_prefecture(ctx.settings.office_code)
    with ctx.session_factory() as session:
        seeker = session.scalar(select(JobSeeker).join(LoginAccount, LoginAccount.seeker_id == JobSeeker.id)
                                .where(LoginAccount.email == DEMO_EMAIL))
        if (seeker is None or prefecture is None or session.scalar(select(JobPosting.id).limit(1)) is None
                or session.scalar(select(Referral.id).where(Referral.seeker_id == seeker.id)) is not None):
            return False
        with_mypage, without_mypage = _chosen(_fitting(session, seeker, prefecture, today))
    if (len(with_mypage) < 3 or without_mypage is None) and prefecture == DEMO_OFFICE_PREFECTURE:
        _add_office_jobs(ctx, prefecture, today)
    with ctx.session_factory() as session:
        seeker = session.get_one(JobSeeker, seeker.id)
        with_mypage, without_mypage = _chosen(_fitting(session, seeker, prefecture, today))
        seeker_number = seeker.seeker_number
        seeker_id = seeker.id
    if len(with_mypage) < 3 or without_mypage is None:
        return False  # wishes no demo posting can meet (changed at the counter): nothing unfitting
    now = ctx.clock()
    first = issue_referral(ctx, seeker_number=seeker_number, job_number=with_mypage[0].job_number, staff_name=STAFF,
                           note="応募書類（履歴書・職務経歴書）を事前に郵送してください。", actor_type="system")
    issue_referral(ctx, seeker_number=seeker_number, job_number=without_mypage.job_number, staff_name=STAFF,
                   actor_type="system")
    interview = (now.astimezone(JST) + timedelta(days=7)).replace(hour=14, minute=0, second=0, microsecond=0)
    report = import_employer_events(ctx, [
        {"event_id": f"demo-{first.referral_number}-1", "type": "status", "application": first.referral_number,
         "status": "書類選考中"},
        {"event_id": f"demo-{first.referral_number}-2", "type": "status", "application": first.referral_number,
         "status": "面接予定", "interview_at": interview.isoformat(),
         "place": "本社 2階 応接室（受付でお名前をお伝えください）",
         "note": "紹介状と筆記用具をお持ちください。"},
        {"event_id": f"demo-{first.referral_number}-3", "type": "message", "application": first.referral_number,
         "body": f"{with_mypage[0].company_name}の採用担当です。\n書類を拝見しました。面接の日時をお知らせしますので、"
                 "ご都合をお聞かせください。"},
    ])
    assert not report.problems, report.problems
    with ctx.session_factory.begin() as session:
        job = session.get_one(JobPosting, with_mypage[1].id)
        seeker_row = session.get_one(JobSeeker, seeker_id)
        snapshot = take_snapshot(session, job, now)
        create_application(session, ctx.settings.office_code, seeker_id=seeker_id, job_id=job.id,
                           snapshot_id=snapshot.id, source=ApplicationSource.ONLINE, referral_id=None, now=now,
                           today=today_jst(now), actor=Actor.SEEKER)
        extend_for_activity(session, seeker_row, today_jst(now))
    send_notice(ctx, seeker_number=seeker_number, title="年末年始の開庁時間のお知らせ",
                body="12月29日から1月3日までは閉庁します。\nマイページは期間中もご利用いただけます。",
                sender_name=ctx.settings.office_name, actor_type="system")
    send_notice(ctx, seeker_number=seeker_number, title="ご希望に近い求人があります",
                body="登録されたご希望に近い求人です。詳しくは求人票をご覧ください。",
                job_number=with_mypage[2].job_number, sender_name=STAFF, actor_type="system")
    return True
