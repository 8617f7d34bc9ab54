"""A complete 仮登録 form and small steps shared by the 仮登録 tests."""

from __future__ import annotations

import dataclasses

from mypage_desktop.domain.preregistration_dto import HistoryRow, PreregistrationForm
from mypage_desktop.services.context import ServiceContext
from services.helpers import outbox
from services.security_helpers import key_from

PREREG_EMAIL = "kaede.sagae@example.jp"

FULL_FORM = PreregistrationForm(
    name="寒河江 楓", name_kana="サガエ カエデ", birth_year="1996", birth_month="7", birth_day="21",
    gender="女性", postal_code="９９０－００４２", address="山形県山形市七日町一丁目2-3", phone="023-600-1234",
    email=PREREG_EMAIL, wish_occupation="一般事務", wish_location="山形市", wish_employment="正社員",
    wish_wage="月給18万円以上", wish_hours="8:30〜17:30",
    education=(HistoryRow("2012-04", "2015-03", "山形県立山形東高等学校 卒業"),),
    work=(HistoryRow("2015-04", "", "株式会社さくらんぼ物産 経理事務"),),
    licenses="日商簿記検定2級\n普通自動車第一種運転免許", disability="",
    self_pr="経理事務を8年担当しました。\n正確さが強みです。",
)


def draft_only(**changes: object) -> PreregistrationForm:
    """What a seeker may save after the first page: the email and a name."""
    return dataclasses.replace(PreregistrationForm(email=PREREG_EMAIL, name="寒河江 楓"), **changes)  # type: ignore[arg-type]


def latest_resume_key(ctx: ServiceContext) -> str:
    return key_from(outbox(ctx, "prereg_resume_key")[-1].body)
