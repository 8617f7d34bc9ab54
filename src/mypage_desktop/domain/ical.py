"""A minimal iCalendar (RFC 5545) writer for interview appointments: one VEVENT, times in
UTC, TEXT values escaped (§3.3.11), lines folded at 75 octets without splitting a UTF-8
character (§3.1), CRLF line ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

PRODID = "-//HelloWork MyPage Desktop//mypage-desktop//JA"
FOLD_OCTETS = 75


def escape_text(value: str) -> str:
    """TEXT escaping: backslash, semicolon, comma and newlines."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


class UnwritableTime(ValueError):
    """A time the calendar file cannot carry: naive, or so near the calendar's end (year
    9999) that its end or its UTC form does not exist."""


def utc_stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise UnwritableTime("naive datetime")
    try:
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    except OverflowError:
        raise UnwritableTime("time out of range") from None


def _end(start: datetime, duration: timedelta) -> datetime:
    try:
        return start + duration
    except OverflowError:
        raise UnwritableTime("end out of range") from None


def fold(line: str) -> list[str]:
    """Splits a content line into physical lines of at most 75 octets; continuation lines
    start with one space (which counts towards their 75)."""
    parts: list[str] = []
    current = ""
    size = 0
    limit = FOLD_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, FOLD_OCTETS
        current += ch
        size += width
    parts.append(current)
    return parts


def calendar_text(properties: list[tuple[str, str]]) -> str:
    lines: list[str] = []
    for name, value in properties:
        lines.extend(fold(f"{name}:{value}"))
    return "\r\n".join(lines) + "\r\n"


def interview_event(*, uid: str, stamp: datetime, start: datetime, summary: str, location: str,
                    description: str, duration: timedelta = timedelta(hours=1)) -> str:
    """A one-event calendar (METHOD:PUBLISH) for an interview appointment."""
    return calendar_text([
        ("BEGIN", "VCALENDAR"),
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("BEGIN", "VEVENT"),
        ("UID", escape_text(uid)),
        ("DTSTAMP", utc_stamp(stamp)),
        ("DTSTART", utc_stamp(start)),
        ("DTEND", utc_stamp(_end(start, duration))),
        ("SUMMARY", escape_text(summary)),
        ("LOCATION", escape_text(location)),
        ("DESCRIPTION", escape_text(description)),
        ("BEGIN", "VALARM"),
        ("ACTION", "DISPLAY"),
        ("DESCRIPTION", escape_text(summary)),
        ("TRIGGER", "-PT1H"),
        ("END", "VALARM"),
        ("END", "VEVENT"),
        ("END", "VCALENDAR"),
    ])
