"""Mail texts (Japanese). Only ids and kinds are ever logged, never these bodies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mypage_desktop.domain.authkey import format_key
from mypage_desktop.domain.timefmt import format_datetime_jst

REGISTRATION_SUBJECT = "パスワード登録申込受付通知"
PASSWORD_REGISTERED_SUBJECT = "パスワード登録完了のお知らせ"


@dataclass(frozen=True)
class MailText:
    subject: str
    body: str


def _footer(office_name: str, helpdesk: str) -> str:
    return (
        "\n――――――――――――――――――――\n"
        "このメールは送信専用のアドレスからお送りしています。返信はできません。\n"
        "お心当たりのない場合は、このメールを破棄してください。\n"
        f"{office_name}\n"
        f"ヘルプデスク（電話：{helpdesk}）\n"
    )


def registration_notice(
    *, key: str, expires_at: datetime, validity_minutes: int, sender: str, office_name: str, helpdesk: str
) -> MailText:
    body = (
        "求職者マイページのパスワード登録申込を受け付けました。\n\n"
        "「パスワード登録」画面で、登録するパスワードと次の認証キーを入力し、"
        "「完了」ボタンをクリックしてください。\n\n"
        f"認証キー：{format_key(key)}\n"
        f"有効期限：{format_datetime_jst(expires_at)}まで（メール配信から{validity_minutes}分以内）\n\n"
        "有効期限を過ぎた場合は、はじめからパスワード登録をやり直してください。\n"
        "パスワードは、半角の数字、英字、記号を組み合わせ、8桁以上32桁以内で登録してください。\n"
        "認証キーを他の人に教えないでください。ハローワークの職員が認証キーやパスワードを"
        "お尋ねすることはありません。\n\n"
        f"メールの受信制限をしている場合は、{sender} からのメール受信を許可してください。\n"
        "【重要】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。\n"
    )
    return MailText(REGISTRATION_SUBJECT, body + _footer(office_name, helpdesk))


def password_registered_notice(*, registered_at: datetime, office_name: str, helpdesk: str) -> MailText:
    body = (
        "求職者マイページのパスワードが登録されました。\n\n"
        f"登録日時：{format_datetime_jst(registered_at)}\n\n"
        "登録したメールアドレスとパスワードでログインしてください。\n"
        "このお知らせに心当たりがない場合は、すぐに最寄りのハローワークまたはヘルプデスクに"
        "ご連絡ください。\n"
    )
    return MailText(PASSWORD_REGISTERED_SUBJECT, body + _footer(office_name, helpdesk))


def already_open_notice(*, office_name: str, helpdesk: str) -> MailText:
    """Step 2 for an account that is already open: the screen is the same as always
    (SECURITY E3), only the owner of the address learns why no key came."""
    body = (
        "求職者マイページのパスワード登録申込を受け付けましたが、このメールアドレスの"
        "マイページは既に開設されています。\n\n"
        "登録済みのパスワードでログインしてください。パスワードを忘れた場合は、ログイン画面の"
        "「パスワードを忘れた方」から再設定してください。\n"
    )
    return MailText(REGISTRATION_SUBJECT, body + _footer(office_name, helpdesk))
