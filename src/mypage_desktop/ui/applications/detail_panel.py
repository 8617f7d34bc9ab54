"""One application: what it is (応募番号, 経路, 状況, 次の面接), the buttons for it, the whole
status history and the 求人票 as it was applied to. Shows data only; the page does the work."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.activity_dto import ApplicationDetail, PostingSnapshot, StatusEntry
from mypage_desktop.domain.applications import ApplicationStatus
from mypage_desktop.domain.job_dto import JobDetail, PostingFields
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.applications.applications_model import source_text
from mypage_desktop.ui.applications.history_model import HistoryColumns, HistoryModel, HistoryProxy
from mypage_desktop.ui.applications.texts import day_text, moment_text
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.flow_layout import flow_row
from mypage_desktop.ui.widgets.i18n import message, t
from mypage_desktop.ui.widgets.job_sheet import JobSheet
from mypage_desktop.ui.widgets.list_table import configure_list_table, set_column_widths
from mypage_desktop.ui.widgets.pair_grid import PairGrid

SUMMARY_FIELDS = (("number", N_("応募番号")), ("applied_on", N_("応募日")), ("source", N_("応募経路")),
                  ("job_number", N_("求人番号")), ("status", N_("現在の状況")), ("interview", N_("次の面接")))
HISTORY_SAMPLES: dict[int, str] = {HistoryColumns.AT: "0000/00/00 00:00", HistoryColumns.STATUS: "書類選考中",
                   HistoryColumns.RECORDED_BY: "ハローワーク", HistoryColumns.INTERVIEW_AT: "0000/00/00(水) 00:00",
                   HistoryColumns.PLACE: "本社 2階 応接室（受"}


def summary_style(c: style.Colours) -> str:
    return (f"QFrame#applicationSummary {{ border: 1px solid {c.border}; background: {c.base}; }}"
            f" QLabel#summaryCaption {{ background: {c.info_bg}; color: {c.info_text}; font-weight: bold;"
            " padding: 5px 8px; }"
            f" QLabel#summaryValue {{ color: {c.text}; padding: 5px 8px; }}")


def as_job_detail(posting: PostingSnapshot) -> JobDetail:
    """The 求人票 grid takes a live posting; the snapshot has the same fields."""
    values = {f.name: getattr(posting, f.name) for f in dataclasses.fields(PostingFields)}
    return JobDetail(**values, closed=False, kept=False)


def latest_interview(history: tuple[StatusEntry, ...]) -> StatusEntry | None:
    for entry in reversed(history):
        if entry.status == ApplicationStatus.INTERVIEW.value and entry.interview_at is not None:
            return entry
    return None


class ApplicationDetailPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ApplicationDetail | None = None
        self.title = style.heading("", self, scale=1.15)
        self.withdraw_button = QPushButton(t("辞退する"), self)
        self.ics_button = QPushButton(t("面接予定をカレンダーに保存（.ics）"), self)
        self.messages_button = QPushButton(t("メッセージを見る"), self)
        self.job_button = QPushButton(t("求人票を見る"), self)
        self.messaging_note = style.plain_label("", self)
        style.themed_sheet(self.messaging_note, lambda c: f"color: {c.muted_text};")
        self.values: dict[str, QLabel] = {}
        self.history_model = HistoryModel(self)
        self.history_proxy = HistoryProxy(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history = QTableView(self)
        self.history.setModel(self.history_proxy)
        configure_list_table(self.history)
        self.history.setSortingEnabled(True)
        self.history.sortByColumn(HistoryColumns.AT, Qt.SortOrder.AscendingOrder)
        self.history.setAccessibleName(t("状況の履歴"))
        self.history.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        set_column_widths(self.history, HISTORY_SAMPLES)
        self.history.horizontalScrollBar().rangeChanged.connect(self._on_history_scroll_range_changed)
        self.sheet = JobSheet(self)
        self._build()
        self.clear()

    def _build(self) -> None:
        # The buttons flow onto a second line when they do not fit (large text) and scroll with
        # the content: above it, a short panel drew the content over their second line.
        buttons = flow_row(self)
        for button in (self.withdraw_button, self.ics_button, self.messages_button, self.job_button):
            buttons.addWidget(button)
        summary = self.summary = PairGrid(self)
        summary.setObjectName("applicationSummary")
        style.themed_sheet(summary, summary_style)
        pairs = []
        for key, caption in SUMMARY_FIELDS:
            caption_label = QLabel(t(caption), summary)
            caption_label.setObjectName("summaryCaption")
            caption_label.setWordWrap(True)
            value = style.plain_label("", summary)
            value.setObjectName("summaryValue")
            value.setAccessibleName(t(caption))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption_label.setBuddy(value)
            pairs.append((caption_label, value))
            self.values[key] = value
        summary.set_lines([pairs[i:i + 2] for i in range(0, len(pairs), 2)])  # two a line, as on paper
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addLayout(buttons)
        body_layout.addWidget(self.messaging_note)
        body_layout.addWidget(summary)
        body_layout.addSpacing(6)
        body_layout.addWidget(style.heading(t("状況の履歴"), body, scale=1.05))
        body_layout.addWidget(self.history)
        body_layout.addSpacing(6)
        body_layout.addWidget(style.heading(t("応募した求人票（応募した時点の内容）"), body, scale=1.05))
        body_layout.addWidget(self.sheet)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAccessibleName(t("応募の内容"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)

    # -- public -------------------------------------------------------------------------
    def show_detail(self, detail: ApplicationDetail) -> None:
        self.detail = detail
        summary = detail.summary
        self.title.setText(t("{company}　{occupation}").format(company=summary.company_name,
                                                              occupation=summary.occupation))
        source = source_text(summary)
        if summary.referral_number:
            source = t("{source}（紹介番号 {number}）").format(source=source, number=summary.referral_number)
        interview = latest_interview(detail.history)
        values = {"number": summary.application_number, "applied_on": day_text(summary.applied_on),
                  "source": source, "job_number": summary.job_number, "status": t(summary.status),
                  "interview": self._interview_text(detail, interview)}
        for key, text in values.items():
            self.values[key].setText(text)
        self.summary.texts_changed()
        self.history_model.set_entries(detail.history)
        self._fit_history()
        self.sheet.show_job(as_job_detail(detail.posting))
        self.withdraw_button.setEnabled(summary.withdrawable)
        self.withdraw_button.setToolTip("" if summary.withdrawable else
                                        t("「{status}」の応募は辞退できません。").format(status=t(summary.status)))
        self.ics_button.setEnabled(detail.has_interview)
        self.job_button.setEnabled(True)
        self.messages_button.setEnabled(summary.messaging_available)
        unread = summary.unread_messages
        self.messages_button.setText(t("メッセージを見る（未読 {count}件）").format(count=unread) if unread
                                     else t("メッセージを見る"))
        self.messaging_note.setText("" if summary.messaging_available else message("message.no_employer_mypage"))
        self.messaging_note.setVisible(not summary.messaging_available)

    def clear(self) -> None:
        self.detail = None
        self.title.setText(t("応募を選ぶと、ここに状況の履歴と応募した求人票が表示されます。"))
        for label in self.values.values():
            label.clear()
        self.summary.texts_changed()
        self.history_model.clear()
        self._fit_history()
        self.sheet.clear()
        for button in (self.withdraw_button, self.ics_button, self.messages_button, self.job_button):
            button.setEnabled(False)
        self.messages_button.setText(t("メッセージを見る"))
        self.messaging_note.clear()
        self.messaging_note.hide()
        self.scroll_area.verticalScrollBar().setValue(0)

    # -- internals ----------------------------------------------------------------------
    @staticmethod
    def _interview_text(detail: ApplicationDetail, interview: StatusEntry | None) -> str:
        upcoming = detail.summary.next_interview_at
        if upcoming is not None and interview is not None:
            text = moment_text(upcoming)
            if interview.interview_place:
                text += t("　場所：{place}").format(place=interview.interview_place)
            return text
        if detail.has_interview:
            return t("予定はありません（これまでの面接は「状況の履歴」をご覧ください）")
        return t("予定はありません")

    def _fit_history(self) -> None:
        """The whole history at once (no second scroll bar inside the scrolling panel)."""
        rows = max(self.history_model.rowCount(), 1)
        header = self.history.horizontalHeader().sizeHint().height()
        bar = self.history.horizontalScrollBar()
        scroll_bar = bar.sizeHint().height() if bar.maximum() > 0 else 0  # a narrow window
        self.history.setFixedHeight(header + rows * self.history.verticalHeader().defaultSectionSize()
                                    + scroll_bar + 2 * self.history.frameWidth())

    @Slot(int, int)
    def _on_history_scroll_range_changed(self, _minimum: int, _maximum: int) -> None:
        self._fit_history()
