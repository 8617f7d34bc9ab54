"""Texts and small formatters every page shares (marked ``N_``, shown through ``t``)."""

from __future__ import annotations

from datetime import date

from mypage_desktop.domain.translatable import N_

UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。")


def escape_html(text: str) -> str:
    """``text`` safe inside rich text (Qt's subset of HTML), as :func:`html.escape` makes it and
    the same way (``str.translate`` with a table is ~30× slower). Not html.escape itself: the
    html package loads the table of every HTML5 entity (~0.4 MiB of a kiosk's memory) for
    html.unescape, which the app never calls."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def short_date(value: date) -> str:
    return f"{value.year}/{value.month:02d}/{value.day:02d}"


def plain_tooltip(text: str) -> str:
    """Qt shows a tooltip as rich text when it looks like markup; escaped inside a <p>, the
    employer's or seeker's text is shown literally (docs/security.md I4)."""
    return f"<p>{escape_html(text)}</p>" if text else ""


def place(prefecture: str, municipality: str) -> str:
    return prefecture + municipality
