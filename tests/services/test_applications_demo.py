"""Demo activity (demo/activity.py): the activity pages have something to show, once."""

from __future__ import annotations

from mypage_desktop.demo.activity import seed_demo_activity
from mypage_desktop.demo.jobs import seed_demo_jobs
from mypage_desktop.domain.demo_data import wish_terms
from mypage_desktop.facade.local.backend import LocalFacade
from services.activity_helpers import demo_seeker


def test_demo_activity_is_seeded_once(ctx, facade: LocalFacade) -> None:  # type: ignore[no-untyped-def]
    assert not seed_demo_activity(ctx)  # no postings yet
    seed_demo_jobs(ctx, count=400)
    assert seed_demo_activity(ctx)
    assert not seed_demo_activity(ctx)
    taro = demo_seeker(ctx, facade)
    referrals = facade.referrals(taro.token)
    assert len(referrals) == 2 and {r.staff_name for r in referrals} == {"佐藤 健"}
    applications = facade.applications(taro.token)
    assert sorted(a.status for a in applications) == ["応募済", "応募済", "面接予定"]
    assert {a.source for a in applications} == {"紹介", "オンライン自主応募"}
    board = facade.dashboard(taro.token)
    assert (board.unread.messages, board.unread.notices) == (1, 2) and len(board.upcoming_interviews) == 1
    [interviewing] = [a for a in applications if a.status == "面接予定"]
    assert "BEGIN:VEVENT" in facade.interview_ics(taro.token, interviewing.application_id)
    assert [n.kind for n in facade.notices(taro.token).notices] == ["おすすめ求人", "お知らせ"]
    assert not all(facade.message_thread(taro.token, a.application_id).can_send for a in applications)


def test_demo_activity_fits_the_seekers_wishes_and_office(ctx, facade: LocalFacade) -> None:  # type: ignore[no-untyped-def]
    seed_demo_jobs(ctx, count=400)  # drawn from all of Japan: hardly any 事務 job in 山形市・天童市
    assert seed_demo_activity(ctx)
    taro = demo_seeker(ctx, facade)
    profile = facade.registration_info(taro.token)
    wished_places, wished_jobs = wish_terms(profile.wish_location), wish_terms(profile.wish_occupation)
    assert (wished_places, wished_jobs) == (("山形市", "天童市"), ("一般事務", "経理事務"))
    job_ids = ([r.job_id for r in facade.referrals(taro.token)] + [a.job_id for a in facade.applications(taro.token)]
               + [n.job_id for n in facade.notices(taro.token).notices if n.job_id is not None])
    assert len(job_ids) == 2 + 3 + 1
    for job_id in set(job_ids):
        job = facade.job_detail(taro.token, job_id)
        assert (job.prefecture, job.municipality in wished_places, job.occupation in wished_jobs) == (
            "山形県", True, True), job
    recommended = next(n for n in facade.notices(taro.token).notices if n.job_id is not None)
    assert recommended.title == "ご希望に近い求人があります"
