"""While 求職状態 is 無効, 求人情報検索 explains why it does nothing and keeps the conditions;
switching back to 有効 on 求職者情報・設定 makes it work again (docs/product-rules.md §seeker-status, issue #5). The
switch reaches the other pages through the main window (``registration_changed``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_job_support import (  # noqa: F401 (job_window_fixture: a fixture)
    WAIT_MS,
    click,
    job_window_fixture,
    search_page,
    type_text,
)

from mypage_desktop.ui.mypage.registration_page import RegistrationPage
from mypage_desktop.ui.shell.main_window import MainWindow, Page

BANNER = "求職状態が無効のため、求人情報検索はご利用いただけません。"


def switch_status(qtbot: Any, window: MainWindow, yes_text: str) -> None:
    """On 求職者情報・設定: the switch, its confirmation, and the broadcast to every page."""
    window.select_page(Page.PROFILE)
    page = window.page(Page.PROFILE)
    assert isinstance(page, RegistrationPage)
    button = page.switch.switch_button
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=WAIT_MS)
    page.scroll_area.ensureWidgetVisible(page.switch.switch_button)  # the seeker scrolls down to it
    click(qtbot, page.switch.switch_button)
    box = page.switch.confirm
    assert isinstance(box, QMessageBox)
    with qtbot.waitSignal(page.registration_changed, timeout=WAIT_MS):
        click(qtbot, next(b for b in box.buttons() if b.text() == yes_text))


def search_calls(window: MainWindow) -> int:
    return sum(name in ("search_jobs", "search_job_ids") for name in window.test_facade.names())  # type: ignore[attr-defined]


def test_search_is_refused_with_an_explanation_while_inactive_and_works_again(qtbot, job_window) -> None:
    page = search_page(job_window)
    assert not page.inactive_banner.isVisible()
    switch_status(qtbot, job_window, "「無効」にする")
    assert job_window.registration is not None and job_window.registration.status == "無効"
    assert job_window.home.validity.look == "inactive"  # ホーム learnt it, too

    page = search_page(job_window)
    assert page.inactive_banner.isVisible() and page.inactive_banner.text().startswith(BANNER)
    type_text(qtbot, page.form.free_words, "介護")
    before = search_calls(job_window)
    click(qtbot, page.form.search_button)
    qtbot.keyClick(page.form.free_words, Qt.Key.Key_Return)
    qtbot.wait(100)  # nothing is started, so there is nothing to wait for
    assert search_calls(job_window) == before
    assert page.inactive_banner.isVisible()
    assert page.form.free_words.text() == "介護"  # what the seeker typed stays
    assert page.model.rowCount() == 0 and not page.busy

    switch_status(qtbot, job_window, "「有効」に戻す")
    page = search_page(job_window)
    assert not page.inactive_banner.isVisible()
    assert page.form.free_words.text() == "介護"
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, page.form.search_button)
    assert page.count_label.text() == "該当 2 件"
    assert search_calls(job_window) > before


def test_going_inactive_drops_a_search_still_on_its_way(qtbot, job_window) -> None:
    """A search started just before the switch does not fill the table afterwards."""
    qtbot.waitUntil(lambda: job_window.registration is not None, timeout=WAIT_MS)
    info = job_window.registration
    page = search_page(job_window)
    type_text(qtbot, page.form.free_words, "介護")
    click(qtbot, page.form.search_button)
    assert page.busy
    later = info.status_changed_at + timedelta(seconds=1)
    job_window.show_registration(replace(info, status="無効", status_changed_at=later))
    qtbot.waitUntil(lambda: len(job_window.test_owner.tasks) == 0, timeout=WAIT_MS)  # type: ignore[attr-defined]
    assert page.model.rowCount() == 0 and not page.busy_bar.isVisible()
    assert page.inactive_banner.isVisible()
