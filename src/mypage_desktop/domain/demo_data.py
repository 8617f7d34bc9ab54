"""The demo data every part of the app names: the seekers ``--demo`` and ``mypage-admin
demo-seed`` register (as if at the counter; their My Page is not opened) and the password the
scripted walk-throughs (``--render-screens``, the stall benchmark, the tests) open the first
one with. Plain data, no Qt and no SQL: services seed it, the UI's demo flows type it in (the
UI may not import services)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mypage_desktop.domain.text import nfkc


@dataclass(frozen=True)
class DemoSeeker:
    name: str
    name_kana: str
    birthdate: date
    email: str
    phone: str
    address: str
    wish_occupation: str = ""
    wish_location: str = ""
    wish_wage: str = ""

    @property
    def birth_fields(self) -> tuple[str, str, str]:
        """The birthdate as typed into step 2's 年・月・日 boxes: ``("1985", "4", "12")``."""
        return str(self.birthdate.year), str(self.birthdate.month), str(self.birthdate.day)


DEMO_SEEKERS = (
    DemoSeeker("山形 太郎", "ヤマガタ タロウ", date(1985, 4, 12), "taro.yamagata@example.jp",
               "023-000-0001", "山形県山形市香澄町1-1", "一般事務、経理事務", "山形市、天童市",
               "月給18万円以上"),
    DemoSeeker("最上 花子", "モガミ ハナコ", date(1992, 11, 3), "hanako.mogami@example.jp",
               "023-000-0002", "山形県天童市老野森1-1", "介護職員", "天童市", "時給1,000円以上"),
)

# The seeker the walk-throughs open My Page for, and one they leave unopened.
DEMO_SEEKER, UNOPENED_DEMO_SEEKER = DEMO_SEEKERS
DEMO_PASSWORD = "Mogami#River7"  # fits the policy (docs/security.md C3) and no rule of C4


@dataclass(frozen=True)
class DemoOfficeJob:
    """A posting of the demo office's own area (ハローワークやまがた: 山形市・天童市) that fits the
    first demo seeker's wishes. The generated demo postings are drawn from all of Japan, so a
    few thousand of them hold hardly any 事務 job in 山形市; the demo activity adds these then."""

    company_name: str
    occupation: str
    description: str
    municipality: str
    wage_min: int  # 月給
    wage_max: int
    online_application: bool
    employer_has_mypage: bool


DEMO_OFFICE_PREFECTURE = "山形県"  # of the default office, ハローワークやまがた (06010)
DEMO_OFFICE_JOBS = (
    DemoOfficeJob("株式会社さくら山形", "一般事務", "書類作成、電話・来客応対、データ入力（Excel）。", "山形市",
                  180000, 210000, True, True),
    DemoOfficeJob("天童精機株式会社", "経理事務", "伝票処理、請求書の発行、月次決算の補助。", "天童市",
                  190000, 230000, True, True),
    DemoOfficeJob("山形中央商事株式会社", "一般事務", "受発注の入力、在庫の管理、来客応対。", "山形市",
                  185000, 220000, True, True),
    DemoOfficeJob("霞城建設株式会社", "一般事務", "工事書類の作成、電話応対、備品の管理。", "山形市",
                  180000, 200000, False, False),
)


def wish_terms(wish: str) -> tuple[str, ...]:
    """A wish as registered at the counter (「一般事務、経理事務」, 「山形市・天童市」) as its terms."""
    return tuple(term for term in re.split(r"[、,・/／\s]+", nfkc(wish)) if term)
