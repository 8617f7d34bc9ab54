"""メッセージ driven like a user (issue #5; docs/security.md I2, I4, S5): reading a thread marks it read,
answering, refusals that keep the typed text, no 求人者マイページ, 無効, drafts per thread."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from test_job_support import type_text
from test_messages_support import (  # noqa: F401 (activity_fixture: a fixture)
    EMPLOYER_FIRST,
    EMPLOYER_SECOND,
    WAIT_MS,
    Activity,
    activity_fixture,
    click,
    click_row,
    row_of,
    rows,
)

from mypage_desktop.domain.errors import ServiceUnavailable
from mypage_desktop.ui.messages.common import ID_ROLE
from mypage_desktop.ui.messages.messages_page import LEAFLET_NOTE, MessagesPage
from mypage_desktop.ui.messages.thread_model import Columns
from mypage_desktop.ui.session.reasons import REASON_LOGOUT
from mypage_desktop.ui.shell.main_window import Page
from mypage_desktop.ui.widgets import display

UNAVAILABLE = "ただいま処理できません。しばらくしてからもう一度お試しください。"


def show_messages(qtbot: Any, activity: Activity) -> MessagesPage:
    page = activity.window.page(Page.MESSAGES)
    assert isinstance(page, MessagesPage)
    with qtbot.waitSignal(page.threads_loaded, timeout=WAIT_MS):
        activity.window.select_page(Page.MESSAGES)
    return page


def open_thread(qtbot: Any, page: MessagesPage, application_id: int) -> None:
    with qtbot.waitSignal(page.thread_shown, timeout=WAIT_MS,
                          check_params_cb=lambda shown: shown == application_id):
        click_row(qtbot, page.table, row_of(page.table, application_id, ID_ROLE))


def nav_text(activity: Activity) -> str:
    item = activity.window.nav.item(Page.MESSAGES)
    assert item is not None
    return item.text()


def test_reading_a_thread_marks_it_read(qtbot, activity: Activity, facade) -> None:
    page = show_messages(qtbot, activity)
    assert sorted(rows(page.table, Columns.COMPANY)) == sorted(["株式会社さくら", "天童倉庫", "山形商事株式会社"])
    row = row_of(page.table, activity.sakura, ID_ROLE)
    unread_cell = page.proxy.index(row, Columns.UNREAD)
    assert unread_cell.data() == "2" and unread_cell.data(Qt.ItemDataRole.FontRole).bold()
    assert page.proxy.index(row, Columns.MESSAGING).data() == "可"
    qtbot.waitUntil(lambda: nav_text(activity) == "メッセージ（未読 2）", timeout=WAIT_MS)
    assert "左の一覧から応募先を選ぶ" in page.thread_view.toPlainText()

    with qtbot.waitSignal(page.counts_changed, timeout=WAIT_MS):
        open_thread(qtbot, page, activity.sakura)
    shown = page.thread_view.toPlainText()
    assert shown.index(EMPLOYER_FIRST) < shown.index(EMPLOYER_SECOND)  # oldest first
    assert "<b>12月2日</b> 14時、<a href='x'>本社</a>" in shown  # literally (I4)
    assert "新着" in shown and "株式会社さくら" in shown
    assert page.thread_title.text() == "株式会社さくら"
    assert page.thread_view.at_newest
    row = row_of(page.table, activity.sakura, ID_ROLE)
    assert page.proxy.index(row, Columns.UNREAD).data() == ""
    assert page.proxy.index(row, Columns.COMPANY).data(Qt.ItemDataRole.FontRole) is None
    qtbot.waitUntil(lambda: nav_text(activity) == "メッセージ", timeout=WAIT_MS)
    assert facade.unread_counts(activity.seeker.token).messages == 0


def test_a_long_thread_opens_at_the_newest_message(qtbot, activity: Activity, facade) -> None:
    for number in range(1, 13):
        facade.send_message(activity.seeker.token, activity.second, f"{number}通目のメッセージです。\n二行目です。")
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.second)
    bar = page.thread_view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()
    shown = page.thread_view.toPlainText()
    assert shown.index("1通目") < shown.index("12通目")


def test_the_boxes_keep_their_lines_when_shown_and_after_a_size_change(qtbot, activity: Activity) -> None:
    """The thread keeps six lines and the send box three to five (large text, issue 15): set in
    lines of the font in use, not replaced by the stylesheet's one-line minimum when shown."""
    display.apply_display(display.DisplayChoice())  # the app's stylesheet, as at start
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.sakura)
    editor, thread = page.composer.editor, page.thread_view
    assert editor.isVisible() and thread.isVisible()

    def in_lines() -> bool:
        line, thread_line = editor.fontMetrics().lineSpacing(), thread.fontMetrics().lineSpacing()
        return ((editor.minimumHeight(), editor.maximumHeight(), thread.minimumHeight())
                == (3 * line + 16, 5 * line + 16, 6 * thread_line))

    try:
        assert in_lines()
        display.apply_display(display.DisplayChoice(200))
        assert in_lines()
    finally:
        display.apply_display(display.DisplayChoice())


def test_answer_a_message(qtbot, activity: Activity, facade) -> None:
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.sakura)
    composer = page.composer
    assert composer.isVisible() and not page.unavailable_label.isVisible()
    assert not composer.send_button.isEnabled()
    type_text(qtbot, composer.editor, "12月2日で大丈夫です。")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)
    type_text(qtbot, composer.editor, "よろしくお願いします。<i>x</i>")
    sent = "12月2日で大丈夫です。\nよろしくお願いします。<i>x</i>"
    assert composer.counter.text() == f"{len(sent)} / 2000文字" == "32 / 2000文字"
    assert composer.send_button.isEnabled()
    with qtbot.waitSignal(page.message_sent, timeout=WAIT_MS):
        click(qtbot, composer.send_button)
    assert composer.text() == "" and composer.counter.text() == "0 / 2000文字"
    assert not composer.send_button.isEnabled()
    assert page.thread_view.toPlainText().rstrip().endswith(sent)
    assert page.thread_view.at_newest
    last = facade.message_thread(activity.seeker.token, activity.sakura).messages[-1]
    assert (last.body, last.from_employer, last.sender_label) == (sent, False, "あなた")


def test_sending_by_keyboard_keeps_the_focus_in_the_composer(qtbot, activity: Activity, facade) -> None:
    """Tab to 「送信する」, Space: the focus stays in the send box, so a second Space (or any
    stray key) types into it instead of pressing 「ログアウト」, which used to get the focus
    when the send button was disabled under it."""
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.sakura)
    composer = page.composer
    activity.window.activateWindow()
    composer.editor.setFocus()
    type_text(qtbot, composer.editor, "承知しました。")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Tab)
    assert composer.send_button.hasFocus()
    with qtbot.waitSignal(page.message_sent, timeout=WAIT_MS):
        qtbot.keyClick(composer.send_button, Qt.Key.Key_Space)
    focused = activity.window.focusWidget()
    assert focused is composer.editor
    assert not activity.window.logout_button.hasFocus()
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # the stray key: typed, not a logout
    assert activity.owner.active and composer.text() == " "
    assert facade.message_thread(activity.seeker.token, activity.sakura).messages[-1].body == "承知しました。"


def test_empty_or_blank_text_cannot_be_sent(qtbot, activity: Activity, facade) -> None:
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.second)
    composer = page.composer
    assert composer.counter.text() == "0 / 2000文字" and not composer.send_button.isEnabled()
    qtbot.keyClicks(composer.editor, "   ")
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return)
    type_text(qtbot, composer.editor, "　")  # an ideographic space
    assert not composer.send_button.isEnabled()
    click(qtbot, composer.send_button)
    assert facade.message_thread(activity.seeker.token, activity.second).messages == ()


def test_over_length_is_refused_with_a_message_and_the_text_kept(qtbot, activity: Activity, facade) -> None:
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.second)
    composer = page.composer
    text = "あ" * 2001
    type_text(qtbot, composer.editor, text)  # e.g. pasted from another program
    assert composer.counter.text() == "2001 / 2000文字（1文字多すぎます）"
    click(qtbot, composer.send_button)
    assert composer.error.isVisible()
    assert composer.error.text() == "メッセージは2000文字以内で入力してください（現在2001文字）。"
    assert composer.text() == text
    qtbot.keyClick(composer.editor, Qt.Key.Key_Backspace)
    assert not composer.error.isVisible() and composer.counter.text() == "2000 / 2000文字"
    with qtbot.waitSignal(page.message_sent, timeout=WAIT_MS):
        click(qtbot, composer.send_button)
    assert [m.body for m in facade.message_thread(activity.seeker.token, activity.second).messages] == ["あ" * 2000]


def test_a_failed_send_shows_why_and_keeps_the_text(qtbot, activity: Activity, facade,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.sakura)
    composer = page.composer
    text = "面接の件、承知しました。"

    def unavailable(*_args: Any) -> None:
        raise ServiceUnavailable("database is locked")

    monkeypatch.setattr(facade, "send_message", unavailable)
    type_text(qtbot, composer.editor, text)
    click(qtbot, composer.send_button)
    qtbot.waitUntil(lambda: composer.error.isVisible() and not page.busy, timeout=WAIT_MS)
    assert composer.error.text() == UNAVAILABLE
    assert composer.text() == text and composer.send_button.isEnabled()
    assert composer.send_button.text() == "送信する"
    monkeypatch.undo()

    # The server's own rules (a bidi override pasted in): refused, the text stays.
    type_text(qtbot, composer.editor, "\u202eabc")
    click(qtbot, composer.send_button)
    qtbot.waitUntil(lambda: composer.error.isVisible() and not page.busy, timeout=WAIT_MS)
    assert composer.error.text() == "メッセージに使用できない制御文字が含まれています（改行は使えます）。"
    assert composer.text() == text + "\u202eabc"
    employer_only = facade.message_thread(activity.seeker.token, activity.sakura).messages
    assert [m.from_employer for m in employer_only] == [True, True]


def test_no_employer_mypage_explains_and_offers_no_send_box(qtbot, activity: Activity) -> None:
    page = show_messages(qtbot, activity)
    row = row_of(page.table, activity.no_mypage, ID_ROLE)
    assert page.proxy.index(row, Columns.MESSAGING).data() == "不可"
    open_thread(qtbot, page, activity.no_mypage)
    assert not page.composer.isVisible()
    assert page.unavailable_label.isVisible()
    assert page.unavailable_label.text() == (
        "この求人の事業所は「求人者マイページ」を利用していないため、マイページからメッセージを送ることはできません。\n"
        + LEAFLET_NOTE)
    assert "まだメッセージはありません。" in page.thread_view.toPlainText()


def test_inactive_registration_allows_reading_but_not_sending(qtbot, activity: Activity, facade) -> None:
    info = facade.set_registration_status(activity.seeker.token, "無効")
    page = show_messages(qtbot, activity)
    activity.window.show_registration(info)
    open_thread(qtbot, page, activity.sakura)
    assert EMPLOYER_SECOND.splitlines()[0] in page.thread_view.toPlainText()
    composer = page.composer
    assert composer.blocked_note.isVisible()
    assert composer.blocked_note.text().startswith("求職情報が「無効」のため、この機能は使えません。")
    assert composer.editor.isReadOnly() and not composer.send_button.isEnabled()
    activity.window.show_registration(facade.set_registration_status(activity.seeker.token, "有効"))
    assert not composer.blocked_note.isVisible() and not composer.editor.isReadOnly()


def test_drafts_stay_with_their_thread_until_logout(qtbot, activity: Activity) -> None:
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.sakura)
    type_text(qtbot, page.composer.editor, "さくらへの下書き")
    open_thread(qtbot, page, activity.second)
    assert page.composer.text() == ""
    type_text(qtbot, page.composer.editor, "山形商事への下書き")
    open_thread(qtbot, page, activity.no_mypage)
    assert not page.composer.isVisible()
    open_thread(qtbot, page, activity.sakura)
    assert page.composer.text() == "さくらへの下書き"
    # Another page and back: the thread, its draft and the selection are still there.
    activity.window.select_page(Page.HOME)
    with qtbot.waitSignal(page.threads_loaded, timeout=WAIT_MS):
        activity.window.select_page(Page.MESSAGES)
    assert page.table.currentIndex().data(ID_ROLE) == activity.sakura
    assert page.composer.text() == "さくらへの下書き"
    assert page.draft(activity.second) == "山形商事への下書き"

    activity.owner.end_session(REASON_LOGOUT)  # the window wipes every page (S5)
    assert page.model.rowCount() == 0
    assert page.composer.text() == "" and not page.composer.isVisible()
    assert page.draft(activity.sakura) == "" and page.draft(activity.second) == ""
    assert page.current_thread is None and page.thread_title.text() == ""
    assert "さくら" not in page.thread_view.toPlainText()


def test_another_page_can_open_a_thread_and_the_list_sorts(qtbot, activity: Activity) -> None:
    window = activity.window
    page = window.page(Page.MESSAGES)
    assert isinstance(page, MessagesPage)
    with qtbot.waitSignal(page.thread_shown, timeout=WAIT_MS):
        window.home.thread_requested.emit(activity.no_mypage)  # e.g. from 応募履歴
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.table.currentIndex().data(ID_ROLE) == activity.no_mypage, timeout=WAIT_MS)
    assert page.thread_title.text() == "天童倉庫"

    header = page.table.horizontalHeader()
    position = header.sectionViewportPosition(Columns.UNREAD) + header.sectionSize(Columns.UNREAD) // 2
    where = QPoint(position, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    first = [page.proxy.index(0, Columns.UNREAD).data(), page.proxy.index(2, Columns.UNREAD).data()]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    second = [page.proxy.index(0, Columns.UNREAD).data(), page.proxy.index(2, Columns.UNREAD).data()]
    assert sorted([first, second]) == [["", "2"], ["2", ""]]
    assert page.table.currentIndex().data(ID_ROLE) == activity.no_mypage  # the selection follows the row


def test_render_the_messages_page(qtbot, activity: Activity, tmp_path) -> None:
    """Renders the page (a thread with a draft, and one without 求人者マイページ) for a look."""
    page = show_messages(qtbot, activity)
    open_thread(qtbot, page, activity.no_mypage)
    assert activity.window.grab().save(str(tmp_path / "messages_no_mypage.png"))
    open_thread(qtbot, page, activity.sakura)
    type_text(qtbot, page.composer.editor, "12月2日14時で伺います。よろしくお願いいたします。")
    assert activity.window.grab().save(str(tmp_path / "messages_thread.png"))
