"""Status texts reach a screen reader without taking the focus (WCAG 4.1.3,
docs/accessibility.md §wcag): a status line is read out politely when its text changes while it
is shown or when it appears; errors stay assertive; a search's count is read once, when final."""

from __future__ import annotations

import pytest
from helpers import DEMO_EMAIL, WAIT_MS
from PySide6.QtWidgets import QVBoxLayout, QWidget
from test_job_support import (  # noqa: F401 (job_window_fixture: a fixture)
    click,
    job_window_fixture,
    search_page,
    search_words,
    type_text,
)
from test_messages_page import open_thread, show_messages
from test_messages_support import activity_fixture  # noqa: F401 (a fixture)
from test_saved_searches import save_as
from test_staff_support import counter_fixture  # noqa: F401 (a fixture)

from mypage_desktop.domain.staff_dto import SeekerQuery
from mypage_desktop.ui.staff.lookup import Mode
from mypage_desktop.ui.widgets import announcement, style
from mypage_desktop.ui.widgets.status_label import StatusLabel


@pytest.fixture
def announced(monkeypatch) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    said: list[tuple[str, bool]] = []
    monkeypatch.setattr(announcement, "announce",
                        lambda _widget, text, assertive=True: said.append((text, assertive)))
    return said


def test_a_status_line_speaks_when_it_changes_or_appears_and_only_then(qtbot, announced) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    label = StatusLabel("", window)
    QVBoxLayout(window).addWidget(label)
    label.setText("読み込み中…")  # the window is not open: nobody is looking
    window.show()
    qtbot.waitExposed(window)
    assert announced == []  # opening a window does not read out what it already shows

    label.setText("12件")
    label.setText("12件")  # no change, no news
    assert announced == [("12件", False)]

    label.hide()
    label.setText("保存しました")  # hidden: said when it appears
    assert announced == [("12件", False)]
    label.show()
    assert announced[-1] == ("保存しました", False)

    label.show_status("保存しました")  # a second save is news too
    assert announced.count(("保存しました", False)) == 2
    label.show_status("")
    assert label.isHidden() and len(announced) == 3

    window.hide()
    label.show_status("送信しました")  # the window closed in between: not said
    assert len(announced) == 3


def test_notice_lines_are_status_lines(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = style.notice_label()
    qtbot.addWidget(label)
    assert isinstance(label, StatusLabel) and label.isHidden()


def test_a_search_says_its_final_count_once(qtbot, job_window, announced) -> None:  # type: ignore[no-untyped-def]
    page = search_words(qtbot, job_window, "介護")
    assert page.count_label.text() == "該当 2 件"
    assert announced.count(("該当 2 件", False)) == 1
    search_words(qtbot, job_window, "介護")  # the same count for a new search: said again
    assert announced.count(("該当 2 件", False)) == 2


def test_saving_a_search_is_announced(qtbot, job_window, announced) -> None:  # type: ignore[no-untyped-def]
    page = search_words(qtbot, job_window, "介護")
    with qtbot.waitSignal(page.search_saved, timeout=WAIT_MS):
        save_as(qtbot, page, "介護の仕事")
    said = [text for text, assertive in announced if not assertive]
    assert any(text.startswith("検索条件「介護の仕事」を保存しました。") for text in said)


def test_a_bad_search_is_an_assertive_error_not_a_status(qtbot, job_window, announced) -> None:  # type: ignore[no-untyped-def]
    page = search_page(job_window)
    type_text(qtbot, page.form.job_number, "12-34")
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, page.form.search_button)
    assert announced == [("求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。", True)]


def test_the_staff_lookup_says_how_many_were_found(qtbot, counter, announced) -> None:  # type: ignore[no-untyped-def]
    number = counter.staff.find_seekers(counter.owner._token, SeekerQuery(email=DEMO_EMAIL))[0].seeker_number
    counter.search(qtbot, Mode.NUMBER, number=number)
    assert ("1件", False) in announced


def test_a_sent_message_is_announced(qtbot, activity, announced) -> None:  # type: ignore[no-untyped-def]
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.sakura)
    type_text(qtbot, page.composer.editor, "承知しました。")
    with qtbot.waitSignal(page.message_sent, timeout=WAIT_MS):
        click(qtbot, page.composer.send_button)
    assert ("メッセージを送信しました。", False) in announced
