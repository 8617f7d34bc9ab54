"""Caption/value pairs laid out as a paper form does (several pairs side by side on a line), and
one pair per line when the frame is narrower than that needs: large text or a longer
translation then wraps downwards instead of pushing the page sideways (WCAG 1.4.10 reflow,
docs/accessibility.md).

The frame's minimum width is the one-pair-per-line width, so a layout can make it that narrow;
it switches between the two arrangements as it is resized and when its texts or font change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

Pair = tuple[QLabel, QLabel]


def _min_width(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


class PairGrid(QFrame):
    def __init__(self, parent: QWidget | None = None, *, caption_min_width: int = 0) -> None:
        super().__init__(parent)
        self._lines: list[list[Pair]] = []
        self._caption_min_width = caption_min_width
        self._wide: bool | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(0)

    # -- building ---------------------------------------------------------------------
    def set_lines(self, lines: Sequence[Sequence[Pair]]) -> None:
        """The pairs, line by line as on paper; laid out once (side by side until resized)."""
        self._lines = [list(pairs) for pairs in lines]
        self._wide = None
        self._arrange(self._fits_wide(self.width()) if self.isVisible() else True)

    @property
    def wide(self) -> bool:
        """Whether the pairs stand side by side as on paper (False: one pair per line)."""
        return bool(self._wide)

    def texts_changed(self) -> None:
        """To call after the values' texts change: their widths decide the arrangement."""
        self._arrange(self._fits_wide(self.width()))
        self.updateGeometry()

    # -- sizes ------------------------------------------------------------------------
    def _columns(self) -> int:
        return 2 * max((len(line) for line in self._lines), default=1)

    def wide_min_width(self) -> int:
        columns = [0] * self._columns()
        columns[0] = self._caption_min_width
        spanned: list[tuple[int, int, int]] = []
        for line in self._lines:
            for i, (caption, value) in enumerate(line):
                columns[2 * i] = max(columns[2 * i], _min_width(caption))
                span = self._value_span(line, i)
                if span == 1:
                    columns[2 * i + 1] = max(columns[2 * i + 1], _min_width(value))
                else:
                    spanned.append((2 * i + 1, span, _min_width(value)))
        for start, span, needed in spanned:
            have = sum(columns[start:start + span])
            if needed > have:
                columns[start + span - 1] += needed - have
        return sum(columns) + 2 * self.frameWidth()

    def narrow_min_width(self) -> int:
        caption = max((_min_width(c) for line in self._lines for c, _v in line), default=0)
        value = max((_min_width(v) for line in self._lines for _c, v in line), default=0)
        return max(caption, self._caption_min_width) + value + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.narrow_min_width(), super().minimumSizeHint().height())

    def _fits_wide(self, width: int) -> bool:
        return width >= self.wide_min_width()

    # -- arranging --------------------------------------------------------------------
    def _value_span(self, line: Sequence[Pair], i: int) -> int:
        """The last value of a line takes the rest of it."""
        return self._columns() - 2 * i - 1 if i == len(line) - 1 else 1

    def _arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        grid = self._grid
        while grid.count():
            grid.takeAt(0)
        columns = self._columns()
        row = 0
        for line in self._lines:
            for i, (caption, value) in enumerate(line):
                if wide:
                    grid.addWidget(caption, row, 2 * i)
                    grid.addWidget(value, row, 2 * i + 1, 1, self._value_span(line, i))
                else:
                    grid.addWidget(caption, row, 0)
                    grid.addWidget(value, row, 1, 1, columns - 1)
                    row += 1
            if wide:
                row += 1
        for column in range(columns):
            grid.setColumnStretch(column, column % 2 if wide or column == 1 else 0)
            grid.setColumnMinimumWidth(column, 0)
        grid.setColumnMinimumWidth(0, self._caption_min_width)
        grid.invalidate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(self._fits_wide(event.size().width()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.texts_changed()
