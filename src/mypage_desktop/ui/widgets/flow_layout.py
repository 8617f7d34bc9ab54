"""A layout whose items flow onto the next line when the line is full (large text, issue 15,
docs/accessibility.md): a row of buttons or a grid of check boxes that keeps every text whole
in a narrow window or at 文字の大きさ 200 %, where a fixed row or grid cut them.

``columns`` set: a flowing grid of equal columns, as many as fit the widest item (its size
hint asks for ``columns``), sharing the width; otherwise items sit at their own widths, left to
right.
Its height follows its width (``heightForWidth``), so box layouts give it the lines it needs."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, columns: int | None = None, spacing: int = 8,
                 fill: bool = False) -> None:
        """``fill``: in a grid, items as wide as their column (boxes), else at most their own
        width (a check box's empty space would not take a click)."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._columns = columns
        self._fill = fill
        self.setSpacing(spacing)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout ------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """All items on one line (or ``columns`` cells)."""
        items = self._shown()
        if not items:
            return QSize(0, 0)
        per_line = len(items) if self._columns is None else min(self._columns, len(items))
        if self._columns is None:
            width = sum(i.sizeHint().width() for i in items) + self.spacing() * (len(items) - 1)
        else:
            width = self._cell_width(items) * per_line + self.spacing() * (per_line - 1)
        lines = -(-len(items) // per_line)
        height = max(i.sizeHint().height() for i in items) * lines + self.spacing() * (lines - 1)
        return self._grown(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """One item a line: the widest item's minimum width."""
        items = self._shown()
        if not items:
            return QSize(0, 0)
        width = max(item.minimumSize().width() for item in items)
        return self._grown(QSize(width, max(i.minimumSize().height() for i in items)))

    # -- arranging ----------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    @staticmethod
    def _cell_width(items: list[QLayoutItem]) -> int:
        return max(item.sizeHint().expandedTo(item.minimumSize()).width() for item in items)

    def _grown(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return QSize(size.width() + margins.left() + margins.right(), size.height() + margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Places the items (``move``) within ``rect``; returns the height they take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        items = self._shown()
        if not items:
            return 0
        gap = self.spacing()
        cell = 0
        if self._columns is not None:  # a grid: as many equal columns as fit, filling the width
            widest = self._cell_width(items)
            columns = max(1, min(len(items), (area.width() + gap) // (widest + gap)))
            cell = (area.width() - gap * (columns - 1)) // columns
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QRect]] = []

        def place_line() -> None:
            # centred in the line's height: a short label beside a taller button reads as one row
            for placed, box in line:
                placed.setGeometry(box.translated(0, (line_height - box.height()) // 2))

        for item in items:
            hint = item.sizeHint()
            step = max(cell or min(hint.width(), area.width()), item.minimumSize().width())
            width = step if self._fill or not cell else max(min(hint.width(), step), item.minimumSize().width())
            if x > area.x() and x + step > area.x() + area.width():
                if move:
                    place_line()
                line = []
                x, y, line_height = area.x(), y + line_height + gap, 0
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            line.append((item, QRect(QPoint(x, y), QSize(width, height))))
            x += step + gap
            line_height = max(line_height, height)
        if move:
            place_line()
        return y + line_height - rect.y() + margins.bottom()


def flow_row(owner: QWidget | None = None, *, spacing: int | None = None) -> FlowLayout:
    """A flowing row of buttons for a parent layout, spaced as ``owner``'s style spaces a row."""
    gap = spacing
    if gap is None:
        style = owner.style() if owner is not None else None
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style is not None else -1
        gap = gap if gap >= 0 else 6
    return FlowLayout(None, spacing=gap)

