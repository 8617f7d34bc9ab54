"""Texts of the sign-in windows (marked ``N_``, shown through ``t``)."""

from __future__ import annotations

from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.i18n import t

UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。入力した内容はそのままです。")




def wait_text(seconds: int) -> str:
    """「14分05秒」 or 「30秒」: the lock and the growing wait after failed sign-ins (L1)."""
    minutes, rest = divmod(max(0, seconds), 60)
    if minutes:
        return t("{m}分{s:02d}秒").format(m=minutes, s=rest)
    return t("{s}秒").format(s=rest)
