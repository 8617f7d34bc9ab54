"""The 履歴書 and the 職務経歴書 as saved or attached PDF bytes, drawn with ReportLab so the text
layer holds exactly the characters shown: 日, not the Kangxi radical ⽇ that Qt's PDF writer
puts there (docs/accessibility.md §pdf-text-layer; the drawing helpers are
``ui/widgets/pdf_draw.py``).

The pages have the content and the order of ``resume_document.resume_html`` /
``career_html`` (the ``QTextDocument`` the form prints): the JIS-style 履歴書 on A4
(docs/product-rules.md §application-documents). A long 学歴・職歴 or 職務経歴 flows onto a
second page. Every value is drawn as a plain string (``pdf_draw.Text``), never parsed as markup
(docs/security.md I4)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, TableStyle

from mypage_desktop.domain.timefmt import format_date
from mypage_desktop.ui.jobs.resume_document import WISHES_CAPTION, CareerSheet, ResumeSheet, age_on, history_rows
from mypage_desktop.ui.widgets.pdf_draw import (
    CAPTION_BG,
    INK_COLOR,
    RULE,
    AtLeast,
    NoJapaneseFontError,
    Spaced,
    Text,
    build_pdf,
)
from mypage_desktop.ui.widgets.pdf_tags import TaggedTable
from mypage_desktop.ui.widgets.print_document import BODY_POINT_SIZE

__all__ = ["NoJapaneseFontError", "career_pdf_bytes", "resume_pdf_bytes"]

SMALL = 9.0  # captions, as the printed form
LEADING = 1.3  # line height over font size: the form's rows are tight, so a 履歴書 fits one page
PHOTO_INK = colors.HexColor("#666666")
TITLE_SIZE = 20.0
TITLE_SPACE = 10.0




def _ruled(extra: list[tuple[object, ...]] | None = None) -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), RULE, INK_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        *(extra or []),
    ])


def _caption(text: str, *, center: bool = False, role: str = "P") -> Text:
    return Text(text, SMALL, leading=LEADING, align="center" if center else "left", role=role)


def _value(text: str, size: float = BODY_POINT_SIZE, *, center: bool = False, align: str = "left") -> Text:
    return Text(text, size, leading=LEADING, align="center" if center else align)


def _lines(count: int) -> float:
    """The height of ``count`` body lines."""
    return count * BODY_POINT_SIZE * LEADING


def _person(sheet: ResumeSheet, width: float) -> TaggedTable:
    birth = ""
    if sheet.birthdate is not None:
        birth = (f"{format_date(sheet.birthdate)}生"
                 f"（満 {age_on(sheet.birthdate, sheet.written_on)} "
                 f"歳）")
    photo = Text("写真をはる位置\n縦 36～40mm\n"
                 "横 24～30mm", 8.0, align="center", color=PHOTO_INK)
    rows = [
        [_caption("ふりがな"), _value(sheet.name_kana), photo],
        [_caption("氏名"), _value(sheet.name, 18.0), ""],
        [_caption("生年月日"), _value(birth), ""],
    ]
    table = TaggedTable(rows, colWidths=[width * 0.14, width * 0.62, width * 0.24], header_columns=1)
    table.setStyle(_ruled([("SPAN", (2, 0), (2, 2)), ("BACKGROUND", (0, 0), (0, -1), CAPTION_BG)]))
    return table


def _contact(sheet: ResumeSheet, width: float) -> TaggedTable:
    rows = [
        [_caption("現住所"), AtLeast(_value(sheet.address), _lines(2))],
        [_caption("電話"), _value(sheet.phone)],
        [_caption("E-mail"), _value(sheet.email)],
    ]
    table = TaggedTable(rows, colWidths=[width * 0.14, width * 0.86], header_columns=1)
    table.setStyle(_ruled([("BACKGROUND", (0, 0), (0, -1), CAPTION_BG)]))
    return table


def _year_month(title: str, text: str, minimum_rows: int, width: float) -> TaggedTable:
    """年 | 月 | 内容 rows under a caption row, at least ``minimum_rows`` of them (blank rows to
    write in by hand, like the printed form)."""
    rows: list[list[object]] = [[_caption("年", center=True),
                                 _caption("月", center=True), _caption(title, center=True)]]
    for year, month, content in history_rows(text):
        rows.append([_value(year, center=True), _value(month, center=True), _value(content)])
    rows += [["", "", ""] for _ in range(max(0, minimum_rows - (len(rows) - 1)))]
    blank_height = _lines(1) + 5
    heights = [None] + [None if any(cell != "" for cell in row) else blank_height for row in rows[1:]]
    table = TaggedTable(rows, colWidths=[width * 0.09, width * 0.06, width * 0.85], rowHeights=heights, repeatRows=1,
                        header_rows=1)
    table.setStyle(_ruled([("BACKGROUND", (0, 0), (-1, 0), CAPTION_BG)]))
    return table


def _box(title: str, text: str, lines: int, width: float) -> TaggedTable:
    """A captioned box at least ``lines`` lines high; a long text splits across pages."""
    table = TaggedTable([[_caption(title, role="H2")], [AtLeast(_value(text), _lines(lines))]], colWidths=[width],
                        splitInRow=1, repeatRows=1, layout=True)
    table.setStyle(_ruled([("BACKGROUND", (0, 0), (-1, 0), CAPTION_BG), ("VALIGN", (0, 1), (-1, -1), "TOP")]))
    return table


def _resume_story(sheet: ResumeSheet, width: float) -> list[Flowable]:
    written = _value(f"{format_date(sheet.written_on)}現在", align="right")
    heading = TaggedTable([[Spaced("履歴書", TITLE_SIZE, TITLE_SPACE, centered=False), written]],
                          colWidths=[width * 0.5, width * 0.5], layout=True)
    heading.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    gap = Spacer(width, 6)
    return [
        heading, Spacer(width, 4), _person(sheet, width), gap, _contact(sheet, width), gap,
        _year_month("学歴・職歴（各別にまとめて書く）", sheet.history, 12, width), gap,
        _year_month("免許・資格", sheet.licenses, 4, width), gap,
        _box("志望の動機、特技、好きな学科、アピールポイントなど", sheet.motivation, 5, width),
        gap, _box(WISHES_CAPTION, sheet.wishes, 3, width),
    ]


def _career_story(sheet: CareerSheet, width: float) -> list[Flowable]:
    who = _value(f"{format_date(sheet.written_on)}現在\n"
                 f"氏名　{sheet.name}", align="right")
    gap = Spacer(width, 8)
    return [
        Spaced("職務経歴書", TITLE_SIZE, TITLE_SPACE), Spacer(width, 6), who, gap,
        _box("職務要約", sheet.summary, 3, width), gap,
        _box("職務経歴", sheet.career, 14, width), gap,
        _box("活かせる経験・知識・技術", sheet.skills, 3, width), gap,
        _box("資格", sheet.licenses, 2, width), gap,
        _box("自己PR", sheet.self_pr, 4, width),
    ]


def resume_pdf_bytes(sheet: ResumeSheet) -> bytes:
    """The 履歴書: A4, one page unless the history runs long; /Lang ja-JP, the title 履歴書.
    Raises :class:`NoJapaneseFontError` when no usable font is installed."""
    return build_pdf("履歴書", lambda width: _resume_story(sheet, width))[0]


def career_pdf_bytes(sheet: CareerSheet) -> bytes:
    """The 職務経歴書, as :func:`resume_pdf_bytes`."""
    return build_pdf("職務経歴書", lambda width: _career_story(sheet, width))[0]
