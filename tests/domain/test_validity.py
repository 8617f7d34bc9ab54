"""求職情報の有効期限 (docs/product-rules.md §seeker-status): 翌々月末, the one-month extension in the last month,
expiry and the re-validation period — on month ends, leap years and year ends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from mypage_desktop.domain.seeker import SeekerStatus
from mypage_desktop.domain.validity import (
    REACTIVATION_PERIOD_OVER,
    InactiveReason,
    RegistrationState,
    end_of_following_month,
    extended_valid_until,
    in_last_month,
    initial_valid_until,
    observe,
    parse_status,
    reactivated_valid_until,
    reactivation_deadline,
    reactivation_refusal,
)


@pytest.mark.parametrize(("applied", "until"), [
    (date(2026, 11, 25), date(2027, 1, 31)),   # across the year end
    (date(2026, 12, 1), date(2027, 2, 28)),    # Dec → Feb, not a leap year
    (date(2026, 12, 31), date(2027, 2, 28)),
    (date(2027, 12, 5), date(2028, 2, 29)),    # Dec → Feb of a leap year
    (date(2028, 1, 31), date(2028, 3, 31)),
    (date(2027, 12, 31), date(2028, 2, 29)),
    (date(2028, 2, 29), date(2028, 4, 30)),    # applied on the leap day
    (date(2026, 10, 31), date(2026, 12, 31)),  # ends on the year's last day
    (date(2027, 11, 1), date(2028, 1, 31)),
    (date(2100, 12, 1), date(2101, 2, 28)),    # 2100 is not a leap year
])
def test_validity_ends_at_the_end_of_the_month_after_next(applied: date, until: date) -> None:
    assert initial_valid_until(applied) == until


@pytest.mark.parametrize(("day", "end"), [
    (date(2026, 11, 30), date(2026, 12, 31)),
    (date(2026, 12, 31), date(2027, 1, 31)),   # year end
    (date(2028, 1, 31), date(2028, 2, 29)),    # leap February
    (date(2027, 1, 31), date(2027, 2, 28)),
    (date(2028, 2, 29), date(2028, 3, 31)),
])
def test_end_of_following_month(day: date, end: date) -> None:
    assert end_of_following_month(day) == end


@pytest.mark.parametrize(("until", "today", "last"), [
    (date(2028, 2, 29), date(2028, 1, 31), False),
    (date(2028, 2, 29), date(2028, 2, 1), True),
    (date(2028, 2, 29), date(2028, 2, 29), True),
    (date(2028, 2, 29), date(2028, 3, 1), False),   # past the end: expired, not extendable
    (date(2027, 1, 31), date(2026, 12, 31), False),  # the day before the last month (year end)
    (date(2027, 1, 31), date(2027, 1, 1), True),
    (date(2027, 1, 31), date(2026, 1, 15), False),  # same month a year earlier
])
def test_last_month(until: date, today: date, last: bool) -> None:
    assert in_last_month(until, today) is last


@pytest.mark.parametrize(("until", "today", "extended"), [
    (date(2027, 1, 31), date(2026, 12, 31), None),             # not yet the last month
    (date(2027, 1, 31), date(2027, 1, 1), date(2027, 2, 28)),
    (date(2027, 1, 31), date(2027, 1, 31), date(2027, 2, 28)),  # on the last day
    (date(2027, 1, 31), date(2027, 2, 1), None),               # too late
    (date(2028, 1, 31), date(2028, 1, 20), date(2028, 2, 29)),  # into a leap February
    (date(2028, 2, 29), date(2028, 2, 29), date(2028, 3, 31)),
    (date(2027, 12, 31), date(2027, 12, 10), date(2028, 1, 31)),  # across the year end
    (date(2027, 2, 28), date(2027, 1, 20), None),  # already extended this month: no second extension
])
def test_extension_only_in_the_last_month(until: date, today: date, extended: date | None) -> None:
    assert extended_valid_until(until, today) == extended


def test_expired_the_day_after_the_end() -> None:
    state = RegistrationState(SeekerStatus.ACTIVE, date(2028, 2, 29))
    assert observe(state, date(2028, 2, 29)) == state
    expired = observe(state, date(2028, 3, 1))
    assert expired == RegistrationState(SeekerStatus.INACTIVE, date(2028, 2, 29), date(2028, 3, 1),
                                        InactiveReason.EXPIRED)
    switched = RegistrationState(SeekerStatus.INACTIVE, date(2028, 2, 29), date(2028, 1, 5), InactiveReason.SEEKER)
    assert observe(switched, date(2028, 6, 1)) == switched  # already 無効: unchanged


def test_reactivation_allowed_up_to_the_period_then_refused() -> None:
    since = date(2027, 12, 1)
    state = RegistrationState(SeekerStatus.INACTIVE, date(2028, 1, 31), since, InactiveReason.SEEKER)
    assert reactivation_deadline(since, 90) == date(2028, 2, 29)  # through the leap day
    assert reactivation_refusal(state, date(2028, 2, 29), 90) is None
    assert reactivation_refusal(state, date(2028, 3, 1), 90) == REACTIVATION_PERIOD_OVER
    assert reactivation_refusal(state, since + timedelta(days=1), 1) is None
    assert reactivation_refusal(state, since + timedelta(days=2), 1) == REACTIVATION_PERIOD_OVER
    active = RegistrationState(SeekerStatus.ACTIVE, date(2028, 1, 31))
    assert reactivation_refusal(active, date(2030, 1, 1), 1) is None


def test_reactivation_keeps_or_renews_the_end_date() -> None:
    assert reactivated_valid_until(date(2027, 1, 31), date(2027, 1, 20)) == date(2027, 1, 31)
    assert reactivated_valid_until(date(2027, 1, 31), date(2027, 1, 31)) == date(2027, 1, 31)
    assert reactivated_valid_until(date(2027, 12, 31), date(2028, 1, 2)) == date(2028, 3, 31)
    assert reactivated_valid_until(date(2027, 11, 30), date(2027, 12, 15)) == date(2028, 2, 29)


def test_parse_status() -> None:
    assert parse_status(" 有効 ") is SeekerStatus.ACTIVE and parse_status("無効") is SeekerStatus.INACTIVE
    assert parse_status("休止") is None


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2199, 12, 31)))
def test_properties_of_the_validity_period(applied: date) -> None:
    until = initial_valid_until(applied)
    assert (until + timedelta(days=1)).day == 1  # a month end
    assert (until.year * 12 + until.month) - (applied.year * 12 + applied.month) == 2
    # Extendable exactly in the month of the end date; the extension is the next month end.
    for offset in (-40, -31, -1, 0, 1):
        today = until + timedelta(days=offset)
        extended = extended_valid_until(until, today)
        if (today.year, today.month) == (until.year, until.month) and today <= until:
            assert extended == end_of_following_month(until)
            assert extended is not None and (extended + timedelta(days=1)).day == 1
            assert (extended.year * 12 + extended.month) - (until.year * 12 + until.month) == 1
        else:
            assert extended is None
