"""The 仮登録 wizard's steps as PNGs for ``--render-screens`` (issue 12): each step filled
with demo values as a seeker would leave it, the review, and the 仮登録番号."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.domain.preregistration_dto import HistoryRow
from mypage_desktop.facade.protocol import MyPageFacade
from mypage_desktop.ui.preregistration.flow import Step
from mypage_desktop.ui.preregistration.wizard import PreregistrationWizard

Save = Callable[[QWidget, Path], Awaitable[Path]]
DEMO_VALUES: dict[Step, dict[str, Any]] = {
    Step.BASIC: {"name": "寒河江 楓", "name_kana": "サガエ カエデ", "birth_year": "1996", "birth_month": "7",
                 "birth_day": "21", "gender": "女性"},
    Step.CONTACT: {"postal_code": "990-0042", "address": "山形県山形市七日町一丁目2-3", "phone": "023-600-1234",
                   "email": "kaede.sagae@example.jp"},
    Step.WISH: {"wish_occupation": "一般事務", "wish_location": "山形市、天童市", "wish_employment": "正社員",
                "wish_wage": "月給18万円以上", "wish_hours": "8:30〜17:30"},
    Step.HISTORY: {"education": (HistoryRow("2012-04", "2015-03", "山形県立山形東高等学校 卒業"),),
                   "work": (HistoryRow("2015-04", "", "株式会社さくらんぼ物産 経理事務"),)},
    Step.MORE: {"licenses": "日商簿記検定2級\n普通自動車第一種運転免許", "disability": "",
                "self_pr": "経理事務を8年担当し、月次決算と給与計算を任されてきました。"
                           "正確さと期限を守ることが強みです。"},
}
NAMES = {Step.SCHOOL: "30_prereg_start", Step.BASIC: "31_prereg_basic", Step.CONTACT: "32_prereg_contact",
         Step.WISH: "33_prereg_wish", Step.HISTORY: "34_prereg_history", Step.MORE: "35_prereg_more",
         Step.REVIEW: "36_prereg_review", Step.DONE: "37_prereg_done"}


async def render_prereg_screens(facade: MyPageFacade, info: AppInfo, save: Save, out_dir: Path,
                                *, size: tuple[int, int] | None = (980, 760)) -> list[Path]:
    wizard = PreregistrationWizard(facade, info)
    if size is not None:
        wizard.resize(*size)
    written: list[Path] = []
    try:
        wizard.start.pupil_no.setChecked(True)
        written.append(await save(wizard, out_dir / f"{NAMES[Step.SCHOOL]}.png"))
        for step in (Step.BASIC, Step.CONTACT, Step.WISH, Step.HISTORY, Step.MORE):
            wizard.next_button.click()
            wizard.pages[step].load(DEMO_VALUES[step])
            written.append(await save(wizard, out_dir / f"{NAMES[step]}.png"))
        wizard.next_button.click()
        written.append(await save(wizard, out_dir / f"{NAMES[Step.REVIEW]}.png"))
        task = wizard.submit()
        if task is not None:
            await task
        written.append(await save(wizard, out_dir / f"{NAMES[Step.DONE]}.png"))
    finally:
        wizard.close()
        wizard.deleteLater()
    return written
