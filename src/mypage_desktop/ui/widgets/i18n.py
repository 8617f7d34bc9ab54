"""Every user-facing string goes through Qt's translation functions, in one context.

``t("…")`` is the only call: ``pyside6-lupdate`` extracts it (told that ``t`` is ``tr``) and files
every text under the empty context, so the same Japanese is translated once wherever it is shown.
Texts kept in tables are marked ``N_("…")`` where they are written and passed to ``t`` where they
are shown (docs/i18n.md)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.rule_texts import MESSAGES

_recorders: list[set[str]] = []


def t(text: str, disambiguation: str | None = None) -> str:
    if _recorders:
        _recorders[-1].add(text)
    return QCoreApplication.translate("", text, disambiguation)


@contextmanager
def recorded_texts() -> Iterator[set[str]]:
    """Every text looked up meanwhile (the screen test's check that a translation exists for
    each text a screen shows, including those passed through variables; docs/i18n.md §check)."""
    seen: set[str] = set()
    _recorders.append(seen)
    try:
        yield seen
    finally:
        _recorders.remove(seen)


def message(code: str, **params: int | str) -> str:
    """The Japanese text for a rule code from the domain catalogue, translated and filled."""
    template = t(MESSAGES.get(code, code))
    # a document kind (履歴書, 職務経歴書) is the domain's Japanese name: shown in the language too
    shown = {name: t(value) if name == "kind" and isinstance(value, str) else value for name, value in params.items()}
    try:
        return template.format(**shown)
    except (KeyError, IndexError):
        return template


def field_message(error: FieldError) -> str:
    return message(error.code, **dict(error.params))
