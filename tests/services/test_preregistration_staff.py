"""The counter's side of the 求職仮登録 on SQLite and PostgreSQL (docs/product-rules.md
§preregistration; docs/security.md A3, A4): find, show, correct, 本登録; drafts stay the
seeker's; every action audited with the staff id; a 仮登録 is registered once."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from mypage_desktop.db.account_models import JobSeeker
from mypage_desktop.db.staff_models import IdCheck
from mypage_desktop.domain.errors import SessionInvalid, ValidationFailed
from mypage_desktop.domain.preregistration_dto import PreregistrationQuery
from mypage_desktop.domain.staff_dto import ReauthRequired
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.services.accounts import opening
from mypage_desktop.services.preregistration import seeker as prereg
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, latest_key, open_account, outbox
from services.prereg_helpers import FULL_FORM, PREREG_EMAIL, draft_only
from services.security_helpers import audit_rows, make_staff, reauthed
from services.throttle_helpers import in_parallel


@pytest.fixture
def staff(ctx) -> LocalStaffFacade:  # type: ignore[no-untyped-def]
    return LocalStaffFacade(ctx)


@pytest.fixture
def token(ctx) -> str:  # type: ignore[no-untyped-def]
    return make_staff(ctx)[1]


def test_found_by_number_or_kana_and_birthdate_never_as_a_draft(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    prereg.save_draft(ctx, draft_only(name_kana="サガエ カエデ", birth_year="1996", birth_month="7",
                                      birth_day="21"), "")
    by_kana = PreregistrationQuery(name_kana="ｻｶﾞｴｶｴﾃﾞ", birth_year="1996", birth_month="07", birth_day="21")
    assert staff.find_preregistrations(token, by_kana) == []  # a draft is the seeker's own
    done = prereg.submit(ctx, FULL_FORM, "")
    found = staff.find_preregistrations(token, by_kana)
    assert [(s.number, s.status, s.name) for s in found] == [(done.number, "online", "寒河江 楓")]
    fullwidth = done.number.replace("-", "").translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert staff.find_preregistrations(token, PreregistrationQuery(number=fullwidth)) == found
    detail = staff.preregistration_detail(token, found[0].prereg_id)
    assert detail.form.work[0].text == "株式会社さくらんぼ物産 経理事務" and detail.form.licenses.count("\n") == 1
    for bad, code in ((PreregistrationQuery(number="12345"), "prereg.number"),
                      (PreregistrationQuery(), "prereg.query_empty")):
        with pytest.raises(ValidationFailed) as caught:
            staff.find_preregistrations(token, bad)
        assert caught.value.codes() == {code}
    assert [r.result for r in audit_rows(ctx, "prereg_lookup")] == ["kana:0", "kana:1", "number:1"]
    assert audit_rows(ctx, "prereg_viewed")[0].actor_type == "staff"


def test_A3_staff_correct_then_register_and_the_wizard_can_follow(ctx, staff, token, clock) -> None:  # type: ignore[no-untyped-def]
    done = prereg.submit(ctx, FULL_FORM, "")
    prereg_id = staff.find_preregistrations(token, PreregistrationQuery(number=done.number))[0].prereg_id
    clock.advance(minutes=ctx.settings.staff_reauth_minutes + 1)  # the sign-in no longer counts
    with pytest.raises(ReauthRequired):
        staff.confirm_preregistration(token, prereg_id, "運転免許証")
    reauthed(ctx, token)
    with pytest.raises(ValidationFailed) as bad:
        staff.correct_preregistration(token, prereg_id, dataclasses.replace(FULL_FORM, phone="電話\x07"))
    assert bad.value.codes() == {"phone.invalid"}
    fixed = staff.correct_preregistration(token, prereg_id, dataclasses.replace(FULL_FORM, wish_location="天童市"))
    assert fixed.form.wish_location == "天童市"
    with pytest.raises(ValidationFailed):
        staff.confirm_preregistration(token, prereg_id, "なにか")
    seeker = staff.confirm_preregistration(token, prereg_id, "運転免許証")
    assert seeker.seeker_number and seeker.email == PREREG_EMAIL and not seeker.account_opened
    assert seeker.wish_location == "天童市" and seeker.address.startswith("〒990-0042 ")
    after = staff.preregistration_detail(token, prereg_id).summary
    assert (after.status, after.seeker_number) == ("registered", seeker.seeker_number)
    with pytest.raises(ValidationFailed) as twice:
        staff.confirm_preregistration(token, prereg_id, "運転免許証")
    assert twice.value.codes() == {"prereg.already_registered"}
    with ctx.session_factory() as session:
        assert session.scalar(select(IdCheck.action).where(IdCheck.seeker_id == seeker.seeker_id)) \
            == "prereg_registered"
    assert [r.actor_type for r in audit_rows(ctx, "prereg_registered")] == ["staff"]
    # The opening flow works at once at the counter: the key goes to the form's address.
    opening.request_password_registration(ctx, PREREG_EMAIL, "1996", "7", "21", _consent(ctx))
    assert outbox(ctx, "registration_key")[-1].recipient == PREREG_EMAIL


def _consent(ctx):  # type: ignore[no-untyped-def]
    from services.helpers import consent_at

    return consent_at(ctx.clock())


def test_register_refused_when_the_email_is_another_login_gives_the_claim_back(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    done = prereg.submit(ctx, dataclasses.replace(FULL_FORM, email=DEMO_EMAIL), "")
    prereg_id = staff.find_preregistrations(token, PreregistrationQuery(number=done.number))[0].prereg_id
    reauthed(ctx, token)
    with pytest.raises(ValidationFailed) as taken:
        staff.confirm_preregistration(token, prereg_id, "マイナンバーカード")
    assert taken.value.codes() == {"email.taken"}
    assert staff.preregistration_detail(token, prereg_id).summary.status == "online"
    staff.correct_preregistration(token, prereg_id, FULL_FORM)
    assert staff.confirm_preregistration(token, prereg_id, "マイナンバーカード").email == PREREG_EMAIL


def test_a_seeker_token_or_no_token_gets_nothing(ctx, staff) -> None:  # type: ignore[no-untyped-def]
    prereg.submit(ctx, FULL_FORM, "")
    for bad in ("", "not-a-token"):
        with pytest.raises(SessionInvalid):
            staff.find_preregistrations(bad, PreregistrationQuery(number="00000-00000"))
        with pytest.raises(SessionInvalid):
            staff.preregistration_detail(bad, 1)


def test_two_counters_confirming_at_once_issue_one_seeker_number(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    """Threads behind a barrier (SQLite and PostgreSQL): one 本登録 succeeds, the other is told
    the 仮登録 is already registered; one seeker, one ID check, one audit row."""
    done = prereg.submit(ctx, FULL_FORM, "")
    prereg_id = staff.find_preregistrations(token, PreregistrationQuery(number=done.number))[0].prereg_id
    tokens = [reauthed(ctx, token), reauthed(ctx, make_staff(ctx, login_id="suzuki.a")[1])]
    refusals: list[set[str]] = []

    def confirm(index: int) -> bool:
        try:
            LocalStaffFacade(ctx).confirm_preregistration(tokens[index], prereg_id, "運転免許証")
        except ValidationFailed as refused:
            refusals.append(refused.codes())
            return False
        return True

    assert sorted(in_parallel(2, confirm)) == [False, True]
    assert refusals == [{"prereg.already_registered"}]
    with ctx.session_factory() as session:
        seekers = list(session.scalars(select(JobSeeker.id).where(JobSeeker.name == FULL_FORM.name)))
        assert len(seekers) == 1
        assert list(session.scalars(select(IdCheck.seeker_id))) == seekers
    assert len(audit_rows(ctx, "prereg_registered")) == 1
    summary = staff.preregistration_detail(token, prereg_id).summary
    assert summary.status == "registered" and summary.seeker_number


def test_registration_info_brings_the_history_of_the_seekers_own_preregistration(ctx, staff, token) -> None:  # type: ignore[no-untyped-def]
    """学歴・職歴 and 免許・資格 of the 仮登録 that became this seeker (the 履歴書 form starts with
    them); a seeker registered without one, or another seeker, gets none of it."""
    done = prereg.submit(ctx, FULL_FORM, "")
    prereg_id = staff.find_preregistrations(token, PreregistrationQuery(number=done.number))[0].prereg_id
    staff.confirm_preregistration(reauthed(ctx, token), prereg_id, "運転免許証")
    opening.request_password_registration(ctx, PREREG_EMAIL, "1996", "7", "21", _consent(ctx))
    opening.complete_password_registration(ctx, PREREG_EMAIL, latest_key(ctx), GOOD_PASSWORD, GOOD_PASSWORD)
    seeker_facade = LocalFacade(ctx)
    mine = seeker_facade.login(PREREG_EMAIL, GOOD_PASSWORD).token
    assert mine
    info = seeker_facade.registration_info(mine)
    assert (info.education, info.work, info.licenses) == (FULL_FORM.education, FULL_FORM.work, FULL_FORM.licenses)
    open_account(ctx)  # the demo seeker was registered at the counter without a 仮登録
    other = seeker_facade.login(DEMO_EMAIL, GOOD_PASSWORD).token
    assert other
    assert (lambda i: (i.education, i.work, i.licenses))(seeker_facade.registration_info(other)) == ((), (), "")
