"""The 仮登録 wizard's Qt-free rules (ui/preregistration/flow.py): no display needed."""

from __future__ import annotations

from datetime import date

import pytest

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.preregistration_dto import DraftResumed, PreregistrationForm, PreregistrationSubmitted
from mypage_desktop.ui.preregistration.flow import FlowError, PreregistrationFlow, Step, step_of


def test_the_school_question_comes_first_and_a_pupil_cannot_go_on() -> None:
    flow = PreregistrationFlow()
    assert flow.step == Step.SCHOOL and not flow.can_go_next() and not flow.can_save()
    flow.answer_school(True)
    assert flow.blocked and not flow.can_go_next() and flow.form.in_school
    with pytest.raises(FlowError):
        flow.next()
    flow.answer_school(False)
    assert flow.next() == Step.BASIC and flow.progress() == (1, 6)


def test_errors_send_the_seeker_to_the_first_step_with_a_message_and_keep_values() -> None:
    flow = PreregistrationFlow(step=Step.REVIEW, in_school=False)
    flow.update(name="山形 太郎", email="x")
    step = flow.failed([FieldError("work.1.start", "prereg.year_month"), FieldError("email", "email.no_at")])
    assert step == Step.CONTACT and flow.form.name == "山形 太郎"
    assert [e.field for e in flow.errors_for(Step.HISTORY)] == ["work.1.start"]
    assert step_of("form") == Step.REVIEW and step_of("education.0.text") == Step.HISTORY


def test_calls_do_not_overlap_and_the_end_forgets_everything() -> None:
    flow = PreregistrationFlow(step=Step.REVIEW, in_school=False)
    assert flow.begin_call() and not flow.begin_call() and not flow.can_submit() and not flow.can_go_back()
    flow.end_call()
    flow.resumed(DraftResumed("tok", PreregistrationForm(name="寒河江"), date(2026, 12, 9), 14))
    assert (flow.step, flow.draft_token, flow.form.name) == (Step.BASIC, "tok", "寒河江")
    flow.submitted(PreregistrationSubmitted("12345-67890", date(2026, 12, 9), 14))
    assert flow.step == Step.DONE and flow.draft_token == "" and not flow.can_go_back()
    flow.forget()
    assert flow.form == PreregistrationForm() and flow.result is None and flow.step == Step.SCHOOL
