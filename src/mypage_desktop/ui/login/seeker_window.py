"""The 「求職者マイページ ログイン」 window.

docs/security.md E1: every failed login (unknown email, wrong password, unopened, locked or disabled
account) shows the one generic message. L1: the wait the server reports is shown with a
countdown and the button stays disabled meanwhile. C5: the password is masked, with a show
toggle; copy is blocked. S5: nothing is remembered; after a failure only the password is
cleared, after success or logout both fields are empty (K6: the wizard's last step opens
an empty login window). On a shared PC (kiosk) closing this start screen only empties it:
the next visitor finds it there, never a desktop (docs/product-rules.md §deployment); elsewhere closing it quits.

Start-up shows this window before the asyncio loop runs (ui/shell/runtime.py), so nothing here
needs asyncio until a login starts; the controller holds logins submitted in those first
moments (:meth:`LoginWindow.hold_logins`) and starts them when the loop runs. That behaviour
is shared with the staff sign-in: :class:`~mypage_desktop.ui.login.base.LoginWindowBase`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from mypage_desktop.domain.account_dto import AppInfo
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.login.base import LoginWindowBase
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.display_controls import DisplayControls
from mypage_desktop.ui.widgets.i18n import message, t
from mypage_desktop.ui.widgets.language_chooser import LanguageChooser
from mypage_desktop.ui.widgets.wrap_button import WrapButton

if TYPE_CHECKING:  # the protocol (and the DTO modules it pulls in) is not needed at run time
    from mypage_desktop.domain.account_dto import LoginResult
    from mypage_desktop.facade import MyPageFacade

log = logging.getLogger(__name__)
LOGIN_FAILED_CODE = "login.failed"
RETRY_AFTER_TEXT = N_("{n}秒後に再度お試しください。")
UNAVAILABLE_TEXT = N_("ただいまサービスに接続できません。しばらくしてから再度お試しください。")
OPEN_BUTTON_TEXT = N_("ハローワークをご利用中の方のマイページ開設")
ON_THE_SPOT_ADVICE = (N_("※ハローワーク内のパソコンで手続きを行う場合は、登録したメールアドレスあてにメールが"
                         "届きますので、その場で（ご自身のスマートフォンなどで）受信・確認できるようにご準備ください。"))
SESSION_EXPIRED_TEXT = N_("セッションの有効期限が切れました。もう一度ログインしてください。")


def login_failed_text() -> str:
    """E1: the one message for every failure."""
    return message(LOGIN_FAILED_CODE)


class LoginWindow(LoginWindowBase):
    """Email + password login (the behaviour: :class:`LoginWindowBase`).

    Signals:
        logged_in(str, object): the session token and the :class:`SeekerProfile`.
        opening_requested(): 「ハローワークをご利用中の方のマイページ開設」 was pressed.
        reset_requested(): 「パスワードを忘れた方」 was pressed.
        preregistration_requested(): 「求職申込み（仮登録）」 was pressed (issue 12).
        mailbox_requested(): 「デモ用メールボックス」 was pressed (demo mode only).
        closed(): the user closed this window.
    """

    opening_requested = Signal()
    reset_requested = Signal()
    preregistration_requested = Signal()
    mailbox_requested = Signal()

    def __init__(self, app_info: AppInfo, facade: MyPageFacade | None = None,
                 parent: QWidget | None = None, *, countdown_interval_ms: int = 1000) -> None:
        super().__init__(facade, parent, countdown_interval_ms=countdown_interval_ms)
        self.setWindowTitle(t("求職者マイページ ログイン"))
        self.setMinimumSize(720, 640)
        self.resize(800, 720)
        self._kiosk = app_info.kiosk_mode
        self._close_allowed = not self._kiosk  # a kiosk's start screen only empties itself
        self._build(app_info)

    # -- layout -----------------------------------------------------------------------
    def _build(self, info: AppInfo) -> None:
        self.language_chooser = LanguageChooser(self)  # issue 15: first, for whoever reads no Japanese
        self.email_edit, self.email_error, form = self._build_fields(
            t("ID（メールアドレス）"), 256,  # the service reports >100 with a clear message
            password_label=t("パスワード"), login_text=t("ログイン"), error_name="loginError")
        self.email_edit.setPlaceholderText("hellowork@example.jp")
        self.forgot_button = QPushButton(t("パスワードを忘れた方"), self)
        self.forgot_button.setObjectName("forgotButton")
        self.forgot_button.setFlat(True)
        style.themed_sheet(self.forgot_button, lambda c: (
            f"QPushButton#forgotButton {{ color: {c.link}; text-decoration: underline; border: none; padding: 2px; }}"
            f" QPushButton#forgotButton:focus {{ border: 2px solid {c.focus}; }}"))
        self.open_button = WrapButton(t(OPEN_BUTTON_TEXT), self)  # the leaflet's button
        self.open_button.setMinimumHeight(34)
        self.prereg_button = WrapButton(t("求職申込み（仮登録）"), self)
        self.prereg_button.setMinimumHeight(34)
        self.mailbox_button = QPushButton(t("デモ用メールボックス"), self)
        self.mailbox_button.setMinimumHeight(34)
        self.mailbox_button.setVisible(info.demo_mode)

        panel = QVBoxLayout()
        panel.setSpacing(10)
        panel.addWidget(self.language_chooser)
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
        panel.addWidget(self.open_button)
        self.open_note = style.plain_label(t("はじめての方は、上のボタンからマイページを開設してください。\n"
                                             "（ハローワークの窓口で求職登録とメールアドレスの登録がお済みの方）"),
                                           self)
        panel.addWidget(self.open_note)
        if self._kiosk:  # the key mail must be read here and now, on the seeker's own phone
            panel.addWidget(style.plain_label(t(ON_THE_SPOT_ADVICE), self))
        panel.addWidget(self.prereg_button)
        panel.addWidget(style.plain_label(
            t("ハローワークで求職申込みをしていない方は、来所前にこちらから仮登録ができます。"), self))
        panel.addWidget(self.mailbox_button)
        self.display_controls = DisplayControls(self)  # issue 15: a kiosk user cannot reach the OS settings
        panel.addSpacing(8)
        panel.addWidget(self.display_controls)

        # Large text (issue 15): the panel scrolls between the header and the footer rather
        # than squeezing its controls when it is taller than the window.
        content = QWidget(self)
        content.setObjectName("loginContent")
        center = QHBoxLayout()
        center.addStretch(1)
        center.addLayout(panel, 20)
        center.addStretch(1)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(1)
        column.addLayout(center)
        column.addStretch(2)
        self.content_scroll = QScrollArea(self)
        self.content_scroll.setObjectName("loginScroll")
        self.content_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content_scroll.setWidgetResizable(True)
        self.content_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content_scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 12)
        outer.addWidget(style.header_band(t("求職者マイページ ログイン"), self))
        outer.addWidget(self.content_scroll, 1)
        outer.addWidget(style.footer(info, self))

        self._wire_fields()
        self.setTabOrder(self.language_chooser.combo, self.email_edit)
        self.open_button.clicked.connect(self.opening_requested)
        self.forgot_button.clicked.connect(self.reset_requested)
        self.prereg_button.clicked.connect(self.preregistration_requested)
        self.mailbox_button.clicked.connect(self.mailbox_requested)
        self.setTabOrder(self.login_button, self.forgot_button)
        self.setTabOrder(self.forgot_button, self.open_button)
        self.setTabOrder(self.open_button, self.prereg_button)
        self.setTabOrder(self.prereg_button, self.mailbox_button)
        self.setTabOrder(self.mailbox_button, self.display_controls.size_combo)
        self.setTabOrder(self.display_controls.size_combo, self.display_controls.theme_combo)

    # -- what differs from the staff sign-in ----------------------------------------------
    def _login_call(self, facade: MyPageFacade) -> Callable[[str, str], LoginResult]:
        return facade.login

    def _logout_call(self, facade: MyPageFacade) -> Callable[[str], object]:
        return facade.logout

    def _identity_required_text(self) -> str:
        return message("email.required")

    def _unavailable_text(self) -> str:
        return t(UNAVAILABLE_TEXT)

    def _session_expired_text(self) -> str:
        return t(SESSION_EXPIRED_TEXT)

    def _failure_text(self, wait_left: int) -> str:
        text = login_failed_text()
        if wait_left > 0:
            text += "\n" + t(RETRY_AFTER_TEXT).format(n=wait_left)
        return text

    def _login_succeeded(self) -> None:
        self.email_edit.setText("")
        log.info("login ok", extra={"event": "login"})
