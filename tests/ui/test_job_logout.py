"""Logging out clears every job page, model, cache, field, dialog and the open 求人票
(docs/security.md S5), and the copied 求人番号 leaves the clipboard (S6)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from test_job_support import (  # noqa: F401 (job_window_fixture: a fixture)
    WAIT_MS,
    click,
    double_click_row,
    job_window_fixture,
    search_words,
    type_text,
)

from mypage_desktop.domain.jobs import JobConditions
from mypage_desktop.ui.shell.main_window import Page


def test_logout_clears_the_job_pages(qtbot, job_window) -> None:
    jobs = job_window.jobs
    page = search_words(qtbot, job_window, "事務")
    with qtbot.waitSignal(jobs.detail.job_shown, timeout=WAIT_MS):
        double_click_row(qtbot, page.table, 0)
    with qtbot.waitSignal(jobs.detail.kept_changed, timeout=WAIT_MS):
        click(qtbot, jobs.detail.keep_button)
    click(qtbot, jobs.detail.copy_button)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "06010-00000001"
    assert clipboard.mimeData().hasFormat('application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"')
    click(qtbot, jobs.detail.back_button)
    with qtbot.waitSignal(page.search_saved, timeout=WAIT_MS):
        click(qtbot, page.save_button)
        click(qtbot, page.saver.dialog.ok_button)
    click(qtbot, page.form.categories["一般"])  # typed, not searched
    type_text(qtbot, page.form.job_number, "06010")
    page.form.areas.prefecture.setCurrentIndex(page.form.areas.prefecture.findData("山形県"))
    click(qtbot, page.form.areas.add_button)
    with qtbot.waitSignal(jobs.detail.job_shown, timeout=WAIT_MS):
        double_click_row(qtbot, page.table, 0)  # a 求人票 stays open
    job_window.select_page(Page.SEARCH)
    click(qtbot, page.save_button)  # a dialog stays open
    with qtbot.waitSignal(jobs.kept.refreshed, timeout=WAIT_MS):
        job_window.select_page(Page.KEPT)
    with qtbot.waitSignal(jobs.saved.refreshed, timeout=WAIT_MS):
        job_window.select_page(Page.SAVED)
    click(qtbot, jobs.saved.rename_button)
    assert jobs.saved.dialog is not None and jobs.saved.dialog.isVisible()
    assert page.saver.dialog is not None
    assert page.model.rowCount() and jobs.kept.model.rowCount() and jobs.saved.model.rowCount()

    owner = job_window.test_owner
    with qtbot.waitSignal(owner.session_revoked, timeout=WAIT_MS):
        click(qtbot, job_window.logout_button)
        assert not job_window.isVisible()
    assert page.model.rowCount() == 0 and page.model.cached_row_count() == 0 and not page.model.has_snapshot
    assert page.form.conditions() == JobConditions()
    assert page.form.areas.list.count() == 0 and page.form.occupation_group.count() == 1
    assert page.form.areas.municipality.count() == 1
    assert page.count_label.text() == "" and page.info.text() == ""
    assert jobs.kept.model.rowCount() == 0 and jobs.saved.model.rowCount() == 0
    assert jobs.saved.dialog is None and page.saver.dialog is None
    assert jobs.detail.job is None
    assert all(label.text() == "" for label in jobs.detail.sheet.values.values())
    assert clipboard.text() == ""
