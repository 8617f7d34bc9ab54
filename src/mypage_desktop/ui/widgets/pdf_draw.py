"""Drawing A4 PDFs with ReportLab, so the text layer holds exactly the characters shown
(docs/accessibility.md §pdf-text-layer): the Japanese TrueType font, escaping, a few flowables
the forms share, and the document with its language and title.

Qt's PDF writer builds each font's ToUnicode map by looking the glyph up backwards in the
font's cmap; a Japanese font shares the glyph of 日, 一, 人 … with the Kangxi radical ⽇, ⼀, ⼈ …,
so copying, searching or reading a Qt PDF aloud gives the radical. ReportLab subsets a TrueType
font from the text it is given and writes the ToUnicode map from that same text.

Values are drawn as plain strings (:class:`Text`), never through ReportLab's markup parser, so
what a user or the staff typed is never markup (docs/security.md I4) and keeps every character.
No files: the bytes go back to the caller."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus import Flowable, SimpleDocTemplate

from mypage_desktop.ui.widgets.fonts import japanese_font_files
from mypage_desktop.ui.widgets.pdf_file import NoJapaneseFontError
from mypage_desktop.ui.widgets.pdf_tags import TaggedCanvas, marked
from mypage_desktop.ui.widgets.print_document import INK, MARGIN_MM

__all__ = ["CAPTION_BG", "CREATOR", "DASH", "INK_COLOR", "LANGUAGE", "RULE", "AtLeast", "NoJapaneseFontError",
           "Spaced", "Text", "build_pdf", "japanese_font", "wrap_lines"]

FONT_NAME = "MypageJapanese"
LANGUAGE = "ja-JP"
CREATOR = "mypage-desktop"
INK_COLOR = colors.HexColor(INK)
CAPTION_BG = colors.HexColor("#eeeeee")
RULE = 0.75  # table lines, in points
DASH = (4, 3)  # a dashed frame (the 紹介状's reply box)
FRAME_PADDING = 6.0  # SimpleDocTemplate's frame insets its flowables by ReportLab's default 6 pt
TITLE_STROKE = 0.6  # titles are stroked as well as filled: bold, as the forms print them
ASCENT = 0.88  # of the em, above the baseline (IPAexGothic: 880/1000; the Windows faces are alike)
NO_LINE_START_CHARS = frozenset("、。，．・：；？！ー）」』】〕〉》”’ぁぃぅぇぉっゃゅょゎ"
                          "ァィゥェォッャュョヮヵヶ々ゝゞ,.):;!?%")  # kinsoku: never first on a line


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


def wrap_lines(text: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``: at its own line breaks, else at
    any character (Japanese), keeping a Latin word whole when a space comes before it and
    never starting a line with 、。）」 and the like (kinsoku). Every character is kept: the
    lines joined are the text again, less the line breaks."""
    font = japanese_font()
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for ch in paragraph:
            if line and pdfmetrics.stringWidth(line + ch, font, size) > width:
                cut = len(line)
                if ch in NO_LINE_START_CHARS and len(line) > 1:
                    cut -= 1
                elif _latin(ch) and _latin(line[-1]) and " " in line.rstrip():
                    cut = line.rstrip().rindex(" ") + 1
                lines.append(line[:cut])
                line = line[cut:]
            line += ch
        lines.append(line)
    return lines


def _latin(ch: str) -> bool:
    return ch.isascii() and not ch.isspace()


class Text(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Plain text drawn as it is, string by string: every character, U+3000 and runs of spaces
    included, reaches the page and the text layer unchanged, and nothing in it is read as
    markup (docs/security.md I4). ReportLab's ``Paragraph`` would parse tags and collapse
    white space. A text longer than the room left splits between lines onto the next page.
    Tagged (``pdf_tags``) as ``role`` (P, or H2 for a section's title), or as its table cell's
    content."""

    def __init__(self, text: str, size: float, *, leading: float = 1.4, align: str = "left",
                 color: object = None, space_before: float = 0.0, space_after: float = 0.0,
                 role: str = "P") -> None:
        super().__init__()
        self.text, self.size, self.step, self.align, self.role = text, size, size * leading, align, role
        self.color = INK_COLOR if color is None else color
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.lines: list[str] = []

    def _copy(self, lines: list[str]) -> Text:
        part = Text("\n".join(lines), self.size, leading=self.step / self.size, align=self.align, color=self.color,
                    role=self.role)
        part.lines = lines
        return part

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.lines = wrap_lines(self.text, self.size, available_width)
        self.width, self.height = available_width, len(self.lines) * self.step
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = wrap_lines(self.text, self.size, available_width)
        fits = int(available_height // self.step)
        if fits < 1 or fits >= len(lines):
            return []
        return [self._copy(lines[:fits]), self._copy(lines[fits:])]

    def draw(self) -> None:
        canvas = self.canv
        if not self.text:
            return  # an empty value draws nothing, so it adds no empty element either
        with marked(canvas, self.role):
            canvas.setFont(japanese_font(), self.size)
            canvas.setFillColor(self.color)
            # The glyph box (ascent + descent = 1 em) centred in each line's step.
            first = self.height - (self.step - self.size) / 2 - self.size * ASCENT
            for i, line in enumerate(self.lines):
                y = first - i * self.step
                if self.align == "right":
                    canvas.drawRightString(self.width, y, line)
                elif self.align == "center":
                    canvas.drawCentredString(self.width / 2, y, line)
                else:
                    canvas.drawString(0, y, line)


class Spaced(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A bold title line drawn with letter spacing, so 紹介状 looks like 紹 介 状 on paper while
    its text stays 紹介状 (no spaces a screen reader would read out); centred or flush left.
    Tagged as the document's heading (H1)."""

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
        text.textOut(self.text)
        with marked(canvas, "H1"):
            canvas.setLineWidth(TITLE_STROKE)
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
    actions, tagged (``pdf_tags``: a structure tree, rules and fills as artifacts); returns
    the bytes and the number of pages."""
    buffer = io.BytesIO()
    margin = MARGIN_MM * mm
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=title, creator=CREATOR, producer=CREATOR, author="", subject="", lang=LANGUAGE,
        displayDocTitle=True, pageCompression=1, initialFontName=japanese_font())
    document.build(story(document.width - 2 * FRAME_PADDING), canvasmaker=TaggedCanvas)
    return buffer.getvalue(), document.page
