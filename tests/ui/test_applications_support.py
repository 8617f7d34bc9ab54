"""Helpers for the 応募履歴 and オンライン自主応募 tests (no tests here): the demo seeker's
referrals with employer events (書類選考中 → 面接予定), reached through the main window of
``test_job_support`` like a user does."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from helpers import DEMO_EMAIL, WAIT_MS
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select
from test_job_support import click, job_window_fixture  # noqa: F401 (a fixture)

from mypage_desktop.db.account_models import JobSeeker, LoginAccount
from mypage_desktop.db.activity_models import JobApplication
from mypage_desktop.services.activity.employer_events import import_employer_events
from mypage_desktop.services.activity.referrals import issue_referral
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.ui.applications.applications_page import ApplicationsPage
from mypage_desktop.ui.shell.main_window import MainWindow, Page
from services.job_fixtures import posting

NO_MYPAGE = posting(11, occupation="倉庫作業員", company_name="天童倉庫", employer_has_mypage=False)
INTERVIEW_AT = "2026-12-02T14:00:00+09:00"  # FakeClock: 2026-11-25 19:00 JST
PLACE = "本社 2階 応接室"


@dataclass
class Activity:
    interview_id: int  # 紹介, 06010-00000001 株式会社さくら, now 面接予定
    interview_number: str
    interview_job_id: int
    quiet_id: int  # 紹介, 06010-00000011 天童倉庫 (no 求人者マイページ), 応募済


def seeker_number(ctx: Any) -> str:
    with ctx.session_factory() as session:
        return str(session.scalar(select(JobSeeker.seeker_number).join(
            LoginAccount, LoginAccount.seeker_id == JobSeeker.id).where(LoginAccount.email == DEMO_EMAIL)))


def seed_activity(ctx: Any, clock: Any) -> Activity:
    with ctx.session_factory.begin() as session:
        upsert_postings(session, [NO_MYPAGE], clock.now)
    number = seeker_number(ctx)
    # Referred three hours ago (16:00 JST), the employer's news since; the clock comes back to
    # the login's time (moving it forward would end the UI's session).
    logged_in_at = clock.now
    clock.advance(hours=-3)
    first = issue_referral(ctx, seeker_number=number, job_number="06010-00000001", staff_name="佐藤 健")
    quiet = issue_referral(ctx, seeker_number=number, job_number=NO_MYPAGE.job_number, staff_name="佐藤 健")
    clock.now = logged_in_at
    for i, event in enumerate([
        {"status": "書類選考中", "at": "2026-11-25T16:20:00+09:00"},
        {"status": "面接予定", "interview_at": INTERVIEW_AT, "place": PLACE,
         "note": "紹介状と筆記用具をお持ちください。", "at": "2026-11-25T16:40:00+09:00"},
    ]):
        report = import_employer_events(ctx, [{"event_id": f"t-{i}", "type": "status",
                                               "application": first.referral_number, **event}])
        assert not report.problems, report.problems
    with ctx.session_factory() as session:
        app = session.get_one(JobApplication, first.application_id)
        return Activity(first.application_id, app.application_number, app.job_id, quiet.application_id)


@pytest.fixture(name="activity_window")
def activity_window_fixture(job_window: MainWindow, ctx: Any, clock: Any) -> Iterator[tuple[MainWindow, Activity]]:
    yield job_window, seed_activity(ctx, clock)


def open_applications(qtbot: Any, window: MainWindow) -> ApplicationsPage:
    """Clicks 「応募履歴」 in the menu and waits until the list is on the screen."""
    page = window.page(Page.APPLICATIONS)
    assert isinstance(page, ApplicationsPage)
    nav = window.nav
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=nav.visualItemRect(nav.item(Page.APPLICATIONS)).center())
    return page


def cell(page: ApplicationsPage, row: int, column: int) -> str:
    return str(page.proxy.index(row, column).data())


def column_texts(page: ApplicationsPage, column: int) -> list[str]:
    return [cell(page, row, column) for row in range(page.proxy.rowCount())]


def row_of(page: ApplicationsPage, application_id: int) -> int:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 2) == application_id:
            return row
    raise AssertionError(f"application {application_id} is not in the table")


def click_row(qtbot: Any, page: ApplicationsPage, row: int) -> None:
    """Clicks a row and waits until its detail is on the screen."""
    index = page.proxy.index(row, 1)
    page.table.scrollTo(index)
    application_id = index.data(Qt.ItemDataRole.UserRole + 2)
    with qtbot.waitSignal(page.detail_shown, timeout=WAIT_MS,
                          check_params_cb=lambda shown: shown == application_id):
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.table.visualRect(index).center())


def click_header(qtbot: Any, page: ApplicationsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def message_box_button(qtbot: Any, text: str) -> QPushButton:
    """The button ``text`` of the open message box (a confirmation)."""
    def find() -> QPushButton | None:
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QMessageBox) and top.isVisible():
                for button in top.buttons():
                    if button.text() == text:
                        return button  # type: ignore[return-value]
        return None

    qtbot.waitUntil(lambda: find() is not None, timeout=WAIT_MS)
    button = find()
    assert button is not None
    return button


__all__ = ["Activity", "activity_window_fixture", "cell", "click", "click_header", "click_row", "column_texts",
           "job_window_fixture", "message_box_button", "open_applications", "row_of", "seed_activity"]
