"""The languages the seeker's screens can be shown in (docs/i18n.md).

Japanese is the source language. The others are the first wave: the languages HelloWork offices
provide interpreters for, and やさしい日本語. A language is offered on the login window only when
it is *shipped*: its catalogue is complete (the i18n check fails on an unfinished entry in a
shipped language). Pure: no Qt here."""

from __future__ import annotations

from dataclasses import dataclass

from mypage_desktop.domain.errors import FieldError, ValidationFailed

SOURCE = "ja"


@dataclass(frozen=True)
class Language:
    code: str  # the catalogue's name: translations/mypage_<code>.ts
    native_name: str  # how the language names itself on the chooser
    qt_code: str | None  # Qt's own qtbase_<qt_code>.qm, when Qt ships one
    bcp47: str  # for documents and the accessibility tree


LANGUAGES: tuple[Language, ...] = (
    Language("ja", "日本語", "ja", "ja"),
    Language("ja_easy", "やさしい日本語", "ja", "ja"),
    Language("en", "English", None, "en"),
    Language("zh_CN", "中文（简体）", "zh_CN", "zh-Hans"),
    Language("pt_BR", "Português (Brasil)", "pt_BR", "pt-BR"),
    Language("es", "Español", "es", "es"),
    Language("vi", "Tiếng Việt", None, "vi"),
    Language("tl", "Tagalog", None, "tl"),
)
TRANSLATED: tuple[str, ...] = tuple(language.code for language in LANGUAGES if language.code != SOURCE)
# Complete catalogues only; the check holds each of these to "no unfinished entry".
SHIPPED: frozenset[str] = frozenset(language.code for language in LANGUAGES)


def language(code: str) -> Language:
    for candidate in LANGUAGES:
        if candidate.code == code:
            return candidate
    raise KeyError(code)


def require_language(code: str) -> None:
    """A language a seeker's call names (the mails' language, docs/i18n.md#mails); refused
    with ``language.unknown`` when it is not one of :data:`LANGUAGES`."""
    if not any(candidate.code == code for candidate in LANGUAGES):
        raise ValidationFailed([FieldError("language", "language.unknown")])


def offered() -> tuple[Language, ...]:
    """The chooser's entries, in the order above."""
    return tuple(candidate for candidate in LANGUAGES if candidate.code in SHIPPED)
