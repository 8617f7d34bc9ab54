"""Demo data (:mod:`mypage_desktop.domain.demo_data`), seeded idempotently (``mypage-desktop --demo``
and ``mypage-admin demo-seed``)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from mypage_desktop.db.account_models import LoginAccount
from mypage_desktop.domain.demo_data import DEMO_SEEKERS, DemoSeeker
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.services.accounts.seeker_registration import register_seeker
from mypage_desktop.services.context import ServiceContext

__all__ = ["DEMO_SEEKERS", "DemoSeeker", "seed_demo"]


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
                        address=seeker.address, email=seeker.email, wish_occupation=seeker.wish_occupation,
                        wish_location=seeker.wish_location, wish_wage=seeker.wish_wage)
        added += 1
    return added
