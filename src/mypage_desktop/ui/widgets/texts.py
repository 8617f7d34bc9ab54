"""Texts and small formatters every page shares (marked ``N_``, shown through ``t``)."""

from __future__ import annotations

from datetime import date

from mypage_desktop.domain.translatable import N_

# What html.escape does, without the html package: it loads the table of every HTML5 entity
# (~0.4 MiB of a kiosk's memory) for html.unescape, which the app never calls.
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。")


def escape_html(text: str) -> str:
    """``text`` safe inside rich text (Qt's subset of HTML): as :func:`html.escape`."""
    return text.translate(_HTML_ESCAPES)


def short_date(value: date) -> str:
    return f"{value.year}/{value.month:02d}/{value.day:02d}"


def plain_tooltip(text: str) -> str:
    """Qt shows a tooltip as rich text when it looks like markup; escaped inside a <p>, the
    employer's or seeker's text is shown literally (docs/security.md I4)."""
    return f"<p>{escape_html(text)}</p>" if text else ""


def place(prefecture: str, municipality: str) -> str:
    return prefecture + municipality
