"""「職員ログイン」: the staff console's own sign-in (docs/security.md A1, E1, L1, C5).

Staff accounts are separate from seekers': a seeker's email and password never open the
console (the staff façade knows only staff accounts), and a staff account cannot sign in as
a seeker. Every failure shows one message; a wait or lock the server reports is shown with a
countdown and ログイン stays disabled meanwhile. Nothing is remembered: after a failure the
password is cleared, after success or logout both fields are empty.

When the account still has its one-time password (``must_change_password``) the window
switches to the password change and the console opens only after it (A1).

Like the seekers' login window it is shown before the asyncio loop runs; a sign-in submitted
in those first moments is held until :meth:`StaffLoginWindow.release_logins`. The behaviour
both share: :class:`~mypage_desktop.ui.login.base.LoginWindowBase`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.login.base import LoginWindowBase
from mypage_desktop.ui.login.texts import UNAVAILABLE, wait_text
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.i18n import message, t

if TYPE_CHECKING:
    from mypage_desktop.domain.staff_dto import StaffLoginResult
    from mypage_desktop.facade.staff_protocol import StaffFacade
    from mypage_desktop.ui.login.staff_password import PasswordChangePanel
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner

log = logging.getLogger(__name__)
LOGIN_FAILED_CODE = "staff.login_failed"
TITLE = N_("職員ログイン（窓口用）")
LOCKED_TITLE = N_("職員の画面のロック解除")
INTRO = (N_("ハローワーク職員用の画面です。職員IDとパスワードを入力してください。\n"
            "求職者の方のID（メールアドレス）ではログインできません。"))


class StaffLoginWindow(LoginWindowBase):
    """職員ID + パスワード; then, if needed, the one-time password change.

    Signals:
        logged_in(str, object): the staff token and :class:`StaffProfile` (the receiver makes
            them the owner's session; ``must_change_password`` may still be True).
        password_changed(object): the first-time change is done (the new profile).
        change_cancelled(): 「中止してログアウト」 on the password change.
        logout_requested(): 「ログアウト」 while the window asks to unlock the console.
        closed(): the user closed this window.
    """

    password_changed = Signal(object)
    change_cancelled = Signal()
    logout_requested = Signal()

    def __init__(self, app_info: AppInfo, staff: StaffFacade | None = None, parent: QWidget | None = None,
                 *, countdown_interval_ms: int = 1000) -> None:
        super().__init__(staff, parent, countdown_interval_ms=countdown_interval_ms)
        self.change_panel: PasswordChangePanel | None = None
        self._locked_login_id: str | None = None
        self.setWindowTitle(t(TITLE))
        self.setMinimumSize(640, 560)
        self.resize(760, 640)
        self._build(app_info)

    # -- layout ---------------------------------------------------------------------------
    def _build(self, info: AppInfo) -> None:
        self.login_id_edit, self.login_id_error, form = self._build_fields(
            t("職員ID"), 64, password_label=t("パスワード"), login_text=t("ログイン"), error_name="staffLoginError")
        self.logout_button = QPushButton(t("ログアウト"), self)
        self.logout_button.setMinimumHeight(34)
        self.logout_button.hide()

        sign_in = QWidget(self)
        panel = QVBoxLayout(sign_in)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(10)
        self.intro = style.plain_label(t(INTRO), sign_in)
        panel.addWidget(self.intro)
        panel.addWidget(self.notice)
        panel.addLayout(form)
        panel.addWidget(self.error_label)
        panel.addWidget(self.progress)
        panel.addWidget(self.login_button)
        panel.addWidget(self.logout_button)
        panel.addStretch(1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(sign_in)
        self.sign_in_page = sign_in

        center = QHBoxLayout()
        center.addStretch(1)
        center.addWidget(self.stack, 20)
        center.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        self.header = style.header_band(t(TITLE), self)
        outer.addWidget(self.header)
        outer.addSpacing(24)
        outer.addLayout(center, 1)
        outer.addWidget(style.footer(info, self))

        self._wire_fields()
        self.logout_button.clicked.connect(self.logout_requested)

    # -- public ---------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        """Asking the signed-in staff member's password to show the console again."""
        return self._locked_login_id is not None

    @property
    def changing_password(self) -> bool:
        return self.change_panel is not None and self.stack.currentWidget() is self.change_panel

    def show_locked(self, login_id: str, display_name: str, notice: str) -> None:
        """The console stays locked until this staff member's password is entered again (a
        fresh sign-in: the server ended the paused session); 「ログアウト」 ends it instead."""
        self.reset(notice)
        self._locked_login_id = login_id
        self.header.setText(t(LOCKED_TITLE))
        self.setWindowTitle(t(LOCKED_TITLE))
        self.intro.setText(t("職員の画面はロックされています。{name} さんのパスワードを入力してください。").format(
            name=display_name))
        self.login_id_edit.setText(login_id)
        self.login_id_edit.setReadOnly(True)
        self.login_button.setText(t("ロックを解除"))
        self.logout_button.show()
        self.password.edit.setFocus()

    def show_password_change(self, owner: StaffSessionOwner) -> None:
        """A1: the one-time password must be changed before the console opens."""
        from mypage_desktop.ui.login.staff_password import PasswordChangePanel

        self._drop_change_panel()
        panel = PasswordChangePanel(owner, self.stack, first_time=True)
        panel.changed.connect(self.password_changed)
        panel.cancelled.connect(self.change_cancelled)
        self.change_panel = panel
        self.stack.addWidget(panel)
        self.stack.setCurrentWidget(panel)
        self.header.setText(t("パスワードの変更（初回ログイン）"))
        panel.current.edit.setFocus()

    # -- what differs from the seekers' login window ----------------------------------------
    def _login_call(self, staff: StaffFacade) -> Callable[[str, str], StaffLoginResult]:
        return staff.staff_login

    def _logout_call(self, staff: StaffFacade) -> Callable[[str], object]:
        return staff.staff_logout

    def _identity(self) -> str:
        return self._locked_login_id or self.login_id_edit.text()

    def _identity_required_text(self) -> str:
        return t("職員IDを入力してください。")

    def _unavailable_text(self) -> str:
        return t(UNAVAILABLE)

    def _session_expired_text(self) -> str:
        return t("セッションの有効期限が切れました。もう一度ログインしてください。")

    def _failure_text(self, wait_left: int) -> str:
        text = message(LOGIN_FAILED_CODE)
        if wait_left > 0:
            text += "\n" + t("続けて失敗したため、しばらくログインできません。{time}後に再度お試しください。").format(
                time=wait_text(wait_left))
        return text

    def _login_succeeded(self) -> None:
        if not self.locked:
            self.login_id_edit.setText("")
        log.info("staff login ok", extra={"event": "staff_login"})

    def _restore_sign_in(self) -> None:
        """The empty sign-in form (after logout, a session end, the first start): not the
        password change, not the lock."""
        self._drop_change_panel()
        self.stack.setCurrentWidget(self.sign_in_page)
        self.header.setText(t(TITLE))
        self.setWindowTitle(t(TITLE))
        self.intro.setText(t(INTRO))
        self._locked_login_id = None
        self.login_id_edit.setReadOnly(False)
        self.login_button.setText(t("ログイン"))
        self.logout_button.hide()

    def _drop_change_panel(self) -> None:
        panel, self.change_panel = self.change_panel, None
        if panel is not None:
            panel.wipe()
            self.stack.removeWidget(panel)
            panel.deleteLater()
