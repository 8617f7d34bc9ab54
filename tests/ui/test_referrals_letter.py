"""The 紹介状: its document, printing and PDF files (issue #5; docs/security.md S5, I4)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget
from test_referrals_support import (  # noqa: F401 (referral_page_fixture: a fixture)
    WAIT_MS,
    click,
    pdf_text,
    referral_page_fixture,
)

from mypage_desktop.domain.activity_dto import ReferralLetter
from mypage_desktop.ui.referrals.letter_dialog import LetterDialog
from mypage_desktop.ui.referrals.letter_document import build_letter_document
from mypage_desktop.ui.referrals.letter_pdf import letter_pdf_bytes
from mypage_desktop.ui.widgets import print_dialogs
from mypage_desktop.ui.widgets.pdf_file import documents_folder

LETTER = ReferralLetter(
    title="紹介状", referral_number="R06010-00000042", referred_on=date(2026, 11, 25),
    office_name="ハローワークやまがた", office_code="06010", office_phone="0570-077450",
    seeker_number="06010-12345678", seeker_name="山形 太郎",
    seeker_kana="ヤマガタ タロウ", job_number="06010-00000301", company_name="株式会社さくら", occupation="一般事務",
    work_location="山形県山形市", wage="月給 180,000円〜220,000円", employment_type="正社員",
    working_hours="8時30分〜17時15分", staff_name="佐藤 健", note="", employer_message="この紹介状をお持ちの方は…",
    reply_request="選考の結果（採否）をお知らせください。")


def open_letter(qtbot, page):  # type: ignore[no-untyped-def]
    click(qtbot, page.letter_button)
    qtbot.waitUntil(lambda: page.letter_dialog is not None and page.letter_dialog.isVisible(), timeout=WAIT_MS)
    return page.letter_dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_sends_the_letter_to_the_chosen_printer(qtbot, referral_page, tmp_path) -> None:
    page = referral_page
    asked: list[QPrinter] = []
    printer = pdf_printer(tmp_path / "printed.pdf")

    def ask_printer(_parent: QWidget, chosen: QPrinter, on_accepted) -> None:  # type: ignore[no-untyped-def]
        asked.append(chosen)
        on_accepted()  # the user pressed 「印刷」

    page.letter_dialog_options = {"make_printer": lambda: printer, "ask_printer": ask_printer}
    dialog = open_letter(qtbot, page)
    with qtbot.waitSignal(dialog.printed, timeout=WAIT_MS):
        click(qtbot, dialog.print_button)
    assert asked == [printer]
    assert dialog.message.isVisible() and "印刷しました" in dialog.message.text()
    text = pdf_text(tmp_path / "printed.pdf")
    newest = page.referred.referral_numbers[-1]
    for expected in ("紹介状", "山形太郎", "社会福祉法人もがみ会", newest, "介護職員", "山形県天童市"):
        assert expected in text, expected


def test_without_a_printer_the_letter_says_to_save_a_pdf(qtbot, referral_page) -> None:
    page = referral_page
    page.letter_dialog_options = {"make_printer": lambda: None}
    dialog = open_letter(qtbot, page)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS):
        click(qtbot, dialog.print_button)
    assert dialog.error.isVisible() and "プリンターが設定されていません" in dialog.error.text()


def test_a_failed_save_says_why_and_leaves_no_file(qtbot, referral_page, tmp_path) -> None:
    page = referral_page
    folder = tmp_path / "docs"
    folder.mkdir()
    blocked = folder / "紹介状.pdf"
    blocked.mkdir()  # a folder where the file should go: the rename fails
    answers = [blocked, tmp_path / "missing" / "紹介状.pdf"]
    page.letter_dialog_options = {"ask_save_path": lambda _parent, _suggested, on_chosen: on_chosen(answers.pop(0))}
    dialog = open_letter(qtbot, page)
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as failed:
        click(qtbot, dialog.save_button)
    assert "PDFを保存できませんでした" in failed.args[0] and dialog.error.text() == failed.args[0]
    assert [p.name for p in folder.iterdir()] == ["紹介状.pdf"] and blocked.is_dir()  # no temporary file left
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as failed:
        click(qtbot, dialog.save_button)
    assert "フォルダが見つかりません" in failed.args[0]
    assert not (tmp_path / "missing").exists()


def test_the_pdf_is_one_a4_page_and_suggested_in_documents(qtbot, referral_page, tmp_path) -> None:
    page = referral_page
    asked: list[Path] = []

    def ask(_parent, suggested: Path, on_chosen) -> None:  # type: ignore[no-untyped-def]
        asked.append(suggested)
        on_chosen(tmp_path / "letter")  # typed without the extension

    page.letter_dialog_options = {"ask_save_path": ask}
    dialog = open_letter(qtbot, page)
    with qtbot.waitSignal(dialog.pdf_saved, timeout=WAIT_MS) as saved:
        click(qtbot, dialog.save_button)
    assert saved.args == [str(tmp_path / "letter.pdf")]
    assert asked[0] == documents_folder() / f"紹介状_{page.referred.referral_numbers[-1]}.pdf"
    reader = PdfReader(tmp_path / "letter.pdf")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842  # A4 in points


def test_I4_markup_in_the_letter_is_shown_as_text() -> None:
    letter = dataclasses.replace(LETTER, company_name="<b>x</b><a href='http://evil'>y</a>",
                                 note="<script>alert(1)</script>\n2行目")
    document = build_letter_document(letter)
    text = document.toPlainText()
    assert "<b>x</b><a href='http://evil'>y</a>" in text
    assert "<script>alert(1)</script>" in text and "2行目" in text
    assert "http://evil" not in document.toHtml().replace("http://evil'&gt;", "")  # never a link


def test_a_long_letter_keeps_every_line(tmp_path) -> None:
    long = dataclasses.replace(LETTER, company_name="株式会社" + "さくら" * 32, note="備考" * 100,
                               working_hours="8時30分〜17時15分（交替制）" * 9)
    path = tmp_path / "long.pdf"
    path.write_bytes(letter_pdf_bytes(long))  # the saved PDF (ReportLab)
    text = pdf_text(path)
    assert "さくら" * 32 in text and "備考" * 100 in text and "採否" in text
    assert text.count("8時30分〜17時15分(交替制)") == 9


@pytest.fixture
def qt_settings_dir(tmp_path):  # type: ignore[no-untyped-def]
    """Qt's user settings in a private folder (restored afterwards)."""
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    before = QSettings(QSettings.Scope.UserScope, "QtProject").fileName()
    folder = tmp_path / "qtsettings"
    folder.mkdir()
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    original = str(Path(before).parent)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, original)


def test_S5_the_file_dialog_keeps_no_history_of_the_seekers_folder(qtbot, qt_settings_dir, tmp_path) -> None:
    """Qt's file dialog saves the folders it visited when it is destroyed; they are put back."""
    earlier = QSettings(QSettings.Scope.UserScope, "QtProject")
    earlier.setValue("FileDialog/history", ["file:///earlier"])
    earlier.setValue("Other/keep", "yes")
    earlier.sync()
    del earlier
    parent = QWidget()
    qtbot.addWidget(parent)
    seeker_folder = tmp_path / "seeker-folder-7f3a"
    seeker_folder.mkdir()
    chosen: list[Path] = []
    dialog = print_dialogs.ask_pdf_path(parent, seeker_folder / "紹介状_R06010-00000042.pdf", chosen.append)
    assert dialog.isVisible() and dialog.defaultSuffix() == "pdf"
    gone: list[int] = []
    dialog.destroyed.connect(lambda: gone.append(1))
    dialog.accept()
    qtbot.waitUntil(lambda: gone == [1], timeout=WAIT_MS)
    assert chosen == [seeker_folder / "紹介状_R06010-00000042.pdf"]
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert settings.value("FileDialog/history") == ["file:///earlier"]
    assert settings.value("FileDialog/lastVisited") is None
    assert settings.value("Other/keep") == "yes"
    stored = "".join(p.read_text(errors="replace") for p in qt_settings_dir.rglob("*") if p.is_file())
    assert "seeker-folder-7f3a" not in stored and stored  # written, but without the seeker's folder


def test_the_print_dialog_offers_no_print_to_file(qtbot, tmp_path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    accepted: list[int] = []
    dialog = print_dialogs.ask_printer(parent, pdf_printer(tmp_path / "x.pdf"), lambda: accepted.append(1))
    assert dialog.isVisible()
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    dialog.accept()
    assert accepted == [1]


def test_the_letter_dialog_closes_without_writing_anything(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    dialog = LetterDialog(LETTER, ask_save_path=lambda *_args: None)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.save_button)  # the user cancels the question
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert list(tmp_path.iterdir()) == []
