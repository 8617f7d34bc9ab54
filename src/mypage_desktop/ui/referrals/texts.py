"""Texts shared by the 紹介された求人・紹介状 page and the 紹介状 viewer (all through :func:`tr`)."""

from __future__ import annotations

from mypage_desktop.ui.widgets.i18n import tr

CONTEXT = "referrals"

LOADING = "読み込み中…"
UNAVAILABLE = "ただいま処理できません。しばらくしてからもう一度お試しください。"


def t(text: str) -> str:
    return tr(CONTEXT, text)
