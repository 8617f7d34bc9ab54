"""The saved 紹介状 PDF, drawn with ReportLab so its text layer holds exactly the characters
shown: 日, not the Kangxi radical ⽇ that Qt's PDF writer puts there (docs/accessibility.md
§pdf-text-layer; the drawing helpers are ``ui/widgets/pdf_draw.py``).

The page has the content and the order of ``letter_document.letter_html`` (the
``QTextDocument`` the viewer shows and prints). Every value is drawn as a plain string
(``pdf_draw.Text``), never parsed, so staff notes and company names are never markup and keep
every character, U+3000 included (docs/security.md I4). No dialogs and no files: the bytes go back to the caller."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Spacer, TableStyle

from mypage_desktop.domain.activity_dto import ReferralLetter
from mypage_desktop.domain.timefmt import format_date
from mypage_desktop.ui.widgets.pdf_draw import (
    CAPTION_BG,
    DASH,
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

__all__ = ["NoJapaneseFontError", "letter_pdf_bytes"]

NOTE_MIN_HEIGHT = 36.0  # 備考 leaves room to write by hand, like the form
SCALES = (1.0, 0.92, 0.85, 0.78)  # the layout's sizes, tried in turn until the letter fits one page


class _Layout:
    """The form's flowables at a scale: 1.0 is the form's own sizes; a letter with long values
    is laid out again a little smaller until it fits one page (:data:`SCALES`)."""

    def __init__(self, width: float, scale: float) -> None:
        self.width, self.k = width, scale

    @classmethod
    def at(cls, scale: float, letter: ReferralLetter) -> Callable[[float], list[Flowable]]:
        """The story of ``letter`` at ``scale``, for :func:`build_pdf` to call with the width."""
        return lambda width: cls(width, scale).story(letter)

    def text(self, text: str, size: float = BODY_POINT_SIZE, *, leading: float = 1.4, align: str = "left",
             space_before: float = 0.0, space_after: float = 0.0, role: str = "P") -> Text:
        return Text(text, size * self.k, leading=leading, align=align, space_before=space_before * self.k,
                    space_after=space_after * self.k, role=role)

    def header(self, letter: ReferralLetter) -> TaggedTable:
        company = self.text(f"{letter.company_name}　御中", 13.0)
        right = self.text(f"紹介日：{format_date(letter.referred_on)}\n"
                          f"紹介番号：{letter.referral_number}", align="right")
        table = TaggedTable([[company, right]], colWidths=[self.width * 0.55, self.width * 0.45], layout=True)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                                   ("RIGHTPADDING", (-1, 0), (-1, 0), 0)]))
        return table

    def sender(self, letter: ReferralLetter) -> TaggedTable:
        lines = [
            "紹介元ハローワーク",
            letter.office_name,
            f"所番号：{letter.office_code}",
            f"電話：{letter.office_phone}",
            f"担当：{letter.staff_name}",
        ]
        table = TaggedTable([["", self.text("\n".join(lines))]],
                            colWidths=[self.width * 0.55, self.width * 0.45], layout=True)
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return table

    def grid(self, rows: list[tuple[str, str]], *, big_row: int = -1) -> TaggedTable:
        """Caption | value rows in a ruled table, captions on grey (the form's look)."""
        cells = [[self.text(caption), self.text(value, 14.0 if i == big_row else BODY_POINT_SIZE)]
                 for i, (caption, value) in enumerate(rows)]
        table = TaggedTable(cells, colWidths=[self.width * 0.2, self.width * 0.8], header_columns=1)
        table.setStyle(self.ruled([("BACKGROUND", (0, 0), (0, -1), CAPTION_BG)]))
        return table

    def box(self, flowable: Flowable, *, dashed: bool = False) -> TaggedTable:
        table = TaggedTable([[flowable]], colWidths=[self.width], splitInRow=1, layout=True)
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

    def section(self, title: str) -> Text:
        return self.text(f"■ {title}", space_before=10.0, space_after=4.0, role="H2")

    def gap(self, points: float) -> Spacer:
        return Spacer(self.width, points * self.k)

    def story(self, letter: ReferralLetter) -> list[Flowable]:
        seeker = self.grid([
            ("求職番号", letter.seeker_number),
            ("フリガナ", letter.seeker_kana),
            ("氏名", letter.seeker_name),
        ], big_row=2)
        job = self.grid([
            ("求人番号", letter.job_number),
            ("事業所名", letter.company_name),
            ("職種", letter.occupation),
            ("就業場所", letter.work_location),
            ("賃金", letter.wage),
            ("雇用形態", letter.employment_type),
            ("就業時間", letter.working_hours),
        ])
        note = AtLeast(self.text(letter.note), NOTE_MIN_HEIGHT * self.k)
        reply = self.text(f"事業所の方へ（採否のご連絡のお願い）\n{letter.reply_request}")
        return [
            self.header(letter), self.gap(12),
            Spaced(letter.title, 24.0 * self.k, 12.0 * self.k), self.gap(10),
            self.sender(letter),
            self.text(letter.employer_message, leading=1.6, space_before=10.0),
            self.section("紹介する求職者"), seeker,
            self.section("紹介する求人"), job,
            self.section("備考"), self.box(note),
            self.gap(12), self.box(reply, dashed=True),
        ]


def letter_pdf_bytes(letter: ReferralLetter) -> bytes:
    """The 紹介状 as PDF bytes: A4, the Japanese font embedded as a subset, /Lang ja-JP, title
    and creator set. One page: a letter whose values run long is set a little smaller (down to
    :data:`SCALES`' last step); only beyond that does it flow onto a second page. Raises
    :class:`NoJapaneseFontError` when no usable font is installed."""
    data = b""
    for scale in SCALES:
        data, pages = build_pdf(f"{letter.title} {letter.referral_number}", _Layout.at(scale, letter))
        if pages == 1:
            break
    return data
