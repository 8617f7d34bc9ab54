"""The saved 紹介状 PDF's text layer holds exactly the characters shown: 日, not the Kangxi
radical ⽇ (docs/accessibility.md §pdf-text-layer), with no normalisation to compare."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

from pypdf import PdfReader
from test_referrals_letter import LETTER
from test_referrals_support import WAIT_MS, click

from mypage_desktop.domain.documents import pdf_problem
from mypage_desktop.domain.timefmt import format_date
from mypage_desktop.ui.referrals.letter_dialog import LetterDialog
from mypage_desktop.ui.referrals.letter_pdf import letter_pdf_bytes
from mypage_desktop.ui.widgets import pdf_draw

KANGXI = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals

# Every kanji below that has a Kangxi radical twin (日 一 人 二 山 口 木 月 水 …) is one a reverse
# cmap lookup turns into the radical; 﨑 and 髙 are the compatibility / IBM-extension forms
# people's names are written with.
SHARED = dataclasses.replace(
    LETTER, referral_number="R06010-00000077", referred_on=date(2026, 1, 2),
    office_name="ハローワーク山口", office_code="35010", office_phone="083-922-0043",
    seeker_number="35010-00001111", seeker_name="山﨑 一人", seeker_kana="ヤマサキ カズト",
    job_number="35010-00000202", company_name="<b>木月</b> &amp; 水口商会", occupation="二級建築士（日勤）",
    work_location="山口県山口市水の上町一丁目", wage="日給 10,000円〜12,000円", employment_type="正社員",
    working_hours="月〜金 8時30分〜17時15分", staff_name="髙木 二郎", note="日曜日は休み\n一人で来社してください",
    employer_message="この紹介状をお持ちの方は、人事ご担当の方へお渡しください。",
    reply_request="採否は月末までに水口までご連絡ください。")

VALUES = (SHARED.title, SHARED.referral_number, format_date(SHARED.referred_on), SHARED.office_name,
          SHARED.office_code, SHARED.office_phone, SHARED.seeker_number, SHARED.seeker_name, SHARED.seeker_kana,
          SHARED.job_number, SHARED.company_name, SHARED.occupation, SHARED.work_location, SHARED.wage,
          SHARED.employment_type, SHARED.working_hours, SHARED.staff_name, SHARED.employer_message,
          SHARED.reply_request, *SHARED.note.splitlines())


def page_text(data: bytes) -> str:
    """What a viewer copies out of the PDF, as pypdf extracts it: no normalisation."""
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_every_value_is_in_the_text_layer_with_its_own_code_points() -> None:
    text = page_text(letter_pdf_bytes(SHARED))
    for value in VALUES:
        assert value in text, value
    for caption in ("御中", "紹介日", "紹介番号", "紹介元ハローワーク", "紹介する求職者", "紹介する求人", "備考",
                    "氏名", "求人番号", "就業時間", "事業所の方へ（採否のご連絡のお願い）"):
        assert caption in text, caption
    assert [hex(ord(ch)) for ch in text if ord(ch) in KANGXI] == []
    assert "\ufa11" in text and "\u9ad9" in text  # 﨑 and 髙 stay themselves (not 崎, 高)


def test_markup_in_a_value_is_text_in_the_pdf() -> None:
    text = page_text(letter_pdf_bytes(dataclasses.replace(SHARED, note="<script>alert(1)</script><br/>&lt;")))
    assert "<b>木月</b> &amp; 水口商会" in text  # neither bold nor an entity: the characters typed
    assert "<script>alert(1)</script><br/>&lt;" in text


def test_the_pdf_is_one_a4_page_in_japanese_with_a_title_and_no_active_content() -> None:
    data = letter_pdf_bytes(SHARED)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 595 and round(float(box.height)) == 842  # A4 in points
    assert reader.trailer["/Root"]["/Lang"] == "ja-JP"
    assert reader.metadata is not None
    assert reader.metadata.title == "紹介状 R06010-00000077" and reader.metadata.creator == "mypage-desktop"
    assert pdf_problem(data) is None  # what the office server checks of an uploaded PDF (I5)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [f.get_object() for f in fonts.values() if "/FontFile2" in
                f.get_object().get("/FontDescriptor", {})]
    assert embedded, "the Japanese font is embedded (a subset)"


def test_the_dialog_saves_the_exact_text(qtbot, qloop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = LetterDialog(SHARED, ask_save_path=lambda _parent, _suggested, on_chosen: on_chosen(tmp_path / "l"))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.pdf_saved, timeout=WAIT_MS):
        click(qtbot, dialog.save_button)
    text = page_text((tmp_path / "l.pdf").read_bytes())
    assert SHARED.seeker_name in text and SHARED.company_name in text
    assert not any(ord(ch) in KANGXI for ch in text)


def test_without_a_truetype_japanese_font_the_dialog_says_so(qtbot, qloop, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf_draw, "japanese_font_files", lambda: [tmp_path / "missing.ttf"])
    pdf_draw.japanese_font.cache_clear()
    try:
        dialog = LetterDialog(SHARED, ask_save_path=lambda _p, _s, on_chosen: on_chosen(tmp_path / "l.pdf"))
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.failed, timeout=WAIT_MS) as failed:
            click(qtbot, dialog.save_button)
    finally:
        pdf_draw.japanese_font.cache_clear()
    assert "日本語フォント" in failed.args[0] and dialog.error.text() == failed.args[0]
    assert dialog.save_button.isEnabled() and list(tmp_path.iterdir()) == []


def test_white_space_is_kept_as_typed() -> None:
    """U+3000 between family and given name, runs of spaces and a leading space are characters
    too: drawn and in the text layer, not collapsed as HTML or ReportLab paragraphs would."""
    letter = dataclasses.replace(SHARED, seeker_name="山形　太郎", note="  字下げ\n二つ  の空白\u3000\u3000と全角")
    text = page_text(letter_pdf_bytes(letter))
    assert "山形　太郎" in text
    assert "  字下げ" in text and "二つ  の空白\u3000\u3000と全角" in text


def test_wrapping_keeps_every_character_and_breaks_as_japanese_does() -> None:
    size, width = 11.0, 11.0 * 10.5  # ten full-width characters a line
    text = "あいうえおかきくけこ。さしすせそ\nhello world example.com/long/path/without/spaces　全角"
    lines = pdf_draw.wrap_lines(text, size, width)
    assert "".join(lines) == text.replace("\n", "")
    assert lines[0] == "あいうえおかきくけ" and lines[1].startswith("こ。")  # 。 never starts a line
    assert not any(line.startswith(("。", "、", "）")) for line in lines)
    assert "hello world " in lines and any(line.startswith("example.com") for line in lines)  # words kept whole
