"""The 紹介状 as a printable document: a :class:`QTextDocument` laid out like the paper form
(HTML tables, one A4 page). No dialogs and no files here, so tests can build, read and render it
directly; the viewer (``letter_dialog``) shows and prints it. The saved PDF is drawn from the
same content by ``letter_pdf`` (ReportLab, for an exact text layer: docs/accessibility.md
§pdf-text-layer).

Every value is escaped before it goes into the HTML: staff notes and company names are shown
as plain text, never as markup (docs/security.md I4)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from mypage_desktop.domain.activity_dto import ReferralLetter
from mypage_desktop.domain.timefmt import format_date
from mypage_desktop.ui.widgets.print_document import INK, letter_font, page_size_pixels
from mypage_desktop.ui.widgets.texts import escape_html

CAPTION_BG = "#eeeeee"




def _text(value: str) -> str:
    """Plain text for the HTML: escaped, line breaks kept (I4)."""
    return escape_html(value).replace("\n", "<br>")


def _row(caption: str, value: str, *, big: bool = False) -> str:
    size = ' style="font-size: 14pt; font-weight: bold;"' if big else ""
    return (f'<tr><td width="20%" bgcolor="{CAPTION_BG}"><b>{escape_html(caption)}</b></td>'
            f"<td{size}>{_text(value) or '&nbsp;'}</td></tr>")


def _table(rows: list[str]) -> str:
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="7" '
            f'style="border-collapse: collapse; border-color: {INK};">' + "".join(rows) + "</table>")


def _section(title: str) -> str:
    return f'<p style="margin-top: 18px; margin-bottom: 5px;"><b>■ {escape_html(title)}</b></p>'


def letter_html(letter: ReferralLetter) -> str:
    """The form: header (date, number, addressee), title, the office's block, the employer
    message, the seeker, the posting, 備考 and the reply request."""
    title = "&nbsp;".join(escape_html(ch) for ch in letter.title)  # 紹 介 状, spaced like the form
    office = (f"{_text(letter.office_name)}<br>"
              f"{escape_html('所番号')}：{_text(letter.office_code)}<br>"
              f"{escape_html('電話')}：{_text(letter.office_phone)}<br>"
              f"{escape_html('担当')}：{_text(letter.staff_name) or '&nbsp;'}")
    header = (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="55%" valign="bottom" style="font-size: 13pt;"><b>{_text(letter.company_name)}</b>'
        f"&nbsp;&nbsp;{escape_html('御中')}</td>"
        f'<td width="45%" align="right">{escape_html("紹介日")}：{_text(format_date(letter.referred_on))}<br>'
        f"{escape_html('紹介番号')}：<b>{_text(letter.referral_number)}</b></td>"
        "</tr></table>"
    )
    heading = (f'<p align="center" style="font-size: 24pt; font-weight: bold; margin-top: 18px;'
               f' margin-bottom: 22px;">{title}</p>')
    sender = (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 10px;"><tr><td width="55%"></td>'
        f'<td width="45%"><b>{escape_html("紹介元ハローワーク")}</b><br>{office}</td></tr></table>'
    )
    message = f'<p style="margin-top: 16px; line-height: 150%;">{_text(letter.employer_message)}</p>'
    seeker = _table([
        _row("求職番号", letter.seeker_number),
        _row("フリガナ", letter.seeker_kana),
        _row("氏名", letter.seeker_name, big=True),
    ])
    job = _table([
        _row("求人番号", letter.job_number),
        _row("事業所名", letter.company_name),
        _row("職種", letter.occupation),
        _row("就業場所", letter.work_location),
        _row("賃金", letter.wage),
        _row("雇用形態", letter.employment_type),
        _row("就業時間", letter.working_hours),
    ])
    note = _table([f'<tr><td height="48">{_text(letter.note) or "&nbsp;"}</td></tr>'])
    reply = ('<table width="100%" border="1" cellspacing="0" cellpadding="8" '
             f'style="border-collapse: collapse; border-color: {INK}; border-style: dashed;">'
             f'<tr><td><b>{escape_html("事業所の方へ（採否のご連絡のお願い）")}</b><br>'
             f"{_text(letter.reply_request)}</td></tr></table>")
    return (f'<html><body style="color: {INK};">{header}{heading}{sender}{message}'
            f'{_section("紹介する求職者")}{seeker}{_section("紹介する求人")}{job}'
            f'{_section("備考")}{note}<p style="margin-top: 14px;"></p>{reply}</body></html>')


def build_letter_document(letter: ReferralLetter) -> QTextDocument:
    """One A4 page in a Japanese font; the same document is shown, printed and saved."""
    document = QTextDocument()
    document.setDefaultFont(letter_font())
    document.setDocumentMargin(0)
    document.setHtml(letter_html(letter))
    document.setPageSize(page_size_pixels())
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                                f"{letter.title} {letter.referral_number}")
    return document


