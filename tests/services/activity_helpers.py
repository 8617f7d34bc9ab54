"""Steps shared by the activity tests (issue 5): seekers with a chosen 求職申込日, logins that
survive clock jumps, postings, referrals and employer events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.db.activity_models import JobApplication
from mypage_desktop.db.audit_models import AuditLog
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.errors import ValidationFailed
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.facade.local.backend import LocalFacade
from mypage_desktop.services.accounts import opening
from mypage_desktop.services.accounts.seeker_registration import register_seeker
from mypage_desktop.services.activity.employer_events import import_employer_events
from mypage_desktop.services.activity.referrals import issue_referral
from mypage_desktop.services.context import ServiceContext
from mypage_desktop.services.jobs.index_writer import upsert_postings
from services.helpers import GOOD_PASSWORD, open_account, request_key
from services.job_fixtures import posting

FAR = date(2030, 12, 31)
# Postings that stay open through every clock jump in these tests.
ONLINE = posting(101, occupation="一般事務", company_name="株式会社さくら", expires_on=FAR)
ONLINE_2 = posting(102, occupation="経理事務", company_name="山形商事株式会社", expires_on=FAR)
ONLINE_3 = posting(103, occupation="介護職員", company_name="社会福祉法人もがみ会", expires_on=FAR)
ONLINE_4 = posting(104, occupation="販売員", company_name="最上百貨店", expires_on=FAR)
NO_MYPAGE = posting(105, occupation="倉庫内作業", company_name="天童倉庫", employer_has_mypage=False, expires_on=FAR)
NOT_ONLINE = posting(106, occupation="調理補助", company_name="酒田食堂", online_application=False, expires_on=FAR)
CLOSED = posting(107, occupation="運転手", company_name="最上運輸", closed=True, expires_on=FAR)
POSTINGS = [ONLINE, ONLINE_2, ONLINE_3, ONLINE_4, NO_MYPAGE, NOT_ONLINE, CLOSED]


def jst(*args: int) -> datetime:
    return datetime(*args, tzinfo=JST)  # type: ignore[misc]


@dataclass
class Seeker:
    email: str
    seeker_id: int
    number: str
    token: str

    def login(self, facade: LocalFacade) -> str:
        """A fresh session (sessions end after 12 h, and the tests jump months)."""
        result = facade.login(self.email, GOOD_PASSWORD)
        assert result.token, result
        self.token = result.token
        return result.token


def add_postings(ctx: ServiceContext, postings: list[Any] = POSTINGS) -> dict[str, int]:
    with ctx.session_factory.begin() as session:
        upsert_postings(session, postings, datetime(2026, 11, 20, tzinfo=UTC))
        return {p.job_number: session.scalar(select(JobPosting.id).where(JobPosting.job_number == p.job_number))
                for p in postings}


def new_seeker(ctx: ServiceContext, facade: LocalFacade, email: str, applied_on: date,
               name: str = "庄内 次郎", kana: str = "ショウナイ ジロウ") -> Seeker:
    registered = register_seeker(ctx, name=name, name_kana=kana, birthdate=date(1985, 4, 12),
                                 applied_on=applied_on, email=email, phone="023-000-0009",
                                 address="山形県鶴岡市馬場町9-25")
    open_account(ctx, email)
    seeker = Seeker(email, registered.seeker_id, registered.seeker_number, "")
    seeker.login(facade)
    return seeker


def demo_seeker(ctx: ServiceContext, facade: LocalFacade, email: str = "taro.yamagata@example.jp") -> Seeker:
    """One of the demo seekers (registered by the backend in demo mode)."""
    with ctx.session_factory() as session:
        row = session.scalars(select(JobSeeker).join(LoginAccount, LoginAccount.seeker_id == JobSeeker.id)
                              .where(LoginAccount.email == email)).one()
    birth = (str(row.birthdate.year), str(row.birthdate.month), str(row.birthdate.day))
    key = request_key(ctx, email, birth)
    opening.complete_password_registration(ctx, email, key, GOOD_PASSWORD, GOOD_PASSWORD)
    seeker = Seeker(email, row.id, row.seeker_number, "")
    seeker.login(facade)
    return seeker


def refer(ctx: ServiceContext, seeker: Seeker, job_number: str, staff: str = "佐藤 健") -> Any:
    return issue_referral(ctx, seeker_number=seeker.number, job_number=job_number, staff_name=staff)


def valid_until(ctx: ServiceContext, seeker: Seeker) -> date:
    with ctx.session_factory() as session:
        return session.get_one(JobSeeker, seeker.seeker_id).valid_until


def stored_seeker(ctx: ServiceContext, seeker: Seeker) -> JobSeeker:
    with ctx.session_factory() as session:
        return session.get_one(JobSeeker, seeker.seeker_id)


def audit_rows(ctx: ServiceContext, action: str) -> list[AuditLog]:
    with ctx.session_factory() as session:
        return list(session.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)))


def application_count(ctx: ServiceContext) -> int:
    with ctx.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(JobApplication)) or 0)


def employer(ctx: ServiceContext, *events: dict[str, Any]) -> Any:
    return import_employer_events(ctx, list(events))


def codes(call: Any) -> set[str]:
    """The message codes of the ValidationFailed that ``call()`` raises."""
    with pytest.raises(ValidationFailed) as info:
        call()
    return info.value.codes()
