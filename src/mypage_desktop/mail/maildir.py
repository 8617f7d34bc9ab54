"""Reading the local Maildir that :class:`~mypage_desktop.mail.transport.MaildirTransport`
writes: the demo mailbox window shows these mails (demo mode only)."""

from __future__ import annotations

import email.policy
import logging
import os
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from email.parser import BytesParser
from pathlib import Path

from mypage_desktop.domain.account_dto import DeliveredMail

log = logging.getLogger(__name__)

_PARSER = BytesParser(policy=email.policy.default)


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    # policy.default decodes RFC 2047 words (=?utf-8?b?…?=) into str.
    return "" if value is None else str(value)


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    content = part.get_content()  # decodes base64 / quoted-printable and the charset
    if isinstance(content, bytes):
        return content.decode("utf-8", errors="replace")
    return str(content).replace("\r\n", "\n")


def _entries(root: Path) -> list[tuple[str, Path]]:
    """(key, path) for every message file; the key is the unique name without the
    ``:2,FLAGS`` info suffix (``!`` on Windows, as :mod:`mailbox` writes it there)."""
    entries: list[tuple[str, Path]] = []
    for subdir in ("new", "cur"):
        try:
            names = os.listdir(root / subdir)
        except OSError:
            continue
        for name in names:
            if name.startswith("."):
                continue
            key = name.split(":", 1)[0].split("!", 1)[0]
            entries.append((key, root / subdir / name))
    return entries


def read_maildir(folder: str | os.PathLike[str]) -> list[DeliveredMail]:
    """Every mail in ``new/`` and ``cur/`` of a standard Maildir, newest first. A missing
    folder is an empty mailbox; a file that vanishes or cannot be parsed is skipped."""
    found: list[tuple[datetime, str, DeliveredMail]] = []
    for key, path in _entries(Path(folder)):
        try:
            data = path.read_bytes()
            received = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            continue  # moved from new/ to cur/ or deleted meanwhile
        try:
            message = _PARSER.parsebytes(data)
            assert isinstance(message, EmailMessage)
            mail = DeliveredMail(
                mail_id=key,
                recipient=_header(message, "To"),
                sender=_header(message, "From"),
                subject=_header(message, "Subject"),
                body=_body(message),
                received_at=received,
            )
        except Exception as exc:  # a broken file must not break the mailbox window
            log.warning("skipping unreadable mail file (%s)", type(exc).__name__)
            continue
        found.append((received, key, mail))
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [mail for _received, _key, mail in found]
