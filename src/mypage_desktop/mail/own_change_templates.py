"""Notices of the seeker's own changes in 求職者情報・設定 (docs/product-rules.md §own-changes).
They say which kind of data changed and when, never the values (a mail can be read by
whoever shares the mailbox), and what to do if the change was not the seeker's."""

from __future__ import annotations

from datetime import datetime

from mypage_desktop.domain.timefmt import format_datetime_jst
from mypage_desktop.mail.templates import MailText, _footer

OWN_CHANGE_SUBJECT = "登録内容変更のお知らせ"
INFO_SHARING_SUBJECT = "求職情報提供の設定変更のお知らせ"

_NOT_YOU = (
    "このお知らせに心当たりがない場合は、ほかの人があなたのマイページにログインしたおそれがあります。"
    "すぐにパスワードを変更し（ログインできない場合はログイン画面の「パスワードを忘れた方」から再設定し）、"
    "最寄りのハローワークまたはヘルプデスクにご連絡ください。\n"
)


def own_change_notice(*, what: str, items: tuple[str, ...], changed_at: datetime, office_name: str,
                      helpdesk: str) -> MailText:
    """``what``: 「連絡先」 or 「希望条件」; ``items``: the labels of the changed items."""
    body = (
        f"求職者マイページの「求職者情報・設定」で、登録内容の「{what}」が変更されました。\n\n"
        f"変更日時：{format_datetime_jst(changed_at)}\n"
        f"変更された項目：{'、'.join(items)}\n\n"
        "変更後の内容は、マイページの「求職者情報・設定」でご確認ください（このメールには記載していません）。\n"
        + _NOT_YOU
    )
    return MailText(OWN_CHANGE_SUBJECT, body + _footer(office_name, helpdesk))


def info_sharing_notice(*, sharing: bool, changed_at: datetime, office_name: str, helpdesk: str) -> MailText:
    choice = "提供する（同意）" if sharing else "提供しない（同意の取り消し）"
    body = (
        "求職者マイページの「求職者情報・設定」で、「求職情報提供」の設定が変更されました。\n\n"
        f"変更日時：{format_datetime_jst(changed_at)}\n"
        f"変更後の設定：{choice}\n\n"
        "求職情報提供に同意すると、氏名・連絡先を除いた求職情報が、地方自治体と職業紹介事業者に提供されます。\n"
        + _NOT_YOU
    )
    return MailText(INFO_SHARING_SUBJECT, body + _footer(office_name, helpdesk))
