"""Texts and small formatters shared by the job pages (marked ``N_``, shown through ``t``)."""

from __future__ import annotations

from mypage_desktop.domain.job_dto import JobSummary
from mypage_desktop.domain.translatable import N_
from mypage_desktop.ui.widgets.i18n import t

LOADING = N_("読み込み中…")
CLOSED = N_("募集終了")
UNAVAILABLE = N_("ただいま処理できません。しばらくしてからもう一度お試しください。")




def about(n: int) -> int:
    """An estimate to two significant digits, half up (136,004 → 140,000): it claims no more."""
    if n < 100:
        return n
    unit = int(10 ** (len(str(n)) - 2))
    return (n + unit // 2) // unit * unit


def count_text(total: int, *, capped: bool = False, listed: int | None = None) -> str:
    """The exact count; ``capped``: ``total`` ids were listed and there are more; ``listed``:
    fewer rows in the list than ``total`` (the id snapshot stops at its cap)."""
    if capped:
        return t("該当 {n}件以上").format(n=f"{total:,}")
    if listed is not None and listed < total:
        return t("該当 {n} 件（一覧は先頭の {m} 件）").format(n=f"{total:,}", m=f"{listed:,}")
    return t("該当 {n} 件").format(n=f"{total:,}")


def estimate_text(estimate: int | None, shown: int) -> str:
    """Before the exact count: 「約N件」 from an estimate, else the rows shown 「以上」 (an
    estimate below them is wrong, and says nothing)."""
    if estimate is not None and about(estimate) > shown:
        return t("該当 約{n}件").format(n=f"{about(estimate):,}")
    return t("該当 {n}件以上").format(n=f"{shown:,}")


def online_text(accepted: bool) -> str:
    return t("可") if accepted else t("不可")


def occupation_text(job: JobSummary) -> str:
    if job.closed:
        return "【" + t(CLOSED) + "】" + job.occupation
    return job.occupation


