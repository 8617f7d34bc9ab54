"""Plain data of the staff console (issue 6): staff sign-in, the seeker lookup and the counter's
actions. No ORM objects, no Qt; ids and display values only, never a password hash, key or
token other than the caller's own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mypage_desktop.domain.errors import NotPermitted
from mypage_desktop.domain.translatable import N_

# Which ID document the staff member saw before a sensitive action (docs/security.md A3).
ID_DOCUMENTS: tuple[str, ...] = (N_("運転免許証"), N_("マイナンバーカード"), N_("在留カード"), N_("健康保険証"),
                                 N_("その他"))

ROLE_STAFF = N_("職員")
ROLE_ADMIN = N_("管理者")


class ReauthRequired(NotPermitted):
    """The staff member must enter their password again first (docs/security.md A3); the UI shows
    the re-authentication prompt and retries the action."""


class PasswordChangeRequired(NotPermitted):
    """The staff account still has its one-time password: only ``change_staff_password``,
    logout and the session calls work until it is changed (docs/security.md A1)."""


@dataclass(frozen=True)
class StaffProfile:
    staff_id: int
    login_id: str
    display_name: str
    role: str
    must_change_password: bool

    @property
    def is_admin(self) -> bool:
        return self.role == ROLE_ADMIN


@dataclass(frozen=True)
class StaffLoginResult:
    """Like :class:`~mypage_desktop.domain.account_dto.LoginResult`: one generic failure code for an
    unknown id, a wrong password, a disabled or a locked account (docs/security.md E1)."""

    token: str | None
    profile: StaffProfile | None
    message_code: str | None = None
    retry_after_seconds: int = 0

    @property
    def ok(self) -> bool:
        return self.token is not None


@dataclass(frozen=True)
class SeekerQuery:
    """One of: 求職番号; フリガナ + 生年月日 (年/月/日 as typed); login email."""

    seeker_number: str = ""
    name_kana: str = ""
    birth_year: str = ""
    birth_month: str = ""
    birth_day: str = ""
    email: str = ""


@dataclass(frozen=True)
class SeekerSummary:
    """A seeker as the counter sees them. No password hash, key or token."""

    seeker_id: int
    seeker_number: str
    name: str
    name_kana: str
    birthdate: date
    phone: str
    address: str
    status: str
    applied_on: date
    valid_until: date
    email: str | None
    account_opened: bool
    account_disabled: bool
    login_locked: bool
    login_failures: int
    pending_key: bool
    session_active: bool
    wish_occupation: str
    wish_location: str
    wish_wage: str
    # Issue 12 (docs/product-rules.md §info-sharing, §own-changes): the 求職情報提供 consent and
    # the seeker's last own change in 求職者情報・設定 (which fields, not the values).
    info_sharing: bool = False
    info_sharing_given_at: datetime | None = None
    info_sharing_withdrawn_at: datetime | None = None
    last_own_change_at: datetime | None = None
    last_own_change_fields: tuple[str, ...] = ()
    published: bool = False  # 求職公開: the anonymised profile is published (docs/product-rules.md §publication)


@dataclass(frozen=True)
class NewSeeker:
    """求職登録 at the counter; the birthdate as typed (年/月/日), validated like step 2."""

    name: str
    name_kana: str
    birth_year: str
    birth_month: str
    birth_day: str
    phone: str = ""
    address: str = ""
    email: str = ""
    applied_on: date | None = None  # None: today (JST)
    # 希望: occupation, place of work, wage (free text as told at the counter)
    wish_occupation: str = ""
    wish_location: str = ""
    wish_wage: str = ""


@dataclass(frozen=True)
class ResetStarted:
    """``outcome``: ``issued`` (a key went to the registered address), ``rate_limited``
    (too many keys lately, nothing sent) or ``not_open`` (no opened My Page to reset)."""

    outcome: str
    key_validity_minutes: int


@dataclass(frozen=True)
class StaffMember:
    staff_id: int
    login_id: str
    display_name: str
    role: str
    disabled: bool


