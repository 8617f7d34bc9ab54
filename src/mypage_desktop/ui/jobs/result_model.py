"""The result table model: an id snapshot plus a bounded page cache (docs/tech-notes.md §million-row-tables).

A search shows its first page at once; the ordered id snapshot (≤ 100,000 ids in an
``array('q')``) then sets the row count, and rows load lazily, ``page_size`` ids at a time,
through ``fetch`` (``job_rows`` off the GUI thread): 「読み込み中…」 until ``dataChanged``.
At most ``max_pages`` pages are held (LRU). Sorting is a new SQL search, never a proxy.

Scrolling stays within a frame (``bench/run scroll``): the page a scroll reaches next loads
from the middle of the page before it (``_prefetch_near``), 400-row pages halve the per-call cost of a fetch (each
``job_rows`` also checks the session), and a delegate's seven questions per cell are answered
in one ``multiData`` call."""

from __future__ import annotations

import asyncio
import dataclasses
from array import array
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor

from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid
from mypage_desktop.domain.job_dto import JobIdSnapshot, JobPage, JobSummary
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.jobs.page_cache import PageCache
from mypage_desktop.ui.jobs.texts import LOADING, occupation_text, online_text
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.table_model import ColumnTableModel, Index
from mypage_desktop.ui.widgets.texts import place, short_date

Fetch = Callable[[list[int]], Awaitable[list[JobSummary]]]
Spawn = Callable[[Coroutine[Any, Any, None]], asyncio.Task[Any]]

JOB_ID_ROLE = Qt.ItemDataRole.UserRole + 1     # int, known for every row (from the snapshot)
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2    # JobSummary, or None while loading
LOADED_ROLE = Qt.ItemDataRole.UserRole + 3     # bool
UNAVAILABLE_ROW = N_("この求人は表示できません")
FAILED_ROW = N_("読み込めませんでした")
# The roles that show a row, so asking for them loads its page (tooltips and styling do not).
_REQUESTING = frozenset((Qt.ItemDataRole.DisplayRole, SUMMARY_ROLE, LOADED_ROLE))
# Roles a delegate asks for that no cell of this table answers (no icons, check boxes, own
# backgrounds or bold text): skipped without a lookup.
_NEVER = frozenset((Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole,
                    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole))


class Columns(IntEnum):
    JOB_NUMBER = 0
    OCCUPATION = 1
    COMPANY = 2
    PLACE = 3
    WAGE = 4
    RECEIVED = 5
    ONLINE = 6
    KEPT = 7


HEADERS = {
    Columns.JOB_NUMBER: N_("求人番号"), Columns.OCCUPATION: N_("職種"), Columns.COMPANY: N_("事業所名"),
    Columns.PLACE: N_("就業場所"), Columns.WAGE: N_("賃金"), Columns.RECEIVED: N_("受付日"),
    Columns.ONLINE: N_("オンライン応募"), Columns.KEPT: N_("キープ"),
}


def cell_text(job: JobSummary, column: int) -> str:
    match column:
        case Columns.JOB_NUMBER:
            return job.job_number
        case Columns.OCCUPATION:
            return occupation_text(job)
        case Columns.COMPANY:
            return job.company_name
        case Columns.PLACE:
            return place(job.prefecture, job.municipality)
        case Columns.WAGE:
            return job.wage
        case Columns.RECEIVED:
            return short_date(job.received_on)
        case Columns.ONLINE:
            return online_text(job.online_application)
        case _:
            return "★" if job.kept else ""


class JobResultModel(ColumnTableModel[JobSummary]):
    """Rows of one search, loaded lazily by pages of ids.

    Signals:
        page_loaded(int): a page of rows arrived (its number).
        load_failed(): a page could not be loaded (the service is unavailable).
    """

    page_loaded = Signal(int)
    load_failed = Signal()
    COLUMNS = Columns
    HEADERS = HEADERS
    ALIGNMENT = {Columns.ONLINE: Qt.AlignmentFlag.AlignCenter, Columns.KEPT: Qt.AlignmentFlag.AlignCenter}

    MAX_IN_FLIGHT = 2
    MAX_PENDING = 8

    def __init__(self, fetch: Fetch, spawn: Spawn, parent: Any = None, *,
                 page_size: int = 400, max_pages: int = 20) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._spawn = spawn
        self.page_size = page_size
        self._cache: PageCache[JobSummary | None] = PageCache(max_pages)
        self._preview: list[JobSummary] = []
        self._ids: array[int] | None = None
        self._generation = 0
        self._in_flight: dict[int, asyncio.Task[Any]] = {}
        self._pending: OrderedDict[int, None] = OrderedDict()
        self._failed: set[int] = set()
        self._touched = -1  # the half page the view last asked rows of (see _prefetch_near)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._on_flush_timer_timeout)

    # -- feeding ----------------------------------------------------------------------
    def show_first_page(self, page: JobPage) -> None:
        """A new search: its first rows at once, before the snapshot is known."""
        self._reset(list(page.rows), None)

    def set_snapshot(self, snapshot: JobIdSnapshot) -> None:
        ids = array("q", snapshot.ids)
        shown = len(self._preview)
        same_start = self._ids is None and ids[:shown].tolist() == [r.job_id for r in self._preview]
        if not same_start or len(ids) < shown:
            self._reset(self._preview, ids)
            return
        if len(ids) == shown:
            self._ids = ids
            return
        self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
        self._ids = ids
        self.endInsertRows()

    def clear(self) -> None:
        self._reset([], None)

    def _reset(self, preview: list[JobSummary], ids: array[int] | None) -> None:
        self.beginResetModel()
        self._generation += 1
        for task in self._in_flight.values():
            task.cancel()
        self._in_flight.clear()
        self._pending.clear()
        self._failed.clear()
        self._touched = -1
        self._cache.clear()
        self._preview = preview
        self._ids = ids
        self.endResetModel()

    # -- reading ----------------------------------------------------------------------
    @property
    def max_pages(self) -> int:
        return self._cache.max_pages

    @max_pages.setter
    def max_pages(self, pages: int) -> None:
        """The cache bound; set it before a search (the cached pages are dropped)."""
        self._cache = PageCache(pages)

    @property
    def max_cached_rows(self) -> int:
        return self._cache.max_pages * self.page_size

    def cached_row_count(self) -> int:
        return self._cache.row_count()

    def cached_pages(self) -> list[int]:
        return self._cache.pages()

    @property
    def loading(self) -> bool:
        """Whether pages are being fetched or wait to be."""
        return bool(self._in_flight or self._pending)

    @property
    def has_snapshot(self) -> bool:
        return self._ids is not None

    def job_id(self, row: int) -> int | None:
        if self._ids is not None:
            return int(self._ids[row]) if 0 <= row < len(self._ids) else None
        return self._preview[row].job_id if 0 <= row < len(self._preview) else None

    def _row(self, row: int, *, request: bool) -> JobSummary | None:
        if self._ids is None:
            return self._preview[row] if 0 <= row < len(self._preview) else None
        page = row // self.page_size
        if request and (half := 2 * row // self.page_size) != self._touched:
            self._touched = half
            self._prefetch_near(row)
        rows = self._cache.get(page)
        if rows is not None:
            return rows[row - page * self.page_size]
        if row < len(self._preview) and self._preview[row].job_id == self._ids[row]:
            return self._preview[row]
        if request and page not in self._failed:
            self._want(page)
        return None

    # -- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._ids) if self._ids is not None else len(self._preview)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        return self._value(row, index.column(), role, self._row(row, request=role in _REQUESTING))

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N803 (Qt's name)
        """Every role a delegate asks for one cell (seven per cell and paint) in one call:
        the row is looked up once, and Python is entered once per cell instead of per role.
        Every entry is written, an unanswered role cleared: a delegate reuses its entries from
        cell to cell, so one left alone would keep the previous cell's value."""
        wanted = [(role_data, role_data.role()) for role_data in roleDataSpan]
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            for role_data, _role in wanted:
                role_data.clearData()
            return
        row, column = index.row(), index.column()
        job = self._row(row, request=any(role in _REQUESTING for _, role in wanted))
        for role_data, role in wanted:
            value = None if role in _NEVER else self._value(row, column, role, job)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, row: int, column: int, role: int, job: JobSummary | None) -> Any:
        if role == JOB_ID_ROLE:
            return self.job_id(row)
        if role == LOADED_ROLE:
            return job is not None
        if role == SUMMARY_ROLE:
            return job
        if job is None:
            return self._placeholder(row, column, role)
        return self.cell_data(job, column, role)

    def row_at(self, row: int) -> JobSummary | None:
        return self._row(row, request=False)

    def display(self, item: JobSummary, column: Columns) -> str:
        return cell_text(item, column)

    def colour(self, item: JobSummary, column: Columns) -> QColor | None:
        return QColor(style.colours().muted_text) if item.closed else None

    def _placeholder(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(style.colours().muted_text))
        if role != Qt.ItemDataRole.DisplayRole or column != Columns.OCCUPATION:
            return None
        if (row // self.page_size) in self._failed:
            return t(FAILED_ROW)
        known = self._ids is None or (row // self.page_size) in self._cache
        return t(UNAVAILABLE_ROW) if known else t(LOADING)

    def set_kept(self, job_id: int, kept: bool) -> None:
        """The キープ star of one job (changed on its 求人票)."""
        lists: list[tuple[int, list[Any]]] = [(0, self._preview)]
        lists += [(page * self.page_size, self._cache.peek(page) or []) for page in self._cache.pages()]
        for first, rows in lists:
            for offset, job in enumerate(rows):
                if job is not None and job.job_id == job_id:
                    rows[offset] = dataclasses.replace(job, kept=kept)
                    cell = self.index(first + offset, Columns.KEPT)
                    self.dataChanged.emit(cell, cell)

    # -- lazy loading -----------------------------------------------------------------
    def _prefetch_near(self, row: int) -> None:
        """A row the view shows: the page a scroll reaches next loads before it does (from the
        lower half of a page the next one, from the upper half the one before), and the rest
        of the row's own page (the first page's rows cover only its start). Nothing more: a
        search does not fetch pages nobody scrolls to (and the fetch threads would compete
        with the screen for the GIL). The row's page is wished last, so it loads first."""
        assert self._ids is not None
        if self._cache.max_pages < 3:
            return  # too small a cache: a neighbour could evict the page on the screen
        page, offset = divmod(row, self.page_size)
        last = (len(self._ids) - 1) // self.page_size
        preview_is_page_0 = len(self._preview) >= min(len(self._ids), self.page_size)
        for wanted in (page + 1 if 2 * offset >= self.page_size else page - 1, page):
            if (0 <= wanted <= last and wanted not in self._cache and wanted not in self._failed
                    and not (wanted == 0 and preview_is_page_0)):
                self._want(wanted)

    def _want(self, page: int) -> None:
        if page in self._in_flight:
            return
        self._pending[page] = None
        self._pending.move_to_end(page)
        while len(self._pending) > self.MAX_PENDING:  # scrolled past: forget the oldest wishes
            self._pending.popitem(last=False)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    @Slot()
    def _on_flush_timer_timeout(self) -> None:
        ids = self._ids
        while ids is not None and self._pending and len(self._in_flight) < self.MAX_IN_FLIGHT:
            page, _ = self._pending.popitem(last=True)  # the newest wish first
            if page in self._cache:
                continue
            start = page * self.page_size
            page_ids = ids[start:start + self.page_size].tolist()
            self._in_flight[page] = self._spawn(self._load(self._generation, page, page_ids))

    async def _load(self, generation: int, page: int, page_ids: list[int]) -> None:
        try:
            found = await self._fetch(page_ids)
        except (ServiceUnavailable, SessionInvalid):
            if generation == self._generation:
                self._in_flight.pop(page, None)
                self._failed.add(page)
                self._emit_page_changed(page, len(page_ids))
                self.load_failed.emit()
            return
        except asyncio.CancelledError:
            if generation == self._generation:
                self._in_flight.pop(page, None)
            raise
        if generation != self._generation:
            return  # a newer search replaced the rows
        self._in_flight.pop(page, None)
        by_id = {job.job_id: job for job in found}
        self._cache.put(page, [by_id.get(job_id) for job_id in page_ids])
        if page == 0:
            self._preview = []  # the cached page now serves those rows
        self._emit_page_changed(page, len(page_ids))
        self.page_loaded.emit(page)
        if self._pending:
            self._flush_timer.start()

    def _emit_page_changed(self, page: int, count: int) -> None:
        first = page * self.page_size
        last = min(first + count, self.rowCount()) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Columns) - 1))
