"""Helpers for the メッセージ and お知らせ tests (no tests here): a seeker with applications,
employer messages and notices made through the staff/employer services, logged in to a shown
main window on the real backend."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from mypage_desktop.ui.session.owner import SessionOwner
from mypage_desktop.ui.session.reasons import REASON_QUIT
from mypage_desktop.ui.shell.main_window import MainWindow
from services.activity_helpers import (
    NO_MYPAGE,
    ONLINE,
    ONLINE_2,
    Seeker,
    add_postings,
    employer,
    jst,
    new_seeker,
    refer,
)

__all__ = ["WAIT_MS", "Activity", "activity_fixture", "click", "click_row", "row_of", "rows"]

EMPLOYER_FIRST = "株式会社さくらの採用担当です。\n書類を拝見しました。"
EMPLOYER_SECOND = "面接の日時をお知らせします。\n<b>12月2日</b> 14時、<a href='x'>本社</a>でいかがでしょうか。"


@dataclass
class Activity:
    window: MainWindow
    owner: SessionOwner
    seeker: Seeker
    jobs: dict[str, int]
    sakura: int  # application with employer messages (求人者マイページ あり)
    no_mypage: int  # application to an employer without 求人者マイページ
    second: int  # another application with a 求人者マイページ, no messages yet


@pytest.fixture(name="activity")
def activity_fixture(qtbot, qloop, backend, ctx, facade, clock) -> Iterator[Activity]:  # type: ignore[no-untyped-def]
    jobs = add_postings(ctx)
    clock.now = jst(2026, 11, 25, 10)
    seeker = new_seeker(ctx, facade, "jiro.shonai@example.jp", date(2026, 11, 18))
    sakura = refer(ctx, seeker, ONLINE.job_number)
    no_mypage = refer(ctx, seeker, NO_MYPAGE.job_number)
    second = refer(ctx, seeker, ONLINE_2.job_number)
    clock.advance(minutes=30)
    report = employer(ctx,
                      {"event_id": "m-1", "type": "message", "application": sakura.referral_number,
                       "body": EMPLOYER_FIRST},
                      {"event_id": "m-2", "type": "message", "application": sakura.referral_number,
                       "body": EMPLOYER_SECOND})
    assert not report.problems, report.problems
    seeker.login(facade)  # a fresh session after the clock moved (S2 idle limit)
    owner = SessionOwner(facade)
    owner.begin(seeker.token, facade.my_profile(seeker.token))
    window = MainWindow(owner, facade, facade.app_info())
    qtbot.addWidget(window)
    window.resize(1200, 820)
    window.show()
    qtbot.waitExposed(window)
    yield Activity(window, owner, seeker, jobs, sakura.application_id, no_mypage.application_id,
                   second.application_id)
    owner.end_session(REASON_QUIT, blocking=True)


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def rows(view: QAbstractItemView, column: int) -> list[str]:
    """The column's texts in the order the user sees them (through the sort proxy)."""
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def row_of(view: QAbstractItemView, item_id: int, id_role: int) -> int:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(id_role) == item_id:
            return row
    raise AssertionError(f"{item_id} is not listed")


def click_row(qtbot: Any, view: QAbstractItemView, row: int, column: int = 1) -> None:
    index: QModelIndex = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
