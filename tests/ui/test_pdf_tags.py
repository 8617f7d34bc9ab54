"""The saved PDFs are tagged (docs/accessibility.md §tagged-pdf): a screen reader gets the
headings, paragraphs and tables in reading order, every piece of text belongs to an element,
rules and fills are artifacts. Read back with pypdf alone (``pdf_structure``), and, where
poppler is installed, as poppler's ``pdfinfo -struct-text`` reports it."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from datetime import date

import pytest
from pdf_structure import Node, Tagged, read
from test_letter_pdf_text import SHARED
from test_resume_pdf_text import CAREER, RESUME

from mypage_desktop.ui.jobs.resume_document import WISHES_CAPTION, CareerSheet
from mypage_desktop.ui.jobs.resume_pdf import career_pdf_bytes, resume_pdf_bytes
from mypage_desktop.ui.referrals.letter_pdf import letter_pdf_bytes
from mypage_desktop.ui.widgets.pdf_draw import build_pdf
from mypage_desktop.ui.widgets.pdf_tags import TaggedTable


def outline(node: Node) -> list[tuple[str, str]]:
    """The document's elements in reading order, (role, text) with line breaks taken out."""
    return [(n.role, n.all_text().replace("\n", "")) for n in node.kids]


def rows(table: Node) -> list[list[tuple[str, str]]]:
    assert table.role == "Table" and all(row.role == "TR" for row in table.kids)
    return [[(cell.role, cell.all_text().replace("\n", "")) for cell in row.kids] for row in table.kids]


def every_text_is_tagged(tagged: Tagged, repeated: str = "") -> None:
    """``repeated``: the one caption drawn again on later pages, an artifact there."""
    assert tagged.marked  # /MarkInfo << /Marked true >>
    assert tagged.untagged_text == ""  # no text outside an element
    hidden = set(tagged.artifact_text.split())
    assert hidden == ({repeated} if repeated else set())  # nothing else hidden from a reader as decoration
    assert tagged.parent_tree_ok  # MCID → element, as a reader looks it up from the page
    assert tagged.root.role == "Document"


def test_the_letter_reads_heading_paragraphs_and_tables_in_order() -> None:
    tagged = read(letter_pdf_bytes(SHARED))
    every_text_is_tagged(tagged)
    order = outline(tagged.root)
    roles = [role for role, _ in order]
    assert roles == ["P", "P", "H1", "P", "P", "H2", "Table", "H2", "Table", "H2", "P", "P"]
    assert order[0] == ("P", f"{SHARED.company_name}　御中")
    assert order[2] == ("H1", "紹介状")  # the letter-spaced title is one word to a reader
    assert [text for role, text in order if role == "H2"] == ["■ 紹介する求職者", "■ 紹介する求人", "■ 備考"]
    seeker, job = (node for node in tagged.root.kids if node.role == "Table")
    assert rows(seeker) == [[("TH", "求職番号"), ("TD", SHARED.seeker_number)],
                            [("TH", "フリガナ"), ("TD", SHARED.seeker_kana)],
                            [("TH", "氏名"), ("TD", SHARED.seeker_name)]]
    assert all(row.kids[0].attributes == {"O": "Table", "Scope": "Row"} for row in seeker.kids)
    assert [cells[1][1] for cells in rows(job)][1] == SHARED.company_name  # markup stays text here too
    assert order[-2] == ("P", SHARED.note.replace("\n", ""))


def test_the_resume_has_row_and_column_headers_and_a_spanning_photo_cell() -> None:
    tagged = read(resume_pdf_bytes(RESUME))
    every_text_is_tagged(tagged)
    order = outline(tagged.root)
    assert order[0] == ("H1", "履歴書") and order[1] == ("P", "2026年12月6日現在")
    tables = [node for node in tagged.root.kids if node.role == "Table"]
    person, contact, history, licenses = tables
    photo = ("TD", "写真をはる位置縦 36～40mm横 24～30mm")
    assert rows(person)[0] == [("TH", "ふりがな"), ("TD", RESUME.name_kana), photo]
    assert person.kids[0].kids[2].attributes == {"O": "Table", "RowSpan": "3"}
    assert [cells[0] for cells in rows(contact)] == [("TH", "現住所"), ("TH", "電話"), ("TH", "E-mail")]
    assert rows(history)[0] == [("TH", "年"), ("TH", "月"), ("TH", "学歴・職歴（各別にまとめて書く）")]
    assert all(cell.attributes["Scope"] == "Column" for cell in history.kids[0].kids)
    assert rows(history)[1] == [("TD", "2001"), ("TD", "4"), ("TD", "山口県立山口高等学校 入学")]
    assert rows(history)[-1] == [("TD", ""), ("TD", ""), ("TD", "")]  # a blank row to write in by hand
    assert rows(licenses)[1][2] == ("TD", "日商簿記検定二級 合格")
    headings = [text for role, text in order if role == "H2"]
    assert headings == ["志望の動機、特技、好きな学科、アピールポイントなど", WISHES_CAPTION]
    assert order[-1] == ("P", RESUME.wishes)


def test_a_career_sheet_over_pages_keeps_one_tree_in_reading_order() -> None:
    lines = [f"{i:03d} 株式会社山月 日勤" for i in range(150)]
    tagged = read(career_pdf_bytes(dataclasses.replace(CAREER, career="\n".join(lines))))
    every_text_is_tagged(tagged, repeated="職務経歴")
    order = outline(tagged.root)
    assert order[0] == ("H1", "職務経歴書")
    # the box's caption, drawn again at the top of the next page, is read once
    headings = [text for role, text in order if role == "H2"]
    assert headings == ["職務要約", "職務経歴", "活かせる経験・知識・技術", "資格", "自己PR"]
    start = order.index(("H2", "職務経歴"))
    career = "".join(text for role, text in order[start + 1:] if role == "P" and text.startswith(("0", "1")))
    assert career == "".join(lines)  # split between pages into paragraphs, in order, every line


def test_an_empty_sheet_is_still_a_valid_tree() -> None:
    tagged = read(career_pdf_bytes(CareerSheet(name="", written_on=date(2026, 12, 6))))
    every_text_is_tagged(tagged)
    assert ("H1", "職務経歴書") in outline(tagged.root)


def test_plain_string_cells_are_their_cells_content_and_blank_ones_are_artifacts() -> None:
    def story(width: float) -> list[object]:
        return [TaggedTable([["Year", "Month"], ["2001", ""]], header_rows=1)]

    tagged = read(build_pdf("cells", story)[0])
    every_text_is_tagged(tagged)
    table = tagged.root.kids[0]
    assert rows(table) == [[("TH", "Year"), ("TH", "Month")], [("TD", "2001"), ("TD", "")]]


@pytest.mark.skipif(shutil.which("pdfinfo") is None,
                    reason="poppler-utils' pdfinfo is not installed (scripts/_setup.sh installs it where it can)")
def test_poppler_sees_a_tagged_pdf_with_its_structure(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "letter.pdf"
    path.write_bytes(letter_pdf_bytes(SHARED))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert any(line.split() == ["Tagged:", "yes"] for line in info.splitlines()), info
    tree = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True)
    assert tree.stderr == ""  # poppler reports a broken tree on stderr
    text = tree.stdout
    for expected in ("Document", "H1", '"紹介状"', "Table", "TH", '"求職番号"', f'"{SHARED.seeker_name}"'):
        assert expected in text, expected
    assert text.index('"紹介状"') < text.index('"求職番号"') < text.index('"■ 備考"')  # reading order
