"""Texts and small formatters every page shares (all through :func:`tr`)."""

from __future__ import annotations

import html
from datetime import date

from mypage_desktop.ui.widgets.i18n import tr

CONTEXT = "common"

UNAVAILABLE = "ただいま処理できません。しばらくしてからもう一度お試しください。"


def t(text: str) -> str:
    return tr(CONTEXT, text)


def short_date(value: date) -> str:
    return f"{value.year}/{value.month:02d}/{value.day:02d}"


def plain_tooltip(text: str) -> str:
    """Qt shows a tooltip as rich text when it looks like markup; escaped inside a <p>, the
    employer's or seeker's text is shown literally (docs/security.md I4)."""
    return f"<p>{html.escape(text)}</p>" if text else ""


def place(prefecture: str, municipality: str) -> str:
    return prefecture + municipality
