"""Shared steps for service tests: consent, reading the key from the outbox, opening."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from mypage_desktop.db.mail_models import MailOutbox
from mypage_desktop.domain import consent as versions
from mypage_desktop.domain.account_dto import Consent
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.services.accounts import opening
from mypage_desktop.services.context import ServiceContext

DEMO_EMAIL = "taro.yamagata@example.jp"
DEMO_BIRTH = ("1985", "4", "12")
GOOD_PASSWORD = "Mogami#River7"


def consent_at(now: datetime) -> Consent:
    return Consent(versions.PRIVACY_POLICY_VERSION, versions.TERMS_OF_USE_VERSION, now)


def outbox(ctx: ServiceContext, kind: str | None = None) -> list[MailOutbox]:
    with ctx.session_factory() as session:
        query = select(MailOutbox).order_by(MailOutbox.id)
        if kind:
            query = query.where(MailOutbox.kind == kind)
        return list(session.scalars(query))


def latest_key(ctx: ServiceContext) -> str:
    mails = outbox(ctx, "registration_key")
    match = re.search(r"認証キー：(\d{4}) (\d{4})", mails[-1].body)
    assert match, "no key in the mail"
    return match.group(1) + match.group(2)


def request_key(ctx: ServiceContext, email: str = DEMO_EMAIL, birth: tuple[str, str, str] = DEMO_BIRTH) -> str:
    opening.request_password_registration(ctx, email, *birth, consent_at(ctx.clock()))
    return latest_key(ctx)


def open_account(ctx: ServiceContext, email: str = DEMO_EMAIL, password: str = GOOD_PASSWORD) -> None:
    key = request_key(ctx, email)
    opening.complete_password_registration(ctx, email, key, password, password)


def race(submit: Callable[[str], object], contenders: int = 4) -> list[str]:
    """Runs ``submit(password)`` in ``contenders`` threads released at once (K4, D3);
    returns the sorted outcomes, "ok" or "rejected"."""
    outcomes: list[str] = []
    barrier = threading.Barrier(contenders)

    def attempt(password: str) -> None:
        barrier.wait()
        try:
            submit(password)
            outcomes.append("ok")
        except ValidationFailed:
            outcomes.append("rejected")

    threads = [threading.Thread(target=attempt, args=(f"Racer#{i}x9",)) for i in range(contenders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(outcomes)
