"""Inputs and results of the online 求職仮登録 (docs/product-rules.md §preregistration).

The form travels as typed (strings as the widgets hold them); the rules in
:mod:`.preregistration` validate and normalise it. Personal values are kept out of ``repr``
so that a traceback or a log line never shows them (docs/security.md P1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class HistoryRow:
    """One line of 学歴 or 職歴: 年月 from (``YYYY-MM``), to (empty: 在学中/在職中), and what."""

    start: str = field(default="", repr=False)
    end: str = field(default="", repr=False)
    text: str = field(default="", repr=False)


@dataclass(frozen=True)
class PreregistrationForm:
    """Everything the 仮登録 form asks, in its order."""

    # 最初の確認: a pupil still at 中学校・高等学校 cannot register online.
    in_school: bool = False
    # 基本情報
    name: str = field(default="", repr=False)
    name_kana: str = field(default="", repr=False)
    birth_year: str = field(default="", repr=False)
    birth_month: str = field(default="", repr=False)
    birth_day: str = field(default="", repr=False)
    gender: str = field(default="", repr=False)  # optional; one of GENDERS
    # 連絡先
    postal_code: str = field(default="", repr=False)
    address: str = field(default="", repr=False)
    phone: str = field(default="", repr=False)
    email: str = field(default="", repr=False)
    # 希望する仕事
    wish_occupation: str = field(default="", repr=False)
    wish_location: str = field(default="", repr=False)
    wish_employment: str = field(default="", repr=False)  # one of EMPLOYMENT_TYPES
    wish_wage: str = field(default="", repr=False)
    wish_hours: str = field(default="", repr=False)
    # 学歴・職歴
    education: tuple[HistoryRow, ...] = field(default=(), repr=False)
    work: tuple[HistoryRow, ...] = field(default=(), repr=False)
    # 免許・資格, 障害に関する情報 (任意), 自己PR
    licenses: str = field(default="", repr=False)
    disability: str = field(default="", repr=False)
    self_pr: str = field(default="", repr=False)


@dataclass(frozen=True)
class DraftSaved:
    """一時保存: ``draft_token`` lets this window save again over the same draft."""

    draft_token: str = field(repr=False)
    expires_on: date
    valid_days: int


@dataclass(frozen=True)
class DraftResumed:
    draft_token: str = field(repr=False)
    form: PreregistrationForm
    expires_on: date
    valid_days: int


@dataclass(frozen=True)
class PreregistrationSubmitted:
    """The 仮登録番号 to bring to the counter, and until when it is kept."""

    number: str
    expires_on: date
    valid_days: int


@dataclass(frozen=True)
class PostalAddress:
    """One address of a 郵便番号 (Japan Post's data); ``town`` may be empty."""

    postal_code: str
    prefecture: str
    city: str
    town: str

    @property
    def text(self) -> str:
        return f"{self.prefecture}{self.city}{self.town}"


@dataclass(frozen=True)
class PreregistrationQuery:
    """Staff: by 仮登録番号, or by フリガナ + 生年月日 (年/月/日 as typed)."""

    number: str = ""
    name_kana: str = field(default="", repr=False)
    birth_year: str = field(default="", repr=False)
    birth_month: str = field(default="", repr=False)
    birth_day: str = field(default="", repr=False)


@dataclass(frozen=True)
class PreregistrationSummary:
    prereg_id: int
    number: str
    status: str  # PreregStatus value
    name: str = field(repr=False)
    name_kana: str = field(repr=False)
    birthdate: date | None = field(repr=False)
    submitted_at: datetime | None
    expires_on: date
    seeker_number: str | None  # after 本登録


@dataclass(frozen=True)
class PreregistrationDetail:
    summary: PreregistrationSummary
    form: PreregistrationForm
