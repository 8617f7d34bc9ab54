"""The demo data every part of the app names: the seekers ``--demo`` and ``mypage-admin
demo-seed`` register (as if at the counter; their My Page is not opened) and the password the
scripted walk-throughs (``--render-screens``, the stall benchmark, the tests) open the first
one with. Plain data, no Qt and no SQL: services seed it, the UI's demo flows type it in (the
UI may not import services)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


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
DEMO_PASSWORD = "Mogami#River7"  # fits the policy (SECURITY C3) and no rule of C4
