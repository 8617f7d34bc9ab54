"""The staff console's main window (docs/product-rules.md §staff): 窓口対応 (seeker lookup, the seeker panel with the
account actions, 紹介状・応募状況・お知らせ, 求職登録, 窓口でマイページを開設), for 管理者 only
監査ログ and 端末管理, and 仮登録の確認 (docs/product-rules.md §preregistration).

docs/security.md S3: ログアウト is always in the top bar and closing the window is a logout; both go
through the owner's ``end_session``. S5: when the session ends, every seeker value leaves the
window at once (:meth:`StaffConsole.wipe`). Every façade call runs off the GUI thread through
the owner; the window never waits.
"""

from __future__ import annotations

import logging
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.domain.staff_dto import SeekerQuery, SeekerSummary
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.session.reasons import REASON_LOGOUT, REASON_WINDOW_CLOSED
from mypage_desktop.ui.staff.account_actions import AccountActions
from mypage_desktop.ui.staff.activity_forms import ActivityForms
from mypage_desktop.ui.staff.application_view import ApplicationView
from mypage_desktop.ui.staff.calls import guarded
from mypage_desktop.ui.staff.lookup import SeekerLookup
from mypage_desktop.ui.staff.own_changes_view import OwnChangesViewer
from mypage_desktop.ui.staff.prereg_page import PreregPage
from mypage_desktop.ui.staff.reauth import Reauthenticator
from mypage_desktop.ui.staff.seeker_panel import SeekerPanel
from mypage_desktop.ui.staff.texts import japanese_date
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import t
from mypage_desktop.ui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from mypage_desktop.ui.login.staff_password import PasswordChangePanel
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.staff.audit_page import AuditPage
    from mypage_desktop.ui.staff.devices_page import DevicesPage
    from mypage_desktop.ui.staff.registration import Registration

log = logging.getLogger(__name__)
TITLE = N_("職員コンソール（窓口用）")
PREFERRED_SIZE = QSize(1280, 820)


class Section(IntEnum):
    COUNTER = 0
    AUDIT = 1
    DEVICES = 2


class SeekerTab(IntEnum):
    DETAILS = 0
    REFERRAL = 1
    STATUS = 2
    NOTICE = 3


class StaffConsole(QMainWindow):
    """Signals:
        counter_wizard_requested(): 「窓口でマイページを開設」 was pressed.
    """

    counter_wizard_requested = Signal()

    def __init__(self, owner: StaffSessionOwner, app_info: AppInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owner = owner
        self._wiped = False
        self.setWindowTitle(t(TITLE))
        self.setMinimumSize(1100, 720)
        self.reauth = Reauthenticator(owner, self)
        self.password_dialog: QDialog | None = None
        self._build(app_info)
        # Maximised on a 1366×768 counter PC; never taller than the screen (widgets/screen_fit.py).
        fit_to_screen(self, PREFERRED_SIZE)
        owner.session_ended.connect(self._on_owner_session_ended)
        profile = owner.staff_profile
        if profile is not None:
            self.staff_label.setText(t("{name}（{role}）").format(name=profile.display_name, role=profile.role))

    # -- layout ---------------------------------------------------------------------------
    def _build(self, info: AppInfo) -> None:
        top = style.top_bar(self)
        title = style.heading(t(TITLE), top, scale=1.3)
        title.setWordWrap(False)
        self.staff_label = style.heading("", top, scale=1.1)
        self.staff_label.setWordWrap(False)
        self.password_button = QPushButton(t("パスワード変更"), top)
        self.password_button.setMinimumHeight(32)
        self.logout_button = style.logout_button(t("ログアウト"), top, height=34)
        style.fill_top_bar(top, title, self.staff_label, self.password_button, self.logout_button)

        self.sections = QTabWidget(self)
        self.sections.addTab(self._build_counter(), t("窓口対応"))
        self.prereg = PreregPage(self._owner, self.reauth, self.sections)  # issue 12: 仮登録 → 本登録
        self.prereg.registered.connect(lambda seeker: self.lookup.put_seeker(seeker))
        self.prereg.open_wizard_requested.connect(self.counter_wizard_requested)
        self.audit: AuditPage | None = None
        self.devices: DevicesPage | None = None
        profile = self._owner.staff_profile
        if profile is not None and profile.is_admin:  # 職員 never get the tabs at all
            from mypage_desktop.ui.staff.audit_page import AuditPage
            from mypage_desktop.ui.staff.devices_page import DevicesPage

            self.audit = AuditPage(self._owner, self.sections)
            self.sections.addTab(self.audit.view, t("監査ログ"))
            self.devices = DevicesPage(self._owner, self.sections)
            self.sections.addTab(self.devices.view, t("端末管理"))
        self.prereg_index = self.sections.addTab(self.prereg, t("仮登録の確認"))

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(top)
        body = QVBoxLayout()
        body.setContentsMargins(12, 8, 12, 0)
        body.addWidget(self.sections, 1)
        layout.addLayout(body, 1)
        layout.addWidget(style.footer(info, central))
        self.setCentralWidget(central)

        self.logout_button.clicked.connect(self._on_logout_button_clicked)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.sections.currentChanged.connect(self._on_sections_current_changed)

    def _build_counter(self) -> QWidget:
        page = QWidget(self)
        self.register_button = QPushButton(t("求職登録（新しい求職者）…"), page)
        self.wizard_button = QPushButton(t("窓口でマイページを開設"), page)
        self.wizard_button.setToolTip(t("このパソコンで求職者ご本人にマイページを開設してもらいます。"
                                        "職員の画面は閉じ、ご本人が自分でパスワードを入力します。"))
        for button in (self.register_button, self.wizard_button):
            button.setMinimumHeight(34)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.register_button)
        toolbar.addWidget(self.wizard_button)
        toolbar.addStretch(1)

        self.lookup = SeekerLookup(page)
        right = QWidget(page)
        self.seeker_heading = style.heading("", right, scale=1.2)
        self.seeker_tabs = QTabWidget(right)
        self.panel = SeekerPanel()
        scroll = QScrollArea(self.seeker_tabs)
        scroll.setAccessibleName(t("求職者情報・アカウント"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        self.seeker_tabs.addTab(scroll, t("求職者情報・アカウント"))
        self.forms = ActivityForms(self._owner, self.seeker_tabs)
        self.seeker_tabs.addTab(self.forms.referral, t("紹介状の発行"))
        self.seeker_tabs.addTab(self.forms.status, t("応募状況の記録"))
        self.seeker_tabs.addTab(self.forms.notice, t("お知らせの送信"))
        self.application_view = ApplicationView(self._owner, self.seeker_tabs)
        self.seeker_tabs.addTab(self.application_view, t("応募内容"))
        self.forms.seeker_changed.connect(self._on_forms_seeker_changed)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.seeker_heading)
        right_layout.addWidget(self.seeker_tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(self.lookup)
        splitter.addWidget(right)
        splitter.setProperty("readingColumns", [self.lookup, right])  # read the left pane, then the right
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 560])  # the results table needs the width more than the panel
        layout = QVBoxLayout(page)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        self.account_actions = AccountActions(self._owner, self.reauth, self.lookup, self.panel, self)
        self.own_changes = OwnChangesViewer(self._owner, self.panel, self)
        self.registration: Registration | None = None
        self.lookup.search_requested.connect(self._on_lookup_search_requested)
        self.lookup.seeker_selected.connect(self._on_lookup_seeker_selected)
        self.register_button.clicked.connect(self._on_register_button_clicked)
        self.wizard_button.clicked.connect(self.counter_wizard_requested)
        self._show_heading(None)
        return page

    # -- public ---------------------------------------------------------------------------
    def wipe(self) -> None:
        """Every seeker value off the window, dialogs closed, the window hidden (S5)."""
        self._wiped = True
        self.account_actions.close_dialogs()
        self.own_changes.close_dialogs()
        if self.registration is not None:
            self.registration.close()
        if self.reauth.dialog is not None:
            self.reauth.dialog.reject()
        self._close_password_dialog()
        self.lookup.clear()
        self.prereg.clear()
        self.panel.clear()
        self.forms.clear()
        self.application_view.clear()
        if self.audit is not None:
            self.audit.clear()
        if self.devices is not None:
            self.devices.clear()
        self._show_heading(None)
        self.staff_label.clear()
        self.hide()

    def select_section(self, section: Section) -> None:
        self.sections.setCurrentIndex(section)

    def show_preregistrations(self) -> None:
        """「仮登録の確認」 (the last tab, whatever the role)."""
        self.sections.setCurrentIndex(self.prereg_index)

    # -- lookup ---------------------------------------------------------------------------
    @Slot(object)
    def _on_lookup_search_requested(self, query: SeekerQuery) -> None:
        self._owner.start_task(self._search(query))

    async def _search(self, query: SeekerQuery) -> None:
        found = await guarded(self._owner.call(self._owner.staff.find_seekers, query), self.lookup.show_message,
                              self.lookup.show_errors)
        if found is not None and not self._wiped:
            self.lookup.show_results(found)

    @Slot(object)
    def _on_lookup_seeker_selected(self, seeker: SeekerSummary | None) -> None:
        self.panel.show_seeker(seeker)
        self.forms.set_seeker(seeker)
        self._show_heading(seeker)

    def _show_heading(self, seeker: SeekerSummary | None) -> None:
        if seeker is None:
            self.seeker_heading.setText(t("求職者を選んでください"))
        else:
            self.seeker_heading.setText(t("{name}（{kana}） 求職番号 {number}").format(
                name=seeker.name, kana=seeker.name_kana, number=seeker.seeker_number))

    @Slot(int)
    def _on_forms_seeker_changed(self, seeker_id: int) -> None:
        self._owner.start_task(self._refresh(seeker_id))

    async def _refresh(self, seeker_id: int) -> None:
        seeker = await guarded(self._owner.call(self._owner.staff.seeker_summary, seeker_id), self.panel.show_error)
        if seeker is not None and not self._wiped:
            self.lookup.put_seeker(seeker)
            if self.panel.seeker is not None and self.panel.seeker.seeker_id == seeker_id:
                self.panel.show_seeker(seeker, keep_messages=True)

    # -- 求職登録 -------------------------------------------------------------------------
    @Slot()
    def _on_register_button_clicked(self) -> None:
        if self.registration is None:
            from mypage_desktop.ui.staff.registration import Registration

            self.registration = Registration(self._owner, self.reauth, self)
            self.registration.registered.connect(self._on_registration_registered)
        self.registration.open()

    @Slot(object)
    def _on_registration_registered(self, seeker: SeekerSummary) -> None:
        self.select_section(Section.COUNTER)
        self.lookup.put_seeker(seeker, select=True)
        self.seeker_tabs.setCurrentIndex(SeekerTab.DETAILS)
        text = t("求職登録しました。求職番号: {number}　有効期限: {valid}").format(
            number=seeker.seeker_number, valid=japanese_date(seeker.valid_until))
        if seeker.email:
            text += "\n" + t("ログインID（{email}）も登録しました。ご本人は"
                             "「ハローワークをご利用中の方のマイページ開設」から開設できます。").format(email=seeker.email)
        self.panel.show_result(text)

    # -- password ------------------------------------------------------------------------
    @Slot()
    def _on_password_button_clicked(self) -> None:
        from mypage_desktop.ui.login.staff_password import PasswordChangePanel

        self._close_password_dialog()
        dialog = QDialog(self)
        dialog.setWindowTitle(t("パスワードの変更"))
        dialog.setModal(True)
        dialog.setMinimumWidth(520)
        panel = PasswordChangePanel(self._owner, dialog, cancel_text=t("キャンセル"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(panel)
        panel.cancelled.connect(dialog.reject)
        panel.changed.connect(self._on_password_panel_changed)
        dialog.finished.connect(panel.wipe)
        self.password_dialog = dialog
        self.password_panel: PasswordChangePanel = panel
        dialog.open()

    @Slot(object)
    def _on_password_panel_changed(self, _profile: object) -> None:
        self._close_password_dialog()
        self.panel.show_result(t("パスワードを変更しました。"))

    def _close_password_dialog(self) -> None:
        dialog, self.password_dialog = self.password_dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    # -- sections, logout -----------------------------------------------------------------
    @Slot(int)
    def _on_sections_current_changed(self, index: int) -> None:
        if index == Section.AUDIT and self.audit is not None:
            self.audit.activate()
        elif index == Section.DEVICES and self.devices is not None:
            self.devices.activate()

    @Slot()
    def _on_logout_button_clicked(self) -> None:
        self._owner.end_session(REASON_LOGOUT)

    @Slot(str)
    def _on_owner_session_ended(self, _reason: str) -> None:
        self.wipe()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the console is a logout (S3)."""
        self.wipe()
        event.accept()
        self._owner.end_session(REASON_WINDOW_CLOSED)
