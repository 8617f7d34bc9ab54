"""A bounded least-recently-used cache of result pages (page number -> rows)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

T = TypeVar("T")


class PageCache(Generic[T]):
    """Holds at most ``max_pages`` pages; reading a page makes it the most recent."""

    def __init__(self, max_pages: int) -> None:
        if max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        self.max_pages = max_pages
        self._pages: OrderedDict[int, list[T]] = OrderedDict()

    def get(self, page: int) -> list[T] | None:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
        return rows

    def peek(self, page: int) -> list[T] | None:
        """Like :meth:`get` without touching the order (for updates in place)."""
        return self._pages.get(page)

    def put(self, page: int, rows: list[T]) -> list[int]:
        """Stores a page; returns the pages evicted to stay within the bound."""
        self._pages[page] = rows
        self._pages.move_to_end(page)
        evicted: list[int] = []
        while len(self._pages) > self.max_pages:
            old, _rows = self._pages.popitem(last=False)
            evicted.append(old)
        return evicted

    def pages(self) -> list[int]:
        return list(self._pages)

    def row_count(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def clear(self) -> None:
        self._pages.clear()

    def __contains__(self, page: int) -> bool:
        return page in self._pages

    def __len__(self) -> int:
        return len(self._pages)
