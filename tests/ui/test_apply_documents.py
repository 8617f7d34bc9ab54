"""The apply dialog driven like a user (issue 12, docs/product-rules.md §application-documents):
the 志望動機 with its counter and limit, a 履歴書 and a 職務経歴書 attached through the dialog's
API (what the file dialog calls), a renamed text file and a too-big file refused in the dialog,
the confirmation naming the posting and the attachments, and the documents in 応募履歴."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

from helpers import WAIT_MS, type_text
from pypdf import PdfReader
from sqlalchemy import select, update
from test_applications_support import click, job_window_fixture, message_box_button  # noqa: F401 (a fixture)
from test_apply_online import job_id, open_job

from mypage_desktop.db.account_models import LoginAccount
from mypage_desktop.db.prereg_models import Preregistration
from mypage_desktop.domain.documents import MAX_DOCUMENT_BYTES, MOTIVATION_MAX, DocumentKind, pdf_problem
from mypage_desktop.services.preregistration import seeker as prereg
from mypage_desktop.ui.widgets import style
from services.helpers import DEMO_EMAIL
from services.pdf_samples import TEXT_RENAMED, tiny_pdf
from services.prereg_helpers import FULL_FORM

MOTIVATION = "特別養護老人ホームで五年働いた経験を活かしたいと考えました。"


def open_dialog(qtbot, job_window, ctx):  # type: ignore[no-untyped-def]
    detail = open_job(qtbot, job_window, job_id(ctx, "06010-00000002"))
    click(qtbot, detail.apply_button)
    dialog = detail.apply_panel.dialog
    assert dialog is not None and dialog.isVisible()
    return detail, dialog


def attach(qtbot, dialog, kind: DocumentKind, path: Path) -> None:  # type: ignore[no-untyped-def]
    row = dialog.row(kind)
    row.attach_file(path)
    qtbot.waitUntil(lambda: not row.busy, timeout=WAIT_MS)


def test_apply_with_a_motivation_and_two_pdfs(qtbot, job_window, ctx, facade, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    detail, dialog = open_dialog(qtbot, job_window, ctx)
    assert dialog.counter.text() == f"0 / {MOTIVATION_MAX}文字"
    click(qtbot, dialog.apply_button)  # nothing typed: refused in the dialog, no confirmation
    assert dialog.motivation_error.text() == "志望動機を入力してください。"
    assert detail.apply_panel.confirm_box is None
    type_text(qtbot, dialog.motivation_edit, MOTIVATION)
    assert dialog.counter.text() == f"{len(MOTIVATION)} / {MOTIVATION_MAX}文字"

    fake = tmp_path / "履歴書.pdf"
    fake.write_bytes(TEXT_RENAMED)
    attach(qtbot, dialog, DocumentKind.RESUME, fake)
    resume_row = dialog.row(DocumentKind.RESUME)
    assert resume_row.document is None
    assert resume_row.error.text().startswith("履歴書はPDFファイルではないため添付できません。")
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as file:
        file.truncate(MAX_DOCUMENT_BYTES + 1)
    attach(qtbot, dialog, DocumentKind.RESUME, huge)
    assert resume_row.error.text() == "履歴書のファイルが大きすぎます（5MBまで）。"

    real = tmp_path / "山形太郎_履歴書.pdf"
    real.write_bytes(tiny_pdf("Resume"))
    attach(qtbot, dialog, DocumentKind.RESUME, real)
    career = tmp_path / "career.pdf"
    career.write_bytes(tiny_pdf("Career"))
    attach(qtbot, dialog, DocumentKind.CAREER, career)
    assert resume_row.document is not None and not resume_row.error.isVisible()
    assert resume_row.state.text().startswith("山形太郎_履歴書.pdf（")

    click(qtbot, dialog.apply_button)
    box = detail.apply_panel.confirm_box
    assert box is not None
    text = box.text()
    assert "事業所名：社会福祉法人もがみ会" in text and "求人番号：06010-00000002" in text
    assert "履歴書：山形太郎_履歴書.pdf" in text and "職務経歴書：career.pdf" in text
    assert f"志望動機：{len(MOTIVATION)}文字" in text
    applied: list[int] = []
    detail.applied.connect(applied.append)
    click(qtbot, message_box_button(qtbot, "応募する"))
    qtbot.waitUntil(lambda: bool(applied), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: detail.apply_panel.dialog is None, timeout=WAIT_MS)  # closed and deleted
    assert "添付した書類：履歴書、職務経歴書" in detail.apply_panel.result.text()
    stored = facade.application_detail(job_window.test_owner._token, applied[0])
    assert stored.motivation == MOTIVATION
    assert [d.file_name for d in stored.documents] == ["山形太郎_履歴書.pdf", "career.pdf"]


def test_a_motivation_over_the_limit_is_counted_and_refused(qtbot, job_window, ctx) -> None:  # type: ignore[no-untyped-def]
    detail, dialog = open_dialog(qtbot, job_window, ctx)
    dialog.motivation_edit.setPlainText("あ" * (MOTIVATION_MAX + 1))  # pasted
    assert dialog.counter.text() == f"{MOTIVATION_MAX + 1} / {MOTIVATION_MAX}文字"
    assert f"color: {style.colours().error_text}" in dialog.counter.styleSheet()
    click(qtbot, dialog.apply_button)
    assert dialog.motivation_error.text() == (f"志望動機は{MOTIVATION_MAX}文字以内で入力してください"
                                              f"（現在{MOTIVATION_MAX + 1}文字）。")
    assert detail.apply_panel.confirm_box is None
    dialog.motivation_edit.setPlainText("志望動機\x07です")
    click(qtbot, dialog.apply_button)
    assert dialog.motivation_error.text() == "志望動機に使用できない制御文字が含まれています。"
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible() and detail.apply_panel.dialog is None
    assert detail.apply_button.isEnabled()


def test_a_resume_written_with_the_form_is_a_pdf_with_the_name_and_is_attached(qtbot, job_window, ctx,  # type: ignore[no-untyped-def]
                                                                                tmp_path: Path) -> None:
    detail, dialog = open_dialog(qtbot, job_window, ctx)
    row = dialog.row(DocumentKind.RESUME)
    click(qtbot, row.write_button)
    form = row.resume_dialog
    assert form is not None and form.isVisible()
    qtbot.waitUntil(lambda: form.value("name") != "", timeout=WAIT_MS)  # filled from 求職者情報
    assert (form.value("name"), form.value("birthdate")) == ("山形 太郎", form.registration.birthdate.isoformat())
    type_text(qtbot, form.fields["history"], "2004/04 株式会社さくら 入社")
    type_text(qtbot, form.fields["licenses"], "2010/06 普通自動車第一種運転免許 取得")
    data = form.pdf()
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))
    flat = text.replace("\t", "").replace(" ", "").replace("\n", "")  # the form spaces 履 歴 書 out
    assert flat.startswith("履歴書") and "山形太郎" in flat
    assert "株式会社さくら入社" in flat and "普通自動車第一種運転免許" in flat
    assert pdf_problem(data) is None  # what the server will check
    target = tmp_path / "saved"
    target.mkdir()
    task = form.save_pdf(target / "履歴書")
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    assert (target / "履歴書.pdf").read_bytes()[:5] == b"%PDF-"
    click(qtbot, form.attach_button)
    qtbot.waitUntil(lambda: row.document is not None, timeout=WAIT_MS)
    assert row.document.file_name == "履歴書_山形太郎.pdf" and row.resume_dialog is None


def test_the_resume_form_starts_with_the_history_of_the_seekers_preregistration(qtbot, job_window, ctx) -> None:  # type: ignore[no-untyped-def]
    """本登録 came from the seeker's own 仮登録: 学歴・職歴 and 免許・資格 are in the form."""
    prereg.submit(ctx, FULL_FORM, "")
    with ctx.session_factory.begin() as session:  # as 本登録 at the counter leaves it
        seeker_id = session.scalar(select(LoginAccount.seeker_id).where(LoginAccount.email == DEMO_EMAIL))
        session.execute(update(Preregistration).values(status="registered", seeker_id=seeker_id))
    _detail, dialog = open_dialog(qtbot, job_window, ctx)
    row = dialog.row(DocumentKind.RESUME)
    click(qtbot, row.write_button)
    form = row.resume_dialog
    assert form is not None and form.isVisible()
    qtbot.waitUntil(lambda: form.value("history") != "", timeout=WAIT_MS)
    assert form.fields["history"].isVisible()
    assert form.value("history").splitlines() == [
        "学歴", "2012/04〜2015/03 山形県立山形東高等学校 卒業", "職歴", "2015/04〜 株式会社さくらんぼ物産 経理事務"]
    assert form.value("licenses") == "日商簿記検定2級\n普通自動車第一種運転免許"
    assert form.value("name") == "山形 太郎"  # the registration, not the 仮登録's name


def test_the_resume_prints_to_the_chosen_printer_or_says_there_is_none(qtbot, job_window, ctx, monkeypatch,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:
    """印刷する… loads the print support when pressed (docs/tech-notes.md §kiosk-memory)."""
    from PySide6.QtPrintSupport import QPrinter

    from mypage_desktop.ui.widgets import print_dialogs

    _detail, dialog = open_dialog(qtbot, job_window, ctx)
    row = dialog.row(DocumentKind.RESUME)
    click(qtbot, row.write_button)
    form = row.resume_dialog
    qtbot.waitUntil(lambda: form.value("name") != "", timeout=WAIT_MS)
    monkeypatch.setattr(print_dialogs, "make_printer", lambda: None)
    click(qtbot, form.print_button)
    assert form.error.isVisible() and "プリンターが設定されていません" in form.error.text()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    asked: list[QPrinter] = []

    def ask_printer(_parent, chosen, on_accepted) -> None:  # type: ignore[no-untyped-def]
        asked.append(chosen)
        on_accepted()  # the user pressed 「印刷」

    monkeypatch.setattr(print_dialogs, "make_printer", lambda: printer)
    monkeypatch.setattr(print_dialogs, "ask_printer", ask_printer)
    click(qtbot, form.print_button)
    assert asked == [printer]
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(tmp_path / "printed.pdf").pages))
    assert "山形\t太郎" in text and text.startswith("履\t\t歴\t\t書")
