"""「この条件を保存」 and 保存した検索条件 driven like a user (issue #4)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QMessageBox
from test_job_support import (  # noqa: F401 (job_window_fixture: a fixture)
    WAIT_MS,
    click,
    job_window_fixture,
    row_texts,
    search_page,
    search_words,
    type_text,
)

from mypage_desktop.domain.jobs import JobConditions
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.ui.jobs.result_model import Columns
from mypage_desktop.ui.jobs.saved_model import Columns as SavedColumns
from mypage_desktop.ui.shell.main_window import Page
from services.job_fixtures import posting


def save_as(qtbot, page, name: str):  # type: ignore[no-untyped-def]
    click(qtbot, page.save_button)
    dialog = page.saver.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, name)
    click(qtbot, dialog.ok_button)
    return dialog


def show_saved(qtbot, window):  # type: ignore[no-untyped-def]
    saved = window.jobs.saved
    with qtbot.waitSignal(saved.refreshed, timeout=WAIT_MS):
        window.select_page(Page.SAVED)
    return saved


def test_save_see_new_postings_run_rename_delete(qtbot, job_window, ctx, clock) -> None:
    page = search_words(qtbot, job_window, "介護")
    with qtbot.waitSignal(page.search_saved, timeout=WAIT_MS):
        dialog = save_as(qtbot, page, "介護の仕事")
    assert not dialog.isVisible()
    assert page.info.text().startswith("検索条件「介護の仕事」を保存しました。")

    saved = show_saved(qtbot, job_window)
    assert row_texts(saved.model, SavedColumns.NAME) == ["介護の仕事"]
    assert row_texts(saved.model, SavedColumns.SUMMARY) == ["フリーワード「介護」"]
    assert row_texts(saved.model, SavedColumns.NEW) == ["新着 0 件"]
    assert row_texts(saved.model, SavedColumns.LAST_RUN) == ["2026年11月25日 19時00分"]

    clock.advance(minutes=2)  # a new posting arrives after the save (the session stays alive)
    with ctx.session_factory.begin() as session:
        upsert_postings(session, [posting(50, occupation="訪問介護員")], clock.now)
    job_window.select_page(Page.HOME)
    saved = show_saved(qtbot, job_window)
    assert row_texts(saved.model, SavedColumns.NEW) == ["新着 1 件"]

    # 「この条件で検索」: the form is filled and the search runs
    page.form.reset()
    with qtbot.waitSignal(page.search_finished, timeout=WAIT_MS):
        click(qtbot, saved.run_button)
    assert job_window.pages.currentWidget() is page
    assert page.form.free_words.text() == "介護"
    assert "訪問介護員" in row_texts(page.model, Columns.OCCUPATION)
    assert page.count_label.text() == "該当 3 件"
    saved = show_saved(qtbot, job_window)
    assert row_texts(saved.model, SavedColumns.NEW) == ["新着 0 件"]

    # 「名前を変更」: a non-blocking dialog; a bad name gets its message, the typed text stays
    click(qtbot, saved.rename_button)
    rename = saved.dialog
    assert rename is not None and rename.isVisible() and rename.name_edit.text() == "介護の仕事"
    rename.name_edit.clear()
    type_text(qtbot, rename.name_edit, "あ" * 41)
    click(qtbot, rename.ok_button)
    qtbot.waitUntil(lambda: rename.error.isVisible(), timeout=WAIT_MS)
    assert rename.error.text() == "条件の名前は40文字以内で入力してください。"
    assert rename.name_edit.text() == "あ" * 41
    rename.name_edit.clear()
    type_text(qtbot, rename.name_edit, "介護（山形）")
    with qtbot.waitSignal(saved.refreshed, timeout=WAIT_MS):
        click(qtbot, rename.ok_button)
    assert row_texts(saved.model, SavedColumns.NAME) == ["介護（山形）"]

    # 「削除」 asks first (non-blocking)
    click(qtbot, saved.delete_button)
    box = saved.confirm
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "保存した検索条件「介護（山形）」を削除しますか？"
    yes = next(b for b in box.buttons() if b.text() == "削除する")
    with qtbot.waitSignal(saved.refreshed, timeout=WAIT_MS):
        click(qtbot, yes)
    assert saved.model.rowCount() == 0 and saved.empty_label.isVisible()
    assert not saved.run_button.isEnabled()


def test_cancel_on_the_delete_question_keeps_the_search(qtbot, job_window) -> None:
    page = search_words(qtbot, job_window, "事務")
    with qtbot.waitSignal(page.search_saved, timeout=WAIT_MS):
        save_as(qtbot, page, "事務")
    saved = show_saved(qtbot, job_window)
    click(qtbot, saved.delete_button)
    box = saved.confirm
    click(qtbot, next(b for b in box.buttons() if b.text() == "キャンセル"))
    qtbot.wait(20)
    assert saved.model.rowCount() == 1


def test_the_saved_search_limit_is_shown_in_the_dialog(qtbot, job_window, ctx) -> None:
    ctx.settings = dataclasses.replace(ctx.settings, saved_search_max=1)
    page = search_words(qtbot, job_window, "介護")
    with qtbot.waitSignal(page.search_saved, timeout=WAIT_MS):
        save_as(qtbot, page, "一つ目")
    dialog = save_as(qtbot, page, "二つ目")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert dialog.error.text() == "保存できる検索条件は1件までです。不要な条件を削除してから保存してください。"
    assert dialog.isVisible() and dialog.name_edit.text() == "二つ目"
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible()


def test_saving_bad_conditions_points_at_the_form(qtbot, job_window) -> None:
    page = search_page(job_window)
    type_text(qtbot, page.form.min_wage, "abc")
    dialog = save_as(qtbot, page, "賃金")
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert page.form.errors["min_wage"].isVisible()
    assert page.form.conditions() == JobConditions(min_wage="abc")
