"""The 「求職者マイページ」 main window.

SECURITY S3: the ログアウト button is in the top bar, visible on every page, and closing the
window is a logout; both go through :meth:`SessionOwner.end_session`. S1: a page refresh
that meets :class:`SessionInvalid` returns to login (the owner handles it). S5: when the
session ends the window wipes every seeker value at once, even while the revocation runs.
"""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.dto import AppInfo, SeekerProfile
from mypage_desktop.domain.errors import ServiceUnavailable, SessionInvalid

from . import style
from .i18n import tr
from .jobs.workspace import JobPages
from .main_views import HomeView, ProfileView
from .session_owner import REASON_LOGOUT, REASON_WINDOW_CLOSED, SessionOwner

if TYPE_CHECKING:  # the protocol (and the DTO modules it pulls in) is not needed at run time
    from mypage_desktop.facade import MyPageFacade

log = logging.getLogger(__name__)
CONTEXT = "main"


class Page(IntEnum):
    HOME = 0
    PROFILE = 1
    SEARCH = 2
    SAVED = 3
    KEPT = 4


JOB_PAGES = (Page.SEARCH, Page.SAVED, Page.KEPT)
PAGE_TITLES = {Page.HOME: "ホーム", Page.PROFILE: "求職者情報", Page.SEARCH: "求人情報検索",
               Page.SAVED: "保存した検索条件", Page.KEPT: "キープした求人"}


class MainWindow(QMainWindow):
    """Navigation on the left, the page on the right, ログアウト always in the top bar."""

    def __init__(self, owner: SessionOwner, facade: MyPageFacade, app_info: AppInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owner = owner
        self._facade = facade
        self._wiped = False
        self.setWindowTitle(tr(CONTEXT, "求職者マイページ"))
        self.setMinimumSize(900, 600)
        self._build(app_info)
        owner.session_ended.connect(self._on_owner_session_ended)
        if owner.profile is not None:
            self.show_profile(owner.profile)

    def _build(self, info: AppInfo) -> None:
        top = QWidget(self)
        top.setObjectName("topBar")
        top.setStyleSheet(f"QWidget#topBar {{ background: {style.BRAND}; }}"
                          " QLabel { color: white; }")
        title = style.heading(tr(CONTEXT, "求職者マイページ"), top, scale=1.4)
        self.name_label = style.heading("", top, scale=1.15)
        self.name_label.setWordWrap(False)
        self.name_label.setObjectName("seekerName")
        self.logout_button = QPushButton(tr(CONTEXT, "ログアウト"), top)
        self.logout_button.setObjectName("logoutButton")
        self.logout_button.setMinimumSize(120, 36)
        self.logout_button.setStyleSheet(
            "QPushButton#logoutButton { background: white; color: #a00000; font-weight: bold;"
            f" border: 2px solid {style.IMPORTANT_BORDER}; border-radius: 4px; padding: 4px 14px; }}"
            " QPushButton#logoutButton:focus { border: 3px solid #ffbf00; }")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(14, 8, 14, 8)
        top_layout.addWidget(title)
        top_layout.addStretch(1)
        top_layout.addWidget(self.name_label)
        top_layout.addSpacing(12)
        top_layout.addWidget(self.logout_button)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setAccessibleName(tr(CONTEXT, "メニュー"))
        for page in Page:
            self.nav.addItem(tr(CONTEXT, PAGE_TITLES[page]))
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 10px 8px; }")
        self.pages = QStackedWidget(self)
        self.home = HomeView(self.pages)
        self.profile_view = ProfileView(self.pages)
        self._jobs: JobPages | None = None
        self.pages.insertWidget(Page.HOME, self.home)
        self.pages.insertWidget(Page.PROFILE, self.profile_view)
        for page in JOB_PAGES:  # placeholders until the job pages are first needed
            self.pages.insertWidget(page, QWidget(self.pages))

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

    @property
    def jobs(self) -> JobPages:
        """The job pages, built on first use: building them (forms, combos, tables) on the
        GUI thread right at login stalled the event loop for 40–80 ms."""
        if self._jobs is None:
            jobs = JobPages(self._owner, self._facade, self.pages)
            for page, widget in zip(JOB_PAGES, (jobs.search, jobs.saved, jobs.kept), strict=True):
                placeholder = self.pages.widget(page)
                if placeholder is not None:
                    self.pages.removeWidget(placeholder)
                    placeholder.deleteLater()
                self.pages.insertWidget(page, widget)
            self.pages.addWidget(jobs.detail)  # not in the menu: opened from a list
            jobs.job_opened.connect(self._on_jobs_job_opened)
            jobs.search_shown.connect(self._on_jobs_search_shown)
            jobs.detail.back_requested.connect(self._on_detail_back_requested)
            self._jobs = jobs
        return self._jobs

    # -- public -------------------------------------------------------------------------
    def show_profile(self, profile: SeekerProfile) -> None:
        self.name_label.setText(tr(CONTEXT, "{name} さん").format(name=profile.name))
        self.home.show_profile(profile)
        self.profile_view.show_profile(profile)

    def select_page(self, page: Page) -> None:
        if page in JOB_PAGES:
            _ = self.jobs
        self.nav.setCurrentRow(page)
        self.pages.setCurrentIndex(page)  # also when the row was current (e.g. from a 求人票)

    def wipe(self) -> None:
        """Removes every seeker value from the window and hides it (S5)."""
        self._wiped = True
        self.name_label.clear()
        self.home.clear()
        self.profile_view.clear()
        if self._jobs is not None:
            self._jobs.clear()
        self.hide()

    # -- slots ------------------------------------------------------------------------
    @Slot()
    def _on_logout_button_clicked(self) -> None:
        self._owner.end_session(REASON_LOGOUT)

    @Slot()
    def _on_nav_item_clicked(self) -> None:
        """Back from a 求人票 to the list the menu shows (the row did not change)."""
        if self._jobs is not None and self.pages.currentWidget() is self._jobs.detail:
            self.pages.setCurrentIndex(self.nav.currentRow())

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
        if row in JOB_PAGES:
            _ = self.jobs
        self.pages.setCurrentIndex(row)
        if row == Page.PROFILE and self._owner.active:
            self._owner.start_task(self._refresh_profile())

    @Slot(str)
    def _on_owner_session_ended(self, _reason: str) -> None:
        self.wipe()

    async def _refresh_profile(self) -> None:
        """Shows the latest data (e.g. a status changed at the counter)."""
        try:
            profile = await self._owner.call(self._facade.my_profile)
        except SessionInvalid:
            return  # the owner has already returned to login
        except ServiceUnavailable:
            log.warning("profile refresh unavailable")
            return
        if not self._wiped:
            self.show_profile(profile)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is a logout (S3, SPEC §6 kiosk)."""
        self.wipe()
        event.accept()
        self._owner.end_session(REASON_WINDOW_CLOSED)

