"""Demo data, seeded idempotently (``mypage-desktop --demo`` and ``mypage-admin demo-seed``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from mypage_desktop.db.models import LoginAccount
from mypage_desktop.domain.timefmt import JST

from .context import ServiceContext
from .seekers import register_seeker


@dataclass(frozen=True)
class DemoSeeker:
    name: str
    name_kana: str
    birthdate: date
    email: str
    phone: str
    address: str


DEMO_SEEKERS = (
    DemoSeeker("山形 太郎", "ヤマガタ タロウ", date(1985, 4, 12), "taro.yamagata@example.jp",
               "023-000-0001", "山形県山形市香澄町1-1"),
    DemoSeeker("最上 花子", "モガミ ハナコ", date(1992, 11, 3), "hanako.mogami@example.jp",
               "023-000-0002", "山形県天童市老野森1-1"),
)


def seed_demo(ctx: ServiceContext) -> int:
    """Registers the demo seekers that are missing; returns how many were added."""
    added = 0
    today = ctx.clock().astimezone(JST).date()
    for index, seeker in enumerate(DEMO_SEEKERS):
        with ctx.session_factory() as session:
            exists = session.scalar(select(LoginAccount.id).where(LoginAccount.email == seeker.email))
        if exists is not None:
            continue
        register_seeker(ctx, name=seeker.name, name_kana=seeker.name_kana, birthdate=seeker.birthdate,
                        applied_on=today - timedelta(days=7 * (index + 1)), phone=seeker.phone,
                        address=seeker.address, email=seeker.email)
        added += 1
    return added
