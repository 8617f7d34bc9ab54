"""Every user-facing string goes through Qt's translation functions, in one context.

``t("…")`` is the only call: ``pyside6-lupdate`` extracts it (told that ``t`` is ``tr``) and files
every text under the empty context, so the same Japanese is translated once wherever it is shown.
Texts kept in tables are marked ``N_("…")`` where they are written and passed to ``t`` where they
are shown (docs/i18n.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.rule_texts import MESSAGES


def t(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("", text, disambiguation)


def message(code: str, **params: int | str) -> str:
    """The Japanese text for a rule code from the domain catalogue, translated and filled."""
    template = t(MESSAGES.get(code, code))
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def field_message(error: FieldError) -> str:
    return message(error.code, **dict(error.params))
