"""「職員ログイン」: the staff console's own sign-in (SECURITY A1, E1, L1, C5).

Staff accounts are separate from seekers': a seeker's email and password never open the
console (the staff façade knows only staff accounts), and a staff account cannot sign in as
a seeker. Every failure shows one message; a wait or lock the server reports is shown with a
countdown and ログイン stays disabled meanwhile. Nothing is remembered: after a failure the
password is cleared, after success or logout both fields are empty.

When the account still has its one-time password (``must_change_password``) the window
switches to the password change and the console opens only after it (A1).

Like the seekers' login window it is shown before the asyncio loop runs; a sign-in submitted
in those first moments is held until :meth:`StaffLoginWindow.release_logins`.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.dto import AppInfo
from mypage_desktop.domain.errors import ServiceUnavailable

from .. import style
from ..i18n import message
from ..widgets.field_error import FieldErrorLabel
from ..widgets.secret_line_edit import SecretField
from .texts import UNAVAILABLE, t, wait_text

if TYPE_CHECKING:
    import asyncio

    from mypage_desktop.domain.security_dto import StaffLoginResult
    from mypage_desktop.facade.staff_protocol import StaffFacade

    from ..async_work import TaskSet
    from .password_change import PasswordChangePanel
    from .session import StaffSessionOwner

log = logging.getLogger(__name__)
LOGIN_FAILED_CODE = "staff.login_failed"
TITLE = "職員ログイン（窓口用）"
LOCKED_TITLE = "職員の画面のロック解除"
INTRO = ("ハローワーク職員用の画面です。職員IDとパスワードを入力してください。\n"
         "求職者の方のID（メールアドレス）ではログインできません。")


class StaffLoginWindow(QWidget):
    """職員ID + パスワード; then, if needed, the one-time password change.

    Signals:
        logged_in(str, object): the staff token and :class:`StaffProfile` (the receiver makes
            them the owner's session; ``must_change_password`` may still be True).
        password_changed(object): the first-time change is done (the new profile).
        change_cancelled(): 「中止してログアウト」 on the password change.
        logout_requested(): 「ログアウト」 while the window asks to unlock the console.
        closed(): the user closed this window.
    """

    logged_in = Signal(str, object)
    password_changed = Signal(object)
    change_cancelled = Signal()
    logout_requested = Signal()
    closed = Signal()

    def __init__(self, app_info: AppInfo, staff: StaffFacade | None = None, parent: QWidget | None = None,
                 *, countdown_interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._facade = staff
        self._facade_ready: asyncio.Event | None = None
        self._tasks: TaskSet | None = None
        self._held = False
        self._held_login: tuple[str, str] | None = None
        self._busy = False
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(countdown_interval_ms)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self.change_panel: PasswordChangePanel | None = None
        self._locked_login_id: str | None = None
        self.setWindowTitle(t(TITLE))
        self.setMinimumSize(640, 560)
        self.resize(760, 640)
        self._build(app_info)

    # -- layout ---------------------------------------------------------------------------
    def _build(self, info: AppInfo) -> None:
        self.notice = style.notice_label(self)
        self.login_id_edit = QLineEdit(self)
        self.login_id_edit.setMaxLength(64)
        self.login_id_edit.setAccessibleName(t("職員ID"))
        self.login_id_edit.setMinimumHeight(34)
        self.login_id_error = FieldErrorLabel(self)
        self.password = SecretField(t("パスワード"), self)
        self.password.edit.setMinimumHeight(34)
        self.password_error = FieldErrorLabel(self)
        self.error_label = FieldErrorLabel(self)
        self.error_label.setObjectName("staffLoginError")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.login_button = QPushButton(t("ログイン"), self)
        self.login_button.setMinimumHeight(40)
        self.logout_button = QPushButton(t("ログアウト"), self)
        self.logout_button.setMinimumHeight(34)
        self.logout_button.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(t("職員ID"), self.login_id_edit)
        form.addRow("", self.login_id_error)
        form.addRow(t("パスワード"), self.password)
        form.addRow("", self.password_error)

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

        self.login_button.clicked.connect(self._on_login_button_clicked)
        self.logout_button.clicked.connect(self.logout_requested)
        self.login_id_edit.returnPressed.connect(self._on_login_button_clicked)
        self.password.edit.returnPressed.connect(self._on_login_button_clicked)
        self.setTabOrder(self.login_id_edit, self.password.edit)
        self.setTabOrder(self.password.edit, self.login_button)
        self.login_id_edit.setFocus()

    # -- public ---------------------------------------------------------------------------
    def set_facade(self, staff: StaffFacade) -> None:
        self._facade = staff
        if self._facade_ready is not None:
            self._facade_ready.set()

    def hold_logins(self) -> None:
        self._held = True

    def release_logins(self) -> asyncio.Task[Any] | None:
        self._held = False
        held, self._held_login = self._held_login, None
        return None if held is None else self._start_login(*held)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def locked(self) -> bool:
        """Asking the signed-in staff member's password to show the console again."""
        return self._locked_login_id is not None

    @property
    def changing_password(self) -> bool:
        return self.change_panel is not None and self.stack.currentWidget() is self.change_panel

    def reset(self, notice: str = "") -> None:
        """The empty sign-in form (after logout, a session end, the first start)."""
        self._cancel_logins()
        self._set_busy(False)
        self._drop_change_panel()
        self.stack.setCurrentWidget(self.sign_in_page)
        self.header.setText(t(TITLE))
        self.setWindowTitle(t(TITLE))
        self.intro.setText(t(INTRO))
        self._locked_login_id = None
        self.login_id_edit.setReadOnly(False)
        self.login_button.setText(t("ログイン"))
        self.logout_button.hide()
        self.login_id_edit.setText("")
        self.password.wipe()
        self.login_id_error.clear_message()
        self.password_error.clear_message()
        self.error_label.clear_message()
        self._countdown.stop()
        self._wait_left = 0
        self._update_button()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.login_id_edit.setFocus()

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
        from .password_change import PasswordChangePanel

        self._drop_change_panel()
        panel = PasswordChangePanel(owner, self.stack, first_time=True)
        panel.changed.connect(self.password_changed)
        panel.cancelled.connect(self.change_cancelled)
        self.change_panel = panel
        self.stack.addWidget(panel)
        self.stack.setCurrentWidget(panel)
        self.header.setText(t("パスワードの変更（初回ログイン）"))
        panel.current.edit.setFocus()

    def submit(self) -> asyncio.Task[Any] | None:
        """What ログイン and Enter do; the sign-in task (None if refused or held)."""
        if self._busy or self._wait_left > 0:
            return None
        login_id, secret = self._locked_login_id or self.login_id_edit.text(), self.password.text()
        self.login_id_error.clear_message()
        self.password_error.clear_message()
        self.error_label.clear_message()
        if not login_id.strip() or not secret:
            if not login_id.strip():
                self.login_id_error.show_message(t("職員IDを入力してください。"))
            if not secret:
                self.password_error.show_message(message("password.required"))
            return None
        self.notice.hide()
        self._set_busy(True)
        if self._held:
            self._held_login = (login_id, secret)
            return None
        return self._start_login(login_id, secret)

    # -- behaviour ------------------------------------------------------------------------
    @Slot()
    def _on_login_button_clicked(self) -> None:
        self.submit()

    def _start_login(self, login_id: str, secret: str) -> asyncio.Task[Any]:
        from ..async_work import TaskSet
        from ..tasks import start_task

        if self._tasks is None:
            self._tasks = TaskSet()
        return start_task(self._tasks, self._login(login_id, secret))

    def _cancel_logins(self) -> None:
        self._held_login = None
        if self._tasks is not None:
            self._tasks.cancel_all()

    async def _wait_for_facade(self) -> StaffFacade:
        import asyncio

        while self._facade is None:
            if self._facade_ready is None:
                self._facade_ready = asyncio.Event()
            await self._facade_ready.wait()
        return self._facade

    async def _login(self, login_id: str, secret: str) -> None:
        import asyncio

        from ..async_work import run_blocking

        try:
            staff = await self._wait_for_facade()
            future = asyncio.ensure_future(run_blocking(staff.staff_login, login_id, secret))
            try:
                result = await asyncio.shield(future)
            except asyncio.CancelledError:
                future.add_done_callback(partial(_revoke_orphan, staff))
                raise
        except ServiceUnavailable:
            self._set_busy(False)
            self.error_label.show_message(t(UNAVAILABLE))
            return
        self._set_busy(False)
        if result.ok:
            assert result.token is not None
            if not self.locked:
                self.login_id_edit.setText("")
            self.password.wipe()
            log.info("staff login ok", extra={"event": "staff_login"})
            self.logged_in.emit(result.token, result.profile)
            return
        self._show_failure(result)

    def _show_failure(self, result: StaffLoginResult) -> None:
        self.password.wipe()
        self._wait_left = max(0, int(result.retry_after_seconds))
        self._render_failure()
        if self._wait_left > 0:
            self._countdown.start()
        self._update_button()
        self.password.edit.setFocus()

    def _render_failure(self) -> None:
        text = message(LOGIN_FAILED_CODE)
        if self._wait_left > 0:
            text += "\n" + t("続けて失敗したため、しばらくログインできません。{time}後に再度お試しください。").format(
                time=wait_text(self._wait_left))
        self.error_label.show_message(text)

    @Slot()
    def _on_countdown_timeout(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left == 0:
            self._countdown.stop()
        if self.error_label.isVisible():
            self._render_failure()
        self._update_button()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._update_button()

    def _update_button(self) -> None:
        self.login_button.setEnabled(not self._busy and self._wait_left == 0)

    def _drop_change_panel(self) -> None:
        panel, self.change_panel = self.change_panel, None
        if panel is not None:
            panel.wipe()
            self.stack.removeWidget(panel)
            panel.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._cancel_logins()
        self.password.wipe()
        super().closeEvent(event)
        self.closed.emit()


def _revoke_orphan(staff: StaffFacade, future: asyncio.Future[StaffLoginResult]) -> None:
    """A sign-in that finished after its window gave up on it is revoked at once (S3)."""
    import asyncio

    from ..async_work import run_blocking

    if future.cancelled() or future.exception() is not None:
        return
    result = future.result()
    if result.ok and result.token is not None:
        asyncio.ensure_future(run_blocking(staff.staff_logout, result.token))
