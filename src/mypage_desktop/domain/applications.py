"""応募履歴: application statuses, who may move an application from which status to which,
and the text rules for messages and notes (docs/product-rules.md §referrals-applications, §messages;
docs/security.md I2)."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from enum import StrEnum

from mypage_desktop.domain.errors import FieldError
from mypage_desktop.domain.text import UNICODE_LINE_SEPARATORS, unify_line_breaks
from mypage_desktop.domain.timefmt import JST, format_date
from mypage_desktop.domain.translatable import N_


class ApplicationStatus(StrEnum):
    APPLIED = N_("応募済")
    SCREENING = N_("書類選考中")
    INTERVIEW = N_("面接予定")
    SELECTION = N_("選考中")
    HIRED = N_("採用")
    REJECTED = N_("不採用")
    WITHDRAWN = N_("辞退")
    CANCELLED = N_("取消")


class ApplicationSource(StrEnum):
    REFERRAL = N_("紹介")
    ONLINE = N_("オンライン自主応募")


class Actor(StrEnum):
    """Who recorded a status change (shown in the history)."""

    SEEKER = "seeker"
    STAFF = "staff"
    EMPLOYER = "employer"
    SYSTEM = "system"


ACTOR_LABELS = {
    Actor.SEEKER: N_("ご本人"),
    Actor.STAFF: N_("ハローワーク"),
    Actor.EMPLOYER: N_("事業所"),
    Actor.SYSTEM: N_("ハローワーク"),
}

S = ApplicationStatus
FINAL = frozenset({S.HIRED, S.REJECTED, S.WITHDRAWN, S.CANCELLED})
_IN_PROGRESS_END = frozenset({S.HIRED, S.REJECTED, S.WITHDRAWN, S.CANCELLED})

# Staff and employers: which status may follow which. 面接予定→面接予定 is a rescheduled or a
# further interview; 選考中→面接予定 a second interview. 採用 may still become 辞退 (内定辞退)
# or 取消 (採用取消); 不採用, 辞退 and 取消 are the end. Nothing goes back to an earlier stage
# (e.g. 採用→書類選考中 or 面接予定→応募済).
TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    S.APPLIED: frozenset({S.SCREENING, S.INTERVIEW, S.SELECTION}) | _IN_PROGRESS_END,
    S.SCREENING: frozenset({S.INTERVIEW, S.SELECTION}) | _IN_PROGRESS_END,
    S.INTERVIEW: frozenset({S.INTERVIEW, S.SELECTION}) | _IN_PROGRESS_END,
    S.SELECTION: frozenset({S.INTERVIEW}) | _IN_PROGRESS_END,
    S.HIRED: frozenset({S.WITHDRAWN, S.CANCELLED}),
    S.REJECTED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.CANCELLED: frozenset(),
}

TRANSITION_REFUSED = "application.transition_refused"
NOT_WITHDRAWABLE = "application.not_withdrawable"
UNKNOWN_STATUS = "application.unknown_status"
INTERVIEW_REQUIRED = "application.interview_required"


INTERVIEW_OUT_OF_RANGE = "application.interview_out_of_range"
EVENT_TIME_OUT_OF_RANGE = "application.event_time_out_of_range"

# Dates far from today are typos or placeholders (9999-12-31): refused when recorded, since
# one near the calendar's end cannot even be shown in JST or written to a .ics file. An
# interview lies within a year of the day it is recorded (either way: staff may record one
# afterwards); when a status change or message happened lies in the last five years, up to a
# week ahead (employer systems date some changes to the next business day).
INTERVIEW_WINDOW = timedelta(days=366)
EVENT_PAST, EVENT_AHEAD = timedelta(days=5 * 366), timedelta(days=7)


def _out_of_range(field: str, code: str, moment: datetime, earliest: datetime, latest: datetime) -> FieldError | None:
    if earliest <= moment <= latest:
        return None
    return FieldError(field, code, {"earliest": format_date(earliest.astimezone(JST).date()),
                                    "latest": format_date(latest.astimezone(JST).date())})


def interview_time_error(interview_at: datetime, now: datetime) -> FieldError | None:
    """None when the interview lies within :data:`INTERVIEW_WINDOW` of ``now``."""
    return _out_of_range("interview_at", INTERVIEW_OUT_OF_RANGE, interview_at, now - INTERVIEW_WINDOW,
                         now + INTERVIEW_WINDOW)


def event_time_error(at: datetime, now: datetime) -> FieldError | None:
    """None when a reported moment (``at``) lies between five years ago and a week ahead."""
    return _out_of_range("at", EVENT_TIME_OUT_OF_RANGE, at, now - EVENT_PAST, now + EVENT_AHEAD)


def parse_status(raw: str) -> ApplicationStatus | None:
    try:
        return ApplicationStatus(raw.strip())
    except ValueError:
        return None


def withdrawable(current: ApplicationStatus) -> bool:
    """The seeker's own 辞退 button: only while the application is still in progress."""
    return current not in FINAL


def transition_error(current: ApplicationStatus, target: ApplicationStatus, actor: Actor) -> FieldError | None:
    """None when ``actor`` may move an application from ``current`` to ``target``."""
    if actor is Actor.SEEKER:
        if target is not S.WITHDRAWN:
            return FieldError("status", TRANSITION_REFUSED, {"current": current.value, "target": target.value})
        if not withdrawable(current):
            return FieldError("status", NOT_WITHDRAWABLE, {"status": current.value})
        return None
    if target not in TRANSITIONS[current]:
        return FieldError("status", TRANSITION_REFUSED, {"current": current.value, "target": target.value})
    return None


# Text rules ---------------------------------------------------------------------------------

MESSAGE_MAX = 2000  # docs/security.md I2
NOTE_MAX = 500
PLACE_MAX = 200
NOTICE_TITLE_MAX = 100
NOTICE_BODY_MAX = 2000

# Bidirectional overrides and isolates can make text read differently from what it is
# ("Trojan Source"); other format characters (ZWJ in emoji, variation selectors) are fine.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def normalize_newlines(text: str) -> str:
    return unify_line_breaks(text)


def has_forbidden_controls(text: str, *, allow_newline: bool) -> bool:
    """C0/C1 control characters (NUL, TAB, ESC, …), bidi overrides and the Unicode line and
    paragraph separators; newline (LF) only where multi-line text is expected."""
    for ch in text:
        if ch == "\n" and allow_newline:
            continue
        if unicodedata.category(ch) in ("Cc", *UNICODE_LINE_SEPARATORS):
            return True
    return bool(_BIDI_CONTROLS.search(text))


REFERRAL_NOTE_MAX = 200  # 備考 printed on the 紹介状 (a few lines)


def referral_note_errors(raw: str) -> tuple[str, list[FieldError]]:
    """The staff's 備考 for a 紹介状: optional, up to 200 characters, line breaks allowed."""
    return text_errors("note", raw, max_length=REFERRAL_NOTE_MAX, code_prefix="referral.note_", required=False)


def text_errors(field: str, raw: str, *, max_length: int, code_prefix: str, required: bool = True,
                multiline: bool = True) -> tuple[str, list[FieldError]]:
    """Normalises line ends (CRLF/CR → LF) and checks: not empty (blank counts as empty), at
    most ``max_length`` characters, no control characters (except newlines when ``multiline``).
    The codes are ``code_prefix`` + ``empty`` / ``too_long`` / ``control_chars``. Returns the
    text to store (as typed otherwise) and the problems."""
    text = normalize_newlines(raw)
    if not text.strip():
        return text, [FieldError(field, f"{code_prefix}empty")] if required else []
    if len(text) > max_length:
        return text, [FieldError(field, f"{code_prefix}too_long", {"max": max_length, "length": len(text)})]
    if has_forbidden_controls(text, allow_newline=multiline):
        return text, [FieldError(field, f"{code_prefix}control_chars")]
    return text, []


def message_errors(raw: str) -> tuple[str, list[FieldError]]:
    """A message to or from an employer: 1–2000 characters, newlines allowed."""
    return text_errors("body", raw, max_length=MESSAGE_MAX, code_prefix="message.")
