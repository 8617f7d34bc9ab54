"""The saved 紹介状 PDF, drawn with ReportLab so its text layer holds exactly the characters
shown (docs/accessibility.md §pdf-text-layer).

Qt's PDF writer builds each font's ToUnicode map by looking the glyph up backwards in the
font's cmap; a Japanese font shares the glyph of 日, 一, 人 … with the Kangxi radical ⽇, ⼀, ⼈ …,
so copying, searching or reading a Qt PDF aloud gives the radical. ReportLab subsets a TrueType
font from the text it is given and writes the ToUnicode map from that same text.

The page has the content and the order of ``letter_document.letter_html`` (the
``QTextDocument`` the viewer shows and prints). Every value is plain text: it is XML-escaped
before it reaches a ReportLab paragraph, so staff notes and company names are never markup
(docs/security.md I4). No dialogs and no files: the bytes go back to the caller."""

from __future__ import annotations

import functools
import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mypage_desktop.domain.activity_dto import ReferralLetter
from mypage_desktop.domain.timefmt import format_date
from mypage_desktop.ui.widgets.fonts import japanese_font_files
from mypage_desktop.ui.widgets.i18n import tr
from mypage_desktop.ui.widgets.print_document import BODY_POINT_SIZE, INK, MARGIN_MM

FONT_NAME = "MypageJapanese"
LANGUAGE = "ja-JP"
CREATOR = "mypage-desktop"
INK_COLOR = colors.HexColor(INK)
CAPTION_BG = colors.HexColor("#eeeeee")
RULE = 0.75  # table lines, in points
DASH = (4, 3)  # the reply box's dashed frame
NOTE_MIN_HEIGHT = 36.0  # 備考 leaves room to write by hand, like the form
FRAME_PADDING = 6.0  # SimpleDocTemplate's frame insets its flowables by ReportLab's default 6 pt
SCALES = (1.0, 0.92, 0.85, 0.78)  # the layout's sizes, tried in turn until the letter fits one page
TITLE_STROKE = 0.6  # the title is stroked as well as filled: bold, as the form prints it


class NoJapaneseFontError(RuntimeError):
    """No TrueType font with Japanese glyphs was found, so no PDF can be made."""


@functools.cache
def japanese_font() -> str:
    """Registers the first usable TrueType Japanese font file (ui/widgets/fonts.py's list:
    bundled, then system) with ReportLab; returns its ReportLab name. Fonts with PostScript
    outlines (Noto Sans CJK .ttc, Hiragino) are passed over: ReportLab embeds TrueType only."""
    tried = []
    for path in japanese_font_files():
        if not path.is_file():
            continue
        try:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path)))
        except (TTFError, OSError) as exc:
            tried.append(f"{path.name} ({exc})")
            continue
        return FONT_NAME
    raise NoJapaneseFontError(
        "no TrueType Japanese font for the PDF: install fonts-ipaexfont-gothic or put ipaexg.ttf in "
        "resources/fonts" + (f"; not usable: {', '.join(tried)}" if tried else ""))


def _plain(value: str) -> str:
    """A value as paragraph text: escaped, line breaks kept (never markup, I4)."""
    return escape(value).replace("\n", "<br/>")


class _Spaced(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A centred line drawn with letter spacing, so 紹介状 looks like 紹 介 状 on paper while
    its text stays 紹介状 (no spaces a screen reader would read out)."""

    def __init__(self, text: str, size: float, space: float) -> None:
        super().__init__()
        self.text, self.size, self.space = text, size, space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.3

    def draw(self) -> None:
        canvas = self.canv
        font = japanese_font()
        width = pdfmetrics.stringWidth(self.text, font, self.size) + self.space * (len(self.text) - 1)
        text = canvas.beginText((self.width - width) / 2, self.size * 0.3)
        text.setFont(font, self.size)
        text.setCharSpace(self.space)
        text.setFillColor(INK_COLOR)
        text.setStrokeColor(INK_COLOR)
        text.setTextRenderMode(2)  # fill and stroke: a bold title from the one-weight font
        canvas.setLineWidth(TITLE_STROKE)
        text.textOut(self.text)
        canvas.drawText(text)


class _AtLeast(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A flowable given a minimum height (the empty 備考 box keeps its size)."""

    def __init__(self, inner: Flowable, height: float) -> None:
        super().__init__()
        self.inner, self.min_height, self.inner_height = inner, height, 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, self.inner_height = self.inner.wrap(available_width, available_height)
        self.width, self.height = width, max(self.inner_height, self.min_height)
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, self.height - self.inner_height)


class _Layout:
    """The form's flowables at a scale: 1.0 is the form's own sizes; a letter with long values
    is laid out again a little smaller until it fits one page (:data:`SCALES`)."""

    def __init__(self, width: float, scale: float) -> None:
        self.width, self.k = width, scale

    def style(self, name: str, size: float = BODY_POINT_SIZE, leading: float = 1.4, **extra: object) -> ParagraphStyle:
        settings = {key: value * self.k if isinstance(value, float) else value for key, value in extra.items()}
        return ParagraphStyle(name, fontName=japanese_font(), fontSize=size * self.k, leading=size * self.k * leading,
                              textColor=INK_COLOR, wordWrap="CJK", **settings)

    def header(self, letter: ReferralLetter) -> Table:
        company = Paragraph(f"{_plain(letter.company_name)}　{escape(tr('referral_letter', '御中'))}",
                            self.style("company", 13.0))
        right = Paragraph(
            f"{escape(tr('referral_letter', '紹介日'))}：{_plain(format_date(letter.referred_on))}<br/>"
            f"{escape(tr('referral_letter', '紹介番号'))}：{_plain(letter.referral_number)}",
            self.style("numbers", alignment=TA_RIGHT))
        table = Table([[company, right]], colWidths=[self.width * 0.55, self.width * 0.45])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                                   ("RIGHTPADDING", (-1, 0), (-1, 0), 0)]))
        return table

    def sender(self, letter: ReferralLetter) -> Table:
        lines = [
            escape(tr("referral_letter", "紹介元ハローワーク")),
            _plain(letter.office_name),
            f"{escape(tr('referral_letter', '所番号'))}：{_plain(letter.office_code)}",
            f"{escape(tr('referral_letter', '電話'))}：{_plain(letter.office_phone)}",
            f"{escape(tr('referral_letter', '担当'))}：{_plain(letter.staff_name)}",
        ]
        table = Table([["", Paragraph("<br/>".join(lines), self.style("sender"))]],
                      colWidths=[self.width * 0.55, self.width * 0.45])
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def grid(self, rows: list[tuple[str, str]], *, big_row: int = -1) -> Table:
        """Caption | value rows in a ruled table, captions on grey (the form's look)."""
        body, big = self.style("cell"), self.style("big", 14.0)
        cells = [[Paragraph(escape(caption), body), Paragraph(_plain(value), big if i == big_row else body)]
                 for i, (caption, value) in enumerate(rows)]
        table = Table(cells, colWidths=[self.width * 0.2, self.width * 0.8])
        table.setStyle(self.ruled([("BACKGROUND", (0, 0), (0, -1), CAPTION_BG)]))
        return table

    def box(self, flowable: Flowable, *, dashed: bool = False) -> Table:
        table = Table([[flowable]], colWidths=[self.width], splitInRow=1)
        table.setStyle(self.ruled([], DASH if dashed else None))
        return table

    def ruled(self, extra: list[tuple[object, ...]], dash: tuple[int, int] | None = None) -> TableStyle:
        pad = 4.0 * self.k
        return TableStyle([
            ("GRID" if dash is None else "BOX", (0, 0), (-1, -1), RULE, INK_COLOR, None, dash),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            *extra,
        ])

    def section(self, title: str) -> Paragraph:
        return Paragraph(f"■ {escape(title)}", self.style("section", spaceBefore=10.0, spaceAfter=4.0))

    def gap(self, points: float) -> Spacer:
        return Spacer(self.width, points * self.k)

    def story(self, letter: ReferralLetter) -> list[Flowable]:
        seeker = self.grid([
            (tr("referral_letter", "求職番号"), letter.seeker_number),
            (tr("referral_letter", "フリガナ"), letter.seeker_kana),
            (tr("referral_letter", "氏名"), letter.seeker_name),
        ], big_row=2)
        job = self.grid([
            (tr("referral_letter", "求人番号"), letter.job_number),
            (tr("referral_letter", "事業所名"), letter.company_name),
            (tr("referral_letter", "職種"), letter.occupation),
            (tr("referral_letter", "就業場所"), letter.work_location),
            (tr("referral_letter", "賃金"), letter.wage),
            (tr("referral_letter", "雇用形態"), letter.employment_type),
            (tr("referral_letter", "就業時間"), letter.working_hours),
        ])
        note = _AtLeast(Paragraph(_plain(letter.note), self.style("note")), NOTE_MIN_HEIGHT * self.k)
        reply = Paragraph(f"{escape(tr('referral_letter', '事業所の方へ（採否のご連絡のお願い）'))}<br/>"
                          f"{_plain(letter.reply_request)}", self.style("reply"))
        return [
            self.header(letter), self.gap(12),
            _Spaced(letter.title, 24.0 * self.k, 12.0 * self.k), self.gap(10),
            self.sender(letter),
            Paragraph(_plain(letter.employer_message), self.style("message", leading=1.6, spaceBefore=10.0)),
            self.section(tr("referral_letter", "紹介する求職者")), seeker,
            self.section(tr("referral_letter", "紹介する求人")), job,
            self.section(tr("referral_letter", "備考")), self.box(note),
            self.gap(12), self.box(reply, dashed=True),
        ]


def _build(letter: ReferralLetter, scale: float) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    margin = MARGIN_MM * mm
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=f"{letter.title} {letter.referral_number}", creator=CREATOR, producer=CREATOR, author="",
        subject="", lang=LANGUAGE, displayDocTitle=True, pageCompression=1, initialFontName=japanese_font())
    document.build(_Layout(document.width - 2 * FRAME_PADDING, scale).story(letter))
    return buffer.getvalue(), document.page


def letter_pdf_bytes(letter: ReferralLetter) -> bytes:
    """The 紹介状 as PDF bytes: A4, the Japanese font embedded as a subset, /Lang ja-JP, title
    and creator set. One page: a letter whose values run long is set a little smaller (down to
    :data:`SCALES`' last step); only beyond that does it flow onto a second page. Raises
    :class:`NoJapaneseFontError` when no usable font is installed."""
    data = b""
    for scale in SCALES:
        data, pages = _build(letter, scale)
        if pages == 1:
            break
    return data
