"""求職情報の有効期限と求職状態 (docs/product-rules.md §seeker-status). Pure date arithmetic on JST calendar dates.

- A registration is valid until the end of the month after next from 求職申込日 (翌々月末).
- In its last month (the calendar month of the end date, up to and including the end date),
  a referral or an online application extends it by one month: to the end of the following
  month. A second referral in the same month extends nothing more (it is no longer the last
  month).
- The day after the end date it is 無効 by itself (reason ``expired``).
- The seeker may switch 有効→無効 at any time and 無効→有効 while it has been 無効 for at most
  ``grace_days`` days (counted from the first 無効 day); after that the switch is refused and
  the seeker is asked to visit the office. Switching back after the end date renews the
  registration like a visit to the counter: to 翌々月末 from the day of the switch.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from mypage_desktop.domain.seeker import SeekerStatus, end_of_month_after_next
from mypage_desktop.domain.translatable import N_


class InactiveReason(StrEnum):
    SEEKER = "seeker"  # switched off by the seeker
    EXPIRED = "expired"  # the validity period ended


INACTIVE_REASON_LABELS = {
    InactiveReason.SEEKER: N_("ご本人による変更"),
    InactiveReason.EXPIRED: N_("有効期限の経過"),
}

# Message codes (texts in domain/rule_texts.py).
INACTIVE = "registration.inactive"
REACTIVATION_PERIOD_OVER = "registration.reactivation_period_over"
UNKNOWN_STATUS = "registration.unknown_status"


def end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def initial_valid_until(applied_on: date) -> date:
    """翌々月末 from 求職申込日."""
    return end_of_month_after_next(applied_on)


def end_of_following_month(day: date) -> date:
    """The last day of the month after ``day``'s month (Dec → Jan of the next year)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return end_of_month(year, month)


def is_expired(valid_until: date, today: date) -> bool:
    return today > valid_until


def first_inactive_day(valid_until: date) -> date:
    """The day an expired registration became 無効 by itself."""
    return valid_until + timedelta(days=1)


def in_last_month(valid_until: date, today: date) -> bool:
    """True in the calendar month that contains the end date, up to the end date itself."""
    return (today.year, today.month) == (valid_until.year, valid_until.month) and today <= valid_until


def extended_valid_until(valid_until: date, today: date) -> date | None:
    """The new end date after a referral or online application on ``today``, or None when
    ``today`` is not in the last month (nothing changes)."""
    if not in_last_month(valid_until, today):
        return None
    return end_of_following_month(valid_until)


@dataclass(frozen=True)
class RegistrationState:
    """What is stored for a seeker, with 無効 since (a JST date) when it is 無効."""

    status: SeekerStatus
    valid_until: date
    inactive_since: date | None = None
    reason: InactiveReason | None = None


def observe(state: RegistrationState, today: date) -> RegistrationState:
    """The state as of ``today``: a 有効 registration past its end date is 無効 (expired)."""
    if state.status is SeekerStatus.ACTIVE and is_expired(state.valid_until, today):
        return RegistrationState(SeekerStatus.INACTIVE, state.valid_until,
                                 first_inactive_day(state.valid_until), InactiveReason.EXPIRED)
    return state


def reactivation_deadline(inactive_since: date, grace_days: int) -> date:
    """The last day on which 無効→有効 is still allowed."""
    return inactive_since + timedelta(days=grace_days)


def reactivation_refusal(state: RegistrationState, today: date, grace_days: int) -> str | None:
    """Why 無効→有効 is refused today (a message code), or None when it is allowed.
    ``state`` must be observed already."""
    if state.status is not SeekerStatus.INACTIVE:
        return None
    since = state.inactive_since or today
    if today > reactivation_deadline(since, grace_days):
        return REACTIVATION_PERIOD_OVER
    return None


def reactivated_valid_until(valid_until: date, today: date) -> date:
    """The end date after switching back to 有効: unchanged while it has not passed,
    otherwise renewed to 翌々月末 from today."""
    return valid_until if valid_until >= today else end_of_month_after_next(today)


def parse_status(raw: str) -> SeekerStatus | None:
    try:
        return SeekerStatus(raw.strip())
    except ValueError:
        return None
