"""Plain data for the job-seeking activity pages (求職者情報, 紹介, 応募履歴, メッセージ,
お知らせ, ホーム) that crosses the façade. Frozen, no ORM objects, no Qt.

Text that comes from employers, notices or staff (message bodies, notes, titles) must be shown
as plain text (docs/security.md I4): never as rich text/HTML."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from typing import Any

from mypage_desktop.domain.job_dto import PostingFields
from mypage_desktop.domain.preregistration_dto import HistoryRow


@dataclass(frozen=True)
class RegistrationInfo:
    """求職者情報: everything registered at the counter; the seeker may change ``status``
    (有効/無効, ``set_registration_status``), 連絡先 (``change_contact``) and 希望条件
    (``change_wishes``), docs/product-rules.md §own-changes."""

    seeker_number: str
    name: str
    name_kana: str
    birthdate: date
    phone: str
    address: str
    email: str
    wish_occupation: str
    wish_location: str
    wish_wage: str
    applied_on: date  # 求職申込日
    valid_until: date  # 有効期限
    status: str  # 求職状態: 有効 / 無効
    status_changed_at: datetime
    inactive_reason: str | None  # "seeker" / "expired" while 無効
    inactive_reason_label: str | None  # ご本人による変更 / 有効期限の経過
    in_last_month: bool  # a referral or online application now extends the validity
    can_deactivate: bool
    can_reactivate: bool
    reactivation_refusal: str | None  # message code when 無効→有効 is refused
    reactivation_deadline: date | None  # last day 無効→有効 is allowed (while 無効)
    reactivation_renews_to: date | None  # the new 有効期限 if switched back now
    grace_days: int
    editable_fields: tuple[str, ...] = ("status", "address", "phone", "wish_occupation", "wish_location",
                                        "wish_wage")
    # From the seeker's own 仮登録 when 本登録 was done from one (registration_info only; empty
    # otherwise): the 履歴書 form starts with them.
    education: tuple[HistoryRow, ...] = ()
    work: tuple[HistoryRow, ...] = ()
    licenses: str = ""


@dataclass(frozen=True)
class PostingSnapshot(PostingFields):
    """The 求人票 as it was when referred or applied to (history is not rewritten)."""

    taken_at: datetime

    @property
    def work_location(self) -> str:
        return f"{self.prefecture}{self.municipality}"

    def to_json(self) -> str:
        data: dict[str, Any] = asdict(self)
        for key, value in data.items():
            if isinstance(value, date | datetime):
                data[key] = value.isoformat()
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> PostingSnapshot:
        data = json.loads(text)
        values: dict[str, Any] = {}
        for item in fields(cls):
            value = data.get(item.name)
            if item.name in ("received_on", "expires_on"):
                value = date.fromisoformat(value)
            elif item.name == "taken_at":
                value = datetime.fromisoformat(value)
            values[item.name] = value
        return cls(**values)


@dataclass(frozen=True)
class ReferralSummary:
    referral_id: int
    referral_number: str
    referred_on: date
    office_name: str
    staff_name: str
    job_id: int
    job_number: str
    company_name: str
    occupation: str
    work_location: str
    application_id: int
    application_status: str


@dataclass(frozen=True)
class ReferralDetail:
    summary: ReferralSummary
    posting: PostingSnapshot  # as referred
    note: str
    posting_closed_now: bool  # the live posting has closed or expired since


@dataclass(frozen=True)
class ReferralLetter:
    """紹介状, with what the paper form shows. Lay it out like the form; print/PDF in the UI."""

    title: str  # 紹介状
    referral_number: str  # 紹介番号
    referred_on: date  # 紹介日
    office_name: str  # 紹介元ハローワーク
    office_code: str
    office_phone: str
    seeker_number: str  # 求職番号
    seeker_name: str  # 氏名 (as at the referral)
    seeker_kana: str  # フリガナ
    job_number: str  # 求人番号
    company_name: str  # 事業所名
    occupation: str  # 職種
    work_location: str  # 就業場所
    wage: str  # 賃金
    employment_type: str
    working_hours: str
    staff_name: str  # 担当
    note: str  # 備考 from the staff (may be empty)
    employer_message: str  # 「この紹介状をお持ちの方は…」
    reply_request: str  # asking the employer to report the 採否


@dataclass(frozen=True)
class StatusEntry:
    """One line of an application's history."""

    status: str
    at: datetime
    recorded_by: str  # ご本人 / ハローワーク / 事業所
    note: str
    interview_at: datetime | None
    interview_place: str


@dataclass(frozen=True)
class ApplicationSummary:
    application_id: int
    application_number: str
    source: str  # 紹介 / オンライン自主応募
    referral_id: int | None
    referral_number: str | None
    applied_on: date
    job_id: int
    job_number: str
    company_name: str
    occupation: str
    work_location: str
    status: str
    status_changed_at: datetime
    next_interview_at: datetime | None  # an upcoming 面接予定, when there is one
    withdrawable: bool  # the seeker's 辞退 button
    messaging_available: bool  # the employer has a 求人者マイページ
    unread_messages: int


@dataclass(frozen=True)
class DocumentInfo:
    """A 履歴書 / 職務経歴書 PDF stored for the seeker (its id is scoped to them)."""

    document_id: int
    kind: str  # 履歴書 / 職務経歴書
    file_name: str
    size: int


@dataclass(frozen=True)
class StaffApplicationView:
    """An application as the counter sees it: with the 志望動機 and the documents sent."""

    application_number: str
    source: str
    status: str
    applied_on: date
    job_number: str
    company_name: str
    occupation: str
    seeker_number: str
    seeker_name: str
    motivation: str  # plain text (docs/security.md I4)
    documents: tuple[DocumentInfo, ...]


@dataclass(frozen=True)
class ApplicationDetail:
    summary: ApplicationSummary
    history: tuple[StatusEntry, ...]  # oldest first
    posting: PostingSnapshot  # as applied to
    has_interview: bool  # an .ics can be exported
    motivation: str = ""  # 志望動機 of an online application
    documents: tuple[DocumentInfo, ...] = ()


@dataclass(frozen=True)
class OnlineApplicationCheck:
    """Whether the job detail view may offer オンライン自主応募, and why not."""

    job_id: int
    can_apply: bool
    refusal_code: str | None
    existing_application_id: int | None


@dataclass(frozen=True)
class ThreadMessage:
    message_id: int
    from_employer: bool
    sender_label: str  # ご本人 / the company name
    body: str  # plain text (docs/security.md I4)
    sent_at: datetime
    unread: bool  # unread before this view (the view marks it read)


@dataclass(frozen=True)
class MessageThread:
    application_id: int
    application_number: str
    company_name: str
    occupation: str
    can_send: bool
    unavailable_code: str | None  # why there is no send box (message code)
    max_length: int
    messages: tuple[ThreadMessage, ...]  # oldest first


@dataclass(frozen=True)
class NoticeInfo:
    notice_id: int
    kind: str  # お知らせ / おすすめ求人
    title: str
    body: str  # plain text (docs/security.md I4)
    sender: str
    created_at: datetime
    read: bool
    job_id: int | None  # おすすめ求人: the posting to open
    job_number: str | None
    job_label: str | None  # 職種（事業所名）
    job_closed: bool
    direct_request_id: int | None = None  # a 直接リクエスト: answer it with answer_direct_request


@dataclass(frozen=True)
class NoticePage:
    notices: tuple[NoticeInfo, ...]  # newest first
    has_more: bool  # ask again with before_id = the last notice_id


@dataclass(frozen=True)
class UnreadCounts:
    messages: int
    notices: int


@dataclass(frozen=True)
class UpcomingInterview:
    application_id: int
    company_name: str
    occupation: str
    interview_at: datetime
    place: str


@dataclass(frozen=True)
class SavedSearchNews:
    saved_id: int
    name: str
    new_postings: int


@dataclass(frozen=True)
class Dashboard:
    """ホーム: validity, unread counts, new postings for saved conditions, upcoming interviews."""

    registration: RegistrationInfo
    unread: UnreadCounts
    saved_searches: tuple[SavedSearchNews, ...]
    upcoming_interviews: tuple[UpcomingInterview, ...]  # soonest first
    days_left: int  # until 有効期限 (negative once past)


# Staff / import side --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferralIssued:
    referral_id: int
    referral_number: str
    application_id: int
    application_number: str
    valid_until: date
    extended: bool


@dataclass(frozen=True)
class NoticeSent:
    notice_id: int
    kind: str


@dataclass(frozen=True)
class StatusRecorded:
    application_id: int
    application_number: str
    status: str


@dataclass(frozen=True)
class EventProblem:
    index: int  # position in the file's event array, from 0
    event_id: str | None
    code: str
    params: dict[str, str | int]


@dataclass(frozen=True)
class EmployerEventReport:
    total: int
    applied: int
    already_imported: int
    problems: tuple[EventProblem, ...]
