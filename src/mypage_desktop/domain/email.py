"""ID（メールアドレス）: 半角英数字100文字以内 (seed), a plausible address (docs/security.md I2)."""

from __future__ import annotations

import re

from mypage_desktop.domain.errors import FieldError, ValidationFailed
from mypage_desktop.domain.text import has_control_chars, nfkc

MAX_LENGTH = 100
MAX_LOCAL_LENGTH = 64
FIELD = "email"

# Deliberately the pragmatic subset a mail server at the counter will accept: dot-atom local
# part and a dotted domain of letters, digits and hyphens. Quoted local parts are refused.
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")


def email_errors(raw: str) -> list[FieldError]:
    """Every problem with ``raw`` (after NFKC); empty when the address is acceptable."""
    if raw == "":
        return [FieldError(FIELD, "email.required")]
    value = nfkc(raw)
    if has_control_chars(value):
        return [FieldError(FIELD, "email.control_chars")]
    if any(ord(ch) > 0x7E for ch in value):
        return [FieldError(FIELD, "email.fullwidth")]
    if any(ch.isspace() for ch in value):
        return [FieldError(FIELD, "email.space")]
    if len(value) > MAX_LENGTH:
        return [FieldError(FIELD, "email.too_long", {"max": MAX_LENGTH, "length": len(value)})]
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain:
        return [FieldError(FIELD, "email.no_at")]
    if len(local) > MAX_LOCAL_LENGTH:
        return [FieldError(FIELD, "email.local_too_long", {"max": MAX_LOCAL_LENGTH})]
    labels = domain.split(".")
    if (
        not _LOCAL.match(local)
        or len(labels) < 2
        or not all(_LABEL.match(label) for label in labels)
        or labels[-1].isdigit()
    ):
        return [FieldError(FIELD, "email.invalid")]
    return []


def normalize_email(raw: str) -> str:
    """The canonical stored/compared form: NFKC and lower-case (addresses are unique
    case-insensitively). Raises :class:`ValidationFailed` when the address is not valid."""
    errors = email_errors(raw)
    if errors:
        raise ValidationFailed(errors)
    return nfkc(raw).lower()


def mask_email(address: str) -> str:
    """For logs: ``t***@example.jp`` (docs/security.md P1: mask emails)."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"
