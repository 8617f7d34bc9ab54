"""Field-level validation results that every layer can pass around without Qt."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field as dc_field


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field.

    ``code`` names the rule (``"email.too_long"``); the UI turns it into the Japanese text
    from :mod:`mypage_desktop.domain.rule_texts`, filled with ``params``.
    """

    field: str
    code: str
    params: Mapping[str, int | str] = dc_field(default_factory=dict)


class ValidationFailed(Exception):
    """Raised by services when input breaks a rule; carries every field's problems."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__(", ".join(f"{e.field}:{e.code}" for e in self.errors))

    def codes(self) -> set[str]:
        return {e.code for e in self.errors}


class SessionInvalid(Exception):
    """The session token is unknown, revoked or expired: the UI returns to the login screen."""


class ServiceUnavailable(Exception):
    """An environmental problem (database locked or unreachable, disk full): the user gets
    a friendly message and can retry; not a bug (cf. qutebrowser ``misc/sql.py``)."""


class NotPermitted(Exception):
    """The action is not available in this mode or to this user."""


class ServerBusy(ServiceUnavailable):
    """The office server is at a limit it keeps on purpose (e.g. the password-hashing queue
    is full): the user is asked to retry in a moment; nothing was changed."""


class DeviceRefused(ServiceUnavailable):
    """This PC is not, or no longer, an enrolled office device (unknown or revoked device
    token, wrong kind of device for the call): office IT must enrol it again."""
