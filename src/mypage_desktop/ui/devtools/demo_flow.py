"""The demo walk-through shared by ``--render-screens`` and the stall benchmark: a throw-away
demo back end and the steps of opening My Page, each through the façade off the GUI thread,
exactly as the windows call it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mypage_desktop.config import Paths, Settings, load_settings
from mypage_desktop.domain import demo_data
from mypage_desktop.domain.account_dto import Consent, DeliveredMail
from mypage_desktop.ui.session.tasks import run_blocking

# The demo seeker the walk-throughs open My Page for, and its password (domain/demo_data.py).
DEMO_EMAIL = demo_data.DEMO_SEEKER.email
DEMO_BIRTH = demo_data.DEMO_SEEKER.birth_fields
DEMO_PASSWORD = demo_data.DEMO_PASSWORD
KEY_SUBJECT = "パスワード登録申込受付通知"
_KEY_PATTERN = re.compile(r"認証キー：(\d{4}) ?(\d{4})")


def find_key(mails: list[DeliveredMail], recipient: str = DEMO_EMAIL) -> str | None:
    """The 認証キー of the newest registration mail to ``recipient`` (mails newest first)."""
    for mail in sorted(mails, key=lambda m: m.received_at, reverse=True):
        if mail.subject == KEY_SUBJECT and recipient in mail.recipient:
            match = _KEY_PATTERN.search(mail.body)
            if match:
                return match.group(1) + match.group(2)
    return None


@asynccontextmanager
async def temporary_demo_backend(data_dir: Path) -> AsyncIterator[Any]:
    """A demo back end in ``data_dir`` with the default (production) argon2 parameters,
    opened and closed off the GUI thread; the mail worker is run by hand (:func:`deliver`)."""
    paths = Paths(data_dir / "config", data_dir / "site", data_dir / "data")
    settings = dataclasses.replace(load_settings(env={}, paths=paths), demo_mode=True)
    backend = await run_blocking(_open_backend, settings)
    try:
        yield backend
    finally:
        await run_blocking(backend.close)


def _open_backend(settings: Settings) -> Any:
    """On a worker thread, import included (SQLAlchemy + Alembic take ~0.3 s to import)."""
    from mypage_desktop.facade.local.backend import open_local_backend

    return open_local_backend(settings, start_mail_worker=False)


async def deliver(backend: Any) -> None:
    await run_blocking(backend.mail_worker.run_once)


async def request_key(backend: Any, email: str = DEMO_EMAIL,
                      birth: tuple[str, str, str] = DEMO_BIRTH) -> str:
    """Step 1–2 of the wizard (consent to the shipped versions, email + birthdate), then the
    mail is delivered and the key read from the demo mailbox."""
    facade = backend.facade
    legal = await run_blocking(facade.legal_documents)
    consent = Consent(legal.privacy_policy.version, legal.terms_of_use.version, datetime.now(UTC))
    await run_blocking(facade.request_password_registration, email, birth[0], birth[1], birth[2], consent)
    await deliver(backend)
    key = find_key(await run_blocking(facade.demo_mailbox), email)
    if key is None:
        raise RuntimeError("no registration mail was delivered")
    return key


async def open_account(backend: Any, email: str = DEMO_EMAIL, password: str = DEMO_PASSWORD) -> None:
    """The whole opening: key request, key + password (step 3)."""
    key = await request_key(backend, email)
    await run_blocking(backend.facade.complete_password_registration, email, key, password, password)
    await deliver(backend)
