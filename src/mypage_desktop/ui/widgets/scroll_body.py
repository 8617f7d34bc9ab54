"""A body that scrolls vertically when its window is lower than its content (large text on a
1366×768 screen, issue 15, docs/accessibility.md): wrapped texts keep the height they need
instead of being squeezed, and nothing scrolls sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QVBoxLayout, QWidget


class BodyScroll(QScrollArea):
    """Never narrower than its body needs beside a vertical scroll bar (it does not scroll
    sideways); as wide and high as the body would like to be."""

    def _extra(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        return QSize(max(hint.width(), body.minimumSizeHint().width() + self._extra()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        body = self.widget()
        if body is None:
            return super().sizeHint()
        hint = body.sizeHint().expandedTo(body.minimumSizeHint())
        return QSize(hint.width() + self._extra(), hint.height() + 2 * self.frameWidth())


class _MinimumBody(QWidget):
    """A body whose height for a width is its layout's *minimum* there. ``QScrollArea``
    makes a body with height-for-width at least ``heightForWidth`` high, the preferred
    height: a page of splitter panes would scroll by the panes' preferred sizes (7 px at 100 %
    on 1280×720) where their minimums fit."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        layout = self.layout()
        return layout.totalMinimumHeightForWidth(width) if layout is not None else super().heightForWidth(width)


def scrolling_body(parent: QWidget, *, body: QWidget | None = None) -> tuple[QScrollArea, QVBoxLayout]:
    """The scroll area (for the caller's layout) and the body's layout: widgets added to it
    move onto the body. The area takes no focus; Tab goes through the body's controls."""
    body = QWidget(parent) if body is None else body
    body.setObjectName("scrollBody")
    scroll = BodyScroll(parent)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout = QVBoxLayout(body)
    scroll.setWidget(body)
    return scroll, layout


def scrolling_page(page: QWidget) -> QVBoxLayout:
    """The layout for everything ``page`` shows, in a body that scrolls vertically when the
    page is lower than its content can be squeezed to (200 % text on a 1280×720 screen): the
    panes of a splitter and the rows above it keep their minimum heights instead of being
    drawn over each other. Where the page is high enough, nothing scrolls and the body fills it."""
    scroll, layout = scrolling_body(page, body=_MinimumBody(page))
    layout.setContentsMargins(0, 0, 0, 0)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return layout
