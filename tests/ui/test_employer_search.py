"""事業所番号 in the UI (issue 12): typed with keys and searched with Enter (errors under the
field, the text kept), and 「この事業所の求人をすべて見る」 on a 求人票 shows that employer's
open postings on the search page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_job_support import (  # noqa: F401 (job_window_fixture: a fixture)
    WAIT_MS,
    click,
    double_click_row,
    job_window_fixture,
    row_texts,
    search_page,
    search_words,
    type_text,
)

from mypage_desktop.domain.job_conditions_text import describe
from mypage_desktop.domain.jobs import derived_employer_number
from mypage_desktop.ui.jobs.result_model import Columns

SAKURA = derived_employer_number("株式会社さくら")
SAKURA_OPEN = ["06010-00000008", "06010-00000010", "06010-00000001", "06010-00000003", "06010-00000005"]


def test_typed_employer_number_searches_on_enter_and_a_bad_one_is_explained(qtbot, job_window) -> None:
    page = search_page(job_window)
    form = page.form
    type_text(qtbot, form.employer_number, "0601-234567-9")
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(form.employer_number, Qt.Key.Key_Return)
    label = form.errors["employer_number"]
    assert label.isVisible() and "4桁-6桁-1桁" in label.text() and "チェック数字" in label.text()
    assert form.employer_number.text() == "0601-234567-9"  # nothing typed is lost
    assert page.model.rowCount() == 0
    form.employer_number.clear()
    full_width = "".join(chr(ord(c) + 0xFEE0) for c in SAKURA.replace("-", ""))  # ０８２３… without hyphens
    type_text(qtbot, form.employer_number, full_width)
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(form.employer_number, Qt.Key.Key_Return)
    assert not label.isVisible()
    assert row_texts(page.model, Columns.JOB_NUMBER) == SAKURA_OPEN
    assert page.count_label.text() == "該当 5 件"
    # with a word too: both conditions apply
    type_text(qtbot, form.free_words, "事務")
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        qtbot.keyClick(form.free_words, Qt.Key.Key_Return)
    assert row_texts(page.model, Columns.JOB_NUMBER) == ["06010-00000001"]
    assert f"事業所番号 {SAKURA}" in describe(form.conditions())


def test_the_button_on_a_job_sheet_shows_that_employers_postings(qtbot, job_window) -> None:
    page = search_words(qtbot, job_window, "倉庫")
    detail = job_window.jobs.detail
    with qtbot.waitSignal(detail.job_shown, timeout=WAIT_MS):
        double_click_row(qtbot, page.table, 0)
    assert job_window.pages.currentWidget() is detail
    assert detail.sheet.values["employer_number"].text() == SAKURA
    assert detail.sheet.values["company_name"].text() == "株式会社さくら"
    assert detail.employer_button.isEnabled()
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, detail.employer_button)
    assert job_window.pages.currentWidget() is page
    assert page.form.employer_number.text() == SAKURA
    assert page.form.free_words.text() == ""  # only the employer number
    assert row_texts(page.model, Columns.JOB_NUMBER) == SAKURA_OPEN
    assert set(row_texts(page.model, Columns.COMPANY)) == {"株式会社さくら"}
