"""A fixed, hand-made set of 求人 for search correctness tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mypage_desktop.domain.jobs import PostingInput, WageUnit

TODAY = date(2026, 11, 25)

BASE = PostingInput(
    job_number="06010-00000000", company_name="株式会社さくら", occupation="一般事務",
    description="書類作成、電話応対、データ入力（Excel）を担当していただきます。",
    category="一般", employment_type="正社員", occupation_group="事務的職業", prefecture="山形県",
    municipality="山形市", wage_unit=WageUnit.MONTHLY, wage_min=180000, wage_max=220000,
    working_hours="8時30分〜17時30分", holidays="土日祝", age_requirement="不問",
    received_on=date(2026, 11, 20), expires_on=date(2027, 1, 31), online_application=True,
    employer_has_mypage=True,
)


def posting(n: int, **changes: object) -> PostingInput:
    return replace(BASE, job_number=f"06010-{n:08d}", **changes)  # type: ignore[arg-type]


FIXTURES: list[PostingInput] = [
    posting(1),
    posting(2, occupation="介護職員（介護福祉士）", description="特別養護老人ホームでの介護業務。社員寮あり。",
            occupation_group="サービスの職業", company_name="社会福祉法人もがみ会", municipality="天童市",
            wage_min=200000, wage_max=250000, received_on=date(2026, 11, 24)),
    posting(3, occupation="介護ヘルパー", category="パート", employment_type="パート労働者",
            description="訪問介護。ｶｲｺﾞの経験がある方歓迎。", wage_unit=WageUnit.HOURLY, wage_min=1100,
            wage_max=1300, prefecture="宮城県", municipality="仙台市青葉区", online_application=False,
            received_on=date(2026, 11, 10)),
    posting(4, occupation="経理事務", description="会計ソフトへの入力、請求書の発行。ＡＢＣ会計使用。",
            company_name="山形商事株式会社", received_on=date(2026, 11, 1), wage_min=200000, wage_max=200000),
    posting(5, occupation="手話通訳者", description="聴覚障害のある方への手話通訳。",
            occupation_group="専門的・技術的職業", prefecture="東京都", municipality="新宿区",
            wage_min=250000, wage_max=300000, received_on=date(2026, 10, 1)),
    posting(6, occupation="一般事務", description="募集終了", closed=True),
    posting(7, occupation="一般事務", description="期限切れ", expires_on=date(2026, 11, 24)),
    posting(8, occupation="倉庫内作業", description="ピッキング、梱包。未経験歓迎。", category="パート",
            employment_type="パート労働者", occupation_group="運搬・清掃・包装等の職業", wage_unit=WageUnit.HOURLY,
            wage_min=1000, wage_max=1000, municipality="米沢市", received_on=date(2026, 11, 24)),
    posting(9, occupation="ドライバー", description="2tトラックでの配送。普通免許(AT限定不可)。",
            occupation_group="輸送・機械運転の職業", company_name="最上運輸", municipality="新庄市",
            wage_min=230000, wage_max=280000, received_on=date(2026, 11, 24)),
    posting(10, occupation="調理補助", description="社員食堂での調理補助。\"NEAR\" OR - * の記号もそのまま。",
            category="パート", employment_type="パート労働者", occupation_group="サービスの職業",
            wage_unit=WageUnit.HOURLY, wage_min=1050, wage_max=1200, prefecture="山形県", municipality="酒田市",
            received_on=date(2026, 11, 22)),
]
