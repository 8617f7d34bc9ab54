"""The pure rules behind 応募履歴 and messages (domain/applications.py, domain/ical.py): the
transition table, the seeker's 辞退, text rules (docs/security.md I2) and RFC 5545 escaping/folding."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from mypage_desktop.domain.applications import (
    FINAL,
    TRANSITIONS,
    Actor,
    ApplicationStatus,
    message_errors,
    transition_error,
    withdrawable,
)
from mypage_desktop.domain.ical import escape_text, fold

S = ApplicationStatus

ALLOWED = [
    (S.APPLIED, S.SCREENING), (S.APPLIED, S.INTERVIEW), (S.APPLIED, S.HIRED), (S.APPLIED, S.CANCELLED),
    (S.SCREENING, S.INTERVIEW), (S.SCREENING, S.REJECTED), (S.INTERVIEW, S.INTERVIEW), (S.INTERVIEW, S.SELECTION),
    (S.SELECTION, S.INTERVIEW), (S.SELECTION, S.HIRED), (S.HIRED, S.WITHDRAWN), (S.HIRED, S.CANCELLED),
]
REFUSED = [
    (S.HIRED, S.SCREENING), (S.HIRED, S.REJECTED), (S.HIRED, S.INTERVIEW), (S.INTERVIEW, S.APPLIED),
    (S.SCREENING, S.APPLIED), (S.SCREENING, S.SCREENING), (S.SELECTION, S.SCREENING), (S.REJECTED, S.HIRED),
    (S.WITHDRAWN, S.APPLIED), (S.WITHDRAWN, S.WITHDRAWN), (S.CANCELLED, S.SCREENING), (S.REJECTED, S.WITHDRAWN),
]


@pytest.mark.parametrize(("current", "target"), ALLOWED)
@pytest.mark.parametrize("actor", [Actor.STAFF, Actor.EMPLOYER])
def test_sensible_transitions_are_allowed(current: S, target: S, actor: Actor) -> None:
    assert transition_error(current, target, actor) is None


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_going_back_or_leaving_an_end_is_refused(current: S, target: S) -> None:
    error = transition_error(current, target, Actor.EMPLOYER)
    assert error is not None and error.code == "application.transition_refused"
    assert error.params == {"current": current.value, "target": target.value}


def test_nothing_returns_to_applied_and_the_ends_stay_ends() -> None:
    assert all(S.APPLIED not in targets for targets in TRANSITIONS.values())
    for end in (S.REJECTED, S.WITHDRAWN, S.CANCELLED):
        assert TRANSITIONS[end] == frozenset()


@pytest.mark.parametrize("current", list(S))
def test_the_seeker_may_only_withdraw_from_a_status_in_progress(current: S) -> None:
    error = transition_error(current, S.WITHDRAWN, Actor.SEEKER)
    if current in FINAL:
        assert error is not None and error.code == "application.not_withdrawable" and not withdrawable(current)
    else:
        assert error is None and withdrawable(current)
    for other in S:
        if other is not S.WITHDRAWN:
            refused = transition_error(current, other, Actor.SEEKER)
            assert refused is not None and refused.code == "application.transition_refused"


@pytest.mark.parametrize(("body", "codes"), [
    ("", ["message.empty"]), (" \n\u3000", ["message.empty"]), ("x" * 2000, []), ("x" * 2001, ["message.too_long"]),
    ("改行\nOK", []), ("CR\rLF", []), ("\x00", ["message.control_chars"]), ("a\tb", ["message.control_chars"]),
    ("\u2066isolate", ["message.control_chars"]), ("絵文字👨‍👩‍👧", []), ("\u0085NEL", ["message.control_chars"]),
])
def test_I2_message_text_rules(body: str, codes: list[str]) -> None:
    text, errors = message_errors(body)
    assert [e.code for e in errors] == codes
    assert "\r" not in text


def test_ical_escaping() -> None:
    assert escape_text("a\\b;c,d\r\ne\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_folded_lines_are_at_most_75_octets_and_unfold_back(value: str) -> None:
    line = "DESCRIPTION:" + escape_text(value)
    parts = fold(line)
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == line
