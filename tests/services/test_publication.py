"""求職公開 and 直接リクエスト (issue 12, docs/product-rules.md §publication) on SQLite and
PostgreSQL: the anonymised profile and its preview, publish/update/withdraw, direct requests
through employer events (refused when unpublished, twice, or past 10 per posting), the answers,
scoping and hostile input."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mypage_desktop.db.publication_models import SeekerPublication
from mypage_desktop.domain.publication import REQUESTS_PER_POSTING, age_band, new_public_number
from mypage_desktop.domain.publication_dto import PublicationForm
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.accounts.seeker_registration import register_seeker
from services.activity_helpers import (
    NOT_ONLINE,
    ONLINE,
    ONLINE_2,
    add_postings,
    audit_rows,
    codes,
    employer,
    jst,
    new_seeker,
)

FORM = PublicationForm("一般事務", "山形市", "経理事務を8年。月次決算まで担当。", "日商簿記2級\n普通自動車免許",
                       "正確で丁寧な事務処理が得意です。")
MOTIVATION = "直接リクエストをいただき、経験を活かせると考えて応募します。"


@pytest.fixture
def scene(ctx, facade: LocalFacade, clock):  # type: ignore[no-untyped-def]
    jobs = add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    return jobs, seeker


def request(event_id: str, job_number: str, public_number: str, **extra: str) -> dict[str, str]:
    return {"event_id": event_id, "type": "direct_request", "posting": job_number, "seeker": public_number, **extra}


def test_publish_preview_update_and_withdraw(ctx, facade: LocalFacade, scene) -> None:  # type: ignore[no-untyped-def]
    _jobs, seeker = scene
    before = facade.publication(seeker.token)
    assert (before.published, before.profile.public_number) == (False, "")
    preview = facade.preview_publication(seeker.token, FORM)
    assert (preview.age_band, preview.wish_occupation) == ("40代", "一般事務")
    assert preview.qualifications == FORM.qualifications
    shown = " ".join(str(v) for v in vars(preview).values())
    for private in ("庄内", "ショウナイ", "1985", "023-000-0009", "jiro.shonai", "鶴岡", seeker.number):
        assert private not in shown
    published = facade.publish_profile(seeker.token, FORM)
    assert published.published and published.published_at == jst(2026, 11, 25, 10)
    number = published.profile.public_number
    assert number.startswith("K") and len(number) == 10 and number != seeker.number
    assert facade.preview_publication(seeker.token, FORM) == published.profile
    updated = facade.publish_profile(seeker.token, PublicationForm("経理事務", self_pr="数字に強いです。"))
    assert (updated.profile.wish_occupation, updated.profile.public_number, updated.profile.experience) == (
        "経理事務", number, "")
    withdrawn = facade.withdraw_publication(seeker.token)
    assert (withdrawn.published, withdrawn.withdrawn_at) == (False, jst(2026, 11, 25, 10))
    assert facade.withdraw_publication(seeker.token).published is False  # twice is harmless
    again = facade.publish_profile(seeker.token, FORM)
    assert again.published and again.profile.public_number == number
    actions = [r.action for name in ("publication_published", "publication_updated", "publication_withdrawn")
               for r in audit_rows(ctx, name)]
    assert sorted(actions) == ["publication_published", "publication_published", "publication_updated",
                               "publication_withdrawn"]
    assert {r.target_type for r in audit_rows(ctx, "publication_published")} == {"publication"}


def test_age_band_follows_the_birthday_and_numbers_are_random() -> None:
    assert age_band(date(1985, 4, 12), date(2026, 4, 11)) == "40代"
    assert age_band(date(1996, 4, 12), date(2026, 4, 11)) == "20代"
    assert age_band(date(1996, 4, 12), date(2026, 4, 12)) == "30代"
    assert age_band(date(2009, 1, 1), date(2026, 4, 12)) == "10代"
    assert age_band(date(1960, 1, 1), date(2026, 4, 12)) == "60代以上"
    assert len({new_public_number() for _ in range(50)}) == 50


@pytest.mark.parametrize(("form", "field", "code"), [
    (PublicationForm(""), "wish_occupation", "publication.wish_occupation_empty"),
    (PublicationForm("事務", wish_location="山形\n市"), "wish_location", "publication.wish_location_control_chars"),
    (PublicationForm("事務", self_pr="x" * 1001), "self_pr", "publication.self_pr_too_long"),
    (PublicationForm("事務", experience="経理\x00"), "experience", "publication.experience_control_chars"),
    (PublicationForm("事務", qualifications="簿記\u202e"), "qualifications",
     "publication.qualifications_control_chars"),
    (PublicationForm("事務", self_pr="連絡は ０９０－１２３４－５６７８ へ"), "self_pr", "publication.contact_in_text"),
    (PublicationForm("事務", experience="mail: me@example.jp"), "experience", "publication.contact_in_text"),
])
def test_hostile_or_bad_input_is_refused_per_field(facade: LocalFacade, scene, form, field, code) -> None:  # type: ignore[no-untyped-def]
    _jobs, seeker = scene
    for call in (facade.preview_publication, facade.publish_profile):
        with pytest.raises(Exception) as info:
            call(seeker.token, form)
        assert (field, code) in {(e.field, e.code) for e in info.value.errors}  # type: ignore[attr-defined]
    assert facade.publication(seeker.token).published is False


def test_a_direct_request_arrives_as_a_notice_and_is_answered_by_applying(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, scene) -> None:
    jobs, seeker = scene
    number = facade.publish_profile(seeker.token, FORM).profile.public_number
    report = employer(ctx, request("dr-1", ONLINE.job_number, number, body="ぜひご応募ください。"))
    assert (report.applied, report.problems) == (1, ())
    notices = facade.notices(seeker.token).notices
    assert len(notices) == 1 and notices[0].direct_request_id is not None
    assert notices[0].job_id == jobs[ONLINE.job_number] and "ぜひご応募ください。" in notices[0].body
    [info] = facade.direct_requests(seeker.token)
    assert (info.request_id, info.answer, info.notice_id) == (notices[0].direct_request_id, None, notices[0].notice_id)
    assert codes(lambda: facade.answer_direct_request(seeker.token, info.request_id, "応募", " ")) == {
        "application.motivation_empty"}
    answered = facade.answer_direct_request(seeker.token, info.request_id, "応募", MOTIVATION)
    assert answered.answer == "応募" and answered.application_number
    detail = facade.application_detail(seeker.token, answered.application_id or 0)
    assert detail.motivation == MOTIVATION
    assert codes(lambda: facade.answer_direct_request(seeker.token, info.request_id, "辞退")) == {
        "direct_request.answered"}
    assert employer(ctx, request("dr-1", ONLINE.job_number, number)).already_imported == 1  # idempotent by event_id


def test_declining_and_scoping(ctx, facade: LocalFacade, scene) -> None:  # type: ignore[no-untyped-def]
    _jobs, seeker = scene
    other = new_seeker(ctx, facade, "hanako.sakata@example.jp", date(2026, 11, 18), name="酒田 花子",
                       kana="サカタ ハナコ")
    number = facade.publish_profile(seeker.token, FORM).profile.public_number
    employer(ctx, request("dr-1", ONLINE_2.job_number, number))
    [info] = facade.direct_requests(seeker.token)
    assert codes(lambda: facade.answer_direct_request(seeker.token, info.request_id, "保留")) == {
        "direct_request.answer"}
    for call in (lambda: facade.direct_request(other.token, info.request_id),
                 lambda: facade.answer_direct_request(other.token, info.request_id, "辞退"),
                 lambda: facade.direct_request(other.token, info.request_id + 999)):
        assert codes(call) == {"direct_request.not_found"}
    assert audit_rows(ctx, "access_denied")[-1].target_type == "direct_request"
    declined = facade.answer_direct_request(seeker.token, info.request_id, "辞退")
    assert (declined.answer, declined.application_id) == ("辞退", None)
    assert facade.direct_request(seeker.token, info.request_id).answered_at == jst(2026, 11, 25, 10)


def _published_seekers(ctx, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    numbers = []
    with ctx.session_factory.begin() as session:
        for index in range(count):
            seeker = register_seeker(ctx, name="村山 一", name_kana="ムラヤマ ハジメ", birthdate=date(1990, 1, 1),
                                     applied_on=date(2026, 11, 18), email=f"s{index}@example.jp")
            number = new_public_number()
            session.add(SeekerPublication(seeker_id=seeker.seeker_id, public_number=number, published=True,
                                          published_at=ctx.clock(), updated_at=ctx.clock(), wish_occupation="事務",
                                          wish_location="", experience="", qualifications="", self_pr=""))
            numbers.append(number)
    return numbers


def test_the_import_refuses_unpublished_duplicate_and_the_eleventh(  # type: ignore[no-untyped-def]
        ctx, facade: LocalFacade, scene) -> None:
    _jobs, seeker = scene
    number = facade.publish_profile(seeker.token, FORM).profile.public_number
    others = _published_seekers(ctx, REQUESTS_PER_POSTING)
    events = [request(f"dr-{i}", ONLINE.job_number, n) for i, n in enumerate(others)]
    events += [
        request("dr-11", ONLINE.job_number, number),  # the 11th for this posting
        request("dr-dup", ONLINE.job_number, others[0]),  # that seeker already has one
        request("dr-closed", NOT_ONLINE.job_number, number),
        request("dr-nobody", ONLINE_2.job_number, "K23456789A"),
        request("dr-bad", ONLINE_2.job_number, seeker.number),  # the 求職番号 is not the 公開番号
        {"event_id": "dr-shape", "type": "direct_request", "application": "A06010-1"},
    ]
    report = employer(ctx, *events)
    assert report.applied == REQUESTS_PER_POSTING
    reasons = {p.event_id: p.code for p in report.problems if p.event_id != "dr-shape"}
    assert reasons == {"dr-11": "event.request_limit", "dr-dup": "event.request_duplicate",
                       "dr-closed": "event.posting_closed", "dr-nobody": "event.not_published",
                       "dr-bad": "event.seeker"}
    assert {p.code for p in report.problems if p.event_id == "dr-shape"} == {"event.posting", "event.seeker"}
    facade.withdraw_publication(seeker.token)
    withdrawn = employer(ctx, request("dr-w", ONLINE_2.job_number, number))
    assert [p.code for p in withdrawn.problems] == ["event.not_published"]
    assert facade.direct_requests(seeker.token) == []
    with ctx.session_factory() as session:
        assert session.scalar(select(SeekerPublication.published).where(
            SeekerPublication.public_number == number)) is False


def test_an_inactive_registration_cannot_publish_or_receive(ctx, facade: LocalFacade, scene) -> None:  # type: ignore[no-untyped-def]
    _jobs, seeker = scene
    number = facade.publish_profile(seeker.token, FORM).profile.public_number
    facade.set_registration_status(seeker.token, "無効")
    assert facade.publication(seeker.token).can_publish is False
    assert codes(lambda: facade.publish_profile(seeker.token, FORM)) == {"registration.inactive"}
    assert [p.code for p in employer(ctx, request("dr-x", ONLINE.job_number, number)).problems] == [
        "event.not_published"]


def test_the_counter_sees_whether_the_profile_is_published(ctx, facade: LocalFacade, scene) -> None:  # type: ignore[no-untyped-def]
    from mypage_desktop.db.account_models import JobSeeker
    from mypage_desktop.services.staff.console import summary_of

    _jobs, seeker = scene

    def published() -> bool:
        with ctx.session_factory() as session:
            return summary_of(session, session.get_one(JobSeeker, seeker.seeker_id), ctx.clock()).published

    assert published() is False
    facade.publish_profile(seeker.token, FORM)
    assert published() is True
    facade.withdraw_publication(seeker.token)
    assert published() is False
