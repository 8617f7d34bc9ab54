"""The seeker-side activity calls (issue 5) in one place, for the façade: 求職者情報・求職状態,
紹介・紹介状, 応募履歴, メッセージ, お知らせ, ホーム. Each takes the session token first and is
scoped to that session's seeker (docs/security.md A2). Staff-side calls (issue_referral, record_status,
send_notice, renew_registration, employer events) are used by the CLI and, later, the staff
console."""

from __future__ import annotations

from mypage_desktop.services.accounts.seeker_status import registration_info, set_registration_status
from mypage_desktop.services.activity.applications import (
    application_detail,
    applications,
    interview_ics,
    online_application_check,
    withdraw_application,
)
from mypage_desktop.services.activity.dashboard import dashboard
from mypage_desktop.services.activity.employer_messages import send_message, thread
from mypage_desktop.services.activity.notices import mark_notice_read, notice, notices, unread_counts
from mypage_desktop.services.activity.online_application import apply_online
from mypage_desktop.services.activity.referrals import referral_detail, referral_letter, referrals

__all__ = [
    "application_detail", "applications", "apply_online", "dashboard", "interview_ics", "mark_notice_read",
    "notice", "notices", "online_application_check", "referral_detail", "referral_letter", "referrals",
    "registration_info", "send_message", "set_registration_status", "thread", "unread_counts",
    "withdraw_application",
]
