"""The audit log as the staff console reads it (docs/security.md A4): the query, one entry, and the
labels of actions, results and lookup kinds. Ids and display values only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
    "login": "ログイン",
    "login_failed": "ログイン失敗",
    "account_locked": "アカウントロック",
    "logout": "ログアウト",
    "session_ended": "セッション終了（無操作・期限）",
    "sessions_revoked_stale": "前回のセッションの無効化",
    "key_requested": "認証キー申込（開設）",
    "reset_key_requested": "認証キー申込（再設定）",
    "key_rejected": "認証キー不一致",
    "password_registered": "パスワード登録",
    "password_reset": "パスワード再設定",
    "password_changed": "パスワード変更",
    "password_change_failed": "パスワード変更失敗",
    "seeker_registered": "求職登録",
    "staff_created": "職員アカウント作成",
    "staff_login": "職員ログイン",
    "staff_login_failed": "職員ログイン失敗",
    "staff_locked": "職員アカウントロック",
    "staff_logout": "職員ログアウト",
    "staff_password_changed": "職員パスワード変更",
    "staff_password_reset": "職員パスワード再発行",
    "staff_reauth": "職員再認証",
    "staff_reauth_failed": "職員再認証失敗",
    "staff_password_change_failed": "職員パスワード変更失敗",
    "seeker_lookup": "求職者検索",
    "seeker_viewed": "求職者情報の表示",
    "login_email_changed": "ログインID変更",
    "login_email_registered": "ログインID登録",
    "account_unlocked": "ロック解除",
    "keys_voided": "認証キー無効化",
    "reset_started": "パスワード再設定の開始（窓口）",
    "seeker_sessions_revoked": "求職者セッションの終了（窓口）",
    "audit_viewed": "監査ログの閲覧",
    "access_denied": "アクセス拒否",
    "referral_issued": "紹介状の発行",
    "application_online": "オンライン自主応募",
    "application_status": "応募状況の記録",
    "application_withdrawn": "応募の辞退",
    "message_sent": "メッセージ送信",
    "notice_sent": "お知らせの送信",
    "registration_expired": "求職登録の期限切れ",
    "registration_renewed": "求職登録の延長",
    "registration_reactivation": "有効への切り替え",
    "registration_deactivated": "求職状態を無効に変更",
    "employer_status": "事業所からの応募状況",
    "employer_direct_request": "事業所からの直接リクエスト",
    "publication_published": "求職情報の公開",
    "publication_updated": "公開中の求職情報の更新",
    "publication_withdrawn": "求職情報の公開の取り下げ",
    "direct_request_applied": "直接リクエストへの応募",
    "direct_request_declined": "直接リクエストの辞退",
    "employer_message": "事業所からのメッセージ",
    "registration_reactivated": "求職状態を有効に変更",
    "device_enrolment_started": "端末登録の申請",
    "device_approved": "端末登録の承認",
    "device_code_wrong": "端末登録コードの誤り",
    "device_delivered": "端末への証明書の受け渡し",
    "device_revoked": "端末の登録取消",
    "session_device_mismatch": "別の端末からのセッション利用（拒否）",
    "prereg_draft_created": "仮登録の一時保存（新規）",
    "prereg_draft_saved": "仮登録の一時保存",
    "prereg_key_requested": "仮登録の再開キー申込",
    "prereg_key_rejected": "仮登録の再開キー不一致",
    "prereg_draft_resumed": "仮登録の再開",
    "prereg_submitted": "仮登録の送信",
    "prereg_submitted_new": "仮登録の送信（一時保存なし）",
    "prereg_lookup": "仮登録の検索",
    "prereg_viewed": "仮登録の閲覧",
    "prereg_corrected": "仮登録の訂正",
    "prereg_registered": "本登録（仮登録から）",
    "prereg_purged": "期限切れ仮登録の削除",
    "document_stored": "応募書類の登録",
    "document_viewed": "応募書類の閲覧（職員）",
    "application_viewed": "応募内容の閲覧（職員）",
    "applications_exported": "応募の書き出し（事業所向け）",
    "own_contact_changed": "連絡先の変更（本人）",
    "own_wishes_changed": "希望条件の変更（本人）",
    "info_sharing_given": "求職情報提供への同意",
    "info_sharing_withdrawn": "求職情報提供の同意取り消し",
    "own_changes_viewed": "本人による変更履歴の閲覧（職員）",
}


# Labels for the audit viewer's 結果 column (the stored values are the keys): outcomes of the
# actions, and why a session ended (the revoke reasons double as logout/session_ended results).
AUDIT_RESULTS: dict[str, str] = {
    "ok": "成功",
    "failed": "失敗",
    "denied": "拒否",
    "refused": "拒否",
    "locked": "ロック",
    "not_locked": "ロックなし",
    "issued": "認証キー発行",
    "already_open": "開設済み（お知らせを送信）",
    "not_open": "未開設",
    "no_match": "登録内容と不一致",
    "rate_limited": "回数制限",
    "terminal_limited": "端末の回数制限",
    "wrong_key": "認証キー誤り",
    "voided": "認証キー無効化（誤り回数超過）",
    "expired_or_used": "認証キー期限切れ・使用済み",
    "wrong_current": "現在のパスワード誤り",
    "stale": "前回の残り",
    "logout": "ログアウト",
    "idle": "無操作",
    "expired": "期限切れ",
    "superseded": "別の端末でログイン",
    "password_reset": "パスワード再設定",
    "password_changed": "パスワード変更",
    "email_changed": "メールアドレス変更",
    "staff_revoked": "職員が終了",
    "revoked": "終了",
    "unknown": "不明",
    "blocked": "失敗の上限（再設定・解除が必要）",
    # Device events record the device's kind as their result (device_approved, device_revoked).
    "kiosk": "利用者用端末",
    "counter": "窓口端末",
    "staff": "職員端末",
}


# 求職者検索 records "<how>:<rows found>" (e.g. "email:1"); how the seeker was looked up.
AUDIT_LOOKUP_KINDS: dict[str, str] = {
    "number": "求職番号",
    "email": "メールアドレス",
    "kana": "フリガナ・生年月日",
}
