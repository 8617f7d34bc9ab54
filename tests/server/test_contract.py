"""The façade contract (issue 10): the same calls give the same results and raise the same
exception types through the local back end and through the office server."""

from __future__ import annotations

import inspect
import typing
from datetime import datetime
from typing import Any

import pytest

from mypage_desktop.domain import consent as versions
from mypage_desktop.domain.account_dto import Consent
from mypage_desktop.domain.audit_dto import AuditQuery
from mypage_desktop.domain.documents import MAX_DOCUMENT_BYTES
from mypage_desktop.domain.errors import NotPermitted, SessionInvalid, ValidationFailed
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.domain.own_changes import ContactChange, WishesChange
from mypage_desktop.domain.preregistration_dto import HistoryRow, PostalAddress, PreregistrationQuery
from mypage_desktop.domain.staff_dto import NewSeeker, PasswordChangeRequired, ReauthRequired, SeekerQuery
from mypage_desktop.facade.document_upload import upload_document
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.facade.remote import wire
from mypage_desktop.facade.staff_protocol import StaffFacade
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.services.staff.accounts import create_staff
from server_helpers import Door
from services.helpers import DEMO_BIRTH, DEMO_EMAIL, GOOD_PASSWORD, latest_key
from services.job_fixtures import FIXTURES
from services.pdf_samples import TEXT_RENAMED, padded_pdf
from services.prereg_helpers import FULL_FORM, PREREG_EMAIL, draft_only, latest_resume_key

STAFF_PASSWORD = "Counter#Desk42"


def _consent(now: datetime) -> Consent:
    return Consent(versions.PRIVACY_POLICY_VERSION, versions.TERMS_OF_USE_VERSION, now)


def open_and_login(door: Door) -> str:
    f = door.facade
    answer = f.request_password_registration(DEMO_EMAIL, *DEMO_BIRTH, _consent(door.ctx.clock()))
    assert answer.key_validity_minutes == 30
    done = f.complete_password_registration(DEMO_EMAIL, latest_key(door.ctx), GOOD_PASSWORD, GOOD_PASSWORD)
    assert done.password_converted_from_fullwidth is False
    result = f.login(DEMO_EMAIL, GOOD_PASSWORD)
    assert result.token and result.profile
    return result.token


def test_a_seeker_opens_my_page_searches_keeps_and_logs_out(door: Door) -> None:
    with door.ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, door.ctx.clock())
    token = open_and_login(door)
    f = door.facade
    profile = f.my_profile(token)
    assert (profile.name, profile.email) == ("山形 太郎", DEMO_EMAIL)
    page = f.search_jobs(token, JobConditions(), SortOrder.NEWEST, 10)
    assert page.rows, "the demo postings"
    first = page.rows[0]
    assert f.set_job_kept(token, first.job_id, True) is True
    assert [k.job.job_id for k in f.kept_jobs(token)] == [first.job_id]
    assert f.job_detail(token, first.job_id).kept is True
    snapshot = f.search_job_ids(token, JobConditions(), SortOrder.NEWEST)
    assert list(snapshot.ids[:10]) == [row.job_id for row in page.rows]
    assert f.count_jobs(token, JobConditions()) == snapshot.total > 0
    assert [r.job_id for r in f.job_rows(token, list(snapshot.ids[:3]))] == list(snapshot.ids[:3])
    status = f.session_status(token)
    assert status.active and status.idle_timeout_seconds == 5 * 60  # a counter PC: the shared-PC policy
    assert f.dashboard(token).unread is not None
    f.logout(token)
    with pytest.raises(SessionInvalid):
        f.my_profile(token)
    assert f.session_status(token).active is False


def test_errors_cross_as_the_same_types_with_the_same_codes(door: Door) -> None:
    f = door.facade
    with pytest.raises(ValidationFailed) as bad:
        f.request_password_registration("not-an-address", "1985", "13", "1", _consent(door.ctx.clock()))
    assert {e.field for e in bad.value.errors} >= {"email"}
    failed = f.login(DEMO_EMAIL, "Wrong#Pass1")
    assert (failed.token, failed.message_code) == (None, "login.failed")
    with pytest.raises(SessionInvalid):
        f.kept_jobs("no-such-token")
    token = open_and_login(door)
    with pytest.raises(ValidationFailed) as search:
        f.search_jobs(token, JobConditions(free_words="\x00"), SortOrder.NEWEST)
    assert search.value.errors
    with pytest.raises(NotPermitted):
        f.demo_mailbox() if door.kind == "remote" else _not_permitted()


def _not_permitted() -> None:
    raise NotPermitted()


def test_staff_sign_in_password_change_reauth_and_registration(door: Door) -> None:
    created = create_staff(door.ctx, login_id="sato.k", display_name="佐藤 健", role="管理者")
    s = door.staff
    first = s.staff_login("sato.k", created.one_time_password)
    assert first.token and first.profile and first.profile.must_change_password
    with pytest.raises(PasswordChangeRequired):
        s.find_seekers(first.token, SeekerQuery(email=DEMO_EMAIL))
    profile = s.change_staff_password(first.token, created.one_time_password, STAFF_PASSWORD, STAFF_PASSWORD)
    assert profile.must_change_password is False
    token = first.token
    found = s.find_seekers(token, SeekerQuery(email=DEMO_EMAIL))
    assert [x.name for x in found] == ["山形 太郎"]
    new = NewSeeker(name="酒田 次郎", name_kana="サカタ ジロウ", birth_year="1990", birth_month="7", birth_day="1")
    door.ctx.clock.advance(minutes=6) if hasattr(door.ctx.clock, "advance") else None
    with pytest.raises(ReauthRequired):
        s.register_seeker(token, new, "運転免許証")
    with pytest.raises(ValidationFailed):
        s.reauthenticate(token, "Wrong#Pass1")
    s.reauthenticate(token, STAFF_PASSWORD)
    registered = s.register_seeker(token, new, "運転免許証")
    assert registered.name == "酒田 次郎" and registered.seeker_number
    entries = s.audit_log(token, AuditQuery())
    assert any(e.action == "seeker_registered" for e in entries)
    s.staff_logout(token)
    with pytest.raises(SessionInvalid):
        s.staff_members(token)


def test_online_application_with_a_5_mb_pdf_and_a_motivation(door: Door) -> None:
    """オンライン自主応募 with 応募書類 (issue 12): a PDF just under the 5 MB limit travels in
    128 KiB chunks, each call under the server's body limit (docs/office-server.md
    §document-upload); refusals cross with their codes."""
    with door.ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, door.ctx.clock())
    token = open_and_login(door)
    f = door.facade
    rows = f.search_jobs(token, JobConditions(), SortOrder.NEWEST, 50).rows
    job = next(r.job_id for r in rows if r.job_number == "06010-00000001")
    assert f.online_application_check(token, job).can_apply
    big = padded_pdf(MAX_DOCUMENT_BYTES - 4096)
    resume = upload_document(f, token, "履歴書", "履歴書.pdf", big)
    assert (resume.kind, resume.size) == ("履歴書", len(big))
    with pytest.raises(ValidationFailed) as not_pdf:
        upload_document(f, token, "職務経歴書", "経歴.pdf", TEXT_RENAMED)
    assert not_pdf.value.codes() == {"document.not_pdf"}
    with pytest.raises(ValidationFailed) as too_big:
        f.begin_document_upload(token, "職務経歴書", "big.pdf", MAX_DOCUMENT_BYTES + 1)
    assert too_big.value.codes() == {"document.too_large"}
    with pytest.raises(ValidationFailed) as empty:
        f.apply_online(token, job, " ")
    assert empty.value.codes() == {"application.motivation_empty"}
    applied = f.apply_online(token, job, "地元で長く働きたいと考え応募しました。", (resume.document_id,))
    detail = f.application_detail(token, applied.application_id)
    assert detail.motivation == "地元で長く働きたいと考え応募しました。"
    assert [(d.kind, d.file_name, d.size) for d in detail.documents] == [("履歴書", "履歴書.pdf", len(big))]

    staff = door.staff  # the counter sees the same 志望動機 and can open the PDF (5 MB answer)
    created = create_staff(door.ctx, login_id="sato.k", display_name="佐藤 健", role="管理者")
    first = staff.staff_login("sato.k", created.one_time_password)
    staff.change_staff_password(first.token, created.one_time_password, STAFF_PASSWORD, STAFF_PASSWORD)
    staff_token = staff.staff_login("sato.k", STAFF_PASSWORD).token
    assert staff_token
    seen = staff.application_for_staff(staff_token, applied.application_number)
    assert (seen.motivation, seen.seeker_name, seen.documents) == (detail.motivation, "山形 太郎", detail.documents)
    assert staff.application_document_for_staff(staff_token, applied.application_number,
                                                resume.document_id) == big
    with pytest.raises(ValidationFailed) as missing:
        staff.application_document_for_staff(staff_token, applied.application_number, resume.document_id + 999)
    assert missing.value.codes() == {"document.not_found"}


def test_preregistration_draft_resume_submit_and_staff_registration(door: Door) -> None:
    """求職仮登録 (issue 12) through both back ends: postal lookup, 一時保存, resume by a mailed
    key, submission, then the counter finds, corrects and registers it."""
    f, s = door.facade, door.staff
    assert f.lookup_postal_code("〒９９０－００４２")[0] == PostalAddress("990-0042", "山形県", "山形市", "七日町")
    assert f.lookup_postal_code("0000000") == []
    with pytest.raises(ValidationFailed) as bad_code:
        f.lookup_postal_code("99-0042")
    assert bad_code.value.codes() == {"prereg.postal_code"}
    saved = f.save_preregistration_draft(draft_only(work=(HistoryRow("2015-04", "", "経理事務"),)), "")
    assert saved.valid_days == door.ctx.settings.preregistration_valid_days
    f.request_preregistration_resume_key(PREREG_EMAIL)
    resumed = f.resume_preregistration(PREREG_EMAIL, latest_resume_key(door.ctx))
    assert resumed.form.work == (HistoryRow("2015-04", "", "経理事務"),)
    with pytest.raises(ValidationFailed) as refused:
        f.resume_preregistration(PREREG_EMAIL, "12345678")
    assert refused.value.codes() == {"auth_key.rejected"}
    with pytest.raises(ValidationFailed) as missing:
        f.submit_preregistration(draft_only(self_pr="\x00"), resumed.draft_token)
    assert ("self_pr", "name.control_chars") in {(e.field, e.code) for e in missing.value.errors}
    done = f.submit_preregistration(FULL_FORM, resumed.draft_token)

    created = create_staff(door.ctx, login_id="sato.k", display_name="佐藤 健", role="職員")
    first = s.staff_login("sato.k", created.one_time_password)
    assert first.token
    token = first.token
    s.change_staff_password(token, created.one_time_password, STAFF_PASSWORD, STAFF_PASSWORD)
    found = s.find_preregistrations(token, PreregistrationQuery(number=done.number))
    assert [(x.status, x.name) for x in found] == [("online", "寒河江 楓")]
    detail = s.preregistration_detail(token, found[0].prereg_id)
    assert detail.form.education == FULL_FORM.education and detail.summary == found[0]
    assert s.lookup_postal_code_for_staff(token, "９９０－００４２")[0] \
        == PostalAddress("990-0042", "山形県", "山形市", "七日町")
    with pytest.raises(ValidationFailed) as staff_bad_code:
        s.lookup_postal_code_for_staff(token, "99-0042")
    assert staff_bad_code.value.codes() == {"prereg.postal_code"}
    with pytest.raises(SessionInvalid):
        s.lookup_postal_code_for_staff("", "990-0042")
    s.reauthenticate(token, STAFF_PASSWORD)
    corrected = s.correct_preregistration(token, found[0].prereg_id, FULL_FORM)
    assert corrected.form.postal_code == "990-0042"
    seeker = s.confirm_preregistration(token, found[0].prereg_id, "運転免許証")
    assert seeker.email == PREREG_EMAIL and seeker.seeker_number
    with pytest.raises(ValidationFailed) as twice:
        s.confirm_preregistration(token, found[0].prereg_id, "運転免許証")
    assert twice.value.codes() == {"prereg.already_registered"}


# -- every call, both doors ----------------------------------------------------------------
BY_NAME = {"current_password": GOOD_PASSWORD, "new_password": "Zao#Onsen2026", "new_password_confirm": "Zao#Onsen2026",
           "password": GOOD_PASSWORD, "name": "保存名", "new_email": "new@example.jp", "code": "BCDF-GHJK",
           "status": "有効", "body": "こんにちは", "title": "件名", "job_number": "06010-00000001",
           "application_number": "A06010-12345678", "id_document": "運転免許証", "note": "", "place": "",
           "status_filter": None, "language": "en",
           "contact": ContactChange("990-0000", "山形県山形市", "023-000-0000"),
           "wishes": WishesChange("一般事務", "", ""),
           "seeker": NewSeeker(name="酒田 次郎", name_kana="サカタ ジロウ", birth_year="1990", birth_month="7",
                               birth_day="1")}


def _sample(name: str, annotation: Any) -> Any:
    """A valid value for a parameter, so that only the dead token can be the reason to refuse."""
    if name in BY_NAME:
        return BY_NAME[name]
    origin = typing.get_origin(annotation)
    if annotation is str:
        return "x"
    if annotation is int:
        return 1
    if annotation is bool:
        return False
    if origin in (list, tuple):
        return []
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sample(name, args[0]) if args else None
    if inspect.isclass(annotation) and issubclass(annotation, SortOrder):
        return SortOrder.NEWEST
    if annotation is datetime:
        return datetime(2026, 12, 1, 10, 0)
    if annotation is Consent:
        return None
    try:
        return annotation()
    except TypeError:
        return None


NEVER_RAISE = {"session_status", "staff_session_status", "logout", "staff_logout"}


@pytest.mark.parametrize("spec", [s for s in wire.method_specs().values() if s.takes_token],
                         ids=lambda s: f"{s.door}.{s.name}")
def test_every_call_with_a_dead_token_is_refused_alike(door: Door, spec: wire.MethodSpec) -> None:
    """All of the façade's token calls exist on both doors and refuse a dead token the same
    way (S1): SessionInvalid, or an ended status for the calls that never raise."""
    protocol = MyPageFacade if spec.door == wire.SEEKER_DOOR else StaffFacade
    hints = typing.get_type_hints(getattr(protocol, spec.name))
    args = {name: _sample(name, hints[name]) for name in spec.params if name != "token"}
    target = door.facade if spec.door == wire.SEEKER_DOOR else door.staff
    call = getattr(target, spec.name)
    if spec.name in NEVER_RAISE:
        answer = call("dead-token", **args)
        assert answer is None or answer.active is False
        return
    with pytest.raises(SessionInvalid):
        call("dead-token", **args)
