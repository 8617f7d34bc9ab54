"""Notices of the seeker's own changes in 求職者情報・設定 (docs/product-rules.md §own-changes).
They say which kind of data changed and when, never the values (a mail can be read by
whoever shares the mailbox), and what to do if the change was not the seeker's. The texts are
in ``resources/mail/<code>.json`` (docs/i18n.md#mails)."""

from __future__ import annotations

from datetime import datetime

from mypage_desktop.domain.languages import SOURCE
from mypage_desktop.mail.catalogue import MailText, join, label, render, text


def own_change_notice(*, what: str, items: tuple[str, ...], changed_at: datetime, office_name: str,
                      helpdesk: str, language: str = SOURCE) -> MailText:
    """``what``: 「連絡先」 or 「希望条件」; ``items``: the labels of the changed items (the
    domain's Japanese labels, translated by the catalogue)."""
    return render("own_change", language, what=label(language, what),
                  items=join(language, tuple(label(language, item) for item in items)),
                  changed_at=changed_at, not_you=text(language, "not_you"),
                  office_name=office_name, helpdesk=helpdesk)


def info_sharing_notice(*, sharing: bool, changed_at: datetime, office_name: str, helpdesk: str,
                        language: str = SOURCE) -> MailText:
    return render("info_sharing", language, choice=text(language, "sharing_on" if sharing else "sharing_off"),
                  changed_at=changed_at, not_you=text(language, "not_you"),
                  office_name=office_name, helpdesk=helpdesk)
