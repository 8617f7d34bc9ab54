"""The counter's account actions on the selected seeker (docs/product-rules.md §staff; docs/security.md A1, A3, L1, S1,
K5): change or register the login email, unlock, void pending keys, start a password reset,
end the seeker's sessions. Unlock and reset ask which ID document was seen; the email change
asks for it with the new address; the four sensitive actions may first ask for the staff
password again (:class:`Reauthenticator`). Each result is shown in the seeker panel and the
seeker's row is refreshed."""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget

from mypage_desktop.domain.staff_dto import SeekerSummary
from mypage_desktop.ui.staff.calls import guarded
from mypage_desktop.ui.staff.dialogs import EmailChangeDialog, IdCheckDialog
from mypage_desktop.ui.widgets.confirm import ask
from mypage_desktop.ui.widgets.i18n import t

if TYPE_CHECKING:
    from mypage_desktop.ui.session.staff_owner import StaffSessionOwner
    from mypage_desktop.ui.staff.lookup import SeekerLookup
    from mypage_desktop.ui.staff.reauth import Reauthenticator
    from mypage_desktop.ui.staff.seeker_panel import SeekerPanel

log = logging.getLogger(__name__)


class AccountActions(QObject):
    def __init__(self, owner: StaffSessionOwner, reauth: Reauthenticator, lookup: SeekerLookup,
                 panel: SeekerPanel, window: QWidget) -> None:
        super().__init__(window)
        self._owner = owner
        self._reauth = reauth
        self._lookup = lookup
        self._panel = panel
        self._window = window
        self.dialog: EmailChangeDialog | IdCheckDialog | None = None  # the open one (tests answer it)
        panel.email_change_requested.connect(self._on_panel_email_change_requested)
        panel.unlock_requested.connect(self._on_panel_unlock_requested)
        panel.void_keys_requested.connect(self._on_panel_void_keys_requested)
        panel.reset_requested.connect(self._on_panel_reset_requested)
        panel.revoke_requested.connect(self._on_panel_revoke_requested)

    def _start(self, work: Coroutine[Any, Any, None]) -> None:
        self._owner.start_task(work)

    def close_dialogs(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    def _open(self, dialog: EmailChangeDialog | IdCheckDialog) -> None:
        self.close_dialogs()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()

    def _show_seeker(self, seeker: SeekerSummary) -> None:
        self._lookup.put_seeker(seeker)
        if self._panel.seeker is not None and self._panel.seeker.seeker_id == seeker.seeker_id:
            self._panel.show_seeker(seeker, keep_messages=True)

    async def _refresh(self, seeker_id: int) -> None:
        seeker = await guarded(self._owner.call(self._owner.staff.seeker_summary, seeker_id), self._panel.show_error)
        if seeker is not None:
            self._show_seeker(seeker)

    # -- メールアドレス変更 / 登録 -------------------------------------------------------------
    @Slot(int)
    def _on_panel_email_change_requested(self, seeker_id: int) -> None:
        seeker = self._panel.seeker
        dialog = EmailChangeDialog(seeker.email if seeker else None, self._window)
        dialog.submitted.connect(
            lambda email, document: self._owner.start_task(self._change_email(dialog, seeker_id, email, document)))
        self._open(dialog)

    async def _change_email(self, dialog: EmailChangeDialog, seeker_id: int, email: str, document: str) -> None:
        changing = self._panel.seeker is not None and self._panel.seeker.email is not None
        change = self._reauth.sensitive(self._owner.staff.change_seeker_email, seeker_id, email, document)
        seeker = await guarded(change, dialog.show_error, dialog.show_errors)
        if seeker is None:
            return
        dialog.accept()
        self._show_seeker(seeker)
        if changing:
            text = t("ログインIDを {email} に変更しました。古いアドレスあての認証キーは無効になり、"
                     "ログイン中のマイページは終了しました。古いアドレスと新しいアドレスにお知らせのメールを送ります。")
        else:
            text = t("ログインIDとして {email} を登録しました。このアドレスにお知らせのメールを送ります。")
        self._panel.show_result(text.format(email=seeker.email))

    # -- ロック解除 -----------------------------------------------------------------------------
    @Slot(int)
    def _on_panel_unlock_requested(self, seeker_id: int) -> None:
        dialog = IdCheckDialog(t("アカウントのロック解除"), t(
            "パスワードの入力に続けて失敗したためのロックを解除します。ご本人であることを本人確認書類で"
            "確認してください。"), t("ロックを解除する"), self._window)
        dialog.confirmed.connect(lambda document: self._owner.start_task(self._unlock(dialog, seeker_id, document)))
        self._open(dialog)

    async def _unlock(self, dialog: IdCheckDialog, seeker_id: int, document: str) -> None:
        was_locked = await guarded(self._reauth.sensitive(self._owner.staff.unlock_account, seeker_id, document),
                                   dialog.show_error, dialog.show_errors)
        if was_locked is None:
            return
        dialog.accept()
        self._panel.show_result(t("ロックを解除しました。ご本人はすぐにログインできます。") if was_locked else
                                t("ロックはされていませんでした（失敗の回数は0に戻しました）。"))
        await self._refresh(seeker_id)

    # -- 認証キーの無効化 -------------------------------------------------------------------------
    @Slot(int)
    def _on_panel_void_keys_requested(self, seeker_id: int) -> None:
        ask(self._window, t("認証キーの無効化"), t(
            "この求職者あてに送った、まだ使われていない認証キーをすべて無効にします。よろしいですか？"),
            lambda: self._start(self._void_keys(seeker_id)), yes_text=t("無効にする"))

    async def _void_keys(self, seeker_id: int) -> None:
        self._panel.set_busy(True)
        count = await guarded(self._owner.call(self._owner.staff.void_pending_keys, seeker_id), self._panel.show_error)
        self._panel.set_busy(False)
        if count is None:
            return
        self._panel.show_result(t("認証キーを{n}件無効にしました。").format(n=count) if count else
                                t("無効にする認証キーはありませんでした。"))
        await self._refresh(seeker_id)

    # -- パスワード再設定の開始 -----------------------------------------------------------------
    @Slot(int)
    def _on_panel_reset_requested(self, seeker_id: int) -> None:
        dialog = IdCheckDialog(t("パスワード再設定の開始"), t(
            "登録されているメールアドレスに、パスワード再設定用の認証キーを送ります。職員がパスワードを"
            "知ることはありません。ご本人がメールの認証キーで新しいパスワードを設定します。\n"
            "ご本人であることを本人確認書類で確認してください。"), t("認証キーを送る"), self._window)
        dialog.confirmed.connect(lambda document: self._owner.start_task(self._reset(dialog, seeker_id, document)))
        self._open(dialog)

    async def _reset(self, dialog: IdCheckDialog, seeker_id: int, document: str) -> None:
        started = await guarded(self._reauth.sensitive(self._owner.staff.start_password_reset, seeker_id, document),
                                dialog.show_error, dialog.show_errors)
        if started is None:
            return
        dialog.accept()
        if started.outcome == "issued":
            self._panel.show_result(t(
                "登録されているメールアドレスに認証キーを送りました（有効期限 {m}分）。ご本人に、メールに記載の"
                "手順で新しいパスワードを設定してもらってください。").format(
                m=started.key_validity_minutes))
        elif started.outcome == "rate_limited":
            self._panel.show_error(t("このアドレスへの認証キーの送信回数が上限に達しているため、送りませんでした。"
                                     "しばらくしてからやり直してください。"))
        else:
            self._panel.show_error(t("この求職者はマイページを開設していない（または停止中の）ため、"
                                     "パスワードの再設定はできません。"))
        await self._refresh(seeker_id)

    # -- セッションの強制終了 -------------------------------------------------------------------
    @Slot(int)
    def _on_panel_revoke_requested(self, seeker_id: int) -> None:
        ask(self._window, t("セッションの強制終了"), t(
            "この求職者のログイン中のマイページを終了させます（どのパソコンでも、次の操作でログイン画面に"
            "戻ります）。よろしいですか？"), lambda: self._start(self._revoke(seeker_id)),
            yes_text=t("終了させる"))

    async def _revoke(self, seeker_id: int) -> None:
        self._panel.set_busy(True)
        count = await guarded(self._owner.call(self._owner.staff.revoke_seeker_sessions, seeker_id),
                              self._panel.show_error)
        self._panel.set_busy(False)
        if count is None:
            return
        self._panel.show_result(t("ログイン中のマイページを終了させました（{n}件）。").format(n=count) if count else
                                t("ログイン中のマイページはありませんでした。"))
        await self._refresh(seeker_id)
