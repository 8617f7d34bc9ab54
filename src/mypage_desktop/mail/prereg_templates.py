"""Mail texts of the online 求職仮登録 (Japanese). Never logged (docs/security.md P1)."""

from __future__ import annotations

from datetime import datetime

from mypage_desktop.domain.authkey import format_key
from mypage_desktop.domain.preregistration import WHAT_TO_BRING
from mypage_desktop.domain.timefmt import format_datetime_jst
from mypage_desktop.mail.templates import MailText, _footer

RESUME_KEY_SUBJECT = "求職仮登録（一時保存）の再開用認証キーのお知らせ"
SUBMITTED_SUBJECT = "求職仮登録受付のお知らせ"


def resume_key_notice(*, key: str, expires_at: datetime, validity_minutes: int, sender: str,
                      office_name: str, helpdesk: str) -> MailText:
    body = (
        "一時保存した求職仮登録の入力を再開するための認証キーをお知らせします。\n\n"
        "「求職申込み（仮登録）」画面の「一時保存した入力を再開する」で、メールアドレスと"
        "次の認証キーを入力してください。\n\n"
        f"認証キー：{format_key(key)}\n"
        f"有効期限：{format_datetime_jst(expires_at)}まで（メール配信から{validity_minutes}分以内）\n\n"
        "認証キーを他の人に教えないでください。\n"
        f"メールの受信制限をしている場合は、{sender} からのメール受信を許可してください。\n"
    )
    return MailText(RESUME_KEY_SUBJECT, body + _footer(office_name, helpdesk))


def submitted_notice(*, number: str, expires_at: datetime, office_name: str, helpdesk: str) -> MailText:
    bring = "".join(f"・{item}\n" for item in WHAT_TO_BRING)
    body = (
        "求職仮登録を受け付けました。まだ求職申込みは完了していません。\n\n"
        f"仮登録番号：{number}\n"
        f"有効期限：{format_datetime_jst(expires_at)}まで\n\n"
        "有効期限までにハローワークの窓口にお越しください。窓口で本人確認と内容の確認を行い、"
        "本登録（求職番号の発行）をします。期限を過ぎると仮登録の内容は削除されます。\n\n"
        f"窓口にお持ちいただくもの：\n{bring}"
    )
    return MailText(SUBMITTED_SUBJECT, body + _footer(office_name, helpdesk))
