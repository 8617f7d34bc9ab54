"""Texts and small formatters every page shares (marked ``N_``, shown through ``t``)."""

from __future__ import annotations

import html
from datetime import date

from mypage_desktop.domain.translatable import N_

UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。")




def short_date(value: date) -> str:
    return f"{value.year}/{value.month:02d}/{value.day:02d}"


def plain_tooltip(text: str) -> str:
    """Qt shows a tooltip as rich text when it looks like markup; escaped inside a <p>, the
    employer's or seeker's text is shown literally (docs/security.md I4)."""
    return f"<p>{html.escape(text)}</p>" if text else ""


def place(prefecture: str, municipality: str) -> str:
    return prefecture + municipality
