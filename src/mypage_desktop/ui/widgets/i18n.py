"""Every user-facing string goes through Qt's translation functions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.rule_texts import MESSAGES

MESSAGE_CONTEXT = "messages"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def message(code: str, **params: int | str) -> str:
    """The Japanese text for a rule code from the domain catalogue, translated and filled."""
    template = tr(MESSAGE_CONTEXT, MESSAGES.get(code, code))
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def field_message(error: FieldError) -> str:
    return message(error.code, **dict(error.params))
