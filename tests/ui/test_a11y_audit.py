"""The accessibility audit's own rules (ui/devtools/a11y_audit.py), on small windows built here:
what it must report and what it must not."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from mypage_desktop.ui.devtools.a11y_audit import audit_window


def window_with(qtbot, *names: str) -> tuple[QWidget, list[QPushButton]]:  # type: ignore[no-untyped-def]
    window = QWidget()
    layout = QVBoxLayout(window)
    buttons = []
    for name in names:
        button = QPushButton(name, window)
        layout.addWidget(button)
        buttons.append(button)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, buttons


def test_tab_in_reading_order_with_its_wrap_is_clean(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _buttons = window_with(qtbot, "上", "中", "下")
    audit = audit_window(window, "w")
    assert len(audit.controls) == 3 and audit.problems() == []


def test_a_step_back_up_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, (top, middle, bottom) = window_with(qtbot, "上", "中", "下")
    QWidget.setTabOrder(top, bottom)
    QWidget.setTabOrder(bottom, middle)
    audit = audit_window(window, "w")
    assert [(a.name, b.name) for a, b in audit.order_violations] == [("下", "中")]


def test_an_unnamed_control_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _buttons = window_with(qtbot, "名前あり")
    edit = QLineEdit(window)
    window.layout().addWidget(edit)
    edit.show()
    audit = audit_window(window, "w")
    assert [c.kind for c in audit.unnamed] == ["QLineEdit"]


def test_a_scrolled_control_does_not_move_the_wrap(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Scrolled down, a control inside the scroll area sits above the window's top control;
    the wrap from the last control back to that top control is still the wrap."""
    window, (first,) = window_with(qtbot, "ログアウト")
    area = QScrollArea(window)
    area.setAccessibleName("ページの内容")
    content = QWidget()
    inner = QVBoxLayout(content)
    items = [QPushButton(f"項目{i}", content) for i in range(30)]
    for item in items:
        inner.addWidget(item)
    area.setWidget(content)
    QWidget.setTabOrder(items[-1], area)  # the area last, as on 求職者情報・設定: area → ログアウト wraps
    area.setWidgetResizable(True)
    window.layout().addWidget(area)
    window.resize(300, 200)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    qtbot.wait(50)
    audit = audit_window(window, "w")
    assert audit.order_violations == [], audit.problems()
    assert first.text() == "ログアウト"
