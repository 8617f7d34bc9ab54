"""Drawing A4 PDFs with ReportLab, so the text layer holds exactly the characters shown
(docs/accessibility.md §pdf-text-layer): the Japanese TrueType font, escaping, a few flowables
the forms share, and the document with its language and title.

Qt's PDF writer builds each font's ToUnicode map by looking the glyph up backwards in the
font's cmap; a Japanese font shares the glyph of 日, 一, 人 … with the Kangxi radical ⽇, ⼀, ⼈ …,
so copying, searching or reading a Qt PDF aloud gives the radical. ReportLab subsets a TrueType
font from the text it is given and writes the ToUnicode map from that same text.

Values go into ReportLab paragraphs XML-escaped (:func:`plain`), so what a user or the staff
typed is never markup (docs/security.md I4). No files: the bytes go back to the caller."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus import Flowable, SimpleDocTemplate

from mypage_desktop.ui.widgets.fonts import japanese_font_files
from mypage_desktop.ui.widgets.print_document import INK, MARGIN_MM

__all__ = ["CAPTION_BG", "CREATOR", "DASH", "INK_COLOR", "LANGUAGE", "RULE", "AtLeast", "NoJapaneseFontError",
           "Spaced", "build_pdf", "escape", "japanese_font", "plain"]

FONT_NAME = "MypageJapanese"
LANGUAGE = "ja-JP"
CREATOR = "mypage-desktop"
INK_COLOR = colors.HexColor(INK)
CAPTION_BG = colors.HexColor("#eeeeee")
RULE = 0.75  # table lines, in points
DASH = (4, 3)  # a dashed frame (the 紹介状's reply box)
FRAME_PADDING = 6.0  # SimpleDocTemplate's frame insets its flowables by ReportLab's default 6 pt
TITLE_STROKE = 0.6  # titles are stroked as well as filled: bold, as the forms print them


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


def plain(value: str) -> str:
    """A value as paragraph text: escaped, line breaks kept (never markup, I4)."""
    return escape(value).replace("\n", "<br/>")


class Spaced(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A bold title line drawn with letter spacing, so 紹介状 looks like 紹 介 状 on paper while
    its text stays 紹介状 (no spaces a screen reader would read out); centred or flush left."""

    def __init__(self, text: str, size: float, space: float, *, centered: bool = True) -> None:
        super().__init__()
        self.text, self.size, self.space, self.centered = text, size, space, centered

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.3

    def draw(self) -> None:
        canvas = self.canv
        font = japanese_font()
        width = pdfmetrics.stringWidth(self.text, font, self.size) + self.space * (len(self.text) - 1)
        text = canvas.beginText((self.width - width) / 2 if self.centered else 0, self.size * 0.3)
        text.setFont(font, self.size)
        text.setCharSpace(self.space)
        text.setFillColor(INK_COLOR)
        text.setStrokeColor(INK_COLOR)
        text.setTextRenderMode(2)  # fill and stroke: a bold title from the one-weight font
        canvas.setLineWidth(TITLE_STROKE)
        text.textOut(self.text)
        canvas.drawText(text)


class AtLeast(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
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

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """A text longer than the page splits as the text does (the minimum no longer matters)."""
        return list(self.inner.split(available_width, available_height))


def build_pdf(title: str, story: Callable[[float], list[Flowable]]) -> tuple[bytes, int]:
    """An A4 PDF of ``story(width)`` (width: the text column in points) with 15 mm margins,
    the catalog's /Lang ja-JP, ``title`` (shown in the viewer's title bar) and creator set, no
    actions; returns the bytes and the number of pages."""
    buffer = io.BytesIO()
    margin = MARGIN_MM * mm
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=title, creator=CREATOR, producer=CREATOR, author="", subject="", lang=LANGUAGE,
        displayDocTitle=True, pageCompression=1, initialFontName=japanese_font())
    document.build(story(document.width - 2 * FRAME_PADDING))
    return buffer.getvalue(), document.page
