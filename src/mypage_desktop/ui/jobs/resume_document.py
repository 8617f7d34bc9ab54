"""The 履歴書 and the 職務経歴書 as printable documents (docs/product-rules.md
§application-documents): HTML tables in the layout of the JIS-style 履歴書 (氏名・生年月日・
現住所・連絡先, 学歴・職歴 by 年/月, 免許・資格, 志望の動機・自己PR, 本人希望記入欄) on A4, in the
Japanese font the 紹介状 uses; printed from here, saved as PDF by ``resume_pdf`` (exact text
layer, docs/accessibility.md §pdf-text-layer). No dialogs and no files here: tests build and
read it directly. Every value is escaped (docs/security.md I4)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtGui import QTextDocument

from mypage_desktop.domain.timefmt import format_date
from mypage_desktop.ui.widgets.print_document import INK, letter_font, page_size_pixels, print_to
from mypage_desktop.ui.widgets.texts import escape_html

__all__ = ["CareerSheet", "ResumeSheet", "build_career_document", "build_resume_document", "history_rows",
           "print_to"]

CAPTION_BG = "#f2f2f2"
WISHES_CAPTION = "本人希望記入欄（特に給料・職種・勤務時間・勤務地・その他についての希望などがあれば記入）"
_ROW = re.compile(r"^\s*(\d{4})\s*[/年.\-]\s*(\d{1,2})\s*月?\s*(.*)$")


@dataclass(frozen=True)
class ResumeSheet:
    name: str
    name_kana: str
    birthdate: date | None
    address: str
    phone: str
    email: str
    history: str = ""  # one line each: "2003/04 山形県立山形東高等学校 入学"
    licenses: str = ""  # the same form
    motivation: str = ""  # 志望の動機・特技・自己PR
    wishes: str = ""  # 本人希望記入欄
    written_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class CareerSheet:
    name: str
    summary: str = ""  # 職務要約
    career: str = ""  # 職務経歴
    skills: str = ""  # 活かせる経験・知識・技術
    licenses: str = ""
    self_pr: str = ""
    written_on: date = field(default_factory=date.today)


def age_on(birthdate: date, day: date) -> int:
    return day.year - birthdate.year - ((day.month, day.day) < (birthdate.month, birthdate.day))


def history_rows(text: str) -> list[tuple[str, str, str]]:
    """Lines as (年, 月, 内容); a line without a leading 年/月 keeps its text with both empty."""
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        found = _ROW.match(line)
        rows.append((found.group(1), str(int(found.group(2))), found.group(3).strip()) if found
                    else ("", "", line.strip()))
    return rows


def _text(value: str) -> str:
    return escape_html(value).replace("\n", "<br>")


def _table(rows: str, *, margin: int = 8) -> str:
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="5" style="border-collapse: collapse;'
            f' border-color: {INK}; margin-top: {margin}px;">{rows}</table>')


def _caption(text: str, width: str = "") -> str:
    w = f' width="{width}"' if width else ""
    return f'<td{w} bgcolor="{CAPTION_BG}" style="font-size: 9pt;">{escape_html(text)}</td>'


def _year_month_table(title: str, text: str, minimum_rows: int) -> str:
    rows = history_rows(text)
    body = "".join(f'<tr><td width="9%" align="center">{_text(y) or "&nbsp;"}</td>'
                   f'<td width="6%" align="center">{_text(m) or "&nbsp;"}</td><td>{_text(c) or "&nbsp;"}</td></tr>'
                   for y, m, c in rows)
    body += '<tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>' * max(0, minimum_rows - len(rows))
    head = (f'<tr>{_caption("年", "9%")}{_caption("月", "6%")}'
            f'<td align="center" bgcolor="{CAPTION_BG}">{escape_html(title)}</td></tr>')
    return _table(head + body)


def _box(title: str, text: str, lines: int) -> str:
    """A captioned box at least ``lines`` lines high (QTextDocument ignores a cell's height)."""
    padding = "<br>&nbsp;" * max(0, lines - max(1, len(text.splitlines())))
    return _table(f'<tr>{_caption(title)}</tr><tr><td valign="top">{_text(text) or "&nbsp;"}{padding}</td></tr>')


def resume_html(sheet: ResumeSheet) -> str:
    birth = "&nbsp;"
    if sheet.birthdate is not None:
        birth = (f"{_text(format_date(sheet.birthdate))}生（満 {age_on(sheet.birthdate, sheet.written_on)} 歳）")
    title = ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
             '<td style="font-size: 20pt; font-weight: bold;">履&nbsp;&nbsp;歴&nbsp;&nbsp;書</td>'
             f'<td align="right" valign="bottom">{_text(format_date(sheet.written_on))}現在</td></tr></table>')
    photo = ('<td rowspan="3" width="24%" align="center" valign="middle" style="font-size: 8pt; color: #666666;">'
             "写真をはる位置<br>縦 36～40mm<br>横 24～30mm</td>")
    person = _table(
        f'<tr>{_caption("ふりがな", "14%")}<td>{_text(sheet.name_kana) or "&nbsp;"}</td>{photo}</tr>'
        f'<tr>{_caption("氏名", "14%")}<td style="font-size: 18pt;">{_text(sheet.name) or "&nbsp;"}</td></tr>'
        f'<tr>{_caption("生年月日", "14%")}<td>{birth}</td></tr>', margin=4)
    contact = _table(
        f'<tr>{_caption("現住所", "14%")}<td height="40">{_text(sheet.address) or "&nbsp;"}</td></tr>'
        f'<tr>{_caption("電話", "14%")}<td>{_text(sheet.phone) or "&nbsp;"}</td></tr>'
        f'<tr>{_caption("E-mail", "14%")}<td>{_text(sheet.email) or "&nbsp;"}</td></tr>')
    return (f'<html><body style="color: {INK};">{title}{person}{contact}'
            f'{_year_month_table("学歴・職歴（各別にまとめて書く）", sheet.history, 12)}'
            f'{_year_month_table("免許・資格", sheet.licenses, 4)}'
            f'{_box("志望の動機、特技、好きな学科、アピールポイントなど", sheet.motivation, 5)}'
            f'{_box(WISHES_CAPTION, sheet.wishes, 3)}'
            "</body></html>")


def career_html(sheet: CareerSheet) -> str:
    head = ('<p align="center" style="font-size: 20pt; font-weight: bold; margin-bottom: 4px;">'
            "職&nbsp;務&nbsp;経&nbsp;歴&nbsp;書</p>"
            f'<p align="right">{_text(format_date(sheet.written_on))}現在<br>氏名&nbsp;&nbsp;{_text(sheet.name)}</p>')
    return (f'<html><body style="color: {INK};">{head}{_box("職務要約", sheet.summary, 3)}'
            f'{_box("職務経歴", sheet.career, 14)}{_box("活かせる経験・知識・技術", sheet.skills, 3)}'
            f'{_box("資格", sheet.licenses, 2)}{_box("自己PR", sheet.self_pr, 4)}</body></html>')


def _document(body: str, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(letter_font())
    document.setDocumentMargin(0)
    document.setHtml(body)
    document.setPageSize(page_size_pixels())
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def build_resume_document(sheet: ResumeSheet) -> QTextDocument:
    return _document(resume_html(sheet), "履歴書")


def build_career_document(sheet: CareerSheet) -> QTextDocument:
    return _document(career_html(sheet), "職務経歴書")
