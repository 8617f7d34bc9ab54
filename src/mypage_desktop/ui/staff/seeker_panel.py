"""「求職者情報」 at the counter: what :class:`SeekerSummary` says (registration, login ID, My Page
state, lock, pending key, live session) and the account actions. The panel only shows and
asks; the console runs the calls (with the ID check and re-authentication where needed).
Staff never see a password or a key (docs/security.md A1)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from mypage_desktop.domain.own_changes import FIELD_LABELS
from mypage_desktop.domain.staff_dto import SeekerSummary
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.staff.seeker_model import account_text
from mypage_desktop.ui.staff.texts import japanese_date
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.dates import format_datetime_jst
from mypage_desktop.ui.widgets.field_error import FieldErrorLabel
from mypage_desktop.ui.widgets.i18n import t

ROWS = (("number", N_("求職番号")), ("seeker_id", N_("求職者ID（監査ログ用）")), ("name", N_("氏名")), ("kana",
                                                                                                        N_("フリガナ")),
        ("birthdate", N_("生年月日")), ("phone", N_("電話番号")), ("address", N_("住所")), ("status", N_("求職状態")),
        ("applied_on", N_("求職申込日")), ("valid_until", N_("有効期限")), ("wishes", N_("希望（職種・勤務地・賃金）")),
        ("info_sharing", N_("求職情報提供")), ("own_change", N_("本人による最後の変更")), ("published", N_("求職公開")))
ACCOUNT_ROWS = (("email", N_("ログインID")), ("account", N_("マイページ")), ("lock", N_("ログインのロック")),
                ("key", N_("認証キー")), ("session", N_("ログイン中")))


def sharing_text(seeker: SeekerSummary) -> str:
    """求職情報提供 (docs/product-rules.md §info-sharing): the choice and the date of consent."""
    if seeker.info_sharing and seeker.info_sharing_given_at is not None:
        return t("提供する（{at} 同意）").format(at=format_datetime_jst(seeker.info_sharing_given_at))
    if seeker.info_sharing_withdrawn_at is not None:
        return t("提供しない（{at} 同意取り消し）").format(at=format_datetime_jst(seeker.info_sharing_withdrawn_at))
    return t("提供しない（同意なし）")


def own_change_text(seeker: SeekerSummary) -> str:
    """When the seeker last changed something in 求職者情報・設定, and which items (not the values)."""
    if seeker.last_own_change_at is None:
        return t("なし")
    items = "、".join(t(FIELD_LABELS.get(field, field)) for field in seeker.last_own_change_fields)
    return t("{at}（{items}）").format(at=format_datetime_jst(seeker.last_own_change_at), items=items)


class SeekerPanel(QWidget):
    """Signals (each carries the seeker id):
        email_change_requested(int), unlock_requested(int), void_keys_requested(int),
        reset_requested(int), revoke_requested(int), own_changes_requested(int).
    """

    email_change_requested = Signal(int)
    unlock_requested = Signal(int)
    void_keys_requested = Signal(int)
    reset_requested = Signal(int)
    revoke_requested = Signal(int)
    own_changes_requested = Signal(int)  # issue 12: the seeker's own changes, with the values

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seeker: SeekerSummary | None = None
        self.values: dict[str, QLabel] = {}
        self.placeholder = style.plain_label(t("左の検索結果から求職者を選んでください。"), self)
        details = QGroupBox(t("求職登録"), self)
        form = QFormLayout(details)
        for key, label in ROWS:
            form.addRow(t(label), self._value(key, details))
        account = QGroupBox(t("マイページのアカウント"), self)
        account_form = QFormLayout(account)
        for key, label in ACCOUNT_ROWS:
            account_form.addRow(t(label), self._value(key, account))

        self.email_button = QPushButton(t("メールアドレス変更…"), self)
        self.unlock_button = QPushButton(t("アカウントのロック解除…"), self)
        self.void_button = QPushButton(t("認証キーの無効化"), self)
        self.reset_button = QPushButton(t("パスワード再設定の開始…"), self)
        self.revoke_button = QPushButton(t("セッションの強制終了"), self)
        self.own_changes_button = QPushButton(t("本人による変更履歴…"), self)
        self.action_buttons = (self.email_button, self.unlock_button, self.void_button, self.reset_button,
                               self.revoke_button, self.own_changes_button)
        actions = QGridLayout()
        for i, button in enumerate(self.action_buttons):
            button.setMinimumHeight(32)
            actions.addWidget(button, i // 2, i % 2)

        self.result_label = style.notice_label(self)
        self.error_label = FieldErrorLabel(self)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(details)
        body.addWidget(account)
        body.addLayout(actions)
        body.addWidget(self.result_label)
        body.addWidget(self.error_label)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body, 1)

        self.email_button.clicked.connect(self._on_email_button_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.void_button.clicked.connect(self._on_void_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.own_changes_button.clicked.connect(self._on_own_changes_button_clicked)
        self.show_seeker(None)

    def _value(self, key: str, parent: QWidget) -> QLabel:
        label = style.plain_label("", parent)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values[key] = label
        return label

    # -- slots ----------------------------------------------------------------------------
    @Slot()
    def _on_own_changes_button_clicked(self) -> None:
        if self.seeker is not None:
            self.own_changes_requested.emit(self.seeker.seeker_id)

    @Slot()
    def _on_email_button_clicked(self) -> None:
        if self.seeker is not None:
            self.email_change_requested.emit(self.seeker.seeker_id)

    @Slot()
    def _on_unlock_button_clicked(self) -> None:
        if self.seeker is not None:
            self.unlock_requested.emit(self.seeker.seeker_id)

    @Slot()
    def _on_void_button_clicked(self) -> None:
        if self.seeker is not None:
            self.void_keys_requested.emit(self.seeker.seeker_id)

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        if self.seeker is not None:
            self.reset_requested.emit(self.seeker.seeker_id)

    @Slot()
    def _on_revoke_button_clicked(self) -> None:
        if self.seeker is not None:
            self.revoke_requested.emit(self.seeker.seeker_id)

    # -- public ---------------------------------------------------------------------------
    def show_seeker(self, seeker: SeekerSummary | None, *, keep_messages: bool = False) -> None:
        changed = seeker is None or self.seeker is None or seeker.seeker_id != self.seeker.seeker_id
        self.seeker = seeker
        if changed and not keep_messages:
            self.result_label.hide()
            self.error_label.clear_message()
        self.placeholder.setVisible(seeker is None)
        self.body.setVisible(seeker is not None)
        if seeker is None:
            for label in self.values.values():
                label.clear()
            return
        wishes = " / ".join(part or "—" for part in (seeker.wish_occupation, seeker.wish_location, seeker.wish_wage))
        texts = {
            "number": seeker.seeker_number, "seeker_id": str(seeker.seeker_id), "name": seeker.name,
            "kana": seeker.name_kana,
            "birthdate": japanese_date(seeker.birthdate), "phone": seeker.phone or "—",
            "address": seeker.address or "—", "status": seeker.status,
            "applied_on": japanese_date(seeker.applied_on), "valid_until": japanese_date(seeker.valid_until),
            "wishes": wishes, "email": seeker.email or t("（未登録）"), "account": account_text(seeker),
            "lock": (t("ロック中（失敗{n}回）") if seeker.login_locked else
                     t("なし（失敗{n}回）") if seeker.login_failures else t("なし")).format(n=seeker.login_failures),
            "key": t("有効な認証キーあり") if seeker.pending_key else t("なし"),
            "session": t("はい（ログイン中）") if seeker.session_active else t("いいえ"),
            "info_sharing": sharing_text(seeker), "own_change": own_change_text(seeker),
            "published": t("公開中（事業所が匿名で閲覧できます）") if seeker.published else t("公開していません"),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        alert = "error_text" if seeker.login_locked else None
        style.themed_sheet(self.values["lock"], style.text_colour(alert, bold=True))
        has_account = seeker.email is not None
        self.email_button.setText(t("メールアドレス変更…") if has_account else t("メールアドレス登録…"))
        self.email_button.setEnabled(True)
        self.unlock_button.setEnabled(has_account)
        self.void_button.setEnabled(has_account)
        self.reset_button.setEnabled(seeker.account_opened and not seeker.account_disabled)
        self.revoke_button.setEnabled(has_account)
        self.own_changes_button.setEnabled(True)

    def show_result(self, text: str) -> None:
        self.error_label.clear_message()
        self.result_label.setText(text)
        self.result_label.show()

    def show_error(self, text: str) -> None:
        self.result_label.hide()
        self.error_label.show_message(text)

    def set_busy(self, busy: bool) -> None:
        for button in self.action_buttons:
            button.setEnabled(not busy)
        if not busy:
            self.show_seeker(self.seeker, keep_messages=True)

    def clear(self) -> None:
        self.show_seeker(None)
        self.result_label.hide()
        self.error_label.clear_message()
