"""The seeker's own changes in 求職者情報・設定 (docs/product-rules.md §own-changes): 連絡先
(郵便番号 + 住所, 電話) and 希望条件, checked with the 仮登録 form's rules where it has them
(domain/preregistration.py): NFKC, trimmed, control characters refused, the same limits.

The registration keeps 住所 as one text, ``〒NNN-NNNN 住所`` (how the counter stores a 仮登録's
address), so the 住所 part is limited to what fits the 120-character column with its 郵便番号."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.preregistration import LINE_MAX, normalize_postal_code, phone_valid
from mypage_desktop.domain.text import has_control_chars, nfkc
from mypage_desktop.domain.translatable import N_

ADDRESS_COLUMN = 120
ADDRESS_MAX = ADDRESS_COLUMN - len("〒123-4567 ")
WISH_FIELDS = ("wish_occupation", "wish_location", "wish_wage")
CONTACT_FIELDS = ("address", "phone")
UNCHANGED = "own_change.unchanged"
_STORED_POSTAL = re.compile(r"〒(\d{3}-\d{4})\s*(.*)", re.DOTALL)

# Kinds of change (seeker_own_change.kind) and their labels for the staff console and mails.
CONTACT = "contact"
WISHES = "wishes"
SHARING_ON = "sharing_on"
SHARING_OFF = "sharing_off"
KIND_LABELS = {CONTACT: N_("連絡先"), WISHES: N_("希望条件"), SHARING_ON: N_("求職情報提供：提供する"),
               SHARING_OFF: N_("求職情報提供：提供しない")}
FIELD_LABELS = {"address": N_("住所"), "phone": N_("電話番号"), "wish_occupation": N_("希望職種"),
                "wish_location": N_("希望勤務地"), "wish_wage": N_("希望賃金"), "info_sharing": N_("求職情報提供")}
# Where the seeker was: the device kinds of domain/caller.py.
DEVICE_LABELS = {"kiosk": N_("ハローワークの利用者用端末"), "counter": N_("ハローワークの窓口端末"),
                 "staff": N_("職員端末"), "personal": N_("ご自身のパソコンなど")}


@dataclass(frozen=True)
class ContactChange:
    """What the seeker typed: 郵便番号, 住所 (after the 郵便番号), 電話番号."""

    postal_code: str
    address: str
    phone: str


@dataclass(frozen=True)
class WishesChange:
    wish_occupation: str
    wish_location: str
    wish_wage: str


@dataclass(frozen=True)
class OwnChangeEntry:
    """One change as staff see it: the values before and after (personal data; shown to
    staff only, never logged)."""

    changed_at: datetime
    kind: str
    kind_label: str
    fields: tuple[str, ...]
    field_labels: tuple[str, ...]
    device_kind: str
    device_label: str
    old_values: tuple[tuple[str, str], ...]
    new_values: tuple[tuple[str, str], ...]


def _line(raw: str) -> str:
    return nfkc(raw).strip()


def _line_errors(field: str, value: str, limit: int, *, required: bool) -> list[FieldError]:
    if has_control_chars(value):
        return [FieldError(field, "name.control_chars")]
    if required and not value:
        return [FieldError(field, "name.required")]
    if len(value) > limit:
        return [FieldError(field, "name.too_long", {"max": limit})]
    return []


def split_stored_address(stored: str) -> tuple[str, str]:
    """(郵便番号, the rest) of a stored 住所; ("", stored) when it has no 〒 prefix."""
    match = _STORED_POSTAL.fullmatch(stored.strip())
    return (match[1], match[2].strip()) if match else ("", stored.strip())


def contact_errors(change: ContactChange) -> list[FieldError]:
    errors: list[FieldError] = []
    postal = _line(change.postal_code)
    if has_control_chars(postal):
        errors.append(FieldError("postal_code", "name.control_chars"))
    elif not postal:
        errors.append(FieldError("postal_code", "name.required"))
    elif normalize_postal_code(postal) is None:
        errors.append(FieldError("postal_code", "prereg.postal_code"))
    errors += _line_errors("address", _line(change.address), ADDRESS_MAX, required=True)
    phone = _line(change.phone)
    phone_problems = _line_errors("phone", phone, 15, required=True)
    if not phone_problems and not phone_valid(phone):
        phone_problems = [FieldError("phone", "phone.invalid")]
    return errors + phone_problems


def stored_contact(change: ContactChange) -> dict[str, str]:
    """The checked change as the registration stores it: ``address`` and ``phone``."""
    code = normalize_postal_code(change.postal_code) or ""
    return {"address": f"〒{code} {_line(change.address)}", "phone": _line(change.phone)}


def wishes_errors(change: WishesChange) -> list[FieldError]:
    errors: list[FieldError] = []
    for field in WISH_FIELDS:
        errors += _line_errors(field, _line(getattr(change, field)), LINE_MAX[field],
                               required=field == "wish_occupation")
    return errors


def stored_wishes(change: WishesChange) -> dict[str, str]:
    return {field: _line(getattr(change, field)) for field in WISH_FIELDS}


def changed_fields(old: dict[str, str], new: dict[str, str]) -> tuple[str, ...]:
    """The fields whose value differs, in ``new``'s order."""
    return tuple(field for field, value in new.items() if old.get(field) != value)
