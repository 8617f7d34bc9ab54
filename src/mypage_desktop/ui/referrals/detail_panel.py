"""One referral: the 求人票 as it was on the referral day (never today's posting), the staff's
備考, and a notice when the posting has closed since. Every value is plain text (I4)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import PostingSnapshot, ReferralDetail
from mypage_desktop.domain.job_dto import JobDetail, PostingFields
from mypage_desktop.domain.timefmt import JST
from mypage_desktop.ui.referrals.referral_model import source_text
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.dates import format_date
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.job_sheet import JobSheet
from mypage_desktop.ui.widgets.titled_box import TitledBox


def closed_style(c: style.Colours) -> str:
    return (f"QLabel#referralClosed {{ background: {c.alert_bg}; color: {c.important_text};"
            f" border: 2px solid {c.important_border}; padding: 8px; font-weight: bold; }}")


def sheet_job(posting: PostingSnapshot) -> JobDetail:
    """The snapshot in the shape :class:`JobSheet` shows (it reads only the 求人票 fields)."""
    values = {field.name: getattr(posting, field.name) for field in dataclasses.fields(PostingFields)}
    return JobDetail(**values, closed=False, kept=False)


class ReferralDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ReferralDetail | None = None
        self.title = style.heading("", self, scale=1.15)
        self.info = style.plain_label("", self)
        self.closed_banner = style.plain_label(
            t("【募集終了】この求人の募集は現在終了しています。下の求人票は紹介した時点の内容です。"), self)
        self.closed_banner.setObjectName("referralClosed")
        style.themed_sheet(self.closed_banner, closed_style)
        self.note_box = TitledBox(t("ハローワークからの連絡事項（備考）"), self)
        self.note = style.plain_label("", self.note_box)
        self.note.setAccessibleName(t("備考"))
        note_layout = QVBoxLayout(self.note_box)
        note_layout.addWidget(self.note)
        self.snapshot_caption = style.plain_label("", self)
        self.sheet = JobSheet(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.closed_banner)
        layout.addWidget(self.note_box)
        layout.addWidget(self.snapshot_caption)
        layout.addWidget(self.sheet)
        layout.addStretch(1)
        self.clear()

    def show_detail(self, detail: ReferralDetail) -> None:
        self.detail = detail
        summary = detail.summary
        self.title.setText(t("{occupation}（{company}）").format(occupation=summary.occupation,
                                                               company=summary.company_name))
        self.info.setText(t("紹介日：{day}　紹介番号：{number}　紹介元／担当：{source}　応募状況：{status}").format(
            day=format_date(summary.referred_on), number=summary.referral_number, source=source_text(summary),
            status=summary.application_status))
        self.closed_banner.setVisible(detail.posting_closed_now)
        self.note.setText(detail.note or t("（連絡事項はありません）"))
        self.snapshot_caption.setText(t("ハローワークが紹介した時点（{day}）の求人票です。その後に求人の内容が"
                                        "変わっても、ここには紹介時点の内容を表示します。").format(
            day=format_date(detail.posting.taken_at.astimezone(JST).date())))
        self.sheet.show_job(sheet_job(detail.posting))
        for widget in (self.title, self.info, self.note_box, self.snapshot_caption, self.sheet):
            widget.show()

    def clear(self) -> None:
        """Logout (S5) or nothing selected."""
        self.detail = None
        for label in (self.title, self.info, self.note, self.snapshot_caption):
            label.clear()
        self.sheet.clear()
        for widget in (self.title, self.info, self.closed_banner, self.note_box, self.snapshot_caption,
                       self.sheet):
            widget.hide()
