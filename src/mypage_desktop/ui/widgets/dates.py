"""Dates and times on the screens, in the seeker's language (docs/i18n.md): the domain's
Japanese formats (``domain/timefmt.py``) stay for the documents for the employer."""

from __future__ import annotations

from datetime import date, datetime

from mypage_desktop.domain.timefmt import JST
from mypage_desktop.ui.widgets.i18n import t


def format_date(value: date) -> str:
    """「2026年12月2日」, "12/2/2026"."""
    return t("{y}年{m}月{d}日").format(y=value.year, m=value.month, d=value.day)


def format_datetime_jst(moment: datetime) -> str:
    """「2026年12月2日 14時05分」 in Japan time, "12/2/2026 14:05"."""
    local = moment.astimezone(JST)
    return t("{y}年{m}月{d}日 {hh}時{mm:02d}分").format(y=local.year, m=local.month, d=local.day,
                                                     hh=f"{local.hour:02d}", mm=local.minute)
