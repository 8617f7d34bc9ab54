"""The 求職申込み（仮登録） wizard's rules without Qt (docs/code-style.md §qt-free-wizard, like
``ui/wizard/flow.py``): the steps and their order, the pupil gate, which step a field's
message belongs to, what is held between steps (the typed values, the draft token), and
when the wizard may move. The Qt pages only show this state and feed it input; its tests
need no display. Nothing here is ever logged (docs/security.md P1)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.preregistration_dto import (
    DraftResumed,
    DraftSaved,
    PreregistrationForm,
    PreregistrationSubmitted,
)
from mypage_desktop.domain.translatable import N_


class Step(IntEnum):
    SCHOOL = 0  # 中学校・高等学校に在学中ですか (asked first)
    BASIC = 1  # 基本情報
    CONTACT = 2  # 連絡先
    WISH = 3  # 希望する仕事
    HISTORY = 4  # 学歴・職歴
    MORE = 5  # 免許・資格, 障害に関する情報（任意）, 自己PR
    REVIEW = 6  # 入力内容の確認
    DONE = 7  # 仮登録番号


STEP_TITLES = {
    Step.SCHOOL: N_("はじめに"),
    Step.BASIC: N_("基本情報"),
    Step.CONTACT: N_("連絡先"),
    Step.WISH: N_("希望する仕事"),
    Step.HISTORY: N_("学歴・職歴"),
    Step.MORE: N_("免許・資格、障害に関する情報、自己PR"),
    Step.REVIEW: N_("入力内容の確認"),
    Step.DONE: N_("仮登録の完了"),
}
INPUT_STEPS = (Step.BASIC, Step.CONTACT, Step.WISH, Step.HISTORY, Step.MORE)

FIELD_STEPS: dict[str, Step] = {
    "in_school": Step.SCHOOL,
    **{f: Step.BASIC for f in ("name", "name_kana", "birth_year", "birth_month", "birth_day", "gender")},
    **{f: Step.CONTACT for f in ("postal_code", "address", "phone", "email")},
    **{f: Step.WISH for f in ("wish_occupation", "wish_location", "wish_employment", "wish_wage", "wish_hours")},
    **{f: Step.HISTORY for f in ("education", "work")},
    **{f: Step.MORE for f in ("licenses", "disability", "self_pr")},
}


def step_of(field: str) -> Step:
    """``work.2.start`` belongs where ``work`` does; unknown fields (``form``) to the review."""
    return FIELD_STEPS.get(field.split(".", 1)[0], Step.REVIEW)


class FlowError(Exception):
    """A move was attempted out of order (a bug in the caller, not a user mistake)."""


@dataclasses.dataclass
class PreregistrationFlow:
    """Where the wizard is and what it holds. ``form`` is replaced as the pages report their
    values; errors are kept per step until that step's values change."""

    step: Step = Step.SCHOOL
    form: PreregistrationForm = dataclasses.field(default_factory=PreregistrationForm, repr=False)
    in_school: bool | None = None  # the first question's answer; None until answered
    draft_token: str = dataclasses.field(default="", repr=False)
    saved: DraftSaved | None = None
    result: PreregistrationSubmitted | None = None
    busy: bool = False
    errors: tuple[FieldError, ...] = ()

    # -- the first question ------------------------------------------------------------------
    def answer_school(self, in_school: bool) -> None:
        self.in_school = in_school
        self.form = dataclasses.replace(self.form, in_school=in_school)

    @property
    def blocked(self) -> bool:
        """A pupil: the wizard stops at the first step with the message where to go."""
        return self.in_school is True

    # -- moving -------------------------------------------------------------------------------
    def can_go_next(self) -> bool:
        if self.busy or self.step in (Step.REVIEW, Step.DONE):
            return False
        return self.step != Step.SCHOOL or self.in_school is False

    def can_go_back(self) -> bool:
        return not self.busy and Step.SCHOOL < self.step < Step.DONE

    def can_save(self) -> bool:
        return not self.busy and self.step in (*INPUT_STEPS, Step.REVIEW)

    def can_submit(self) -> bool:
        return not self.busy and self.step == Step.REVIEW

    def next(self) -> Step:
        if not self.can_go_next():
            raise FlowError(f"no next from {self.step.name}")
        self.step = Step(self.step + 1)
        return self.step

    def back(self) -> Step:
        if not self.can_go_back():
            raise FlowError(f"no back from {self.step.name}")
        self.step = Step(self.step - 1)
        return self.step

    def go_to(self, step: Step) -> Step:
        """「修正する」 on the review page, or the step of the first error."""
        if self.busy or self.step == Step.DONE or step in (Step.SCHOOL, Step.DONE):
            raise FlowError(f"cannot go to {step.name}")
        self.step = step
        return step

    def progress(self) -> tuple[int, int]:
        """(n, total) for 「ステップn／total」 over the input steps and the review."""
        steps = (*INPUT_STEPS, Step.REVIEW)
        return (steps.index(self.step) + 1 if self.step in steps else 0), len(steps)

    # -- values ---------------------------------------------------------------------------------
    def update(self, **values: Any) -> None:
        self.form = dataclasses.replace(self.form, **values)

    # -- calls ----------------------------------------------------------------------------------
    def begin_call(self) -> bool:
        if self.busy:
            return False
        self.busy = True
        return True

    def end_call(self) -> None:
        self.busy = False

    def saved_draft(self, saved: DraftSaved) -> None:
        self.draft_token = saved.draft_token
        self.saved = saved
        self.errors = ()

    def resumed(self, resumed: DraftResumed) -> None:
        """Continue a saved form: its values, its token, from 基本情報 (the first question is
        answered: a draft cannot be a pupil's)."""
        self.form = resumed.form
        self.draft_token = resumed.draft_token
        self.in_school = False
        self.errors = ()
        self.step = Step.BASIC

    def submitted(self, result: PreregistrationSubmitted) -> None:
        self.result = result
        self.draft_token = ""
        self.errors = ()
        self.step = Step.DONE

    def failed(self, errors: Iterable[FieldError]) -> Step:
        """Keeps every value; returns the step to show (the first with a message)."""
        self.errors = tuple(errors)
        steps = sorted({step_of(e.field) for e in self.errors})
        if steps and steps[0] not in (Step.SCHOOL, Step.REVIEW) and self.step != Step.DONE:
            self.step = steps[0]
        return self.step

    def errors_for(self, step: Step) -> tuple[FieldError, ...]:
        return tuple(e for e in self.errors if step_of(e.field) == step)

    def forget(self) -> None:
        """Closing, cancelling, the end: nothing typed stays in memory (docs/security.md S5)."""
        self.form = PreregistrationForm()
        self.draft_token = ""
        self.saved = self.result = None
        self.errors = ()
        self.in_school = None
        self.step = Step.SCHOOL
        self.busy = False
