"""求職公開 and 直接リクエスト driven like a user (issue 12, docs/product-rules.md §publication): the
box on 求職者情報・設定 (preview of exactly the employer's view, publish with a confirmation,
refusals that keep what was typed, withdraw), and the answers under a 直接リクエスト in お知らせ."""

from __future__ import annotations

from typing import Any

from helpers import WAIT_MS, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_messages_support import (
    activity_fixture,  # noqa: F401 (a fixture)
    click_row,
    row_of,
)
from test_notices_page import show_notices
from test_registration_page import Pages, click, pages_fixture, show_registration  # noqa: F401

from mypage_desktop.domain.documents import DocumentKind
from mypage_desktop.domain.publication_dto import PublicationForm
from mypage_desktop.ui.messages.common import ID_ROLE
from mypage_desktop.ui.mypage.publication_box import PublicationBox
from mypage_desktop.ui.mypage.registration_page import RegistrationPage
from services.activity_helpers import ONLINE_3, ONLINE_4, employer
from services.pdf_samples import TEXT_RENAMED, tiny_pdf


def page_with_box(qtbot: Any, pages: Pages) -> RegistrationPage:
    page = show_registration(qtbot, pages)
    box = page.publication
    qtbot.waitUntil(lambda: box.info is not None and not box.busy, timeout=WAIT_MS)
    return page


def type_into(qtbot: Any, box: PublicationBox, name: str, text: str) -> None:
    edit = box.edits[name]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def press(qtbot: Any, box: QMessageBox, text: str) -> None:
    click(qtbot, next(b for b in box.buttons() if b.text() == text))


def test_preview_publish_and_withdraw_with_confirmations(qtbot, pages: Pages, facade) -> None:
    page = page_with_box(qtbot, pages)  # the page owns the box: keep it referenced
    box = page.publication
    assert box.status.text() == "公開していません"
    assert box.publish_button.text() == "公開する" and not box.withdraw_button.isEnabled()
    type_into(qtbot, box, "wish_occupation", "一般事務")
    type_into(qtbot, box, "experience", "経理事務を8年")
    type_into(qtbot, box, "self_pr", "丁寧な仕事が得意です")
    click(qtbot, box.preview_button)
    qtbot.waitUntil(lambda: box.preview.isVisible(), timeout=WAIT_MS)
    shown = box.preview.text()
    assert "希望職種: 一般事務" in shown and "年代: 40代" in shown and "経理事務を8年" in shown
    assert "（公開したときに決まります）" in shown
    for private in ("山形 太郎", "ヤマガタ", "1985", "@example"):
        assert private not in shown

    click(qtbot, box.publish_button)  # キャンセル first: nothing is published
    qtbot.waitUntil(lambda: isinstance(box.dialog, QMessageBox) and box.dialog.isVisible(), timeout=WAIT_MS)
    assert isinstance(box.dialog, QMessageBox)
    assert "この内容で求職情報を公開しますか。" in box.dialog.text() and "希望職種: 一般事務" in box.dialog.text()
    press(qtbot, box.dialog, "キャンセル")
    assert box.info is not None and not box.info.published

    click(qtbot, box.publish_button)
    qtbot.waitUntil(lambda: isinstance(box.dialog, QMessageBox) and box.dialog.isVisible(), timeout=WAIT_MS)
    assert isinstance(box.dialog, QMessageBox)
    press(qtbot, box.dialog, "公開する")
    qtbot.waitUntil(lambda: box.info is not None and box.info.published and not box.busy, timeout=WAIT_MS)
    number = box.info.profile.public_number
    assert box.status.text().startswith("公開中（") and number in box.status.text()
    assert box.done_label.text() == "求職情報を公開しました。" and f"求職公開番号: {number}" in box.preview.text()
    assert box.publish_button.text() == "公開内容を更新する" and box.withdraw_button.isEnabled()

    click(qtbot, box.withdraw_button)
    assert isinstance(box.dialog, QMessageBox) and "取り下げますか" in box.dialog.text()
    press(qtbot, box.dialog, "取り下げる")
    qtbot.waitUntil(lambda: box.info is not None and not box.info.published and not box.busy, timeout=WAIT_MS)
    assert box.status.text().startswith("公開していません（")
    assert box.done_label.text() == "求職情報の公開を取り下げました。"
    assert box.form().wish_occupation == "一般事務"  # what was typed stays for a later publication


def test_bad_input_is_named_under_its_field_and_kept(qtbot, pages: Pages) -> None:
    page = page_with_box(qtbot, pages)  # the page owns the box: keep it referenced
    box = page.publication
    type_into(qtbot, box, "wish_occupation", "")
    box.edits["self_pr"].setPlainText("連絡先 090-1234-5678 までどうぞ")
    box.edits["qualifications"].setPlainText("簿記\x07")
    click(qtbot, box.publish_button)
    qtbot.waitUntil(lambda: box.errors["self_pr"].isVisible(), timeout=WAIT_MS)
    assert box.errors["wish_occupation"].text() == "希望職種を入力してください。"
    assert "メールアドレスや電話番号は書けません" in box.errors["self_pr"].text()
    assert "制御文字" in box.errors["qualifications"].text()
    assert box.dialog is None and box.info is not None and not box.info.published
    assert box.form().self_pr == "連絡先 090-1234-5678 までどうぞ"
    type_into(qtbot, box, "wish_occupation", "事")
    assert not box.errors["wish_occupation"].isVisible()  # typing clears that field's message


def test_a_direct_request_is_answered_by_applying_or_declining(qtbot, activity, ctx, facade) -> None:  # noqa: F811
    token = activity.seeker.token
    number = facade.publish_profile(token, PublicationForm("介護職員")).profile.public_number
    report = employer(ctx, {"event_id": "dr-1", "type": "direct_request", "posting": ONLINE_3.job_number,
                            "seeker": number, "body": "ぜひご検討ください。"},
                      {"event_id": "dr-2", "type": "direct_request", "posting": ONLINE_4.job_number, "seeker": number})
    assert not report.problems, report.problems
    page = show_notices(qtbot, activity)
    first, second = sorted(n.notice_id for n in facade.notices(token).notices if n.direct_request_id)
    click_row(qtbot, page.table, row_of(page.table, first, ID_ROLE))
    request_box = page.request_box
    qtbot.waitUntil(lambda: request_box.info is not None, timeout=WAIT_MS)
    assert page.view.job_label.text().startswith("直接リクエストの求人: 介護職員（社会福祉法人もがみ会）")
    assert page.view.job_button.isEnabled() and "ぜひご検討ください。" in page.view.body.toPlainText()
    assert request_box.apply_button.isEnabled() and request_box.decline_button.isEnabled()
    with qtbot.waitSignal(page.job_requested, timeout=WAIT_MS) as opened:
        click(qtbot, page.view.job_button)
    assert opened.args == [activity.jobs[ONLINE_3.job_number]]

    click(qtbot, request_box.apply_button)
    dialog = request_box.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.edit.setPlainText("   ")
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert dialog.error.text() == "志望動機を入力してください。" and dialog.isVisible()
    dialog.edit.setPlainText("介護の経験を活かしたく応募します。")
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: request_box.info is not None and request_box.info.answer == "応募", timeout=WAIT_MS)
    assert request_box.state.text().startswith("回答済み: 応募しました")
    assert request_box.info.application_number and request_box.info.application_number in request_box.state.text()
    assert not request_box.apply_button.isEnabled() and not request_box.decline_button.isEnabled()

    click_row(qtbot, page.table, row_of(page.table, second, ID_ROLE))
    qtbot.waitUntil(lambda: request_box.info is not None and request_box.info.notice_id == second, timeout=WAIT_MS)
    click(qtbot, request_box.decline_button)
    question = request_box.question
    assert isinstance(question, QMessageBox) and "辞退しますか" in question.text()
    press(qtbot, question, "辞退する")
    qtbot.waitUntil(lambda: request_box.info is not None and request_box.info.answer == "辞退", timeout=WAIT_MS)
    assert request_box.state.text().startswith("回答済み: 辞退しました")
    assert not request_box.apply_button.isEnabled() and not request_box.decline_button.isEnabled()
    click_row(qtbot, page.table, row_of(page.table, first, ID_ROLE))  # the answer shows again later
    qtbot.waitUntil(lambda: request_box.info is not None and request_box.info.notice_id == first, timeout=WAIT_MS)
    assert request_box.state.text().startswith("回答済み: 応募しました")


def test_the_counter_panel_says_whether_the_profile_is_published(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from mypage_desktop.domain.staff_dto import SeekerSummary
    from mypage_desktop.ui.staff.seeker_panel import SeekerPanel

    panel = SeekerPanel()
    qtbot.addWidget(panel)
    summary = SeekerSummary(1, "06010-12345678", "山形 太郎", "ヤマガタ タロウ", date(1985, 4, 12), "", "", "有効",
                            date(2026, 11, 18), date(2027, 1, 31), None, False, False, False, 0, False, False,
                            "一般事務", "", "", published=True)
    panel.show_seeker(summary)
    assert panel.values["published"].text() == "公開中（事業所が匿名で閲覧できます）"
    panel.show_seeker(SeekerSummary(**{**vars(summary), "published": False}))
    assert panel.values["published"].text() == "公開していません"


def test_applying_to_a_direct_request_attaches_a_pdf(qtbot, activity, ctx, facade, tmp_path) -> None:  # noqa: F811
    """The answer dialog has the 応募書類 rows of the apply dialog: a 履歴書 PDF goes with it
    and a renamed text file is refused in the dialog, the rest kept."""
    token = activity.seeker.token
    number = facade.publish_profile(token, PublicationForm("介護職員")).profile.public_number
    report = employer(ctx, {"event_id": "dr-9", "type": "direct_request", "posting": ONLINE_3.job_number,
                            "seeker": number})
    assert not report.problems, report.problems
    page = show_notices(qtbot, activity)
    notice = next(n.notice_id for n in facade.notices(token).notices if n.direct_request_id)
    click_row(qtbot, page.table, row_of(page.table, notice, ID_ROLE))
    request_box = page.request_box
    qtbot.waitUntil(lambda: request_box.info is not None, timeout=WAIT_MS)
    click(qtbot, request_box.apply_button)
    dialog = request_box.dialog
    assert dialog is not None and dialog.isVisible()
    resume, career = dialog.rows[DocumentKind.RESUME], dialog.rows[DocumentKind.CAREER]
    assert resume.choose_button.isVisible() and not resume.write_button.isVisible()
    renamed = tmp_path / "memo.pdf"
    renamed.write_bytes(TEXT_RENAMED)
    career.attach_file(renamed)
    qtbot.waitUntil(lambda: career.error.isVisible(), timeout=WAIT_MS)
    assert career.document is None and "PDFファイルではない" in career.error.text()
    pdf = tmp_path / "rirekisho.pdf"
    pdf.write_bytes(tiny_pdf())
    resume.attach_file(pdf)
    qtbot.waitUntil(lambda: resume.document is not None, timeout=WAIT_MS)
    assert resume.state.text().startswith("rirekisho.pdf（") and dialog.apply_button.isEnabled()
    dialog.edit.setPlainText("介護の経験を活かしたく応募します。")
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: request_box.info is not None and request_box.info.answer == "応募", timeout=WAIT_MS)
    assert request_box.info.application_id is not None
    stored = facade.application_detail(token, request_box.info.application_id)
    assert [(d.kind, d.file_name) for d in stored.documents] == [("履歴書", "rirekisho.pdf")]
