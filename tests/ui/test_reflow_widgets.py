"""The reflowing widgets (docs/accessibility.md §wcag, 1.4.10): a button and a check box whose
text wraps, a group box whose title wraps, caption/value pairs that go one per line when narrow,
a flowing row. Each is driven by resizing it, as a window at 200 % text or in a longer language
does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from mypage_desktop.ui.widgets.flow_layout import FlowLayout
from mypage_desktop.ui.widgets.pair_grid import PairGrid
from mypage_desktop.ui.widgets.titled_box import TitledBox
from mypage_desktop.ui.widgets.wrap_button import WrapButton, WrapCheckBox

LONG = "Sumang-ayon sa pagbabahagi ng impormasyon sa paghahanap ng trabaho"


def test_a_wrap_button_grows_taller_instead_of_wider_and_stays_a_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = WrapButton(LONG)
    qtbot.addWidget(button)
    one_line = button.sizeHint()
    assert button.heightForWidth(one_line.width()) == one_line.height()  # room: one line
    narrow = one_line.width() // 3
    assert narrow >= button.minimumSizeHint().width()  # it may be made this narrow …
    assert button.heightForWidth(narrow) >= 2 * button.fontMetrics().height()  # … and wraps
    assert button.minimumSizeHint().width() < one_line.width() // 2
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    button.resize(narrow, button.heightForWidth(narrow))
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked and button.text() == LONG
    assert QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name) == LONG


def test_a_wrap_check_box_wraps_and_its_whole_text_toggles_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    check = WrapCheckBox(LONG)
    qtbot.addWidget(check)
    one_line = check.sizeHint()
    assert check.heightForWidth(one_line.width()) == one_line.height()
    narrow = one_line.width() // 3
    assert check.minimumSizeHint().width() <= narrow
    assert check.heightForWidth(narrow) >= 2 * check.fontMetrics().height()
    check.resize(narrow, check.heightForWidth(narrow))
    check.show()
    qtbot.waitExposed(check)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().bottomRight() - QPoint(4, 4))
    assert check.isChecked()  # the last wrapped line takes the click too
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert not check.isChecked() and check.text() == LONG


def test_chinese_and_japanese_break_between_characters(qtbot) -> None:  # type: ignore[no-untyped-def]
    button = WrapButton("为正在使用公共职业安定所（ハローワーク）的用户开通个人主页")
    qtbot.addWidget(button)
    assert button.minimumSizeHint().width() < button.sizeHint().width() // 2  # no spaces, still narrow


def test_a_titled_box_wraps_its_title_and_puts_the_contents_under_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    box = TitledBox(LONG, window)
    field = QLineEdit(box)
    QVBoxLayout(box).addWidget(field)
    outer = QVBoxLayout(window)
    outer.addWidget(box)
    outer.addStretch(1)
    assert box.title() == LONG and box.accessibleName() == LONG
    wide = box.heading.sizeHint().width() + 60
    window.resize(wide, 400)
    window.show()
    qtbot.waitExposed(window)
    one_line = box.heading.height()
    assert field.y() >= box.heading.geometry().bottom()
    assert box.minimumSizeHint().width() < wide // 2  # the title does not hold the box wide
    window.resize(wide // 3, 400)
    qtbot.waitUntil(lambda: box.heading.height() > one_line)
    assert field.y() >= box.heading.geometry().bottom()  # still under the (now taller) title
    assert box.width() <= wide // 3


def test_pairs_stand_side_by_side_when_there_is_room_and_one_per_line_when_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()  # inside a layout, as on a page (a top-level grid keeps its own minimum)
    qtbot.addWidget(window)
    grid = PairGrid(window)
    QVBoxLayout(window).addWidget(grid)
    labels = [QLabel(text, grid) for text in ("求人番号", "06010-12345678", "受付年月日", "2026年12月6日")]
    for label in labels:
        label.setWordWrap(True)
    grid.set_lines([[(labels[0], labels[1]), (labels[2], labels[3])]])
    margins = 2 * window.layout().contentsMargins().left()
    window.resize(grid.wide_min_width() + margins + 40, 200)
    window.show()
    qtbot.waitExposed(window)
    assert grid.wide and labels[2].y() == labels[0].y()  # side by side, as on paper
    assert grid.minimumSizeHint().width() == grid.narrow_min_width() < grid.wide_min_width()
    window.resize(grid.narrow_min_width() + margins, 400)
    qtbot.waitUntil(lambda: not grid.wide)
    qtbot.waitUntil(lambda: labels[2].y() > labels[0].y())  # the second pair under the first
    assert labels[3].x() == labels[1].x()
    window.resize(grid.wide_min_width() + margins + 40, 400)
    qtbot.waitUntil(lambda: grid.wide)


def test_a_flowing_row_centres_a_short_item_beside_a_tall_one_and_wraps_when_narrow(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    row = FlowLayout(window, spacing=8)
    label = QLabel("3件", window)
    button = WrapButton("最新の情報に更新", window)
    button.setMinimumHeight(60)
    row.addWidget(label)
    row.addWidget(button)
    window.resize(label.sizeHint().width() + button.sizeHint().width() + 40, 100)
    window.show()
    qtbot.waitExposed(window)
    assert label.geometry().center().y() == pytest.approx(button.geometry().center().y(), abs=1)
    window.resize(button.sizeHint().width() + 4, 200)
    qtbot.waitUntil(lambda: button.y() > label.y())  # the button under the label


@pytest.mark.parametrize("pane_kind", ["wrapping", "plain"])
def test_a_wrapping_pane_keeps_its_wrapped_row_clear_of_the_widget_under_it(qtbot, pane_kind: str) -> None:  # type: ignore[no-untyped-def]
    """In a splitter, a pane whose flow row went onto more lines keeps the height that needs
    (a plain ``QWidget`` pane does not: the widget under the row is drawn over it)."""
    from PySide6.QtWidgets import QPushButton, QSplitter, QTextEdit

    from mypage_desktop.ui.widgets.flow_layout import flow_row
    from mypage_desktop.ui.widgets.wrapping_pane import WrappingPane

    splitter = QSplitter(Qt.Orientation.Vertical)
    qtbot.addWidget(splitter)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(QTextEdit())
    pane = WrappingPane() if pane_kind == "wrapping" else QWidget()
    layout = QVBoxLayout(pane)
    row = flow_row(pane)
    buttons = [QPushButton(word, pane) for word in LONG.split()]
    for button in buttons:
        row.addWidget(button)
    under = QTextEdit(pane)
    under.setMinimumHeight(40)
    layout.addLayout(row)
    layout.addWidget(under, 1)
    splitter.addWidget(pane)
    splitter.resize(max(b.sizeHint().width() for b in buttons) * 2 + 40, 300)
    splitter.setSizes([1000, 1])  # the user drags the pane as low as it goes
    splitter.show()
    qtbot.waitExposed(splitter)
    qtbot.wait(50)
    lowest = max(button.geometry().bottom() for button in buttons)
    assert lowest > buttons[0].geometry().bottom()  # the row did wrap
    overlaps = lowest >= under.geometry().top()
    assert overlaps is (pane_kind == "plain")
