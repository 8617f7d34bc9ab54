"""Does every control's text fit it, and is every target big enough? (issue 15, large text)

For a shown window: a visible label, button, check box or radio button whose text needs more
room than its rectangle (``sizeHint`` wider, or for a wrapping label ``heightForWidth`` taller,
than its geometry); a control cut off by the window's edge or by an ancestor that is not a
scroll area; two visible controls of one parent that overlap; a control a pointer targets
(button, check box, combo box, text box) smaller than 24×24 pixels. A control inside a scroll
area is only checked against its own size (the area scrolls to it), and, where the area does not
scroll sideways, against its width: a control cut off at the side is out of reach. A text drawn
smaller than SMALLEST_SHARE of the application's font did not follow the chosen 文字の大きさ (a
size written into a stylesheet or set once on the widget)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from mypage_desktop.ui.widgets.wrap_button import WrapButton, WrapCheckBox

MIN_TARGET = 24
TOLERANCE = 2  # pixels of rounding
SMALLEST_SHARE = 0.8  # of the application's font; the app draws no text smaller than that font


@dataclass
class FitAudit:
    title: str
    checked: int = 0
    findings: list[str] = field(default_factory=list)

    def add(self, widget: QWidget, what: str) -> None:
        text = getattr(widget, "text", lambda: "")()
        name = widget.objectName() or type(widget).__name__
        self.findings.append(f"{self.title}: {name} 「{str(text)[:24]}」 {what}")


def _describe(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()}"


def _scroll_area(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _cut_sideways(widget: QWidget, area: QAbstractScrollArea, audit: FitAudit) -> None:
    """In an area without a horizontal scroll bar, the part left or right of its viewport
    cannot be scrolled to."""
    if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return
    viewport = area.viewport()
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    shown = min(left + widget.width(), viewport.width()) - max(left, 0)
    if shown < widget.width() - TOLERANCE:
        audit.add(widget, f"is cut off at the side of its scroll area: {max(shown, 0)} of {widget.width()} px wide"
                          " visible")


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """``widget``'s rectangle in window coordinates, cut by every ancestor up to ``window``."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        if parent is window:
            break
        parent = parent.parentWidget()
    return rect


def _text_fits(widget: QWidget, audit: FitAudit) -> None:
    size = widget.size()
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return
        if widget.wordWrap():
            needed = widget.heightForWidth(size.width())
            if needed > size.height() + TOLERANCE:
                audit.add(widget, f"needs {needed} px of height, has {size.height()}")
        elif widget.minimumSizeHint().width() > size.width() + TOLERANCE:
            audit.add(widget, f"needs {widget.minimumSizeHint().width()} px of width, has {size.width()}")
    elif isinstance(widget, WrapButton | WrapCheckBox) and widget.text():
        # its text wraps: it fits when the button is as wide as its widest word and as tall
        # as the wrapped lines
        narrowest, needed = widget.minimumSizeHint().width(), widget.heightForWidth(size.width())
        if narrowest > size.width() + TOLERANCE or needed > size.height() + TOLERANCE:
            audit.add(widget, f"needs {narrowest} px of width and {needed} of height, has {_describe(widget.rect())}")
    elif isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
        # the full width the style asks for; in height the text line (the style's extra
        # margins around it may shrink a little without hiding any of the text)
        hint = widget.sizeHint()
        line = widget.fontMetrics().height() * widget.text().count("\n") + widget.fontMetrics().height()
        needed_height = min(hint.height(), line + 2)
        if hint.width() > size.width() + TOLERANCE or needed_height > size.height():
            audit.add(widget, f"needs {hint.width()}×{needed_height} px, has {_describe(widget.rect())}")


def _text_size(widget: QWidget, audit: FitAudit) -> None:
    if not getattr(widget, "text", lambda: "")():
        return
    chosen = QApplication.font().pointSizeF()
    size = widget.font().pointSizeF()
    if 0 < size < chosen * SMALLEST_SHARE:
        audit.add(widget, f"text at {size:g} pt, under {SMALLEST_SHARE:.0%} of the chosen {chosen:g} pt")


def _target(widget: QWidget, audit: FitAudit) -> None:
    if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
        return
    if isinstance(widget, QPushButton) and widget.isFlat() and not widget.text():
        return
    size = widget.size()
    if size.width() < MIN_TARGET or size.height() < MIN_TARGET:
        audit.add(widget, f"target {_describe(widget.rect())} is smaller than {MIN_TARGET}×{MIN_TARGET}")


_CHECKED = (QLabel, QAbstractButton, QComboBox, QLineEdit)


def audit_fit(window: QWidget, title: str = "") -> FitAudit:
    audit = FitAudit(title or window.windowTitle() or type(window).__name__)
    controls = [w for w in window.findChildren(QWidget) if isinstance(w, _CHECKED) and w.isVisibleTo(window)
                and w.window() is window and w.parentWidget() is not None
                and type(w.parentWidget()).__name__ not in ("QComboBox", "QAbstractSpinBox", "QSpinBox")]
    by_parent: dict[int, list[QWidget]] = {}
    for widget in controls:
        audit.checked += 1
        _text_fits(widget, audit)
        _text_size(widget, audit)
        _target(widget, audit)
        area = _scroll_area(widget, window)
        if area is not None:
            _cut_sideways(widget, area, audit)
        else:
            shown = _visible_rect(widget, window)
            if shown.size() != widget.size():
                audit.add(widget, f"is cut off: {_describe(shown)} of {_describe(widget.rect())} visible")
        parent = widget.parentWidget()
        by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1:]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > TOLERANCE and overlap.height() > TOLERANCE:
                    audit.add(first, f"overlaps {second.objectName() or type(second).__name__}"
                                     f" 「{getattr(second, 'text', lambda: '')()[:16]}」 by {_describe(overlap)}")
        _covered(siblings, window, audit)
    return audit


def _covered(controls: list[QWidget], window: QWidget, audit: FitAudit) -> None:
    """A control under a later sibling that is not a control (a scroll area, a panel): drawn
    over, it is hidden however well its text fits."""
    parent = controls[0].parentWidget()
    if parent is None:
        return
    children = [c for c in parent.children() if isinstance(c, QWidget) and c.isVisibleTo(window) and not c.isWindow()]
    for control in controls:
        later = children[children.index(control) + 1:] if control in children else []
        for other in later:
            if isinstance(other, _CHECKED):
                continue
            overlap = control.geometry().intersected(other.geometry())
            if overlap.width() > TOLERANCE and overlap.height() > TOLERANCE:
                name = other.objectName() or type(other).__name__
                audit.add(control, f"is covered by {name} by {_describe(overlap)}")
