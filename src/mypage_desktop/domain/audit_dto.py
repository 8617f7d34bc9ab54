"""The audit log as the staff console reads it (docs/security.md A4): the query, one entry, and the
labels of actions, results and lookup kinds. Ids and display values only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mypage_desktop.domain.translatable import N_


@dataclass(frozen=True)
class AuditQuery:
    """Filters for the audit viewer; newest first, ``before_id`` pages backwards."""

    since: datetime | None = None
    until: datetime | None = None
    staff_id: int | None = None
    seeker_id: int | None = None
    action: str | None = None
    before_id: int | None = None
    limit: int = 200


@dataclass(frozen=True)
class AuditEntry:
    """One audit row: who, what, whom, when, where, result. Ids only (docs/security.md A4, P1)."""

    entry_id: int
    at: datetime
    actor_type: str
    actor_id: int | None
    action: str
    target_type: str | None
    target_id: int | None
    terminal: str
    result: str


# Labels for the audit viewer's action filter (the stored values are the keys).
AUDIT_ACTIONS: dict[str, str] = {
    "login": N_("ログイン"),
    "login_failed": N_("ログイン失敗"),
    "account_locked": N_("アカウントロック"),
    "logout": N_("ログアウト"),
    "session_ended": N_("セッション終了（無操作・期限）"),
    "sessions_revoked_stale": N_("前回のセッションの無効化"),
    "key_requested": N_("認証キー申込（開設）"),
    "reset_key_requested": N_("認証キー申込（再設定）"),
    "key_rejected": N_("認証キー不一致"),
    "password_registered": N_("パスワード登録"),
    "password_reset": N_("パスワード再設定"),
    "password_changed": N_("パスワード変更"),
    "password_change_failed": N_("パスワード変更失敗"),
    "seeker_registered": N_("求職登録"),
    "staff_created": N_("職員アカウント作成"),
    "staff_login": N_("職員ログイン"),
    "staff_login_failed": N_("職員ログイン失敗"),
    "staff_locked": N_("職員アカウントロック"),
    "staff_logout": N_("職員ログアウト"),
    "staff_password_changed": N_("職員パスワード変更"),
    "staff_password_reset": N_("職員パスワード再発行"),
    "staff_reauth": N_("職員再認証"),
    "staff_reauth_failed": N_("職員再認証失敗"),
    "staff_password_change_failed": N_("職員パスワード変更失敗"),
    "seeker_lookup": N_("求職者検索"),
    "seeker_viewed": N_("求職者情報の表示"),
    "login_email_changed": N_("ログインID変更"),
    "login_email_registered": N_("ログインID登録"),
    "account_unlocked": N_("ロック解除"),
    "keys_voided": N_("認証キー無効化"),
    "reset_started": N_("パスワード再設定の開始（窓口）"),
    "seeker_sessions_revoked": N_("求職者セッションの終了（窓口）"),
    "audit_viewed": N_("監査ログの閲覧"),
    "access_denied": N_("アクセス拒否"),
    "referral_issued": N_("紹介状の発行"),
    "application_online": N_("オンライン自主応募"),
    "application_status": N_("応募状況の記録"),
    "application_withdrawn": N_("応募の辞退"),
    "message_sent": N_("メッセージ送信"),
    "notice_sent": N_("お知らせの送信"),
    "registration_expired": N_("求職登録の期限切れ"),
    "registration_renewed": N_("求職登録の延長"),
    "registration_reactivation": N_("有効への切り替え"),
    "registration_deactivated": N_("求職状態を無効に変更"),
    "employer_status": N_("事業所からの応募状況"),
    "employer_direct_request": N_("事業所からの直接リクエスト"),
    "publication_published": N_("求職情報の公開"),
    "publication_updated": N_("公開中の求職情報の更新"),
    "publication_withdrawn": N_("求職情報の公開の取り下げ"),
    "direct_request_applied": N_("直接リクエストへの応募"),
    "direct_request_declined": N_("直接リクエストの辞退"),
    "employer_message": N_("事業所からのメッセージ"),
    "registration_reactivated": N_("求職状態を有効に変更"),
    "device_enrolment_started": N_("端末登録の申請"),
    "device_approved": N_("端末登録の承認"),
    "device_code_wrong": N_("端末登録コードの誤り"),
    "device_delivered": N_("端末への証明書の受け渡し"),
    "device_revoked": N_("端末の登録取消"),
    "session_device_mismatch": N_("別の端末からのセッション利用（拒否）"),
    "prereg_draft_created": N_("仮登録の一時保存（新規）"),
    "prereg_draft_saved": N_("仮登録の一時保存"),
    "prereg_key_requested": N_("仮登録の再開キー申込"),
    "prereg_key_rejected": N_("仮登録の再開キー不一致"),
    "prereg_draft_resumed": N_("仮登録の再開"),
    "prereg_submitted": N_("仮登録の送信"),
    "prereg_submitted_new": N_("仮登録の送信（一時保存なし）"),
    "prereg_lookup": N_("仮登録の検索"),
    "prereg_viewed": N_("仮登録の閲覧"),
    "prereg_corrected": N_("仮登録の訂正"),
    "prereg_registered": N_("本登録（仮登録から）"),
    "prereg_purged": N_("期限切れ仮登録の削除"),
    "document_stored": N_("応募書類の登録"),
    "document_viewed": N_("応募書類の閲覧（職員）"),
    "application_viewed": N_("応募内容の閲覧（職員）"),
    "applications_exported": N_("応募の書き出し（事業所向け）"),
    "own_contact_changed": N_("連絡先の変更（本人）"),
    "own_wishes_changed": N_("希望条件の変更（本人）"),
    "info_sharing_given": N_("求職情報提供への同意"),
    "info_sharing_withdrawn": N_("求職情報提供の同意取り消し"),
    "own_changes_viewed": N_("本人による変更履歴の閲覧（職員）"),
}


# Labels for the audit viewer's 結果 column (the stored values are the keys): outcomes of the
# actions, and why a session ended (the revoke reasons double as logout/session_ended results).
AUDIT_RESULTS: dict[str, str] = {
    "ok": N_("成功"),
    "failed": N_("失敗"),
    "denied": N_("拒否"),
    "refused": N_("拒否"),
    "locked": N_("ロック"),
    "not_locked": N_("ロックなし"),
    "issued": N_("認証キー発行"),
    "already_open": N_("開設済み（お知らせを送信）"),
    "not_open": N_("未開設"),
    "no_match": N_("登録内容と不一致"),
    "rate_limited": N_("回数制限"),
    "terminal_limited": N_("端末の回数制限"),
    "wrong_key": N_("認証キー誤り"),
    "voided": N_("認証キー無効化（誤り回数超過）"),
    "expired_or_used": N_("認証キー期限切れ・使用済み"),
    "wrong_current": N_("現在のパスワード誤り"),
    "stale": N_("前回の残り"),
    "logout": N_("ログアウト"),
    "idle": N_("無操作"),
    "expired": N_("期限切れ"),
    "superseded": N_("別の端末でログイン"),
    "password_reset": N_("パスワード再設定"),
    "password_changed": N_("パスワード変更"),
    "email_changed": N_("メールアドレス変更"),
    "staff_revoked": N_("職員が終了"),
    "revoked": N_("終了"),
    "unknown": N_("不明"),
    "blocked": N_("失敗の上限（再設定・解除が必要）"),
    # Device events record the device's kind as their result (device_approved, device_revoked).
    "kiosk": N_("利用者用端末"),
    "counter": N_("窓口端末"),
    "staff": N_("職員端末"),
}


# 求職者検索 records "<how>:<rows found>" (e.g. "email:1"); how the seeker was looked up.
AUDIT_LOOKUP_KINDS: dict[str, str] = {
    "number": N_("求職番号"),
    "email": N_("メールアドレス"),
    "kana": N_("フリガナ・生年月日"),
}
