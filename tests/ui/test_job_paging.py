"""Lazy paging on the real backend: 3,000 generated postings, scrolled with the scroll bar
(issue #4; docs/tech-notes.md §million-row-tables)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_job_support import WAIT_MS, click, job_window_fixture, search_page  # noqa: F401 (job_window_fixture: a fixture)

from mypage_desktop.demo.jobs import bulk_load
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.ui.jobs.result_model import LOADED_ROLE, Columns
from services.job_fixtures import TODAY


def test_scrolling_to_the_bottom_loads_lazily_within_the_cache_bound(qtbot, job_window, ctx, clock, facade) -> None:
    bulk_load(ctx.session_factory, 3000, seed=7, today=TODAY, now=clock.now, optimize=False)
    page = search_page(job_window)
    model = page.model
    model.page_size, model.max_pages = 200, 5  # at most 1,000 of the ~2,800 rows
    recorder = job_window.test_facade
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, page.form.search_button)
    expected = facade.search_job_ids(job_window.test_owner._token, JobConditions(), SortOrder.NEWEST)
    assert expected.total > 2500  # a few generated postings are closed or expired
    assert model.rowCount() == expected.total
    assert page.count_label.text() == f"該当 {expected.total:,} 件"
    searches = [name for name in recorder.names() if name.startswith("search")]
    assert searches == ["search_jobs", "search_job_ids"]

    bar = page.table.verticalScrollBar()
    peak = 0
    while bar.value() < bar.maximum():
        bar.setValue(min(bar.maximum(), bar.value() + 4 * bar.pageStep()))
        qtbot.wait(2)
        peak = max(peak, model.cached_row_count())
    last = model.index(model.rowCount() - 1, Columns.JOB_NUMBER)
    qtbot.waitUntil(lambda: last.data(LOADED_ROLE), timeout=WAIT_MS)
    assert last.data() == facade.job_rows(job_window.test_owner._token, [expected.ids[-1]])[0].job_number
    assert peak <= model.max_cached_rows == 1000
    assert model.cached_row_count() <= 1000
    fetched = [args[0] for name, args in recorder.calls if name == "job_rows"]
    assert fetched and all(len(ids) <= model.page_size for ids in fetched)
    # back to the top: the first rows come back (evicted meanwhile, so fetched again)
    bar.setValue(0)
    top = model.index(0, Columns.OCCUPATION)
    qtbot.waitUntil(lambda: top.data(LOADED_ROLE), timeout=WAIT_MS)


def test_the_real_result_model_passes_qtmodeltester(qtbot, job_window, qtmodeltester, ctx, clock) -> None:
    bulk_load(ctx.session_factory, 400, seed=3, today=TODAY, now=clock.now, optimize=False)
    page = search_page(job_window)
    qtmodeltester.check(page.model, force_py=True)
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, page.form.search_button)
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum())
    last = page.model.index(page.model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: last.data(LOADED_ROLE), timeout=WAIT_MS)
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        page.sort_combo.setCurrentIndex(1)


def test_enter_on_a_row_opens_its_job_sheet(qtbot, job_window) -> None:
    page = search_page(job_window)
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, page.form.search_button)
    page.table.setFocus()
    page.table.selectRow(2)
    detail = job_window.jobs.detail
    with qtbot.waitSignal(detail.job_shown, timeout=WAIT_MS):
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert job_window.pages.currentWidget() is detail
    assert detail.sheet.values["job_number"].text() == page.model.index(2, Columns.JOB_NUMBER).data()
    qtbot.keyClick(detail.back_button, Qt.Key.Key_Escape)
    assert job_window.pages.currentWidget() is page
