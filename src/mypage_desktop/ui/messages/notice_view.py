"""One お知らせ: 件名, 種別・送信元・日時, the body as plain text (docs/security.md I4) and, for an
おすすめ求人 or a 直接リクエスト, 「求人票を見る」 (disabled once the posting has closed)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import NoticeInfo
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.scroll_body import scrolling_body
from mypage_desktop.ui.widgets.tab_order import chain_tab_order, tab_stops
from mypage_desktop.ui.widgets.text_width import height_for_lines
from mypage_desktop.ui.widgets.wrap_button import WrapButton


class NoticeView(QWidget):
    """Signals:
        job_requested(int): 「求人票を見る」 (job id).
    """

    job_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._job_id: int | None = None
        self.title = style.heading("", self, scale=1.15)
        self.meta = style.plain_label("", self)
        style.themed_sheet(self.meta, lambda c: f"color: {c.muted_text};")
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        self.body.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.body.setAccessibleName(t("お知らせの本文"))
        self.job_label = style.plain_label("", self)
        self.job_button = WrapButton(t("求人票を見る"), self)
        self.closed_label = style.plain_label(t("この求人の募集は終了しました"), self)
        style.themed_sheet(self.closed_label, lambda c: f"color: {c.error_text}; font-weight: bold;")
        self.job_box = QWidget(self)
        job_row = QHBoxLayout(self.job_box)
        job_row.setContentsMargins(0, 0, 0, 0)
        job_row.addWidget(self.job_label, 1)
        job_row.addWidget(self.closed_label)
        job_row.addWidget(self.job_button)
        # Everything scrolls when the view is lower than its texts need (large text, issue 15);
        # the body keeps a few lines to read in.
        height_for_lines(self.body, 6, 0)
        scroll, layout = scrolling_body(self)
        self._layout = layout
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.job_box)
        self._extra_at = layout.count()  # the 直接リクエスト box goes here (add_extra)
        layout.addWidget(self.body, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.job_button.clicked.connect(self._on_job_button_clicked)
        QWidget.setTabOrder(self.job_button, self.body)  # the job row sits above the text
        self.clear()

    def show_notice(self, info: NoticeInfo) -> None:
        self.title.setText(info.title)
        self.meta.setText(t("{kind}　送信元: {sender}　{at}").format(
            kind=info.kind, sender=info.sender, at=format_datetime_jst(info.created_at)))
        self.body.setPlainText(info.body)
        self._job_id = info.job_id
        self.job_box.setVisible(info.job_id is not None)
        if info.job_id is not None:
            caption = t("直接リクエストの求人: {label}　求人番号 {number}") if info.direct_request_id is not None \
                else t("おすすめ求人: {label}　求人番号 {number}")
            self.job_label.setText(t(caption).format(label=info.job_label or "",
                                                               number=info.job_number or ""))
            self.job_button.setEnabled(not info.job_closed)
            self.closed_label.setVisible(info.job_closed)

    def add_extra(self, widget: QWidget) -> None:
        """A widget shown between the posting and the body (the 直接リクエスト answers)."""
        self._layout.insertWidget(self._extra_at, widget)
        # Tab as the eye reads: the job row, this widget's controls, then the text below them.
        chain_tab_order([self.job_button, *tab_stops(widget), self.body])

    def clear(self) -> None:
        self._job_id = None
        self.title.setText(t("お知らせを選ぶと、ここに内容が表示されます。"))
        self.meta.clear()
        self.body.clear()
        self.job_label.clear()
        self.job_box.hide()

    @Slot()
    def _on_job_button_clicked(self) -> None:
        if self._job_id is not None:
            self.job_requested.emit(self._job_id)
