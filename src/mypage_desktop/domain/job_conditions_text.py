"""Readable summaries and a stable JSON form of 求人検索条件 (for 保存した検索条件)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from mypage_desktop.domain.jobs import Area, JobConditions, WageUnit, normalize_employer_number


def describe(conditions: JobConditions) -> str:
    parts: list[str] = []
    if conditions.free_words.strip():
        parts.append(f"フリーワード「{conditions.free_words.strip()}」")
    if conditions.job_number.strip():
        parts.append(f"求人番号 {conditions.job_number.strip()}")
    if conditions.employer_number.strip():
        shown = normalize_employer_number(conditions.employer_number) or conditions.employer_number.strip()
        parts.append(f"事業所番号 {shown}")
    if conditions.categories:
        parts.append("・".join(conditions.categories))
    if conditions.areas:
        parts.append("、".join(a.prefecture + a.municipality for a in conditions.areas))
    if conditions.occupation_group:
        parts.append(conditions.occupation_group)
    if conditions.min_wage.strip():
        parts.append(f"{conditions.wage_unit.value}{conditions.min_wage.strip()}円以上")
    if conditions.employment_types:
        parts.append("・".join(conditions.employment_types))
    if conditions.posted_within_days:
        parts.append(f"受付{conditions.posted_within_days}日以内")
    if conditions.online_application_only:
        parts.append("オンライン自主応募可")
    return "／".join(parts) if parts else "すべての求人"


def to_json(conditions: JobConditions) -> str:
    return json.dumps(asdict(conditions), ensure_ascii=False, sort_keys=True)


def from_json(text: str) -> JobConditions:
    data: dict[str, Any] = json.loads(text)
    return JobConditions(
        free_words=str(data.get("free_words", "")),
        categories=tuple(data.get("categories", ())),
        areas=tuple(Area(a["prefecture"], a.get("municipality", "")) for a in data.get("areas", ())),
        occupation_group=str(data.get("occupation_group", "")),
        min_wage=str(data.get("min_wage", "")),
        wage_unit=WageUnit(data.get("wage_unit", WageUnit.MONTHLY.value)),
        employment_types=tuple(data.get("employment_types", ())),
        posted_within_days=data.get("posted_within_days"),
        online_application_only=bool(data.get("online_application_only", False)),
        job_number=str(data.get("job_number", "")),
        employer_number=str(data.get("employer_number", "")),  # saved before issue 12: none
    )
