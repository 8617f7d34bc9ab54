"""Texts and small formatters shared by the job pages (all through :func:`tr`)."""

from __future__ import annotations

import html
from datetime import date

from mypage_desktop.domain.job_dto import JobSummary

from ..i18n import tr

CONTEXT = "jobs"

LOADING = "読み込み中…"
CLOSED = "募集終了"
UNAVAILABLE = "ただいま処理できません。しばらくしてからもう一度お試しください。"


def t(text: str) -> str:
    return tr(CONTEXT, text)


def short_date(value: date) -> str:
    return f"{value.year}/{value.month:02d}/{value.day:02d}"


def place(prefecture: str, municipality: str) -> str:
    return prefecture + municipality


def online_text(accepted: bool) -> str:
    return t("可") if accepted else t("不可")


def occupation_text(job: JobSummary) -> str:
    if job.closed:
        return f"【{t(CLOSED)}】{job.occupation}"
    return job.occupation


def plain_tooltip(text: str) -> str:
    """Qt shows a tooltip as rich text when it looks like markup; escaped inside a <p>, the
    employer's or seeker's text is shown literally (SECURITY I4)."""
    return f"<p>{html.escape(text)}</p>" if text else ""
