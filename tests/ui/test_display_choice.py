"""文字の大きさ / 表示 (issue 15): chosen with the keyboard on the login window or in 求職者情報・設定,
applied app-wide at once, remembered on an own PC, back to the default at a kiosk's session end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import (
    WAIT_MS,
    log_in,
    type_text,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget
from test_kiosk import kiosk  # noqa: F401 (fixture)
from test_wizard_support import agree, close_quietly, make_wizard

from mypage_desktop.ui.devtools.a11y_audit import accessible_name, audit_window, focus_chain
from mypage_desktop.ui.login.seeker_window import LoginWindow
from mypage_desktop.ui.mypage.dashboard_widgets import count_label
from mypage_desktop.ui.mypage.display_box import KIOSK_NOTE, DisplayBox
from mypage_desktop.ui.widgets import display, style
from mypage_desktop.ui.widgets.display_controls import DisplayControls
from mypage_desktop.ui.widgets.text_width import height_for_lines, width_for_text
from mypage_desktop.ui.wizard.base_page import text_label


@pytest.fixture(autouse=True)
def restore(qapp: QApplication) -> Iterator[None]:
    base = display.base_point_size(qapp)
    yield
    display.configure(None, qapp)
    display.apply_display(display.DisplayChoice(), qapp)
    qapp.setStyleSheet("")
    assert qapp.font().pointSizeF() == pytest.approx(base)


def window_colour(qapp: QApplication) -> str:
    return qapp.palette().color(QPalette.ColorRole.Window).name()


def test_login_window_choices_by_keyboard(qapp, qtbot, facade) -> None:  # type: ignore[no-untyped-def]
    base = display.base_point_size(qapp)
    window = LoginWindow(facade.app_info(), facade)
    qtbot.addWidget(window)
    window.show()
    controls = window.display_controls
    # (on Linux Qt gives a combo box's current text as its name and the caption by relation)
    assert controls.size_combo.accessibleName() == "文字の大きさ"
    assert controls.theme_combo.accessibleName() == "表示"
    assert accessible_name(controls.theme_combo)[0] == "標準"
    chain = focus_chain(window)  # last in the Tab order, as on the screen
    assert chain[-2:] == [controls.size_combo, controls.theme_combo]
    assert audit_window(window).problems() == []
    controls.size_combo.setFocus()
    for _ in range(3):
        qtbot.keyClick(controls.size_combo, Qt.Key.Key_Down)
    assert controls.size_combo.currentText() == "200%"
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    heading = window.findChild(QLabel, "headerBand")
    assert heading.font().pointSizeF() == pytest.approx(base * 2 * 1.4)
    qtbot.keyClick(controls.theme_combo, Qt.Key.Key_Down)
    assert controls.theme_combo.currentText() == "ハイコントラスト"
    assert window_colour(qapp) == style.HIGH_CONTRAST.window
    assert style.HIGH_CONTRAST.focus in window.forgot_button.styleSheet()
    notice = window.findChild(QLabel, "importantNotice")
    assert style.HIGH_CONTRAST.notice_bg in notice.styleSheet()


def test_every_copy_follows_the_choice(qtbot) -> None:  # type: ignore[no-untyped-def]
    first, second = DisplayControls(), DisplayControls()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.size_combo.setCurrentIndex(first.size_combo.findData(150))
    first.theme_combo.setCurrentIndex(1)
    assert second.size_combo.currentText() == "150%"
    assert second.theme_combo.currentText() == "ハイコントラスト"


def test_own_pc_remembers(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "display.json"
    assert display.configure(store, qapp) == display.DisplayChoice()
    display.choose(display.DisplayChoice(125, "high_contrast"))
    display.apply_display(display.DisplayChoice(), qapp)
    assert display.configure(store, qapp) == display.DisplayChoice(125, "high_contrast")
    assert display.current() == display.DisplayChoice(125, "high_contrast")
    display.reset_for_next_visitor()  # not a kiosk: nothing changes
    assert display.current().scale == 125


def test_a_damaged_file_gives_the_default(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "display.json"
    store.write_text('{"scale": 300, "theme": "x"}', encoding="utf-8")
    assert display.configure(store, qapp) == display.DisplayChoice()


def test_kiosk_forgets_at_session_end(qapp, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    display.configure(None, qapp)
    box = DisplayBox()
    qtbot.addWidget(box)
    assert KIOSK_NOTE in box.note.text()
    box.controls.size_combo.setCurrentIndex(3)
    assert display.current().scale == 200
    assert not list(tmp_path.rglob("display.json"))
    display.reset_for_next_visitor()
    assert display.current() == display.DisplayChoice()
    assert box.controls.size_combo.currentText() == "100%"


def test_system_high_contrast_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display, "system_prefers_high_contrast", lambda: True)
    assert display.default_choice() == display.DisplayChoice(100, "high_contrast")
    assert isinstance(display.system_prefers_high_contrast.__call__(), bool)


def test_unknown_choices_are_refused() -> None:
    with pytest.raises(ValueError):
        display.DisplayChoice(175)
    with pytest.raises(ValueError):
        display.DisplayChoice(100, "dark")


def test_kiosk_logout_gives_the_next_visitor_the_default(qtbot, kiosk) -> None:  # type: ignore[no-untyped-def] # noqa: F811
    controller, _quits = kiosk
    display.configure(None)
    controls = controller.login_window.display_controls  # the visitor chooses on the start screen
    controls.theme_combo.setCurrentIndex(1)
    controls.size_combo.setCurrentIndex(2)
    log_in(qtbot, controller.login_window)
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                    timeout=WAIT_MS)
    assert display.current() == display.DisplayChoice(150, "high_contrast")
    with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
        controller.main_window.close()
    assert display.current() == display.DisplayChoice()
    assert controller.login_window.display_controls.size_combo.currentText() == "100%"


def test_a_box_sized_from_its_text_follows_a_size_chosen_while_it_is_open(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """``width_for_text``: the box keeps fitting what it must hold after 文字の大きさ changes
    (the staff forms' digit boxes, the wizard's 年/月/日 and 認証キー)."""
    display.apply_display(display.DisplayChoice(), qapp)  # as the app starts: the theme's stylesheet set
    window = QWidget()
    qtbot.addWidget(window)
    year = QLineEdit(window)
    QHBoxLayout(window).addWidget(year)
    width_for_text(year, "00000", 20)
    window.show()
    type_text(qtbot, year, "1985")
    at_100 = year.width()

    def typed_year_fits() -> bool:
        return year.fontMetrics().horizontalAdvance(year.text()) + 8 <= year.width()

    assert typed_year_fits()
    display.apply_display(display.DisplayChoice(200), qapp)
    qtbot.waitUntil(lambda: year.width() > 1.5 * at_100, timeout=WAIT_MS)
    assert typed_year_fits() and year.text() == "1985"
    display.apply_display(display.DisplayChoice(), qapp)
    qtbot.waitUntil(lambda: year.width() == at_100, timeout=WAIT_MS)


def test_a_box_sized_in_lines_follows_a_size_chosen_while_it_is_open(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """``height_for_lines``: the message box keeps three to five lines, the 就業場所 list three,
    after 文字の大きさ changes."""
    display.apply_display(display.DisplayChoice(), qapp)
    window = QWidget()
    qtbot.addWidget(window)
    message, places = QPlainTextEdit(window), QListWidget(window)
    height_for_lines(message, 3, 16, maximum_lines=5)
    height_for_lines(places, 3, 12, fixed=True)
    window.show()

    def in_lines() -> bool:
        spacing = message.fontMetrics().lineSpacing()
        return (message.minimumHeight(), message.maximumHeight(), places.height()) == (
            3 * spacing + 16, 5 * spacing + 16, 3 * places.fontMetrics().lineSpacing() + 12)

    assert in_lines()
    at_100 = places.height()
    display.apply_display(display.DisplayChoice(200), qapp)
    qtbot.waitUntil(lambda: places.height() > 1.5 * at_100, timeout=WAIT_MS)
    assert in_lines()


def test_larger_texts_keep_their_multiple_after_a_size_change(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Headings, ホーム's unread counts, the wizard's own headings: a size set once from the
    font at creation stayed when 文字の大きさ changed (the counts at 200 % read smaller than the
    text under them)."""
    display.apply_display(display.DisplayChoice(), qapp)
    window = QWidget()
    qtbot.addWidget(window)
    labels = [style.heading("見出し", window), count_label(window),
              text_label("マイページ開設完了", window, bold=True, scale=1.2)]
    before = [label.font().pointSizeF() for label in labels]
    base = qapp.font().pointSizeF()
    display.apply_display(display.DisplayChoice(200), qapp)
    assert [label.font().pointSizeF() for label in labels] == pytest.approx([2 * size for size in before])
    assert all(label.font().pointSizeF() > 2 * base and label.font().bold() for label in labels)


def test_the_opening_wizard_follows_a_size_chosen_while_it_is_open(qapp, qtbot, qloop, facade) -> None:  # type: ignore[no-untyped-def]
    display.apply_display(display.DisplayChoice(), qapp)
    wizard = make_wizard(qtbot, facade)
    agree(qtbot, wizard)
    year = wizard.email_page.birth_year
    type_text(qtbot, year, "1985")
    at_100 = year.width()
    display.apply_display(display.DisplayChoice(200), qapp)
    qtbot.waitUntil(lambda: year.width() > 1.5 * at_100, timeout=WAIT_MS)
    assert year.fontMetrics().horizontalAdvance("1985") + 8 <= year.width() and year.text() == "1985"
    close_quietly(wizard)
