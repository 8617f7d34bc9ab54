"""Helpers for the referral tests (no tests here): postings, referrals issued by the staff
service for the demo seeker, a logged-in 紹介された求人 page, and reading PDFs back."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import DEMO_EMAIL, GOOD_PASSWORD, WAIT_MS, open_demo_account
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget
from sqlalchemy import select

from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.jobs import PostingInput
from mypage_desktop.services.activity.referrals import issue_referral
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.ui.referrals.referrals_page import ReferralsPage
from mypage_desktop.ui.session.client import SessionClient
from mypage_desktop.ui.session.owner import SessionOwner
from mypage_desktop.ui.session.reasons import REASON_QUIT
from services.job_fixtures import posting

__all__ = ["WAIT_MS", "Referred", "click", "click_row", "pdf_text", "referral_page_fixture", "refer_demo_seeker",
           "row_texts", "SAKURA", "MOGAMI", "STAFF", "NOTE"]

SAKURA = posting(301, company_name="株式会社さくら", occupation="一般事務", working_hours="8時30分〜17時15分")
MOGAMI = posting(302, company_name="社会福祉法人もがみ会", occupation="介護職員", municipality="天童市",
                 wage_min=200000, wage_max=250000)
STAFF = "佐藤 健"
NOTE = "応募書類(履歴書・職務経歴書)を事前に郵送してください。"  # as stored (the service applies NFKC)


@dataclass
class Referred:
    """The demo seeker's referrals, oldest first."""

    seeker_number: str
    referral_numbers: list[str]
    application_ids: list[int]
    job_ids: list[int]


def demo_seeker_number(ctx: Any) -> str:
    with ctx.session_factory() as session:
        number = session.scalar(select(JobSeeker.seeker_number)
                                .join(LoginAccount, LoginAccount.seeker_id == JobSeeker.id)
                                .where(LoginAccount.email == DEMO_EMAIL))
    assert number
    return str(number)


def refer_demo_seeker(backend: Any, ctx: Any, clock: Any, postings: list[PostingInput] | None = None) -> Referred:
    """Opens the demo account and has staff refer it to each posting, a day apart."""
    postings = postings or [SAKURA, MOGAMI]
    with ctx.session_factory.begin() as session:
        upsert_postings(session, postings, clock.now)
    open_demo_account(backend)
    number = demo_seeker_number(ctx)
    referred = Referred(number, [], [], [])
    for i, job in enumerate(postings):
        if i:
            clock.advance(days=1)
        issued = issue_referral(ctx, seeker_number=number, job_number=job.job_number, staff_name=STAFF,
                                note=NOTE if i == 0 else "")
        referred.referral_numbers.append(issued.referral_number)
        referred.application_ids.append(issued.application_id)
    with ctx.session_factory() as session:
        for job in postings:
            job_id = session.scalar(select(JobPosting.id).where(JobPosting.job_number == job.job_number))
            referred.job_ids.append(job_id)
    return referred


@pytest.fixture(name="referral_page")
def referral_page_fixture(qtbot, qloop, backend, ctx, clock) -> Iterator[ReferralsPage]:  # type: ignore[no-untyped-def]
    """The page on its own (1100×800, shown) for the logged-in demo seeker with two referrals;
    ``page.referred`` says which."""
    referred = refer_demo_seeker(backend, ctx, clock)
    result = backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD)
    owner = SessionOwner(backend.facade)
    owner.begin(result.token, result.profile)
    page = ReferralsPage(SessionClient(owner, backend.facade))
    page.referred = referred  # type: ignore[attr-defined]
    page.test_owner = owner  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(referred.referral_numbers) and page.detail.detail is not None
                    and not page.busy, timeout=WAIT_MS)
    yield page
    page.clear()
    owner.end_session(REASON_QUIT, blocking=True)


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 1) -> None:
    model = view.model()
    rect = view.visualRect(model.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_texts(view: QAbstractItemView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column, QModelIndex()).data() for row in range(model.rowCount())]


def pdf_text(path: Path) -> str:
    """All text of the PDF, NFKC-normalised and without whitespace. A PDF printed through Qt
    maps some kanji back to their Kangxi radical code points (⽇ for 日, the font's choice), which
    NFKC undoes; the saved PDFs need no undoing (docs/accessibility.md §pdf-text-layer)."""
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    return "".join(unicodedata.normalize("NFKC", text).split())
