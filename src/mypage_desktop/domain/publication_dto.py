"""求職公開 and 直接リクエスト DTOs (issue 12): what crosses the façade."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PublicationForm:
    """What the seeker chooses to show (each field may be left empty except 希望職種)."""

    wish_occupation: str = ""
    wish_location: str = ""
    experience: str = ""  # 経験 (free text)
    qualifications: str = ""  # 資格
    self_pr: str = ""  # 自己PR


@dataclass(frozen=True)
class PublicProfile:
    """Exactly what an employer sees: no name, contact or birthdate, the age band only."""

    public_number: str  # 求職公開番号 ("" before the first publication)
    age_band: str  # 20代, 30代, …
    wish_occupation: str
    wish_location: str
    experience: str
    qualifications: str
    self_pr: str


@dataclass(frozen=True)
class PublicationInfo:
    published: bool
    published_at: datetime | None
    withdrawn_at: datetime | None
    form: PublicationForm  # what is stored (the counter's 希望職種/勤務地 before the first save)
    profile: PublicProfile  # the employer's view of ``form``
    can_publish: bool  # False while the registration is 無効
    requests_received: int


@dataclass(frozen=True)
class DirectRequestInfo:
    request_id: int
    job_id: int
    job_number: str
    job_label: str  # 職種（事業所名）
    job_closed: bool
    received_at: datetime
    answer: str | None  # 応募 / 辞退 once answered
    answered_at: datetime | None
    application_id: int | None  # the application 「応募する」 made
    application_number: str | None
    notice_id: int | None
