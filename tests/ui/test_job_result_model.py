"""The lazily paged result model on its own (fake fetch) and in a real view (issue #4)."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest
from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QTableView

from mypage_desktop.domain.errors import ServiceUnavailable
from mypage_desktop.domain.job_dto import JobIdSnapshot, JobPage, JobSummary
from mypage_desktop.domain.jobs import SortOrder
from mypage_desktop.ui.jobs.result_model import JOB_ID_ROLE, LOADED_ROLE, Columns, JobResultModel

WAIT_MS = 5_000


def summary(job_id: int, **changes: object) -> JobSummary:
    values: dict[str, object] = dict(
        job_id=job_id, job_number=f"06010-{job_id:08d}", occupation=f"職種{job_id}", company_name="株式会社テスト",
        category="一般", employment_type="正社員", prefecture="山形県", municipality="山形市", wage="月給 200,000円",
        received_on=date(2026, 11, 20), online_application=True, kept=False, closed=False)
    values.update(changes)
    return JobSummary(**values)  # type: ignore[arg-type]


class FakeRows:
    """``job_rows`` stand-in: records each request; ``hold`` keeps answers back."""

    def __init__(self) -> None:
        self.requests: list[list[int]] = []
        self.hold: asyncio.Event | None = None
        self.missing: set[int] = set()
        self.fail = False

    async def __call__(self, ids: list[int]) -> list[JobSummary]:
        self.requests.append(list(ids))
        if self.hold is not None:
            await self.hold.wait()
        await asyncio.sleep(0)
        if self.fail:
            raise ServiceUnavailable()
        return [summary(i) for i in ids if i not in self.missing]


@pytest.fixture
def fetch() -> FakeRows:
    return FakeRows()


@pytest.fixture
def model(qloop, fetch) -> JobResultModel:  # type: ignore[no-untyped-def]
    return JobResultModel(fetch, asyncio.ensure_future, page_size=50, max_pages=4)


def first_page(n: int, more: bool = True) -> JobPage:
    return JobPage(tuple(summary(i) for i in range(1, n + 1)), more)


def test_first_page_then_snapshot_inserts_rows_without_reset(qtbot, model, fetch) -> None:
    model.show_first_page(first_page(20))
    assert model.rowCount() == 20 and model.index(0, Columns.OCCUPATION).data() == "職種1"
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted) as inserted:
        model.set_snapshot(JobIdSnapshot(tuple(range(1, 1001)), SortOrder.NEWEST))
    assert inserted.args[1:] == [20, 999] and model.rowCount() == 1000
    assert model.index(19, Columns.OCCUPATION).data() == "職種20"  # served by the first page
    assert fetch.requests == []
    assert model.index(999, Columns.OCCUPATION).data() == "読み込み中…"
    assert model.index(999, 0).data(JOB_ID_ROLE) == 1000  # known before the row is loaded
    with qtbot.waitSignal(model.dataChanged, timeout=WAIT_MS) as changed:
        pass
    assert changed.args[0].row() == 950 and changed.args[1].row() == 999
    assert model.index(999, Columns.OCCUPATION).data() == "職種1000"
    assert fetch.requests[0] == list(range(951, 1001))  # the page asked for first
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    # and the rest of the first page (its first 20 rows came with the search); row 999 is in
    # the last page, so there is no page after it to prefetch
    assert sorted(ids[0] for ids in fetch.requests) == [1, 951]


def test_a_changed_start_resets_the_model(qtbot, model) -> None:
    model.show_first_page(first_page(20))
    with qtbot.waitSignal(model.modelReset):
        model.set_snapshot(JobIdSnapshot((5, 4, 3), SortOrder.NEWEST))
    assert model.rowCount() == 3 and model.index(0, 0).data(JOB_ID_ROLE) == 5


def test_the_cache_stays_bounded_while_a_view_scrolls_everything(qtbot, model, fetch) -> None:
    model.show_first_page(first_page(50))
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 2001)), SortOrder.NEWEST))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    bar = view.verticalScrollBar()
    peak = 0
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        qtbot.wait(5)
        peak = max(peak, model.cached_row_count())
    last = model.index(1999, Columns.OCCUPATION)
    qtbot.waitUntil(lambda: last.data(LOADED_ROLE), timeout=WAIT_MS)
    assert last.data() == "職種2000"
    assert peak <= model.max_cached_rows == 200 and len(model.cached_pages()) <= 4
    assert len(fetch.requests) <= 40  # each page at most once while scrolling straight down


def test_answers_for_an_old_search_are_dropped(qtbot, model, fetch) -> None:
    fetch.hold = asyncio.Event()
    model.show_first_page(first_page(10))
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 501)), SortOrder.NEWEST))
    assert model.index(400, Columns.OCCUPATION).data() == "読み込み中…"
    qtbot.waitUntil(lambda: bool(fetch.requests), timeout=WAIT_MS)
    model.show_first_page(JobPage((summary(777),), False))
    fetch.hold.set()
    qtbot.wait(50)
    assert model.rowCount() == 1 and model.index(0, Columns.OCCUPATION).data() == "職種777"
    assert model.cached_row_count() == 0


def test_missing_rows_and_keep_star(qtbot, model, fetch) -> None:
    fetch.missing = {60}
    model.show_first_page(first_page(5))
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 101)), SortOrder.NEWEST))
    model.index(59, Columns.OCCUPATION).data()
    qtbot.waitUntil(lambda: model.index(58, 0).data(LOADED_ROLE), timeout=WAIT_MS)
    assert model.index(59, Columns.OCCUPATION).data() == "この求人は表示できません"
    with qtbot.waitSignal(model.dataChanged):
        model.set_kept(3, True)
    assert model.index(2, Columns.KEPT).data() == "★"


def test_a_page_that_cannot_be_loaded_says_so(qtbot, model, fetch) -> None:
    fetch.fail = True
    model.show_first_page(first_page(5))
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 101)), SortOrder.NEWEST))
    with qtbot.waitSignal(model.load_failed, timeout=WAIT_MS):
        model.index(80, Columns.OCCUPATION).data()
    assert model.index(80, Columns.OCCUPATION).data() == "読み込めませんでした"
    assert len(fetch.requests) == 1  # no retry loop on every paint
    model.index(81, Columns.OCCUPATION).data()
    qtbot.wait(20)
    assert len(fetch.requests) == 1


def test_tooltips_show_markup_literally(model) -> None:
    """docs/security.md I4: Qt would render a tooltip that looks like HTML."""
    model.show_first_page(JobPage((summary(1, company_name="<b>x</b>"),), False))
    assert model.index(0, Columns.COMPANY).data(Qt.ItemDataRole.ToolTipRole) == "<p>&lt;b&gt;x&lt;/b&gt;</p>"


def test_closed_rows_are_marked(model) -> None:
    model.show_first_page(JobPage((summary(1, closed=True),), False))
    assert model.index(0, Columns.OCCUPATION).data() == "【募集終了】職種1"


def test_qtmodeltester(qtmodeltester, qtbot, model) -> None:
    """Checked once; the tester then watches every change: rows inserted by the snapshot,
    pages arriving (dataChanged) and the reset of a new search."""
    model.show_first_page(first_page(50))
    qtmodeltester.check(model, force_py=True)
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 301)), SortOrder.NEWEST))
    assert model.index(299, Columns.OCCUPATION).data() == "読み込み中…"
    qtbot.waitUntil(lambda: model.cached_row_count() > 0, timeout=WAIT_MS)
    model.set_kept(299, True)
    model.clear()
    assert model.rowCount() == 0


def test_a_shown_row_loads_its_page_first_then_the_page_a_scroll_reaches_next(qtbot, model, fetch) -> None:
    model.show_first_page(first_page(10))
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 1001)), SortOrder.NEWEST))
    assert model.index(520, Columns.OCCUPATION).data() == "読み込み中…"  # page 10 of 50-row pages, upper half
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    assert fetch.requests == [list(range(501, 551)), list(range(451, 501))]  # its page, then the one above
    assert model.index(470, Columns.OCCUPATION).data() == "職種471"  # scrolled up: already there,
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    assert fetch.requests[2:] == [list(range(401, 451))]  # and the page above that one loads
    assert model.index(540, Columns.OCCUPATION).data() == "職種541"  # the lower half of page 10:
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    assert fetch.requests[3:] == [list(range(551, 601))]  # the page below loads
    assert model.index(580, Columns.OCCUPATION).data() == "職種581"


def test_a_search_fetches_only_the_rest_of_its_first_page(qtbot, model, fetch) -> None:
    """The top rows on the screen after a search: no page nobody has scrolled to is fetched."""
    model.show_first_page(first_page(10))
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 1001)), SortOrder.NEWEST))
    for row in range(8):
        assert model.index(row, Columns.OCCUPATION).data() == f"職種{row + 1}"
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    assert fetch.requests == [list(range(1, 51))]


def test_scrolling_down_finds_the_next_rows_loaded(qtbot, model, fetch) -> None:
    """A user who reads each screenful never sees 「読み込み中…」: the next page was fetched
    while the one before it was on the screen."""
    model.show_first_page(first_page(50))
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 2001)), SortOrder.NEWEST))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    not_loaded: list[int] = []
    while bar.value() < bar.maximum():
        qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)  # reading this screenful
        bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))  # ScrollPerItem: the top row
        shown = range(bar.value(), min(model.rowCount(), bar.value() + bar.pageStep() + 1))
        not_loaded += [row for row in shown if not model.index(row, 0).data(LOADED_ROLE)]
        view.viewport().repaint()
        peak = model.cached_row_count()
        assert peak <= model.max_cached_rows
    assert not_loaded == []
    assert len(fetch.requests) == 39  # every page once but the first (the search brought it)


def test_no_prefetch_when_the_cache_could_not_keep_the_shown_page(qtbot, qloop, fetch) -> None:
    model = JobResultModel(fetch, asyncio.ensure_future, page_size=50, max_pages=2)
    model.show_first_page(first_page(10))
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 1001)), SortOrder.NEWEST))
    model.index(520, Columns.OCCUPATION).data()
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)
    assert fetch.requests == [list(range(501, 551))]
    assert model.index(520, Columns.OCCUPATION).data() == "職種521"


@pytest.mark.parametrize("role", [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                  Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole,
                                  Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole,
                                  Qt.ItemDataRole.ToolTipRole, JOB_ID_ROLE, LOADED_ROLE])
def test_a_delegate_asking_all_roles_at_once_gets_what_data_answers(qtbot, model, role) -> None:
    """``multiData`` (what a view's delegate calls) and ``data`` agree, for open, closed and
    not yet loaded rows."""
    model.show_first_page(JobPage((summary(1), summary(2, closed=True)), True))
    model.set_snapshot(JobIdSnapshot(tuple(range(1, 301)), SortOrder.NEWEST))
    for row in (0, 1, 250):
        for column in Columns:
            index = model.index(row, column)
            role_data = QModelRoleData(role)
            model.multiData(index, QModelRoleDataSpan(role_data))
            assert role_data.data() == index.data(role), (row, column)
    qtbot.waitUntil(lambda: not model.loading, timeout=WAIT_MS)  # the pages it asked for


def test_a_delegate_reusing_its_entries_gets_no_value_of_the_previous_cell(qtbot, model) -> None:
    """Qt's delegate keeps one set of role entries and asks cell after cell with it: the
    centred キープ column must not leave the next row's 求人番号 centred, nor a closed row its
    grey on an open one."""
    model.show_first_page(JobPage((summary(1, closed=True), summary(2)), False))
    alignment = QModelRoleData(Qt.ItemDataRole.TextAlignmentRole)
    colour = QModelRoleData(Qt.ItemDataRole.ForegroundRole)
    model.multiData(model.index(0, Columns.KEPT), QModelRoleDataSpan(alignment))
    model.multiData(model.index(0, Columns.KEPT), QModelRoleDataSpan(colour))
    assert alignment.data() is not None and colour.data() is not None
    model.multiData(model.index(1, Columns.JOB_NUMBER), QModelRoleDataSpan(alignment))
    model.multiData(model.index(1, Columns.JOB_NUMBER), QModelRoleDataSpan(colour))
    assert alignment.data() is None and colour.data() is None
