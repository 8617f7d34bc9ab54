"""The 「求職者マイページ ログイン」 window.

SECURITY E1: every failed login (unknown email, wrong password, unopened, locked or disabled
account) shows the one generic message. L1: the wait the server reports is shown with a
countdown and the button stays disabled meanwhile. C5: the password is masked, with a show
toggle; copy is blocked. S5: nothing is remembered; after a failure only the password is
cleared, after success or logout both fields are empty (K6: the wizard's last step opens
an empty login window).

Start-up shows this window before the asyncio loop runs (ui/gui_runtime.py), so nothing here
needs asyncio until a login starts; the controller holds logins submitted in those first
moments (:meth:`LoginWindow.hold_logins`) and starts them when the loop runs.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mypage_desktop.domain.dto import AppInfo
from mypage_desktop.domain.errors import ServiceUnavailable

from . import style
from .i18n import message, tr
from .widgets.field_error import FieldErrorLabel
from .widgets.secret_line_edit import SecretField

if TYPE_CHECKING:  # the protocol (and the DTO modules it pulls in) is not needed at run time
    import asyncio

    from mypage_desktop.domain.dto import LoginResult
    from mypage_desktop.facade import MyPageFacade

    from .async_work import TaskSet

log = logging.getLogger(__name__)
CONTEXT = "login"
LOGIN_FAILED_CODE = "login.failed"
RETRY_AFTER_TEXT = "{n}秒後に再度お試しください。"
UNAVAILABLE_TEXT = "ただいまサービスに接続できません。しばらくしてから再度お試しください。"
SESSION_EXPIRED_TEXT = "セッションの有効期限が切れました。もう一度ログインしてください。"


def login_failed_text() -> str:
    """E1: the one message for every failure."""
    return message(LOGIN_FAILED_CODE)


class LoginWindow(QWidget):
    """Email + password login.

    Signals:
        logged_in(str, object): the session token and the :class:`SeekerProfile`.
        opening_requested(): 「マイページを開設する」 was pressed.
        reset_requested(): 「パスワードを忘れた方」 was pressed.
        mailbox_requested(): 「デモ用メールボックス」 was pressed (demo mode only).
        closed(): the user closed this window.
    """

    logged_in = Signal(str, object)
    opening_requested = Signal()
    reset_requested = Signal()
    mailbox_requested = Signal()
    closed = Signal()

    def __init__(self, app_info: AppInfo, facade: MyPageFacade | None = None,
                 parent: QWidget | None = None, *, countdown_interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._facade = facade
        self._facade_ready: asyncio.Event | None = None  # made by a login that waits for the facade
        self._tasks: TaskSet | None = None  # made by the first login (asyncio is loaded by then)
        self._held = False
        self._held_login: tuple[str, str] | None = None
        self._busy = False
        self._wait_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(countdown_interval_ms)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self.setWindowTitle(tr(CONTEXT, "求職者マイページ ログイン"))
        self.setMinimumSize(720, 640)
        self.resize(800, 720)
        self._kiosk = app_info.kiosk_mode
        self._close_allowed = not self._kiosk
        self._build(app_info)

    # -- layout -----------------------------------------------------------------------
    def _build(self, info: AppInfo) -> None:
        self.notice = style.notice_label(self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setMaxLength(256)  # the service reports >100 with a clear message
        self.email_edit.setPlaceholderText("hellowork@example.jp")
        self.email_edit.setAccessibleName(tr(CONTEXT, "ID（メールアドレス）"))
        self.email_edit.setMinimumHeight(34)
        self.email_error = FieldErrorLabel(self)
        self.password = SecretField(tr(CONTEXT, "パスワード"), self)
        self.password.edit.setMinimumHeight(34)
        self.password_error = FieldErrorLabel(self)
        self.error_label = FieldErrorLabel(self)
        self.error_label.setObjectName("loginError")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.login_button = QPushButton(tr(CONTEXT, "ログイン"), self)
        self.login_button.setMinimumHeight(40)
        self.forgot_button = QPushButton(tr(CONTEXT, "パスワードを忘れた方"), self)
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setFlat(True)
        self.forgot_button.setStyleSheet("QPushButton#forgotButton { color: #1f4e96; text-decoration: underline;"
                                         " border: none; padding: 2px; }"
                                         " QPushButton#forgotButton:focus { border: 2px solid #ffbf00; }")
        self.open_button = QPushButton(tr(CONTEXT, "マイページを開設する"), self)
        self.open_button.setMinimumHeight(34)
        self.mailbox_button = QPushButton(tr(CONTEXT, "デモ用メールボックス"), self)
        self.mailbox_button.setMinimumHeight(34)
        self.mailbox_button.setVisible(info.demo_mode)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(tr(CONTEXT, "ID（メールアドレス）"), self.email_edit)
        form.addRow("", self.email_error)
        form.addRow(tr(CONTEXT, "パスワード"), self.password)
        form.addRow("", self.password_error)

        panel = QVBoxLayout()
        panel.setSpacing(10)
        panel.addWidget(style.important_notice(self))
        panel.addWidget(self.notice)
        panel.addLayout(form)
        panel.addWidget(self.error_label)
        panel.addWidget(self.progress)
        panel.addWidget(self.login_button)
        panel.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignRight)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        panel.addSpacing(8)
        panel.addWidget(line)
        panel.addWidget(style.plain_label(tr(
            CONTEXT, "はじめての方は、こちらからマイページを開設してください。\n"
            "（ハローワークの窓口で求職登録とメールアドレスの登録がお済みの方）"), self))
        panel.addWidget(self.open_button)
        panel.addWidget(self.mailbox_button)

        center = QHBoxLayout()
        center.addStretch(1)
        center.addLayout(panel, 20)
        center.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        outer.addWidget(style.header_band(tr(CONTEXT, "求職者マイページ ログイン"), self))
        outer.addStretch(1)
        outer.addLayout(center)
        outer.addStretch(2)
        outer.addWidget(style.footer(info, self))

        self.login_button.clicked.connect(self._on_login_button_clicked)
        self.email_edit.returnPressed.connect(self._on_login_button_clicked)
        self.password.edit.returnPressed.connect(self._on_login_button_clicked)
        self.open_button.clicked.connect(self.opening_requested)
        self.forgot_button.clicked.connect(self.reset_requested)
        self.mailbox_button.clicked.connect(self.mailbox_requested)
        self.setTabOrder(self.email_edit, self.password.edit)
        self.setTabOrder(self.password.edit, self.login_button)
        self.setTabOrder(self.login_button, self.forgot_button)
        self.email_edit.setFocus()

    # -- public -------------------------------------------------------------------------
    def set_facade(self, facade: MyPageFacade) -> None:
        self._facade = facade
        if self._facade_ready is not None:
            self._facade_ready.set()

    def hold_logins(self) -> None:
        """Start-up, before the asyncio loop runs: typing works at once, and a login submitted
        meanwhile shows as busy and waits for :meth:`release_logins`."""
        self._held = True

    def release_logins(self) -> asyncio.Task[Any] | None:
        """The asyncio loop runs: starts the login submitted while held (its task, or None)."""
        self._held = False
        held, self._held_login = self._held_login, None
        return None if held is None else self._start_login(*held)

    @property
    def busy(self) -> bool:
        return self._busy

    def reset(self, notice: str = "") -> None:
        """Empty fields, no error, no pending login; ``notice`` is shown above the form."""
        self._cancel_logins()
        self._set_busy(False)
        self.email_edit.setText("")
        self.password.wipe()
        self.email_error.clear_message()
        self.password_error.clear_message()
        self.error_label.clear_message()
        self._countdown.stop()
        self._wait_left = 0
        self._update_button()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.email_edit.setFocus()

    def show_session_expired(self) -> None:
        self.reset(tr(CONTEXT, SESSION_EXPIRED_TEXT))

    def submit(self) -> asyncio.Task[Any] | None:
        """What the ログイン button and Enter do; returns the login task (None if refused, or
        while logins are held at start-up: that login then starts from :meth:`release_logins`)."""
        if self._busy or self._wait_left > 0:
            return None
        email, secret = self.email_edit.text(), self.password.text()
        self.email_error.clear_message()
        self.password_error.clear_message()
        self.error_label.clear_message()
        if not email.strip() or not secret:
            if not email.strip():
                self.email_error.show_message(message("email.required"))
            if not secret:
                self.password_error.show_message(message("password.required"))
            return None
        self.notice.hide()
        self._set_busy(True)
        if self._held:
            self._held_login = (email, secret)
            return None
        return self._start_login(email, secret)

    # -- behaviour ----------------------------------------------------------------------
    def _on_login_button_clicked(self) -> None:
        self.submit()

    def _start_login(self, email: str, secret: str) -> asyncio.Task[Any]:
        from .async_work import TaskSet
        from .tasks import start_task

        if self._tasks is None:
            self._tasks = TaskSet()
        return start_task(self._tasks, self._login(email, secret))

    def _cancel_logins(self) -> None:
        self._held_login = None
        if self._tasks is not None:
            self._tasks.cancel_all()

    async def _wait_for_facade(self) -> MyPageFacade:
        import asyncio

        while self._facade is None:  # the backend is still opening (start-up)
            if self._facade_ready is None:
                self._facade_ready = asyncio.Event()
            await self._facade_ready.wait()
        return self._facade

    async def _login(self, email: str, secret: str) -> None:
        import asyncio

        from .async_work import run_blocking

        try:
            facade = await self._wait_for_facade()
            future = asyncio.ensure_future(run_blocking(facade.login, email, secret))
            try:
                result = await asyncio.shield(future)
            except asyncio.CancelledError:
                future.add_done_callback(partial(_revoke_orphan, facade))
                raise
        except ServiceUnavailable:
            self._set_busy(False)
            self.error_label.show_message(tr(CONTEXT, UNAVAILABLE_TEXT))
            return
        self._set_busy(False)
        if result.ok:
            assert result.token is not None
            self.email_edit.setText("")
            self.password.wipe()
            log.info("login ok", extra={"event": "login"})
            self.logged_in.emit(result.token, result.profile)
            return
        self._show_failure(result)

    def _show_failure(self, result: LoginResult) -> None:
        self.password.wipe()
        self._wait_left = max(0, int(result.retry_after_seconds))
        self._render_failure()
        if self._wait_left > 0:
            self._countdown.start()
        self._update_button()
        self.password.edit.setFocus()

    def _render_failure(self) -> None:
        text = login_failed_text()
        if self._wait_left > 0:
            text += "\n" + tr(CONTEXT, RETRY_AFTER_TEXT).format(n=self._wait_left)
        self.error_label.show_message(text)

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

    def allow_close(self) -> None:
        """The application is quitting: a kiosk's login window may close now."""
        self._close_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        """On a shared PC (kiosk) closing the start screen only empties it: the next visitor
        finds it there, never a desktop (SPEC §6). Elsewhere closing it quits."""
        self._cancel_logins()
        self.password.wipe()
        if not self._close_allowed:
            event.ignore()
            self.reset()
            return
        super().closeEvent(event)
        self.closed.emit()


def _revoke_orphan(facade: MyPageFacade, future: asyncio.Future[LoginResult]) -> None:
    """A login that finished after its window gave up on it: its session is revoked at once
    so no unattended session is left behind (S3)."""
    import asyncio

    from .async_work import run_blocking

    if future.cancelled() or future.exception() is not None:
        return
    result = future.result()
    if result.ok and result.token is not None:
        asyncio.ensure_future(run_blocking(facade.logout, result.token))
