"""What a keyboard and screen-reader user meets on one window: the focus chain and the
accessibility tree (docs/accessibility.md).

:func:`audit_window` walks ``QWidget.nextInFocusChain`` from the window over the widgets that
take Tab focus and are visible and enabled, asks each one's ``QAccessibleInterface`` for its
name and role, and compares the Tab order with the reading order.

Reading order (the rule the Tab order must follow): a control's place is the top-left corner
of its rectangle in window coordinates. Two controls are on the same row when their tops differ
by at most :data:`ROW_TOLERANCE` pixels, or when one's vertical extent contains the other's
top (a tall control and the small ones beside it); rows are read top to bottom, and within a
row left to right. A Tab step is out of order when the next control lies on an earlier row, or
on the same row more than the tolerance further left. A control inside a scroll area is
compared only with controls inside the same scroll area (its position scrolls). Tab wraps
around, so the chain is a cycle: the one step onto the first control in reading order (topmost,
then leftmost) is the wrap and not a violation; every other backward step is. An item view
(table, list) whose Tab key moves from cell to cell (``tabKeyNavigation``) is a Tab trap.

A form laid out in columns, read column by column, says so with the dynamic property
``readingColumns`` (its column layouts or child widgets, left to right): between two of its controls in different
columns the step must go to a later column; within one column the row rule applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget

ROW_TOLERANCE = 8  # pixels: tops closer than this are one row
TAB_FOCUS = Qt.FocusPolicy.TabFocus


@dataclass(frozen=True)
class Control:
    """One Tab stop, described while its widget lives (windows are gone when the test reports)."""

    kind: str  # the widget's class and object name
    name: str
    role: QAccessible.Role
    rect: QRect  # in window coordinates

    def describe(self) -> str:
        return f"{self.kind}「{self.name or '(名前なし)'}」@({self.rect.x()},{self.rect.y()})"


@dataclass
class Audit:
    title: str
    controls: list[Control] = field(default_factory=list)
    unnamed: list[Control] = field(default_factory=list)
    order_violations: list[tuple[Control, Control]] = field(default_factory=list)
    tab_traps: list[Control] = field(default_factory=list)  # item views that keep Tab inside

    def problems(self) -> list[str]:
        out = [f"{self.title}: 名前かロールのないフォーカス可能な部品 {c.describe()}" for c in self.unnamed]
        out += [f"{self.title}: Tab順が読む順と逆 {a.describe()} → {b.describe()}"
                for a, b in self.order_violations]
        out += [f"{self.title}: Tabで抜けられない表 {c.describe()}" for c in self.tab_traps]
        return out


def takes_tab_focus(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and (widget.focusPolicy() & TAB_FOCUS) == TAB_FOCUS and widget.focusProxy() is None)


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in Tab order, starting from the window."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if widget.window() is window and takes_tab_focus(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def accessible_name(widget: QWidget) -> tuple[str, QAccessible.Role]:
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return "", QAccessible.Role.NoRole
    return iface.text(QAccessible.Text.Name).strip(), iface.role()


def _scroll_owner(widget: QWidget, window: QWidget) -> QWidget | None:
    """The innermost scroll area (or item view) that ``widget`` lies in, if any."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _column(widget: QWidget, window: QWidget) -> tuple[int, int] | None:
    """(id of the column form, column index) when ``widget`` lies in a ``readingColumns`` form."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        columns = parent.property("readingColumns")
        if columns:
            centre = widget.mapTo(parent, widget.rect().center())
            for index, column in enumerate(columns):
                if column.geometry().contains(centre):
                    return id(parent), index
            return None
        parent = parent.parentWidget()
    return None


def reads_before(a: QRect, b: QRect) -> bool:
    """True when ``b`` comes before ``a`` in reading order (so ``a`` → ``b`` is out of order)."""
    same_row = (abs(a.top() - b.top()) <= ROW_TOLERANCE
                or a.top() <= b.top() <= a.bottom() or b.top() <= a.top() <= b.bottom())
    if same_row:
        return b.left() < a.left() - ROW_TOLERANCE
    return b.top() < a.top()


def audit_window(window: QWidget, title: str = "") -> Audit:
    audit = Audit(title or window.windowTitle() or type(window).__name__)
    chain = focus_chain(window)
    for widget in chain:
        name, role = accessible_name(widget)
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        kind = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        control = Control(kind, name, role, rect)
        audit.controls.append(control)
        if not name or role == QAccessible.Role.NoRole:
            audit.unnamed.append(control)
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            audit.tab_traps.append(control)  # Tab would walk cell by cell instead of leaving
    # Tab wraps from the last control to the first, so the chain is a cycle: in reading order
    # it has exactly one backward step, the one onto the first control in reading order. Only
    # controls outside scroll areas can be that one: a scrolled control's place moves with it.
    fixed = [i for i in range(len(chain)) if _scroll_owner(chain[i], window) is None] or list(range(len(chain)))
    first = fixed[0]
    for i in fixed[1:]:
        if reads_before(audit.controls[first].rect, audit.controls[i].rect):
            first = i
    for i in range(len(chain)):
        j = (i + 1) % len(chain)
        if j == first or _scroll_owner(chain[i], window) is not _scroll_owner(chain[j], window):
            continue  # the wrap; or one inside a scrolled area, one not: not comparable
        here, there = _column(chain[i], window), _column(chain[j], window)
        if here is not None and there is not None and here[0] == there[0] and here[1] != there[1]:
            if there[1] < here[1]:
                audit.order_violations.append((audit.controls[i], audit.controls[j]))
            continue
        if reads_before(audit.controls[i].rect, audit.controls[j].rect):
            audit.order_violations.append((audit.controls[i], audit.controls[j]))
    return audit
