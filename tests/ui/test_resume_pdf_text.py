"""The 履歴書 / 職務経歴書 PDFs' text layer holds exactly the characters shown: 日, not the Kangxi
radical ⽇ (docs/accessibility.md §pdf-text-layer), with no normalisation to compare."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from mypage_desktop.domain.documents import pdf_problem
from mypage_desktop.ui.jobs.resume_document import CareerSheet, ResumeSheet
from mypage_desktop.ui.jobs.resume_pdf import career_pdf_bytes, resume_pdf_bytes

KANGXI = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals

RESUME = ResumeSheet(
    name="山﨑 一人", name_kana="やまさき かずと", birthdate=date(1985, 4, 2),
    address="山口県山口市 水の上町一丁目2-3 木月荘", phone="083-000-1111", email="kazuto@example.jp",
    history="2001/04 山口県立山口高等学校 入学\n2004/04 <b>木月</b> &amp; 水口商会 入社",
    licenses="2015/11 日商簿記検定二級 合格", motivation="人と接する仕事が好きで、月に一度は…",
    wishes="日勤を希望します。", written_on=date(2026, 12, 6))
CAREER = CareerSheet(name="髙木 二郎", summary="日用品の営業を十年。", career="2004/04〜2020/03 株式会社山月",
                     skills="日商簿記二級", licenses="普通自動車第一種運転免許", self_pr="一人ひとりを大切にします。",
                     written_on=date(2026, 12, 6))


def read(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    return reader, "".join(page.extract_text() for page in reader.pages)


def test_the_resume_text_layer_has_every_value_with_its_own_code_points() -> None:
    data = resume_pdf_bytes(RESUME)
    reader, text = read(data)
    for value in (RESUME.name, RESUME.name_kana, "1985年4月2日生", RESUME.address, RESUME.phone, RESUME.email,
                  "山口県立山口高等学校 入学", "<b>木月</b> &amp; 水口商会 入社", "日商簿記検定二級 合格",
                  RESUME.motivation, RESUME.wishes, "2026年12月6日現在", "履歴書", "学歴・職歴", "免許・資格"):
        assert value in text, value
    assert [hex(ord(ch)) for ch in text if ord(ch) in KANGXI] == []
    assert len(reader.pages) == 1
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [595, 842]  # A4
    assert reader.trailer["/Root"]["/Lang"] == "ja-JP"
    assert reader.metadata is not None and reader.metadata.title == "履歴書"
    assert pdf_problem(data) is None  # what the office server checks of an attached PDF (I5)


def test_the_career_sheet_text_layer_is_exact() -> None:
    reader, text = read(career_pdf_bytes(CAREER))
    for value in ("職務経歴書", "氏名　髙木 二郎", CAREER.summary, CAREER.career, CAREER.skills, CAREER.licenses,
                  CAREER.self_pr):
        assert value in text, value
    assert not any(ord(ch) in KANGXI for ch in text)
    assert reader.trailer["/Root"]["/Lang"] == "ja-JP" and len(reader.pages) == 1


def test_a_long_career_flows_onto_more_pages_and_keeps_every_line() -> None:
    lines = [f"{i:03d} 株式会社山月 日勤" for i in range(150)]
    reader, text = read(career_pdf_bytes(CareerSheet(name="髙木 二郎", career="\n".join(lines))))
    assert len(reader.pages) > 1
    assert all(line in text for line in lines)
