"""紹介された求人・紹介状 driven like a user (issue #5; docs/security.md S5, I4).

Set ``REFERRALS_SCREENSHOTS=<folder>`` to keep PNGs of the page and the 紹介状 viewer."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from helpers import (
    log_in,
    start_controller,
    stop_controller,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from test_referrals_support import (  # noqa: F401 (referral_page_fixture: a fixture)
    MOGAMI,
    NOTE,
    SAKURA,
    STAFF,
    WAIT_MS,
    click,
    click_row,
    pdf_text,
    refer_demo_seeker,
    referral_page_fixture,
    row_texts,
)

from mypage_desktop.services.jobs.index_writer import close_postings, upsert_postings
from mypage_desktop.ui.referrals.referral_model import Columns
from mypage_desktop.ui.referrals.referrals_page import ReferralsPage
from mypage_desktop.ui.session.client import SessionClient
from mypage_desktop.ui.shell.main_window import Page


def screenshot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("REFERRALS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def answer_save(path: Path):  # type: ignore[no-untyped-def]
    """An injected 「PDFで保存…」 question that answers ``path`` at once."""
    asked: list[Path] = []

    def ask(_parent, suggested: Path, on_chosen) -> None:  # type: ignore[no-untyped-def]
        asked.append(suggested)
        on_chosen(path)

    ask.asked = asked  # type: ignore[attr-defined]
    return ask


def open_letter(qtbot, page: ReferralsPage):  # type: ignore[no-untyped-def]
    click(qtbot, page.letter_button)
    qtbot.waitUntil(lambda: page.letter_dialog is not None and page.letter_dialog.isVisible(), timeout=WAIT_MS)
    return page.letter_dialog


def test_log_in_open_the_referral_and_save_its_letter_as_pdf(qtbot, qloop, backend, ctx, clock,
                                                             tmp_path) -> None:
    referred = refer_demo_seeker(backend, ctx, clock)
    controller = start_controller(qtbot, backend)
    try:
        log_in(qtbot, controller.login_window)
        qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                        timeout=WAIT_MS)
        main = controller.main_window
        main.resize(1280, 900)
        nav = main.nav
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=nav.visualItemRect(nav.item(Page.REFERRALS)).center())
        page = main.page(Page.REFERRALS)
        assert main.pages.currentWidget() is page
        qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.detail.detail is not None, timeout=WAIT_MS)
        # newest first, every column as the user reads it
        assert row_texts(page.table, Columns.NUMBER) == referred.referral_numbers[::-1]
        assert row_texts(page.table, Columns.COMPANY) == ["社会福祉法人もがみ会", "株式会社さくら"]
        assert row_texts(page.table, Columns.REFERRED_ON) == ["2026/11/26", "2026/11/25"]
        assert row_texts(page.table, Columns.OCCUPATION) == ["介護職員", "一般事務"]
        assert row_texts(page.table, Columns.PLACE) == ["山形県天童市", "山形県山形市"]
        assert row_texts(page.table, Columns.STATUS) == ["応募済", "応募済"]
        assert row_texts(page.table, Columns.SOURCE) == [f"ハローワークやまがた／{STAFF}"] * 2

        click_row(qtbot, page.table, 1)
        qtbot.waitUntil(lambda: page.detail.detail is not None
                        and page.detail.detail.summary.referral_number == referred.referral_numbers[0],
                        timeout=WAIT_MS)
        sheet = {key: label.text() for key, label in page.detail.sheet.values.items()}
        assert sheet["company_name"] == "株式会社さくら" and sheet["job_number"] == SAKURA.job_number
        assert sheet["working_hours"] == "8時30分〜17時15分"
        assert page.detail.note.text() == NOTE
        assert not page.detail.closed_banner.isVisible()
        assert page.job_button.isEnabled() and page.application_button.isEnabled()
        screenshot(main, "referrals_page")
        main.resize(960, 640)  # the window's minimum size
        qtbot.wait(50)
        screenshot(main, "referrals_page_small")

        target = tmp_path / "out" / "紹介状.pdf"
        target.parent.mkdir()
        ask = answer_save(target)
        page.letter_dialog_options = {"ask_save_path": ask}
        dialog = open_letter(qtbot, page)
        assert dialog.letter.referral_number == referred.referral_numbers[0]
        viewer_text = dialog.viewer.toPlainText()
        assert "山形 太郎" in viewer_text and "株式会社さくら" in viewer_text
        screenshot(dialog, "referral_letter_dialog")
        with qtbot.waitSignal(dialog.pdf_saved, timeout=WAIT_MS) as saved:
            click(qtbot, dialog.save_button)
        assert saved.args == [str(target)]
        assert ask.asked[0].name == f"紹介状_{referred.referral_numbers[0]}.pdf"
        assert dialog.message.isVisible() and str(target) in dialog.message.text()
        assert sorted(p.name for p in target.parent.iterdir()) == ["紹介状.pdf"]  # no temporary file left
        text = pdf_text(target)
        for expected in ("紹介状", "山形太郎", "ヤマガタタロウ", referred.seeker_number, referred.referral_numbers[0],
                         "株式会社さくら", SAKURA.job_number, "一般事務", "山形県山形市", "月給180,000円〜220,000円",
                         "正社員", "8時30分〜17時15分", "佐藤健", "ハローワークやまがた", "06010", NOTE,
                         "2026年11月25日", "紹介日", "紹介番号", "求職番号", "氏名", "フリガナ", "事業所名", "職種",
                         "就業場所", "賃金", "雇用形態", "就業時間", "担当", "備考", "この紹介状をお持ちの方は",
                         "採否"):
            assert expected in text, expected
    finally:
        stop_controller(controller)


def test_S5_logout_wipes_the_table_the_detail_and_the_open_letter(qtbot, qloop, backend, ctx, clock) -> None:
    refer_demo_seeker(backend, ctx, clock)
    controller = start_controller(qtbot, backend)
    try:
        log_in(qtbot, controller.login_window)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
        main = controller.main_window
        main.select_page(Page.REFERRALS)
        page = main.page(Page.REFERRALS)
        qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=WAIT_MS)
        dialog = open_letter(qtbot, page)
        closed: list[int] = []
        dialog.destroyed.connect(lambda: closed.append(1))
        with qtbot.waitSignal(controller.owner.session_revoked, timeout=WAIT_MS):
            click(qtbot, main.logout_button)
            # wiped at once, before the revocation finished (the window goes away after it)
            assert page.model.rowCount() == 0 and page.proxy.rowCount() == 0
            assert page.detail.detail is None
            assert all(label.text() == "" for label in page.detail.sheet.values.values())
            assert page.detail.note.text() == "" and page.detail.title.text() == ""
            assert page.detail.info.text() == ""
            assert page.letter_dialog is None and not dialog.isVisible()
            assert not page.letter_button.isEnabled() and not page.job_button.isEnabled()
        qtbot.waitUntil(lambda: closed == [1], timeout=WAIT_MS)  # the letter and its document are gone
    finally:
        stop_controller(controller)


def test_the_page_shows_the_posting_as_referred_not_as_it_is_now(qtbot, referral_page, backend, ctx,
                                                                 clock, tmp_path) -> None:
    page = referral_page
    with ctx.session_factory.begin() as session:  # the employer rewrites the posting afterwards
        changed = dataclasses.replace(SAKURA, company_name="株式会社さくら新社", working_hours="9時00分〜18時00分",
                                      wage_min=150000, wage_max=150000)
        upsert_postings(session, [changed], clock.now)
    click_row(qtbot, page.table, 1)
    qtbot.waitUntil(lambda: page.detail.detail is not None
                    and page.detail.detail.summary.job_number == SAKURA.job_number and not page.busy,
                    timeout=WAIT_MS)
    sheet = {key: label.text() for key, label in page.detail.sheet.values.items()}
    assert sheet["company_name"] == "株式会社さくら"
    assert sheet["working_hours"] == "8時30分〜17時15分"
    assert sheet["wage"] == "月給 180,000円〜220,000円"
    assert "紹介した時点（2026年11月25日）" in page.detail.snapshot_caption.text()
    assert row_texts(page.table, Columns.COMPANY)[1] == "株式会社さくら"
    # …and so does the letter and its PDF
    target = tmp_path / "letter.pdf"
    page.letter_dialog_options = {"ask_save_path": answer_save(target)}
    dialog = open_letter(qtbot, page)
    with qtbot.waitSignal(dialog.pdf_saved, timeout=WAIT_MS):
        click(qtbot, dialog.save_button)
    text = pdf_text(target)
    assert "株式会社さくら" in text and "新社" not in text and "9時00分" not in text


def test_a_closed_posting_is_marked_and_cannot_be_opened_live(qtbot, referral_page, ctx, clock) -> None:
    page = referral_page
    with ctx.session_factory.begin() as session:
        close_postings(session, [MOGAMI.job_number], clock.now)
    page.activate()  # showing the page again refreshes the open referral
    qtbot.waitUntil(lambda: page.detail.closed_banner.isVisible(), timeout=WAIT_MS)
    assert "募集終了" in page.detail.closed_banner.text()
    assert not page.job_button.isEnabled()
    assert page.detail.sheet.values["company_name"].text() == "社会福祉法人もがみ会"  # still shown as referred
    screenshot(page, "referrals_closed")
    click_row(qtbot, page.table, 1)  # the other one is still open
    qtbot.waitUntil(lambda: page.detail.detail is not None and not page.detail.detail.posting_closed_now
                    and not page.busy, timeout=WAIT_MS)
    assert not page.detail.closed_banner.isVisible() and page.job_button.isEnabled()


def test_buttons_ask_for_the_application_and_the_live_posting(qtbot, referral_page) -> None:
    page = referral_page
    referred = page.referred
    click_row(qtbot, page.table, 1)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.summary.referral_number
                    == referred.referral_numbers[0] and not page.busy, timeout=WAIT_MS)
    with qtbot.waitSignal(page.application_requested, timeout=WAIT_MS) as application:
        click(qtbot, page.application_button)
    assert application.args == [referred.application_ids[0]]
    with qtbot.waitSignal(page.job_requested, timeout=WAIT_MS) as job:
        click(qtbot, page.job_button)
    assert job.args == [referred.job_ids[0]]


def click_header(qtbot, page: ReferralsPage, column: int) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2))


def test_sorting_and_the_selection_survive_a_return_to_the_page(qtbot, referral_page) -> None:
    page = referral_page
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == Columns.REFERRED_ON
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_header(qtbot, page, Columns.COMPANY)
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    names = sorted(["株式会社さくら", "社会福祉法人もがみ会"], reverse=not ascending)
    assert row_texts(page.table, Columns.COMPANY) == names
    click_header(qtbot, page, Columns.COMPANY)
    assert row_texts(page.table, Columns.COMPANY) == names[::-1]
    before = row_texts(page.table, Columns.COMPANY)
    click_row(qtbot, page.table, 1)
    chosen = page.selected()
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.hide()
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert resets == []  # nothing changed, so nothing was reset
    assert page.selected() == chosen
    assert row_texts(page.table, Columns.COMPANY) == before
    assert page.table.horizontalHeader().sortIndicatorSection() == Columns.COMPANY


def test_a_seeker_without_referrals_sees_why_the_list_is_empty(qtbot, qloop, backend) -> None:
    from helpers import DEMO_EMAIL, GOOD_PASSWORD, open_demo_account

    from mypage_desktop.ui.session.owner import SessionOwner
    from mypage_desktop.ui.session.reasons import REASON_QUIT

    open_demo_account(backend)
    result = backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD)
    owner = SessionOwner(backend.facade)
    owner.begin(result.token, result.profile)
    page = ReferralsPage(SessionClient(owner, backend.facade))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert page.empty_label.isVisible() and "まだありません" in page.empty_label.text()
    assert not page.letter_button.isEnabled()
    owner.end_session(REASON_QUIT, blocking=True)


def test_enter_on_a_row_opens_its_letter(qtbot, referral_page) -> None:
    page = referral_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.summary.referral_number
                    == page.referred.referral_numbers[0] and not page.busy, timeout=WAIT_MS)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.letter_dialog is not None and page.letter_dialog.isVisible(), timeout=WAIT_MS)
    assert page.letter_dialog.letter.referral_number == page.referred.referral_numbers[0]
    qtbot.keyClick(page.letter_dialog, Qt.Key.Key_Escape)
    assert page.letter_dialog is None


def test_the_table_model_passes_the_model_tester(qtmodeltester) -> None:
    from datetime import date

    from mypage_desktop.domain.activity_dto import ReferralSummary
    from mypage_desktop.ui.referrals.referral_model import ReferralModel, ReferralSortModel

    def summary(n: int, day: int, staff: str) -> ReferralSummary:
        return ReferralSummary(n, f"R06010-0000000{n}", date(2026, 11, day), "ハローワークやまがた", staff, 10 + n,
                               f"06010-0000000{n}", "<b>株式会社</b>", "一般事務", "山形県山形市", 20 + n, "応募済")

    model = ReferralModel()
    assert model.set_rows([summary(1, 25, "佐藤 健"), summary(2, 25, ""), summary(3, 24, "鈴木")])
    assert not model.set_rows(model.rows())  # unchanged: no reset
    qtmodeltester.check(model)
    proxy = ReferralSortModel(model)
    qtmodeltester.check(proxy)
    # newest first; the same day sorted by 紹介番号
    assert [proxy.index(r, Columns.NUMBER).data() for r in range(3)] == ["R06010-00000002", "R06010-00000001",
                                                                        "R06010-00000003"]
    assert model.index(1, Columns.SOURCE).data() == "ハローワークやまがた"
    assert model.index(0, Columns.COMPANY).data(Qt.ItemDataRole.ToolTipRole) == "<p>&lt;b&gt;株式会社&lt;/b&gt;</p>"


def test_the_main_window_follows_both_buttons(qtbot, qloop, backend, ctx, clock) -> None:
    """「応募履歴で見る」 switches to 応募履歴; 「現在の求人票を見る」 opens today's 求人票."""
    referred = refer_demo_seeker(backend, ctx, clock)
    controller = start_controller(qtbot, backend)
    try:
        log_in(qtbot, controller.login_window)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
        main = controller.main_window
        main.select_page(Page.REFERRALS)
        page = main.page(Page.REFERRALS)
        qtbot.waitUntil(lambda: page.detail.detail is not None and not page.busy, timeout=WAIT_MS)
        click(qtbot, page.application_button)
        assert main.pages.currentWidget() is main.page(Page.APPLICATIONS)
        main.select_page(Page.REFERRALS)
        qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
        click(qtbot, page.job_button)
        qtbot.waitUntil(lambda: main.jobs.detail.job is not None, timeout=WAIT_MS)
        assert main.pages.currentWidget() is main.jobs.detail
        assert main.jobs.detail.job.job_id == referred.job_ids[1]  # the newest referral, selected first
    finally:
        stop_controller(controller)
