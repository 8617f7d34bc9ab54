"""The mails' texts per language (docs/i18n.md#mails): ``resources/mail/<code>.json``, Japanese the
source, rendered by :func:`render`. A mail is rendered when it is requested, in the language the
seeker chose then, and the outbox stores the result; only ids and kinds are ever logged, never
these texts (docs/security.md P1).

A catalogue holds, per mail kind, a subject and a body (a list of lines) with ``{placeholders}``,
the shared footer, ``texts`` (phrases the templates insert, e.g. the info-sharing choice),
``labels`` (the translations of the Japanese labels of the domain's tables a mail names), the
format of a date and time, and ``notice``: the one Japanese line a non-Japanese mail starts with
so that staff can help. An unknown language falls back to Japanese."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from mypage_desktop.domain.languages import LANGUAGES, SOURCE
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.resources import resources_dir

CODES = frozenset(language.code for language in LANGUAGES)


@dataclass(frozen=True)
class MailText:
    subject: str
    body: str


def _text(value: str | list[str]) -> str:
    return "\n".join(value) if isinstance(value, list) else value


@cache
def catalogue(language: str) -> dict[str, Any]:
    """The catalogue of ``language`` (Japanese for an unknown one)."""
    code = language if language in CODES else SOURCE
    path = resources_dir() / "mail" / f"{code}.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _entry(kind: str, language: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The catalogue and its entry for ``kind``; Japanese when the language lacks the kind
    (the mails staff trigger exist only in Japanese)."""
    book = catalogue(language)
    if kind in book["mails"]:
        return book, book["mails"][kind]
    source = catalogue(SOURCE)
    return source, source["mails"][kind]


def format_moment(moment: datetime, language: str) -> str:
    """A date and time in Japan, in the language's format (Japanese: 「2026年12月2日 14時05分」)."""
    book = catalogue(language)
    local = moment.astimezone(JST)
    months: list[str] = book.get("month_names", [])
    return str(book["datetime"]).format(
        year=local.year, month=local.month, day=local.day, hour=local.hour, minute=local.minute,
        month_name=months[local.month - 1] if months else str(local.month))


def text(language: str, name: str) -> str:
    """A phrase of the catalogue (``texts``), Japanese when the language lacks it."""
    texts: dict[str, Any] = catalogue(language)["texts"]
    return _text(texts[name] if name in texts else catalogue(SOURCE)["texts"][name])


def label(language: str, japanese: str) -> str:
    """The translation of a Japanese label of the domain (an own change's kind, a field, an
    item to bring); the Japanese itself when the catalogue has none."""
    return str(catalogue(language)["labels"].get(japanese, japanese))


def join(language: str, items: tuple[str, ...]) -> str:
    return str(catalogue(language)["list_separator"]).join(items)


def render(kind: str, language: str, **params: object) -> MailText:
    """The mail ``kind`` in ``language``; a :class:`datetime` parameter is written in the
    language's format. Japanese for an unknown language or a kind the language lacks."""
    book, entry = _entry(kind, language)
    code = str(book["language"])
    values = {name: format_moment(value, code) if isinstance(value, datetime) else value
              for name, value in params.items()}
    body = _text(entry["body"]).format_map(values) + _text(book["footer"]).format_map(values)
    notice = str(book["notice"])
    return MailText(_text(entry["subject"]), f"{notice}\n\n{body}" if notice else body)
