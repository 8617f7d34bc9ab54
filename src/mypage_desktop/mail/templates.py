"""The account mails (docs/i18n.md#mails): the texts are in ``resources/mail/<code>.json``; these
functions name each mail's parameters. ``language`` is the one the seeker chose when the mail
was requested; the mails staff trigger at the counter stay Japanese. Only ids and kinds are
ever logged, never these bodies."""

from __future__ import annotations

from datetime import datetime

from mypage_desktop.domain.authkey import format_key
from mypage_desktop.domain.languages import SOURCE
from mypage_desktop.mail.catalogue import MailText, render, text

__all__ = ["MailText"]


def registration_notice(
    *, key: str, expires_at: datetime, validity_minutes: int, sender: str, office_name: str, helpdesk: str,
    language: str = SOURCE,
) -> MailText:
    return render("registration_key", language, key=format_key(key), expires_at=expires_at,
                  validity_minutes=validity_minutes, sender=sender, office_name=office_name, helpdesk=helpdesk)


def password_registered_notice(*, registered_at: datetime, office_name: str, helpdesk: str,
                               language: str = SOURCE) -> MailText:
    return render("password_registered", language, registered_at=registered_at, office_name=office_name,
                  helpdesk=helpdesk)


def already_open_notice(*, office_name: str, helpdesk: str, language: str = SOURCE) -> MailText:
    """Step 2 for an account that is already open: the screen is the same as always
    (docs/security.md E3), only the owner of the address learns why no key came."""
    return render("already_open", language, office_name=office_name, helpdesk=helpdesk)


# -- パスワード再設定・変更、ログインIDの変更 (issue 6) ------------------------------------


def reset_key_notice(
    *, key: str, expires_at: datetime, validity_minutes: int, sender: str, office_name: str, helpdesk: str,
    language: str = SOURCE,
) -> MailText:
    return render("reset_key", language, key=format_key(key), expires_at=expires_at,
                  validity_minutes=validity_minutes, sender=sender, office_name=office_name, helpdesk=helpdesk)


def reset_not_open_notice(*, office_name: str, helpdesk: str, language: str = SOURCE) -> MailText:
    """A reset request for an account that has not been opened yet: the screen is the same as
    always (docs/security.md E3), only the owner of the address learns why no key came."""
    return render("reset_not_open", language, office_name=office_name, helpdesk=helpdesk)


def password_reset_notice(*, reset_at: datetime, office_name: str, helpdesk: str,
                          language: str = SOURCE) -> MailText:
    return render("password_reset", language, reset_at=reset_at, office_name=office_name, helpdesk=helpdesk)


def password_changed_notice(*, changed_at: datetime, office_name: str, helpdesk: str,
                            language: str = SOURCE) -> MailText:
    return render("password_changed", language, changed_at=changed_at, office_name=office_name,
                  helpdesk=helpdesk)


def login_email_changed_notice(*, changed_at: datetime, office_name: str, helpdesk: str) -> MailText:
    """To the old address (docs/security.md A3), by staff: Japanese. The new address is not named."""
    return render("login_email_changed", SOURCE, changed_at=changed_at, office_name=office_name,
                  helpdesk=helpdesk)


def login_email_registered_notice(
    *, registered_at: datetime, opened: bool, office_name: str, helpdesk: str
) -> MailText:
    """To the new address (docs/security.md A3), by staff: Japanese."""
    next_step = text(SOURCE, "next_step_opened" if opened else "next_step_unopened")
    return render("login_email_registered", SOURCE, registered_at=registered_at, next_step=next_step,
                  office_name=office_name, helpdesk=helpdesk)
