"""The 「求職者マイページ」 main window.

docs/security.md S3: the ログアウト button is in the top bar, visible on every page, and closing the
window is a logout; both go through :meth:`SessionOwner.end_session`. S1: a page refresh
that meets :class:`SessionInvalid` returns to login (the owner handles it). S5: when the
session ends the window wipes every seeker value at once, even while the revocation runs.
"""

from __future__ import annotations

import importlib
import logging
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.account_dto import AppInfo, SeekerProfile
from mypage_desktop.domain.activity_dto import RegistrationInfo, UnreadCounts
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.jobs.workspace import JobPages
from mypage_desktop.ui.mypage.home_page import HomePage
from mypage_desktop.ui.session.client import SessionClient
from mypage_desktop.ui.session.owner import SessionOwner
from mypage_desktop.ui.session.pages import SessionPage
from mypage_desktop.ui.session.reasons import REASON_LOGOUT, REASON_WINDOW_CLOSED
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.saved_files import remove_kiosk_files
from mypage_desktop.ui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:  # the protocol (and the DTO modules it pulls in) is not needed at run time
    from mypage_desktop.facade import MyPageFacade

log = logging.getLogger(__name__)
NAV_WIDTH = 210  # the menu's width at the default text size
# At most this share of the window; a longer entry wraps. At 200 % the longest Vietnamese entry
# alone would take half of a 1366-pixel window and leave the page beside it too narrow.
NAV_SHARE = 0.3


class Page(IntEnum):
    HOME = 0
    PROFILE = 1
    SEARCH = 2
    SAVED = 3
    KEPT = 4
    REFERRALS = 5
    APPLICATIONS = 6
    MESSAGES = 7
    NOTICES = 8


JOB_PAGES = (Page.SEARCH, Page.SAVED, Page.KEPT)
PAGE_TITLES = {Page.HOME: N_("ホーム"), Page.PROFILE: N_("求職者情報・設定"), Page.SEARCH: N_("求人情報検索"),
               Page.SAVED: N_("保存した検索条件"), Page.KEPT: N_("キープした求人"),
               Page.REFERRALS: N_("紹介された求人・紹介状"), Page.APPLICATIONS: N_("応募履歴"),
               Page.MESSAGES: N_("メッセージ"), Page.NOTICES: N_("お知らせ")}


# Built on first use (module, class): importing and building them at login stalled the GUI.
LAZY_PAGES: dict[Page, tuple[str, str]] = {
    Page.PROFILE: ("mypage_desktop.ui.mypage.registration_page", "RegistrationPage"),
    Page.REFERRALS: ("mypage_desktop.ui.referrals.referrals_page", "ReferralsPage"),
    Page.APPLICATIONS: ("mypage_desktop.ui.applications.applications_page", "ApplicationsPage"),
    Page.MESSAGES: ("mypage_desktop.ui.messages.messages_page", "MessagesPage"),
    Page.NOTICES: ("mypage_desktop.ui.messages.notices_page", "NoticesPage"),
}
COUNTED_PAGES = {Page.MESSAGES: "messages", Page.NOTICES: "notices"}
MINIMUM_SIZE = QSize(960, 640)
PREFERRED_SIZE = QSize(1400, 880)  # on screens larger than SMALL_SCREEN; smaller ones: maximised


class MainWindow(QMainWindow):
    """Navigation on the left, the page on the right, ログアウト always in the top bar."""

    def __init__(self, owner: SessionOwner, facade: MyPageFacade, app_info: AppInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owner = owner
        self._client = SessionClient(owner, facade)  # what every page gets of the session
        self._wiped = False
        self._built: dict[Page, SessionPage] = {}
        self.registration: RegistrationInfo | None = None
        self.unread = UnreadCounts(messages=0, notices=0)
        self.setWindowTitle(t("求職者マイページ"))
        self.setMinimumSize(MINIMUM_SIZE)
        self._build(app_info)
        fit_to_screen(self, PREFERRED_SIZE)  # maximised on an office screen (widgets/screen_fit.py)
        owner.session_ended.connect(self._on_owner_session_ended)
        if owner.profile is not None:
            self.show_profile(owner.profile)
        if owner.active:
            self.home.activate()  # the dashboard brings the registration and the unread counts

    def _build(self, info: AppInfo) -> None:
        top = style.top_bar(self)
        title = style.heading(t("求職者マイページ"), top, scale=1.4)
        self.name_label = style.heading("", top, scale=1.15)
        self.name_label.setWordWrap(False)
        self.name_label.setObjectName("seekerName")
        self.logout_button = style.logout_button(t("ログアウト"), top, height=36)
        style.fill_top_bar(top, title, self.name_label, self.logout_button)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(t("メニュー"))
        for page in Page:
            self.nav.addItem(t(PAGE_TITLES[page]))
        # The side padding on the list, not on its entries: Qt wraps an entry at the list's
        # width but draws it inside the entry's padding, so a text a little narrower than the
        # list stayed on one line and was cut to 「…」 (Vietnamese at 200 %, seen on X11).
        style.themed_sheet(self.nav, lambda c: f"QListWidget#navigation {{ padding: 0px 8px; background: {c.base}; }}"
                                               " QListWidget#navigation::item { padding: 10px 0px; }")
        self.nav.setWordWrap(True)
        self.nav.setResizeMode(QListView.ResizeMode.Adjust)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_nav()
        self.pages = QStackedWidget(self)
        self.home = HomePage(self._client, self.pages)
        self._jobs: JobPages | None = None
        for page in Page:  # placeholders until a page is first needed
            self.pages.insertWidget(page, QWidget(self.pages))
        self._place(Page.HOME, self.home)

        body = QHBoxLayout()
        body.setContentsMargins(12, 12, 12, 0)
        body.setSpacing(16)
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(top)
        layout.addLayout(body, 1)
        layout.addWidget(style.footer(info, central))
        self.setCentralWidget(central)

        self.logout_button.clicked.connect(self._on_logout_button_clicked)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.nav.itemClicked.connect(self._on_nav_item_clicked)
        self.nav.setCurrentRow(Page.HOME)
        self.nav.setFocus()

    def _place(self, page: Page, widget: QWidget) -> None:
        placeholder = self.pages.widget(page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.insertWidget(page, widget)
        if isinstance(widget, SessionPage):
            self._built[page] = widget
            widget.job_requested.connect(self._on_page_job_requested)
            widget.application_requested.connect(self._on_page_application_requested)
            widget.thread_requested.connect(self._on_page_thread_requested)
            widget.counts_changed.connect(self._on_page_counts_changed)
            widget.registration_changed.connect(self._on_page_registration_changed)
            widget.unread_known.connect(self.show_unread)
            if self.registration is not None:
                widget.set_registration(self.registration)

    def page(self, page: Page) -> SessionPage:
        """The activity page, built on first use."""
        built = self._built.get(page)
        if built is None:
            module_name, class_name = LAZY_PAGES[page]
            page_class = getattr(importlib.import_module(module_name), class_name)
            built = page_class(self._client, self.pages)
            self._place(page, built)
        return built

    def _build_page(self, page: Page) -> None:
        """The page's widget in the stack instead of its placeholder, on first use."""
        if page in JOB_PAGES:
            _ = self.jobs
        elif page in LAZY_PAGES:
            _ = self.page(page)

    @property
    def profile_view(self) -> SessionPage:
        return self.page(Page.PROFILE)

    @property
    def jobs(self) -> JobPages:
        """The job pages, built on first use: building them (forms, combos, tables) on the
        GUI thread right at login stalled the event loop for 40–80 ms."""
        if self._jobs is None:
            jobs = JobPages(self._client, self.pages)
            for page, widget in zip(JOB_PAGES, (jobs.search, jobs.saved, jobs.kept), strict=True):
                self._place(page, widget)
            self.pages.addWidget(jobs.detail)  # not in the menu: opened from a list
            jobs.job_opened.connect(self._on_jobs_job_opened)
            jobs.search_shown.connect(self._on_jobs_search_shown)
            jobs.applied.connect(self._on_jobs_applied)
            jobs.application_requested.connect(self._on_page_application_requested)
            jobs.detail.back_requested.connect(self._on_detail_back_requested)
            if self.registration is not None:
                jobs.set_registration(self.registration)
            self._jobs = jobs
        return self._jobs

    # -- public -------------------------------------------------------------------------
    def show_profile(self, profile: SeekerProfile) -> None:
        self.name_label.setText(t("{name} さん").format(name=profile.name))

    def select_page(self, page: Page) -> None:
        self._build_page(page)
        self.nav.setCurrentRow(page)
        self.pages.setCurrentIndex(page)  # also when the row was current (e.g. from a 求人票)

    def show_registration(self, info: RegistrationInfo) -> None:
        """Every page learns the registration state (無効 disables search, apply, messages).
        An answer older than the state shown (a refresh that started before a switch) is
        dropped, or it could turn searching back on."""
        shown = self.registration
        if shown is not None and info.status_changed_at < shown.status_changed_at:
            return
        self.registration = info
        for page in self._built.values():
            page.set_registration(info)
        if self._jobs is not None:
            self._jobs.set_registration(info)

    def show_unread(self, counts: UnreadCounts) -> None:
        self.unread = counts
        for page, field in COUNTED_PAGES.items():
            count = getattr(counts, field)
            title = t(PAGE_TITLES[page])
            item = self.nav.item(page)
            if item is None:
                continue
            item.setText(title if count == 0 else t("{title}（未読 {count}）").format(
                title=title, count=count))
            font = item.font()
            font.setBold(count > 0)
            item.setFont(font)

    def refresh_registration(self) -> None:
        if self._owner.active:
            self._owner.start_task(self._load_registration())

    def refresh_counts(self) -> None:
        if self._owner.active:
            self._owner.start_task(self._load_counts())

    def wipe(self) -> None:
        """Removes every seeker value from the window and hides it (S5)."""
        self._wiped = True
        self.name_label.clear()
        self.registration = None
        for page in self._built.values():
            page.clear()
        if self._jobs is not None:
            self._jobs.clear()
        self.show_unread(UnreadCounts(messages=0, notices=0))
        remove_kiosk_files()  # a kiosk's saves in its configured folder do not outlive the session
        self.hide()

    # -- slots ------------------------------------------------------------------------
    @Slot()
    def _on_logout_button_clicked(self) -> None:
        self._owner.end_session(REASON_LOGOUT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_nav()

    def follow_display(self) -> None:
        """文字の大きさ chosen in 求職者情報・設定 while the window is open (style.restyle_all)."""
        if hasattr(self, "nav"):  # a font or sheet change may come while the window is built
            self._fit_nav()

    def _fit_nav(self) -> None:
        """The menu as wide as its widest entry on one line (large text, issue 15), within
        NAV_SHARE of the window."""
        cap = int(self.width() * NAV_SHARE)
        self.nav.setFixedWidth(max(NAV_WIDTH, min(self._nav_width_needed(), cap)))

    def _nav_width_needed(self) -> int:
        """The widest menu entry in bold with an unread count, its padding and the frame."""
        font = QFont(self.nav.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        texts = [self.nav.item(page).text() for page in Page]
        texts += [t("{title}（未読 {count}）").format(title=self.nav.item(page).text(), count=99)
                  for page in (Page.MESSAGES, Page.NOTICES)]
        return max(metrics.horizontalAdvance(text) for text in texts) + 16 + 2 * self.nav.frameWidth() + 8

    def _on_nav_item_clicked(self) -> None:
        """Back from a 求人票 to the list the menu shows (the row did not change)."""
        if self._jobs is not None and self.pages.currentWidget() is self._jobs.detail:
            self.pages.setCurrentIndex(self.nav.currentRow())

    @Slot(int)
    def _on_page_job_requested(self, job_id: int) -> None:
        self.jobs.detail.show_job(job_id)
        self._on_jobs_job_opened()

    @Slot(int)
    def _on_page_application_requested(self, application_id: int) -> None:
        self.select_page(Page.APPLICATIONS)
        self.page(Page.APPLICATIONS).show_application(application_id)  # type: ignore[attr-defined]

    @Slot(int)
    def _on_page_thread_requested(self, application_id: int) -> None:
        self.select_page(Page.MESSAGES)
        self.page(Page.MESSAGES).show_thread(application_id)  # type: ignore[attr-defined]

    @Slot()
    def _on_page_counts_changed(self) -> None:
        self.refresh_counts()

    @Slot(object)
    def _on_page_registration_changed(self, info: RegistrationInfo) -> None:
        self.show_registration(info)

    @Slot(int)
    def _on_jobs_applied(self, _application_id: int) -> None:
        """An online application may extend the validity and adds a row to 応募履歴."""
        self.refresh_registration()
        self.refresh_counts()
        applications = self._built.get(Page.APPLICATIONS)
        if applications is not None:
            applications.activate()

    @Slot()
    def _on_jobs_job_opened(self) -> None:
        self.pages.setCurrentWidget(self.jobs.detail)
        self.jobs.detail.back_button.setFocus()

    @Slot()
    def _on_jobs_search_shown(self) -> None:
        self.select_page(Page.SEARCH)

    @Slot()
    def _on_detail_back_requested(self) -> None:
        self.pages.setCurrentIndex(self.nav.currentRow())
        current = self.pages.currentWidget()
        target = getattr(current, "table", None) or current
        if target is not None:
            target.setFocus()

    @Slot(int)
    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        page = Page(row)
        self._build_page(page)
        self.pages.setCurrentIndex(row)
        built = self._built.get(page)
        if built is not None and self._owner.active:
            built.activate()
            self.refresh_counts()

    @Slot(str)
    def _on_owner_session_ended(self, _reason: str) -> None:
        self.wipe()

    async def _load_registration(self) -> None:
        """Shows the latest registration (e.g. a status changed at the counter)."""
        try:
            info = await self._client.call(self._client.api.registration_info)
        except SessionInvalid:
            return  # the owner has already returned to login
        except ServiceUnavailable:
            log.warning("registration refresh unavailable")
            return
        if not self._wiped:
            self.show_registration(info)

    async def _load_counts(self) -> None:
        try:
            counts = await self._client.call(self._client.api.unread_counts)
        except SessionInvalid:
            return
        except ServiceUnavailable:
            log.warning("unread counts unavailable")
            return
        if not self._wiped:
            self.show_unread(counts)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is a logout (S3, docs/product-rules.md §deployment kiosk)."""
        self.wipe()
        event.accept()
        self._owner.end_session(REASON_WINDOW_CLOSED)
