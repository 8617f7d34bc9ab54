"""Texts shared by the 紹介された求人・紹介状 page and the 紹介状 viewer (marked ``N_``, shown through ``t``)."""

from __future__ import annotations

from mypage_desktop.domain.translatable import N_

LOADING = N_("読み込み中…")
UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。")


