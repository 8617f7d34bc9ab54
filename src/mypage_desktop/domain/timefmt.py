"""Japanese dates and times: display, today in Japan and its midnight. Japan has no daylight
saving, so a fixed +09:00 needs no tz database (which Windows lacks without the tzdata package)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")


def format_datetime_jst(moment: datetime) -> str:
    local = moment.astimezone(JST)
    return f"{local.year}年{local.month}月{local.day}日 {local.hour:02d}時{local.minute:02d}分"


def format_date(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def today_jst(now: datetime) -> date:
    return now.astimezone(JST).date()


def jst_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), JST).astimezone(UTC)
