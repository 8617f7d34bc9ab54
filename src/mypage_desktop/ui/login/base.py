"""What the seekers' login window and the staff sign-in have in common: an ID and a password,
ログイン, and the behaviour around them (docs/security.md E1, L1, C5, S3, S5).

Every failure shows one message; a wait the server reports is counted down and ログイン stays
disabled meanwhile. Nothing is remembered: after a failure only the password is cleared,
after success or a reset both fields are empty. Both windows are shown before the asyncio
loop runs (ui/shell/runtime.py), so nothing here imports asyncio until a login starts; a login
submitted in those first moments is held (:meth:`LoginWindowBase.hold_logins`) and started
by :meth:`LoginWindowBase.release_logins`. A login still running when its window gives up on
it (reset, close) is revoked as soon as it returns (S3).

Subclasses lay out the window around :meth:`LoginWindowBase._build_fields` and say what
differs: the façade calls, the texts, what else a reset restores.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QFormLayout, QLineEdit, QProgressBar, QPushButton, QWidget

from mypage_desktop.domain.errors import ServiceUnavailable
from mypage_desktop.ui.session.tasks import LazyTaskSet
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import message
from mypage_desktop.ui.widgets.retry_countdown import RetryCountdown
from mypage_desktop.ui.widgets.screen_fit import keep_on_screen
from mypage_desktop.ui.widgets.secret_line_edit import SecretField

if TYPE_CHECKING:
    import asyncio


class SignInResult(Protocol):
    """A :class:`~mypage_desktop.domain.account_dto.LoginResult` or a ``StaffLoginResult``."""

    @property
    def ok(self) -> bool: ...
    @property
    def token(self) -> str | None: ...
    @property
    def profile(self) -> object: ...
    @property
    def retry_after_seconds(self) -> int: ...
    @property
    def message_code(self) -> str | None: ...


# Failures that waiting does not end (consecutive failures reached login_failure_cap): the
# message says what does (a reset, staff). Unknown IDs get it alike, so it reveals nothing.
BLOCKED_CODES = frozenset({"login.blocked", "staff.login_blocked"})


class LoginWindowBase(QWidget):
    """The ID + password form and its behaviour.

    Signals:
        logged_in(str, object): the session token and the profile of the signed-in account.
        closed(): the user closed this window.
    """

    logged_in = Signal(str, object)
    closed = Signal()

    def __init__(self, facade: Any = None, parent: QWidget | None = None, *,
                 countdown_interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._facade = facade
        self._facade_ready: asyncio.Event | None = None  # made by a login that waits for the facade
        self._blocked_code: str | None = None
        self._tasks = LazyTaskSet()
        self._held = False
        self._held_login: tuple[str, str] | None = None
        self._busy = False
        self._close_allowed = True
        self._countdown = RetryCountdown(self, interval_ms=countdown_interval_ms)
        self._countdown.ticked.connect(self._on_countdown_ticked)

    # -- what the subclasses say ------------------------------------------------------------
    def _login_call(self, facade: Any) -> Callable[[str, str], SignInResult]:
        raise NotImplementedError

    def _logout_call(self, facade: Any) -> Callable[[str], object]:
        raise NotImplementedError

    def _identity_required_text(self) -> str:
        raise NotImplementedError

    def _unavailable_text(self) -> str:
        raise NotImplementedError

    def _session_expired_text(self) -> str:
        raise NotImplementedError

    def _failure_text(self, wait_left: int) -> str:
        """The one failure message, with the wait (seconds, > 0) if there is one."""
        raise NotImplementedError

    def _login_succeeded(self) -> None:
        """Called once a login went through, before ``logged_in``: clears the ID, logs it."""
        raise NotImplementedError

    def _identity(self) -> str:
        return self._id_edit.text()

    def _restore_sign_in(self) -> None:
        """What else :meth:`reset` puts back (another page, other titles)."""

    # -- layout -----------------------------------------------------------------------------
    def _build_fields(self, id_label: str, max_length: int, *, password_label: str, login_text: str,
                      error_name: str) -> tuple[QLineEdit, FieldErrorLabel, QFormLayout]:
        """The notice line, the ID and password fields with their errors, the login error, the
        busy bar and ログイン (made in this order: the tab order); returns the ID field, its
        error label and the form holding both fields."""
        self.notice = style.notice_label(self)
        self._id_edit = QLineEdit(self)
        self._id_edit.setMaxLength(max_length)
        self._id_edit.setAccessibleName(id_label)
        self._id_edit.setMinimumHeight(34)
        self._id_error = FieldErrorLabel(self, self._id_edit)
        self.password = SecretField(password_label, self)
        self.password.edit.setMinimumHeight(34)
        self.password_error = FieldErrorLabel(self, self.password.edit)
        self.error_label = FieldErrorLabel(self)  # about the login as a whole: announced
        self.error_label.setObjectName(error_name)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        # The bar keeps its place when hidden: showing and hiding it never moves ログイン and
        # what is below. A login hides the window right after the bar goes, before the layout
        # ran; the kiosk start screen then came back with a second 「パスワードを忘れた方」
        # and a strip of the bar painted where they had been (issue #13).
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.login_button = QPushButton(login_text, self)
        self.login_button.setMinimumHeight(40)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(id_label, self._id_edit)
        form.addRow("", self._id_error)
        form.addRow(password_label, self.password)
        form.addRow("", self.password_error)
        return self._id_edit, self._id_error, form

    def _wire_fields(self) -> None:
        """ログイン and Enter in either field log in; ID → password → 表示 → ログイン (the order
        on the screen); the ID has focus."""
        self.login_button.clicked.connect(self._on_login_button_clicked)
        self._id_edit.returnPressed.connect(self._on_login_button_clicked)
        self.password.edit.returnPressed.connect(self._on_login_button_clicked)
        self.setTabOrder(self._id_edit, self.password.edit)
        self.setTabOrder(self.password.edit, self.password.show_toggle)
        self.setTabOrder(self.password.show_toggle, self.login_button)
        self._id_edit.setFocus()

    # -- public -----------------------------------------------------------------------------
    def set_facade(self, facade: Any) -> None:
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

    def can_be_rebuilt(self) -> bool:
        """Nothing running that a rebuilt window could not carry on (a login, a wait)."""
        return not self._busy and self._held_login is None and not self._countdown.waiting

    def take_over_from(self, old: LoginWindowBase) -> None:
        """This window replaces ``old`` (rebuilt in another language): what was typed, the
        façade and the hold move here; ``old`` is emptied (S5)."""
        self._facade = old._facade
        self._held = old._held
        self._id_edit.setText(old._id_edit.text())
        self.password.edit.setText(old.password.edit.text())
        old.password.wipe()
        old._id_edit.setText("")
        self.setGeometry(old.geometry())

    def reset(self, notice: str = "") -> None:
        """Empty fields, no error, no pending login; ``notice`` is shown above the form."""
        self._cancel_logins()
        self._set_busy(False)
        self._restore_sign_in()
        self._id_edit.setText("")
        self.password.wipe()
        self._id_error.clear_message()
        self.password_error.clear_message()
        self.error_label.clear_message()
        self._countdown.clear()
        self._update_button()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self._id_edit.setFocus()

    def show_session_expired(self) -> None:
        self.reset(self._session_expired_text())

    def submit(self) -> asyncio.Task[Any] | None:
        """What the ログイン button and Enter do; returns the login task (None if refused, or
        while logins are held at start-up: that login then starts from :meth:`release_logins`)."""
        if self._busy or self._countdown.waiting:
            return None
        identity, secret = self._identity(), self.password.text()
        self._id_error.clear_message()
        self.password_error.clear_message()
        self.error_label.clear_message()
        if not identity.strip() or not secret:
            if not identity.strip():
                self._id_error.show_message(self._identity_required_text())
            if not secret:
                self.password_error.show_message(message("password.required"))
            return None
        self.notice.hide()
        self._set_busy(True)
        if self._held:
            self._held_login = (identity, secret)
            return None
        return self._start_login(identity, secret)

    def allow_close(self) -> None:
        """The application is quitting: a window that only empties itself may close now."""
        self._close_allowed = True

    # -- behaviour --------------------------------------------------------------------------
    @Slot()
    def _on_login_button_clicked(self) -> None:
        self.submit()

    def _start_login(self, identity: str, secret: str) -> asyncio.Task[Any]:
        return self._tasks.start(self._login(identity, secret))

    def _cancel_logins(self) -> None:
        self._held_login = None
        self._tasks.cancel_all()

    async def _wait_for_facade(self) -> Any:
        import asyncio

        while self._facade is None:  # the backend is still opening (start-up)
            if self._facade_ready is None:
                self._facade_ready = asyncio.Event()
            await self._facade_ready.wait()
        return self._facade

    async def _login(self, identity: str, secret: str) -> None:
        import asyncio

        from mypage_desktop.ui.session.tasks import run_blocking

        try:
            facade = await self._wait_for_facade()
            future = asyncio.ensure_future(run_blocking(self._login_call(facade), identity, secret))
            try:
                result = await asyncio.shield(future)
            except asyncio.CancelledError:
                future.add_done_callback(partial(_revoke_orphan, self._logout_call(facade)))
                raise
        except ServiceUnavailable:
            self._set_busy(False)
            self.error_label.show_message(self._unavailable_text())
            return
        self._set_busy(False)
        if result.ok:
            assert result.token is not None
            self.password.wipe()
            self._login_succeeded()
            self.logged_in.emit(result.token, result.profile)
            return
        self._show_failure(result)

    def _show_failure(self, result: SignInResult) -> None:
        self.password.wipe()
        self._blocked_code = result.message_code if result.message_code in BLOCKED_CODES else None
        self._countdown.start(result.retry_after_seconds)
        self._render_failure()
        self._update_button()
        self.password.edit.setFocus()

    def _render_failure(self) -> None:
        if self._blocked_code is not None:
            self.error_label.show_message(message(self._blocked_code))
            return
        self.error_label.show_message(self._failure_text(self._countdown.left))

    @Slot()
    def _on_countdown_ticked(self) -> None:
        if self.error_label.isVisible():
            self._render_failure()
        self._update_button()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self._update_button()

    def _update_button(self) -> None:
        self.login_button.setEnabled(not self._busy and not self._countdown.waiting)

    def showEvent(self, event: QShowEvent) -> None:
        """Never taller than the screen (800×720 does not fit a 1366×768 office screen with
        its taskbar); shown again (after a session, the wizard), every pixel is painted anew,
        none kept from before it was hidden."""
        keep_on_screen(self)
        super().showEvent(event)
        self.update()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing cancels a login in progress and wipes the password; a window that may not
        close (see :meth:`allow_close`) is only emptied."""
        self._cancel_logins()
        self.password.wipe()
        if not self._close_allowed:
            event.ignore()
            self.reset()
            return
        super().closeEvent(event)
        self.closed.emit()


def _revoke_orphan(logout: Callable[[str], object], future: asyncio.Future[SignInResult]) -> None:
    """A login that finished after its window gave up on it: its session is revoked at once
    so no unattended session is left behind (S3)."""
    import asyncio

    from mypage_desktop.ui.session.tasks import run_blocking

    if future.cancelled() or future.exception() is not None:
        return
    result = future.result()
    if result.ok and result.token is not None:
        asyncio.ensure_future(run_blocking(logout, result.token))
