"""ホーム: the seeker's dashboard (求職状態 and 有効期限, unread messages and notices, upcoming
interviews, new postings for saved conditions), the leaflet's 「できること」 and the logout
reminder. Reloaded each time it is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from mypage_desktop.domain.activity_dto import Dashboard, RegistrationInfo, SavedSearchNews, UpcomingInterview
from mypage_desktop.ui.mypage.dashboard_widgets import Card, InterviewRow, ValidityBox, count_label
from mypage_desktop.ui.mypage.scroll_page import ScrollPage
from mypage_desktop.ui.mypage.status_switch import not_older
from mypage_desktop.ui.mypage.texts import FEATURES, FEATURES_NOTE, INACTIVE, LOADING
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.client import SeekerClient



class HomePage(ScrollPage):
    """``summary`` shows 求職状態, 有効期限 and 求職番号; ``interview_rows`` the upcoming
    interviews (soonest first), each with a button to its application."""

    def __init__(self, client: SeekerClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        content = self.content
        self.welcome = style.heading("", content, scale=1.3)
        self.validity = ValidityBox(content)
        self.summary: QLabel = self.validity.summary
        self.status_label = style.plain_label("", content, wrap=False)
        style.themed_sheet(self.status_label, lambda c: f"color: {c.muted_text};")
        self.interview_rows: list[InterviewRow] = []
        self._board_shown = False

        self.messages_card, self.unread_messages = self._count_card(
            t("未読のメッセージ"), "messagesCard",
            t("応募先の担当者からのメッセージは、左のメニューの「メッセージ」で読めます。"))
        self.notices_card, self.unread_notices = self._count_card(
            t("未読のお知らせ"), "noticesCard",
            t("ハローワークからのお知らせ・おすすめ求人は、左のメニューの「お知らせ」で読めます。"))
        self.interviews_card = Card(t("面接の予定"), content, name="interviewsCard")
        self.no_interviews = style.plain_label(t("予定されている面接はありません。"), self.interviews_card)
        self.interviews_card.body.addWidget(self.no_interviews)
        self._interview_box = QVBoxLayout()
        self._interview_box.setSpacing(4)
        self.interviews_card.body.addLayout(self._interview_box)
        self.saved_card = Card(t("保存した検索条件の新着求人"), content, name="savedCard")
        self.saved_news = style.plain_label("", self.saved_card)
        self.saved_card.body.addWidget(self.saved_news)
        features = Card(t("「求職者マイページ」でできること"), content, name="featuresCard")
        features.body.addWidget(style.plain_label(
            "\n".join(t("・") + t(text) for text in FEATURES) + "\n" + t(FEATURES_NOTE), features))

        cards = QGridLayout()
        cards.setSpacing(12)
        cards.addWidget(self.messages_card, 0, 0)
        cards.addWidget(self.notices_card, 0, 1)
        cards.addWidget(self.interviews_card, 1, 0, 1, 2)
        cards.addWidget(self.saved_card, 2, 0, 1, 2)
        cards.setColumnStretch(0, 1)
        cards.setColumnStretch(1, 1)
        layout = self.content_layout
        layout.addWidget(self.welcome)
        layout.addWidget(self.validity)
        layout.addWidget(self.status_label)
        layout.addWidget(self.load_error)
        layout.addLayout(cards)
        layout.addWidget(features)
        layout.addWidget(style.important_notice(content))
        self._finish_layout()
        self.clear()

    def _count_card(self, title: str, name: str, hint: str) -> tuple[Card, QLabel]:
        """A card with an unread count in large type and where to read them."""
        card = Card(title, self.content, name=name)
        count = count_label(card)
        card.body.addWidget(count)
        card.body.addWidget(style.plain_label(hint, card))
        return card, count

    # -- SessionPage ----------------------------------------------------------------------
    def activate(self) -> None:
        profile = self._client.profile
        if profile is None:
            return
        self.welcome.setText(t("{name} さん、ようこそ。").format(name=profile.name))
        if self.registration is None:
            self.validity.show_profile(profile)  # at once, from the login; the dashboard refines it
        if not self._board_shown:
            self.status_label.setText(t(LOADING))  # only the first time: a reload keeps the layout still
            self.status_label.show()
        self._start_load()

    def set_registration(self, info: RegistrationInfo) -> None:
        if not not_older(info, self.registration):
            return  # read before the latest switch
        super().set_registration(info)
        self.validity.show_registration(info)

    def clear(self) -> None:
        super().clear()
        self._board_shown = False
        self.welcome.clear()
        self.validity.clear()
        self.status_label.clear()
        self.status_label.hide()
        self.unread_messages.clear()
        self.unread_notices.clear()
        self.saved_news.clear()
        self._show_interviews(())

    # -- the dashboard ------------------------------------------------------------------
    async def _load(self) -> None:
        board = await self._load_once(self._api.dashboard, "dashboard unavailable")
        if board is not None and self._client.active:
            self.show_dashboard(board)

    def _show_load_failed(self) -> None:
        self.status_label.hide()
        super()._show_load_failed()

    def show_dashboard(self, board: Dashboard) -> None:
        self._board_shown = True
        self.status_label.hide()
        self.load_error.clear_message()
        self.validity.set_days_left(board.registration.valid_until, board.days_left)
        known = self.registration
        self.set_registration(board.registration)  # ignored when a switch came after it was read
        info = self.registration or board.registration
        self.validity.show_registration(info)  # with the days left just counted
        if info != known:
            self.registration_changed.emit(info)  # first known, or newer (e.g. ran out since login)
        self.unread_known.emit(board.unread)
        self._show_count(self.unread_messages, board.unread.messages)
        self._show_count(self.unread_notices, board.unread.notices)
        self._show_interviews(board.upcoming_interviews)
        self._show_saved(board.saved_searches, inactive=info.status == INACTIVE)

    def _show_count(self, label: QLabel, count: int) -> None:
        label.setText(t("{n}件").format(n=count))
        style.themed_sheet(label, style.text_colour("error_text" if count else None))

    def _show_interviews(self, interviews: tuple[UpcomingInterview, ...]) -> None:
        for row in self.interview_rows:
            row.hide()
            row.deleteLater()
        self.interview_rows = []
        for interview in sorted(interviews, key=lambda item: item.interview_at):
            row = InterviewRow(interview, self.interviews_card)
            row.open_requested.connect(self.application_requested)
            self._interview_box.addWidget(row)
            self.interview_rows.append(row)
        self.no_interviews.setVisible(not self.interview_rows and self.registration is not None)

    def _show_saved(self, news: tuple[SavedSearchNews, ...], *, inactive: bool) -> None:
        if inactive:
            text = t("求職状態が「無効」の間は、新着求人の件数は表示されません。")
        elif not news:
            text = t("保存した検索条件はありません。「求人情報検索」で条件を保存すると、"
                     "その条件に合う新着求人の件数がここに表示されます。")
        else:
            lines = [t("・{name}　新着 {n}件").format(name=item.name, n=f"{item.new_postings:,}") for item in news]
            lines.append(t("左のメニューの「保存した検索条件」から、その条件で検索できます。"))
            text = "\n".join(lines)
        self.saved_news.setText(text)
