"""Widths taken from the text a box must hold, and heights from the lines it shows, in the font
in use, and taken again when 文字の大きさ changes while the window is open (docs/accessibility.md
§contrast, "Reflow"): a width computed once at creation would cut 「0000」 after a change to
200 %, a height of five lines would show two and a half. Sized again by ``style.restyle_all``,
which every display change runs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mypage_desktop.ui.widgets import style

__all__ = ["height_for_lines", "width_for_text"]

WIDTH_ATTR = "_mypage_text_width"  # (sample, padding, minimum, fixed)
HEIGHT_ATTR = "_mypage_text_height"  # (lines, padding, maximum_lines, fixed)


def width_for_text(widget: QWidget, sample: str, padding: int, *, minimum: int = 0, fixed: bool = True) -> None:
    """Sets ``widget``'s width (``fixed``) or minimum width to ``sample``'s advance in its
    font plus ``padding``, at least ``minimum`` pixels, now and after every display change."""
    spec = (sample, padding, minimum, fixed)
    setattr(widget, WIDTH_ATTR, spec)
    _fit_width(widget, spec)


def height_for_lines(widget: QWidget, lines: int, padding: int, *, maximum_lines: int = 0,
                     fixed: bool = False) -> None:
    """Sets ``widget``'s minimum height (or its height, ``fixed``) to ``lines`` lines of its font
    plus ``padding``, and with ``maximum_lines`` its maximum height; now and after every
    display change."""
    spec = (lines, padding, maximum_lines, fixed)
    setattr(widget, HEIGHT_ATTR, spec)
    _fit_height(widget, spec)


def _fit_width(widget: QWidget, spec: tuple[str, int, int, bool]) -> None:
    sample, padding, minimum, fixed = spec
    width = max(minimum, widget.fontMetrics().horizontalAdvance(sample) + padding)
    if fixed:
        widget.setFixedWidth(width)
    else:
        widget.setMinimumWidth(width)


def _fit_height(widget: QWidget, spec: tuple[int, int, int, bool]) -> None:
    lines, padding, maximum_lines, fixed = spec
    spacing = widget.fontMetrics().lineSpacing()
    if fixed:
        widget.setFixedHeight(spacing * lines + padding)
        return
    widget.setMinimumHeight(spacing * lines + padding)
    if maximum_lines:
        widget.setMaximumHeight(spacing * maximum_lines + padding)


style.refit_on_display_change(WIDTH_ATTR, _fit_width)
style.refit_on_display_change(HEIGHT_ATTR, _fit_height)
