"""Job data that crosses the façade (plain, frozen)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mypage_desktop.domain.jobs import JobConditions, SortOrder


@dataclass(frozen=True)
class JobSummary:
    """One row of the result table."""

    job_id: int
    job_number: str
    occupation: str
    company_name: str
    category: str
    employment_type: str
    prefecture: str
    municipality: str
    wage: str
    received_on: date
    online_application: bool
    kept: bool
    closed: bool


@dataclass(frozen=True)
class PostingFields:
    """What a 求人票 shows; shared by the live posting and the snapshot kept with a referral."""

    job_id: int
    job_number: str
    company_name: str
    occupation: str
    description: str
    category: str
    employment_type: str
    occupation_group: str
    prefecture: str
    municipality: str
    wage: str
    working_hours: str
    holidays: str
    age_requirement: str
    received_on: date
    expires_on: date
    online_application: bool
    employer_has_mypage: bool


@dataclass(frozen=True)
class JobDetail(PostingFields):
    """A live 求人票, with whether it has closed and whether this seeker keeps it."""

    closed: bool
    kept: bool
    employer_number: str = ""  # 事業所番号 (the snapshot of a referral has none)


@dataclass(frozen=True)
class JobPage:
    """The first page of a search: shown at once, before the full count is known."""

    rows: tuple[JobSummary, ...]
    has_more: bool
    estimated_total: int | None = None  # with ``has_more``: about how many match (「約N件」); None: unknown


@dataclass(frozen=True)
class JobIdSnapshot:
    """The ordered ids of every match (8 bytes each), so the table can page lazily."""

    ids: tuple[int, ...]
    sort: SortOrder
    capped: bool = False  # more matched than the snapshot holds (100,000)

    @property
    def total(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class SavedSearchInfo:
    saved_id: int
    name: str
    conditions: JobConditions
    summary: str
    new_since_last_run: int
    last_run_at: datetime


@dataclass(frozen=True)
class KeptJobInfo:
    job: JobSummary
    kept_at: datetime


@dataclass(frozen=True)
class JobSearchOptions:
    """Choices for the condition form."""

    categories: tuple[str, ...]
    employment_types: tuple[str, ...]
    occupation_groups: tuple[str, ...]
    prefectures: tuple[str, ...]
    municipalities: dict[str, tuple[str, ...]]  # prefecture -> its municipalities with postings
