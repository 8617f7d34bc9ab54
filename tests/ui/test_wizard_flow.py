"""The wizard's rules without Qt (docs/code-style.md §qt-free-wizard): ``mypage_desktop.ui.wizard.flow`` imports only
the domain, so these tests construct no widget and need no display."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from mypage_desktop.domain import consent as versions
from mypage_desktop.domain.account_dto import RegistrationCompleted, RegistrationRequested
from mypage_desktop.domain.errors import FieldError
from mypage_desktop.ui.wizard import flow as flow_module
from mypage_desktop.ui.wizard.flow import FIELD_PAGES, NO_PAGE, Document, FlowError, OpeningFlow, PageId

JST = timezone(timedelta(hours=9))
AGREED_AT = datetime(2026, 11, 25, 19, 30, tzinfo=JST)


@pytest.fixture
def flow() -> OpeningFlow:
    return OpeningFlow(versions.PRIVACY_POLICY_VERSION, versions.TERMS_OF_USE_VERSION, clock=lambda: AGREED_AT)


def consented(flow: OpeningFlow) -> OpeningFlow:
    flow.mark_read(Document.PRIVACY)
    flow.mark_read(Document.TERMS)
    flow.set_agreed(True)
    flow.record_consent()
    return flow


def key_requested(flow: OpeningFlow) -> OpeningFlow:
    submission = consented(flow).registration_submission("taro.yamagata@example.jp", "1985", "4", "12")
    flow.registration_requested(submission, RegistrationRequested(30, "system@mail.hellowork.mhlw.go.jp"))
    return flow


def test_flow_module_imports_only_the_domain() -> None:
    """docs/code-style.md §qt-free-wizard: the flow is a plain class; nothing from Qt, qasync, services or the
    façade."""
    tree = ast.parse(Path(flow_module.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    project = {name for name in imported if name and name.startswith("mypage_desktop")}
    assert project and all(name.startswith("mypage_desktop.domain") for name in project)
    assert not any(name and name.split(".")[0] in ("PySide6", "qasync") for name in imported)


def test_pages_follow_the_seed_order(flow: OpeningFlow) -> None:
    assert [flow.next_id(p) for p in PageId] == [PageId.EMAIL, PageId.PASSWORD, PageId.DONE, NO_PAGE]


def test_agreeing_needs_both_documents_read_to_the_end(flow: OpeningFlow) -> None:
    assert flow.unread() == [Document.PRIVACY, Document.TERMS]
    assert not flow.can_agree()
    with pytest.raises(FlowError):
        flow.set_agreed(True)
    flow.mark_read(Document.TERMS)
    assert flow.unread() == [Document.PRIVACY] and not flow.can_agree()
    flow.mark_read(Document.PRIVACY)
    assert flow.can_agree() and not flow.may_leave(PageId.CONSENT)
    flow.set_agreed(True)
    assert flow.may_leave(PageId.CONSENT)


def test_leaving_step_1_records_versions_and_utc_time(flow: OpeningFlow) -> None:
    """K1: the key is issued only after a consent that names the versions and the UTC time."""
    with pytest.raises(FlowError):
        flow.record_consent()
    consent = consented(flow).consent
    assert consent is not None
    assert (consent.privacy_version, consent.terms_version) == ("2026-11-01", "2026-11-01")
    assert consent.agreed_at == AGREED_AT and consent.agreed_at.tzinfo == UTC


def test_naive_consent_time_is_refused() -> None:
    flow = OpeningFlow("2026-11-01", "2026-11-01", clock=lambda: datetime(2026, 11, 25, 10, 0))
    flow.mark_read(Document.PRIVACY)
    flow.mark_read(Document.TERMS)
    flow.set_agreed(True)
    with pytest.raises(FlowError):
        flow.record_consent()


def test_withdrawing_the_check_forgets_the_consent(flow: OpeningFlow) -> None:
    consented(flow).set_agreed(False)
    assert flow.consent is None and not flow.may_leave(PageId.CONSENT)
    with pytest.raises(FlowError):
        flow.registration_submission("a@example.jp", "1985", "4", "12")


def test_step_2_carries_the_consent_and_step_3_the_email(flow: OpeningFlow) -> None:
    with pytest.raises(FlowError):
        flow.registration_submission("a@example.jp", "1985", "4", "12")
    submission = consented(flow).registration_submission("taro.yamagata@example.jp", "1985", "4", "12")
    assert submission.args()[:4] == ("taro.yamagata@example.jp", "1985", "4", "12")
    assert submission.consent is flow.consent
    with pytest.raises(FlowError):
        flow.password_submission("1234 5678", "pw", "pw")
    flow.registration_requested(submission, RegistrationRequested(30, "s@example.jp"))
    assert flow.password_submission("1234 5678", "pw", "pw2").args() == (
        "taro.yamagata@example.jp", "1234 5678", "pw", "pw2")


def test_no_way_back_once_the_key_was_requested(flow: OpeningFlow) -> None:
    consented(flow)
    assert flow.back_allowed(PageId.EMAIL)
    assert not flow.back_allowed(PageId.CONSENT)
    submission = flow.registration_submission("taro.yamagata@example.jp", "1985", "4", "12")
    flow.registration_requested(submission, RegistrationRequested(30, "s@example.jp"))
    assert not any(flow.back_allowed(p) for p in PageId)
    assert not flow.may_leave(PageId.EMAIL)
    with pytest.raises(FlowError):
        flow.registration_submission("taro.yamagata@example.jp", "1985", "4", "12")
    assert flow.restart_offered(PageId.PASSWORD)


def test_completion_forgets_the_email_and_ends_the_flow(flow: OpeningFlow) -> None:
    key_requested(flow).registration_completed(RegistrationCompleted(password_converted_from_fullwidth=True))
    assert flow.may_leave(PageId.DONE) and not flow.may_leave(PageId.PASSWORD)
    assert not flow.restart_offered(PageId.PASSWORD)
    assert not flow.cancel_allowed(PageId.DONE)
    assert not flow.cancel_needs_confirmation(input_typed=True)
    with pytest.raises(FlowError):
        flow.password_submission("1234 5678", "pw", "pw")


def test_personal_data_is_forgotten_once_done() -> None:
    assert OpeningFlow.forget_on_entering(PageId.DONE) == (PageId.EMAIL, PageId.PASSWORD)
    assert all(OpeningFlow.forget_on_entering(p) == () for p in PageId if p != PageId.DONE)


def test_one_submission_at_a_time(flow: OpeningFlow) -> None:
    """D3: a double click sends one request; nothing can be pressed meanwhile."""
    consented(flow)
    assert flow.begin_submission()
    assert not flow.begin_submission()
    assert not flow.may_leave(PageId.EMAIL) and not flow.buttons_enabled()
    flow.end_submission()
    assert flow.may_leave(PageId.EMAIL) and flow.buttons_enabled()


def test_restart_forgets_everything(flow: OpeningFlow) -> None:
    key_requested(flow)
    flow.restart()
    assert flow.unread() == list(Document)
    assert (flow.agreed, flow.consent, flow.requested, flow.completed) == (False, None, None, None)
    with pytest.raises(FlowError):
        flow.password_submission("1234 5678", "pw", "pw")


@pytest.mark.parametrize(("typed", "agreed", "expected"), [(False, False, False), (True, False, True),
                                                           (False, True, True)])
def test_cancel_asks_only_when_something_would_be_lost(flow: OpeningFlow, typed: bool, agreed: bool,
                                                       expected: bool) -> None:
    if agreed:
        consented(flow)
    assert flow.cancel_needs_confirmation(input_typed=typed) is expected


def test_errors_are_grouped_by_field_and_page() -> None:
    errors = (FieldError("email", "email.fullwidth"), FieldError("birth_day", "birthdate.not_a_date"),
              FieldError("email", "email.too_long", {"max": 100, "length": 101}))
    grouped = OpeningFlow.errors_by_field(errors)
    assert list(grouped) == ["email", "birth_day"] and len(grouped["email"]) == 2
    assert {OpeningFlow.page_of(e) for e in errors} == {PageId.EMAIL}
    assert OpeningFlow.page_of(FieldError("auth_key", "auth_key.rejected")) == PageId.PASSWORD
    assert OpeningFlow.key_rejected([FieldError("auth_key", "auth_key.rejected")])
    assert not OpeningFlow.key_rejected([FieldError("auth_key", "auth_key.format")])


def test_every_field_the_services_name_has_a_page() -> None:
    assert set(FIELD_PAGES) == {"email", "birth_year", "birth_month", "birth_day", "consent", "password",
                                "password_confirm", "auth_key"}


def test_submissions_never_show_secrets_in_their_repr(flow: OpeningFlow) -> None:
    """P1: a submission that ends up in a log or traceback shows no personal data."""
    key_requested(flow)
    text = repr(flow.password_submission("8765 4321", "Secret#123", "Secret#123"))
    assert "8765" not in text and "Secret" not in text and "taro" not in text


def test_the_reset_counts_its_own_steps_and_words_a_refused_key_for_itself() -> None:
    opening, reset = OpeningFlow("p", "t"), OpeningFlow("", "", reset=True)
    assert [opening.step(p) for p in PageId] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert [reset.step(p) for p in (PageId.EMAIL, PageId.PASSWORD, PageId.DONE)] == [(1, 3), (2, 3), (3, 3)]
    refused = (FieldError("auth_key", "auth_key.rejected"), FieldError("password", "password.common"))
    assert opening.worded(refused) == refused
    assert [e.code for e in reset.worded(refused)] == ["auth_key.rejected_reset", "password.common"]
    assert reset.key_rejected(refused)
