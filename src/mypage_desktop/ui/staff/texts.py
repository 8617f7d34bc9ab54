"""Texts and small helpers shared by the staff console's widgets (marked ``N_``, shown through ``t``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from mypage_desktop.domain.errors import FieldError, NotPermitted
from mypage_desktop.domain.staff_dto import PasswordChangeRequired, ReauthRequired
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.i18n import field_message, message, t

UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。入力した内容はそのままです。")
CHOOSE = N_("（選択してください）")




def errors_text(errors: Iterable[FieldError]) -> str:
    """Every field message on its own line (for a place that has no field of its own)."""
    return "\n".join(dict.fromkeys(field_message(error) for error in errors))


def not_permitted_text(exc: NotPermitted) -> str:
    if isinstance(exc, PasswordChangeRequired):
        return message("staff.password_change_required")
    if isinstance(exc, ReauthRequired):
        return message("staff.reauth_required")
    code = exc.args[0] if exc.args and isinstance(exc.args[0], str) else "staff.admin_only"
    return message(code)


def japanese_date(value: date) -> str:
    return t("{y}年{m}月{d}日").format(y=value.year, m=value.month, d=value.day)


def yes_no(value: bool, yes: str, no: str) -> str:
    return t(yes) if value else t(no)
