"""求人情報検索 driven like a user: typing, Enter, check boxes, combos, sorting (issue #4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from test_job_support import (  # noqa: F401 (job_window_fixture: a fixture)
    WAIT_MS,
    click,
    job_window_fixture,
    row_texts,
    search_page,
    search_words,
    type_text,
)

from mypage_desktop.domain.errors import ServiceUnavailable
from mypage_desktop.domain.jobs import Area, JobConditions, SortOrder
from mypage_desktop.ui.jobs.result_model import Columns


def test_search_by_word_shows_the_rows_and_the_count(qtbot, job_window) -> None:
    page = search_words(qtbot, job_window, "介護")
    assert page.count_label.text() == "該当 2 件"
    assert row_texts(page.model, Columns.OCCUPATION) == ["介護職員（介護福祉士）", "介護ヘルパー"]
    assert row_texts(page.model, Columns.JOB_NUMBER) == ["06010-00000002", "06010-00000003"]
    assert page.model.index(0, Columns.PLACE).data() == "山形県天童市"
    assert page.model.index(0, Columns.WAGE).data() == "月給 200,000円〜250,000円"
    assert page.model.index(1, Columns.ONLINE).data() == "不可"
    assert not page.busy_bar.isVisible()


def test_width_variants_and_two_words(qtbot, job_window) -> None:
    page = search_words(qtbot, job_window, "ｶｲｺﾞ")
    assert row_texts(page.model, Columns.JOB_NUMBER) == ["06010-00000003"]
    page = search_words(qtbot, job_window, "事務　山形")
    assert set(row_texts(page.model, Columns.JOB_NUMBER)) == {"06010-00000001", "06010-00000004"}


def test_bad_job_number_gets_a_message_next_to_it_and_keeps_the_text(qtbot, job_window) -> None:
    page = search_page(job_window)
    type_text(qtbot, page.form.free_words, "事務")
    type_text(qtbot, page.form.job_number, "12-34")
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, page.form.search_button)
    label = page.form.errors["job_number"]
    assert label.isVisible()
    assert label.text() == "求人番号は「5桁-8桁」の数字で入力してください（例: 06010-12345678）。"
    assert page.form.job_number.text() == "12-34" and page.form.free_words.text() == "事務"
    assert page.model.rowCount() == 0 and page.count_label.text() == ""
    # full-width digits without the hyphen are accepted; the message goes away
    page.form.job_number.clear()
    type_text(qtbot, page.form.job_number, "０６０１０" + "０" * 7 + "５")
    page.form.free_words.clear()
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(page.form.job_number, Qt.Key.Key_Return)
    assert not label.isVisible()
    assert row_texts(page.model, Columns.OCCUPATION) == ["手話通訳者"]


def test_check_boxes_area_and_wage_match_the_facade(qtbot, job_window, facade) -> None:
    page = search_page(job_window)
    form = page.form
    qtbot.waitUntil(lambda: form.occupation_group.count() > 1, timeout=WAIT_MS)  # options loaded
    click(qtbot, form.categories["パート"])
    form.areas.prefecture.setCurrentIndex(form.areas.prefecture.findData("山形県"))
    click(qtbot, form.areas.add_button)
    form.wage_unit.setCurrentIndex(form.wage_unit.findData("時給"))
    type_text(qtbot, form.min_wage, "1,000")
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(form.min_wage, Qt.Key.Key_Return)
    assert form.conditions().categories == ("パート",) and form.conditions().areas == (Area("山形県"),)
    assert row_texts(page.model, Columns.OCCUPATION) == ["倉庫内作業", "調理補助"]
    token = job_window.test_owner._token
    expected = facade.search_job_ids(token, form.conditions(), SortOrder.NEWEST)
    assert [page.model.job_id(r) for r in range(page.model.rowCount())] == list(expected.ids)
    # a municipality narrows the place (the prefecture stays chosen); 「削除」 removes a place
    assert form.areas.municipality.isEnabled()
    form.areas.municipality.setCurrentIndex(form.areas.municipality.findData("酒田市"))
    click(qtbot, form.areas.add_button)
    assert [a.municipality for a in form.areas.areas()] == ["", "酒田市"]
    form.areas.list.setCurrentRow(0)
    click(qtbot, form.areas.remove_button)
    assert form.areas.areas() == (Area("山形県", "酒田市"),)
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, form.search_button)
    assert row_texts(page.model, Columns.OCCUPATION) == ["調理補助"]


def test_posted_within_and_online_only(qtbot, job_window) -> None:
    page = search_page(job_window)
    form = page.form
    form.posted_within.setCurrentIndex(form.posted_within.findData(3))
    click(qtbot, form.online_only)
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, form.search_button)
    numbers = set(row_texts(page.model, Columns.JOB_NUMBER))
    assert numbers == {"06010-00000002", "06010-00000008", "06010-00000009", "06010-00000010"}
    assert set(row_texts(page.model, Columns.ONLINE)) == {"可"}


def test_sorting_by_wage_is_a_new_query(qtbot, job_window) -> None:
    page = search_words(qtbot, job_window, "事務")
    assert row_texts(page.model, Columns.JOB_NUMBER) == ["06010-00000001", "06010-00000004"]
    recorder = job_window.test_facade
    recorder.calls.clear()
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        page.sort_combo.setCurrentIndex(page.sort_combo.findData(SortOrder.WAGE.value))
    assert recorder.calls[0] == ("search_jobs", (JobConditions(free_words="事務"), SortOrder.WAGE, 50))
    assert row_texts(page.model, Columns.JOB_NUMBER) == ["06010-00000004", "06010-00000001"]
    wages = row_texts(page.model, Columns.WAGE)
    assert wages == ["月給 200,000円", "月給 180,000円〜220,000円"]  # 200,000 > 180,000 (the lower bound)


def test_clear_button_empties_the_form(qtbot, job_window) -> None:
    page = search_words(qtbot, job_window, "介護")
    click(qtbot, page.form.categories["一般"])
    click(qtbot, page.form.clear_button)
    assert page.form.conditions() == JobConditions()


def test_hostile_input_gives_a_message_or_literal_results(qtbot, job_window) -> None:
    for words in ('"NEAR(', "');DROP TABLE job_posting;--", '"NEAR" OR'):
        page = search_words(qtbot, job_window, words)
        assert page.form.free_words.text() == words
        shown = page.form.visible_errors().get("free_words", "")
        assert shown or page.count_label.text().startswith("該当")
    # the literal text of posting 10 is found as text, not as operators
    page = search_words(qtbot, job_window, '"NEAR" OR')
    assert row_texts(page.model, Columns.JOB_NUMBER) == ["06010-00000010"]
    # 10,000 characters pasted
    QGuiApplication.clipboard().setText("介護" * 5000)
    page.form.free_words.clear()
    page.form.free_words.setFocus()
    qtbot.keySequence(page.form.free_words, QKeySequence.StandardKey.Paste)
    assert len(page.form.free_words.text()) == 10_000
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(page.form.free_words, Qt.Key.Key_Return)
    assert page.form.errors["free_words"].text().startswith("フリーワードは")
    assert len(page.form.free_words.text()) == 10_000
    QGuiApplication.clipboard().clear()


def test_a_new_search_replaces_a_running_one(qtbot, job_window) -> None:
    page = search_page(job_window)
    type_text(qtbot, page.form.free_words, "介護")
    qtbot.keyClick(page.form.free_words, Qt.Key.Key_Return)
    first = page._task
    page.form.free_words.clear()
    type_text(qtbot, page.form.free_words, "手話")
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(page.form.free_words, Qt.Key.Key_Return)
    assert first is not None and first.cancelled()
    qtbot.wait(50)
    assert row_texts(page.model, Columns.OCCUPATION) == ["手話通訳者"]
    assert page.count_label.text() == "該当 1 件"


def test_keyboard_order_follows_the_form(qtbot, job_window) -> None:
    page = search_page(job_window)
    form = page.form
    form.free_words.setFocus()
    qtbot.waitUntil(form.free_words.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(form.free_words, Qt.Key.Key_Tab)
    assert form.categories["一般"].hasFocus()
    qtbot.keyClick(form.categories["一般"], Qt.Key.Key_Space)
    assert form.categories["一般"].isChecked()
    form.search_button.setFocus()
    qtbot.keyClick(form.search_button, Qt.Key.Key_Tab)
    assert page.sort_combo.hasFocus()


def test_an_unavailable_database_gives_a_message_not_a_crash(qtbot, job_window, backend, monkeypatch) -> None:
    def unavailable(*_args):  # type: ignore[no-untyped-def]
        raise ServiceUnavailable()

    monkeypatch.setattr(backend.facade, "search_jobs", unavailable)
    page = search_page(job_window)
    type_text(qtbot, page.form.free_words, "介護")
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(page.form.free_words, Qt.Key.Key_Return)
    assert page.notice.text() == "ただいま処理できません。しばらくしてからもう一度お試しください。"
    assert page.form.free_words.text() == "介護" and not page.busy_bar.isVisible()


def test_a_narrow_window_stacks_the_form_instead_of_clipping_it(qtbot, job_window) -> None:
    page = search_page(job_window)
    job_window.resize(1280, 820)
    qtbot.waitUntil(lambda: not page.form.stacked, timeout=WAIT_MS)
    job_window.resize(960, 700)
    qtbot.waitUntil(lambda: page.form.stacked, timeout=WAIT_MS)
    assert page.form.search_button.isVisible()  # under the scrolling form, always in sight
    job_window.resize(1280, 820)
    qtbot.waitUntil(lambda: not page.form.stacked, timeout=WAIT_MS)
