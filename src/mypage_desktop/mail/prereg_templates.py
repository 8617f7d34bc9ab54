"""Mail texts of the online 求職仮登録, in ``resources/mail/<code>.json`` (docs/i18n.md#mails).
Never logged (docs/security.md P1)."""

from __future__ import annotations

from datetime import datetime

from mypage_desktop.domain.authkey import format_key
from mypage_desktop.domain.languages import SOURCE
from mypage_desktop.domain.preregistration import WHAT_TO_BRING
from mypage_desktop.mail.catalogue import MailText, label, render, text


def resume_key_notice(*, key: str, expires_at: datetime, validity_minutes: int, sender: str,
                      office_name: str, helpdesk: str, language: str = SOURCE) -> MailText:
    return render("prereg_resume_key", language, key=format_key(key), expires_at=expires_at,
                  validity_minutes=validity_minutes, sender=sender, office_name=office_name, helpdesk=helpdesk)


def submitted_notice(*, number: str, expires_at: datetime, office_name: str, helpdesk: str,
                     language: str = SOURCE) -> MailText:
    bullet = text(language, "bullet")
    bring = "".join(bullet.format(item=label(language, item)) for item in WHAT_TO_BRING)
    return render("prereg_submitted", language, number=number, expires_at=expires_at, bring=bring,
                  office_name=office_name, helpdesk=helpdesk)
