"""Texts and small formatters of the 応募履歴 page (marked ``N_``, shown through ``t``)."""

from __future__ import annotations

from datetime import date, datetime

from mypage_desktop.domain.applications import ApplicationStatus
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.dates import format_date, format_datetime_jst
from mypage_desktop.ui.widgets.language import weekday_name
from mypage_desktop.ui.widgets.texts import escape_html

ALL_STATUSES = N_("すべて")
UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。")
STATUSES: tuple[str, ...] = tuple(status.value for status in ApplicationStatus)
FINISHED = frozenset({ApplicationStatus.REJECTED.value, ApplicationStatus.WITHDRAWN.value,
                      ApplicationStatus.CANCELLED.value})




def day_text(value: date) -> str:
    return format_date(value)


def local_day(moment: datetime) -> date:
    return moment.astimezone(JST).date()


def moment_text(moment: datetime | None) -> str:
    return format_datetime_jst(moment) if moment is not None else ""




def short_day(value: date) -> str:
    """Table cells: ``2026/11/25`` (narrow columns, sorted by the raw value anyway)."""
    return f"{value.year}/{value.month:02d}/{value.day:02d}"


def short_moment(moment: datetime | None, *, weekday: bool = False) -> str:
    """Table cells: ``2026/12/02(水) 14:00`` in Japan time."""
    if moment is None:
        return ""
    local = moment.astimezone(JST)
    day = short_day(local.date())
    if weekday:
        day += f"({weekday_name(local.date())})"
    return f"{day} {local.hour:02d}:{local.minute:02d}"


def tooltip(text: str) -> str:
    """Qt shows a tooltip as rich text when it looks like markup; escaped (line ends kept)
    inside a <p>, employer and staff text is shown literally (docs/security.md I4)."""
    return "<p>" + escape_html(text).replace("\n", "<br>") + "</p>" if text else ""
