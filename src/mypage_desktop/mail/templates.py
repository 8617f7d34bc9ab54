"""Mail texts (Japanese). Only ids and kinds are ever logged, never these bodies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mypage_desktop.domain.authkey import format_key
from mypage_desktop.domain.timefmt import format_datetime_jst

REGISTRATION_SUBJECT = "パスワード登録申込受付通知"
PASSWORD_REGISTERED_SUBJECT = "パスワード登録完了のお知らせ"
RESET_SUBJECT = "パスワード再設定申込受付通知"
PASSWORD_RESET_SUBJECT = "パスワード再設定のお知らせ"
PASSWORD_CHANGED_SUBJECT = "パスワード変更のお知らせ"
LOGIN_EMAIL_CHANGED_SUBJECT = "ログインID（メールアドレス）変更のお知らせ"
LOGIN_EMAIL_REGISTERED_SUBJECT = "ログインID（メールアドレス）登録のお知らせ"


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
    (docs/security.md E3), only the owner of the address learns why no key came."""
    body = (
        "求職者マイページのパスワード登録申込を受け付けましたが、このメールアドレスの"
        "マイページは既に開設されています。\n\n"
        "登録済みのパスワードでログインしてください。パスワードを忘れた場合は、ログイン画面の"
        "「パスワードを忘れた方」から再設定してください。\n"
    )
    return MailText(REGISTRATION_SUBJECT, body + _footer(office_name, helpdesk))


# -- パスワード再設定・変更、ログインIDの変更 (issue 6) ------------------------------------


def reset_key_notice(
    *, key: str, expires_at: datetime, validity_minutes: int, sender: str, office_name: str, helpdesk: str
) -> MailText:
    body = (
        "求職者マイページのパスワード再設定の申込を受け付けました。\n\n"
        "「パスワード再設定」画面で、新しいパスワードと次の認証キーを入力し、"
        "「完了」ボタンをクリックしてください。\n\n"
        f"認証キー：{format_key(key)}\n"
        f"有効期限：{format_datetime_jst(expires_at)}まで（メール配信から{validity_minutes}分以内）\n\n"
        "有効期限を過ぎた場合は、はじめからやり直してください。\n"
        "パスワードは、半角の数字、英字、記号を組み合わせ、8桁以上32桁以内で登録してください。\n"
        "認証キーを他の人に教えないでください。ハローワークの職員が認証キーやパスワードを"
        "お尋ねすることはありません。\n"
        "この申込に心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。\n\n"
        f"メールの受信制限をしている場合は、{sender} からのメール受信を許可してください。\n"
        "【重要】ハローワーク内のパソコンを利用する場合は、ご利用後に必ず「ログアウト」してください。\n"
    )
    return MailText(RESET_SUBJECT, body + _footer(office_name, helpdesk))


def reset_not_open_notice(*, office_name: str, helpdesk: str) -> MailText:
    """A reset request for an account that has not been opened yet: the screen is the same as
    always (docs/security.md E3), only the owner of the address learns why no key came."""
    body = (
        "求職者マイページのパスワード再設定の申込を受け付けましたが、このメールアドレスの"
        "マイページはまだ開設されていません。\n\n"
        "ログイン画面の「ハローワークをご利用中の方のマイページ開設」から、パスワードを登録してください。\n"
    )
    return MailText(RESET_SUBJECT, body + _footer(office_name, helpdesk))


def password_reset_notice(*, reset_at: datetime, office_name: str, helpdesk: str) -> MailText:
    body = (
        "求職者マイページのパスワードが再設定されました。\n\n"
        f"再設定日時：{format_datetime_jst(reset_at)}\n\n"
        "ほかのパソコンでログインしていた場合、そのログインは終了しました。"
        "新しいパスワードでログインしてください。\n"
        "このお知らせに心当たりがない場合は、すぐに最寄りのハローワークまたはヘルプデスクに"
        "ご連絡ください。\n"
    )
    return MailText(PASSWORD_RESET_SUBJECT, body + _footer(office_name, helpdesk))


def password_changed_notice(*, changed_at: datetime, office_name: str, helpdesk: str) -> MailText:
    body = (
        "求職者マイページのパスワードが変更されました。\n\n"
        f"変更日時：{format_datetime_jst(changed_at)}\n\n"
        "ほかのパソコンでログインしていた場合、そのログインは終了しました。\n"
        "このお知らせに心当たりがない場合は、ログイン画面の「パスワードを忘れた方」から"
        "パスワードを再設定し、最寄りのハローワークまたはヘルプデスクにご連絡ください。\n"
    )
    return MailText(PASSWORD_CHANGED_SUBJECT, body + _footer(office_name, helpdesk))


def login_email_changed_notice(*, changed_at: datetime, office_name: str, helpdesk: str) -> MailText:
    """To the old address (docs/security.md A3). The new address is not named."""
    body = (
        "ハローワークの窓口で、求職者マイページのログインID（メールアドレス）が別のアドレスに"
        "変更されました。今後、このメールアドレスではログインできません。\n\n"
        f"変更日時：{format_datetime_jst(changed_at)}\n\n"
        "このお知らせに心当たりがない場合は、すぐに最寄りのハローワークまたはヘルプデスクに"
        "ご連絡ください。\n"
    )
    return MailText(LOGIN_EMAIL_CHANGED_SUBJECT, body + _footer(office_name, helpdesk))


def login_email_registered_notice(
    *, registered_at: datetime, opened: bool, office_name: str, helpdesk: str
) -> MailText:
    """To the new address (docs/security.md A3)."""
    next_step = (
        "これまでのパスワードで、このメールアドレスを使ってログインしてください。\n"
        if opened
        else "ログイン画面の「ハローワークをご利用中の方のマイページ開設」から、パスワードを登録してください。\n"
    )
    body = (
        "ハローワークの窓口で、このメールアドレスが求職者マイページのログインIDとして"
        "登録されました。\n\n"
        f"登録日時：{format_datetime_jst(registered_at)}\n\n"
        + next_step
        + "このお知らせに心当たりがない場合は、最寄りのハローワークまたはヘルプデスクに"
        "ご連絡ください。\n"
    )
    return MailText(LOGIN_EMAIL_REGISTERED_SUBJECT, body + _footer(office_name, helpdesk))
