"""「応募する」 on the 求人票 (オンライン自主応募, issue #5) driven like a user: the check, the
confirmation, the application in 応募履歴, a second application refused, the reasons the
button is disabled (応募済み, no online application, 募集終了, 求職状態 無効)."""

from __future__ import annotations

from helpers import WAIT_MS, type_text
from sqlalchemy import func, select
from test_applications_support import (  # noqa: F401 (job_window_fixture: a fixture)
    cell,
    click,
    column_texts,
    job_window_fixture,
    message_box_button,
    open_applications,
    row_of,
)
from test_job_support import double_click_row, search_words

from mypage_desktop.db.activity_models import JobApplication
from mypage_desktop.db.job_models import JobPosting
from mypage_desktop.domain.rule_texts import MESSAGES
from mypage_desktop.ui.applications.applications_model import Columns
from mypage_desktop.ui.shell.main_window import Page

MOTIVATION = "貴社の理念に共感し、これまでの経験を活かしたいと考え応募しました。"


def job_id(ctx, job_number: str) -> int:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        return int(session.scalar(select(JobPosting.id).where(JobPosting.job_number == job_number)))


def applications_for(ctx, job: int) -> int:  # type: ignore[no-untyped-def]
    with ctx.session_factory() as session:
        return int(session.scalar(select(func.count()).select_from(JobApplication)
                                  .where(JobApplication.job_id == job)) or 0)


def open_job(qtbot, window, job: int):  # type: ignore[no-untyped-def]
    """Opens a 求人票 by id (as 応募履歴 or a notice does) and waits for the 応募 box."""
    detail = window.jobs.detail
    with qtbot.waitSignal(detail.apply_state_changed, timeout=WAIT_MS):
        window._on_page_job_requested(job)
    assert window.pages.currentWidget() is detail
    return detail


def write_motivation(qtbot, detail) -> None:  # type: ignore[no-untyped-def]
    """In the apply dialog: types a 志望動機 and presses 「応募する」 (the confirmation opens)."""
    dialog = detail.apply_panel.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.motivation_edit, MOTIVATION)
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: detail.apply_panel.confirm_box is not None, timeout=WAIT_MS)


def token_of(window) -> str:  # type: ignore[no-untyped-def]
    return window.test_owner._token  # the window's own session (a second login would end it, S4)


def test_apply_from_the_search_result_and_see_it_in_応募履歴(qtbot, job_window, ctx) -> None:
    search_words(qtbot, job_window, "介護職員")
    detail = job_window.jobs.detail
    with qtbot.waitSignal(detail.apply_state_changed, timeout=WAIT_MS):
        double_click_row(qtbot, job_window.jobs.search.table, 0)
    assert detail.sheet.values["job_number"].text() == "06010-00000002"
    assert detail.apply_button.isEnabled()
    assert detail.apply_note.text() == ("この求人には、このマイページからオンラインで応募できます"
                                        "（オンライン自主応募）。")

    click(qtbot, detail.apply_button)
    write_motivation(qtbot, detail)
    box = detail.apply_panel.confirm_box
    assert box is not None
    assert "事業所名：社会福祉法人もがみ会" in box.text() and "職種：介護職員（介護福祉士）" in box.text()
    assert "求人番号：06010-00000002" in box.text() and "求職者情報" in box.text()
    click(qtbot, message_box_button(qtbot, "キャンセル"))
    qtbot.waitUntil(lambda: detail.apply_panel.confirm_box is None, timeout=WAIT_MS)
    assert applications_for(ctx, job_id(ctx, "06010-00000002")) == 0
    assert detail.apply_button.isEnabled()

    applied: list[int] = []
    detail.applied.connect(applied.append)
    dialog = detail.apply_panel.dialog
    assert dialog is not None and dialog.isVisible()  # the confirmation's キャンセル goes back to the dialog
    assert dialog.motivation_edit.toPlainText() == MOTIVATION
    click(qtbot, dialog.apply_button)
    click(qtbot, message_box_button(qtbot, "応募する"))
    assert not detail.apply_button.isEnabled()  # while it is sent: one application (docs/security.md D3)
    assert detail.apply_note.text() == "応募しています…"
    qtbot.waitUntil(lambda: bool(applied), timeout=WAIT_MS)
    application_id = applied[0]
    with ctx.session_factory() as session:
        number = session.get_one(JobApplication, application_id).application_number
    assert detail.apply_panel.result.isVisible()
    assert f"応募番号：{number}" in detail.apply_panel.result.text()
    assert not detail.apply_button.isEnabled()
    assert detail.apply_note.text().startswith("応募済みです。")

    page = open_applications(qtbot, job_window)
    row = row_of(page, application_id)
    assert cell(page, row, Columns.SOURCE) == "オンライン自主応募"
    assert cell(page, row, Columns.STATUS) == "応募済"
    assert cell(page, row, Columns.COMPANY) == "社会福祉法人もがみ会"
    assert cell(page, row, Columns.NUMBER) == number
    assert column_texts(page, Columns.NUMBER) == [number]


def test_applying_twice_is_refused_with_the_message(qtbot, job_window, ctx, facade) -> None:
    job = job_id(ctx, "06010-00000001")
    detail = open_job(qtbot, job_window, job)
    assert detail.apply_button.isEnabled()
    facade.apply_online(token_of(job_window), job, MOTIVATION)  # meanwhile, e.g. from a second window
    click(qtbot, detail.apply_button)
    write_motivation(qtbot, detail)
    with qtbot.waitSignal(detail.apply_state_changed, timeout=WAIT_MS):
        click(qtbot, message_box_button(qtbot, "応募する"))
    assert detail.apply_panel.error.isVisible()
    assert detail.apply_panel.error.text() == MESSAGES["application.duplicate"]
    assert not detail.apply_button.isEnabled()
    assert detail.apply_note.text().startswith("応募済みです。")
    assert applications_for(ctx, job) == 1

    detail = open_job(qtbot, job_window, job)  # opened again: refused before any click
    assert not detail.apply_button.isEnabled()
    assert detail.apply_note.text().startswith("応募済みです。")
    assert not detail.apply_panel.error.isVisible()

    history = detail.apply_panel.history_button  # 「応募履歴で見る」 leads to that application
    assert history.isVisible() and history.text() == "応募履歴で見る"
    click(qtbot, history)
    page = job_window.page(Page.APPLICATIONS)
    qtbot.waitUntil(lambda: page.selected_id() is not None, timeout=WAIT_MS)
    assert job_window.pages.currentWidget() is page
    with ctx.session_factory() as session:
        mine = session.scalar(select(JobApplication.id).where(JobApplication.job_id == job))
    assert page.selected_id() == mine


def test_postings_without_online_application_or_closed_say_why(qtbot, job_window, ctx) -> None:
    detail = open_job(qtbot, job_window, job_id(ctx, "06010-00000003"))
    assert not detail.apply_button.isEnabled()
    assert detail.apply_note.text() == MESSAGES["application.online_not_accepted"]
    assert "ハローワークの窓口で紹介を受けてください" in detail.apply_note.text()
    detail = open_job(qtbot, job_window, job_id(ctx, "06010-00000006"))
    assert detail.closed_banner.isVisible()
    assert not detail.apply_button.isEnabled()
    assert detail.apply_note.text() == MESSAGES["application.job_closed"]


def test_while_無効_the_button_is_disabled_with_the_explanation(qtbot, job_window, ctx, facade) -> None:
    detail = open_job(qtbot, job_window, job_id(ctx, "06010-00000002"))
    assert detail.apply_button.isEnabled()
    facade.set_registration_status(token_of(job_window), "無効")
    job_window.refresh_registration()  # what the 求職者情報 page's switch leads to
    qtbot.waitUntil(lambda: detail.apply_note.text() == MESSAGES["registration.inactive"], timeout=WAIT_MS)
    assert not detail.apply_button.isEnabled()
    detail = open_job(qtbot, job_window, job_id(ctx, "06010-00000004"))  # another one: the same
    assert not detail.apply_button.isEnabled()
    assert detail.apply_note.text() == MESSAGES["registration.inactive"]

    facade.set_registration_status(token_of(job_window), "有効")
    with qtbot.waitSignal(detail.apply_state_changed, timeout=WAIT_MS):
        job_window.refresh_registration()
    assert detail.apply_button.isEnabled()


def test_clear_wipes_the_apply_box(qtbot, job_window, ctx) -> None:
    """Logout (docs/security.md S5): the confirmation closes, the outcome and the 求人票 are gone."""
    detail = open_job(qtbot, job_window, job_id(ctx, "06010-00000002"))
    click(qtbot, detail.apply_button)
    dialog = detail.apply_panel.dialog
    write_motivation(qtbot, detail)
    box = detail.apply_panel.confirm_box
    assert box is not None and box.isVisible() and dialog is not None
    detail.clear()
    assert detail.apply_panel.confirm_box is None and not box.isVisible()
    assert detail.apply_panel.dialog is None and not dialog.isVisible()
    assert detail.apply_panel.job is None and detail.apply_panel.check is None
    assert detail.apply_note.text() == "" and not detail.apply_button.isEnabled()
    assert detail.apply_panel.registration is None
