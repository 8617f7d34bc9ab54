"""Mail transports: a local Maildir folder (demo, counters without a relay) or SMTP.

Errors are classified so the outbox worker knows whether to retry:
:class:`TransientMailError` (server down, timeouts, 4xx, configuration problems that an
administrator can fix) keeps the mail queued; :class:`PermanentMailError` (5xx for this
recipient or this message) ends it. Each error carries a short ``code`` that is safe to store
and log: never the server's text, which often quotes the address (docs/security.md P1).
"""

from __future__ import annotations

import email.policy
import ipaddress
import mailbox
import os
import smtplib
import socket
import ssl
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Protocol, runtime_checkable

from mypage_desktop.config import ConfigError, Settings
from mypage_desktop.domain.email import email_errors
from mypage_desktop.domain.text import has_control_chars

# Besides C0/C1 controls (CR, LF, TAB, NUL…), the Unicode line and paragraph separators
# split lines for ``str.splitlines`` and some mail software, so they are refused as well.
_LINE_BREAKS = frozenset("\u2028\u2029")

# SMTP replies that are about our configuration, not about this one mail: retrying later
# (after an administrator fixes the setting) must not lose the queued mails.
_CONFIGURATION_CODES = frozenset({530, 534, 535, 538})


class MailError(Exception):
    """Delivery failed. ``code`` is short and free of personal data (stored in last_error)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class TransientMailError(MailError):
    """Try again later: the server is unreachable, busy (4xx) or misconfigured."""


class PermanentMailError(MailError):
    """Retrying will not help: the recipient or the message was refused (5xx)."""


class HeaderInjectionError(ValueError):
    """A header value contained CR, LF or another control character (docs/security.md I2)."""


@runtime_checkable
class MailTransport(Protocol):
    def send(self, message: EmailMessage) -> None:
        """Deliver ``message`` or raise :class:`TransientMailError` / :class:`PermanentMailError`."""


# --------------------------------------------------------------------------- messages


def _check_header(name: str, value: str) -> None:
    # The message names the header only, never the value (docs/security.md P1).
    if has_control_chars(value) or any(ch in _LINE_BREAKS for ch in value):
        raise HeaderInjectionError(f"{name} contains a line break or control character")


def _check_address(name: str, value: str) -> None:
    _check_header(name, value)
    # One plain addr-spec: no display names, no lists ("a@b.jp, evil@x.jp"), no brackets.
    # isascii() first: email_errors validates the NFKC form, and "ｔaro@…" would pass as "taro@…".
    if not value.isascii() or email_errors(value):
        raise HeaderInjectionError(f"{name} is not a single plain address")


def _domain_of(address: str) -> str:
    return address.rpartition("@")[2]


def build_message(
    sender: str,
    recipient: str,
    subject: str,
    body: str,
    *,
    date: datetime | None = None,
    message_id: str | None = None,
) -> EmailMessage:
    """A plain-text Japanese mail: UTF-8 body in base64 (safe through any relay, 8BITMIME or
    not), RFC 2047 encoded Subject, Date and Message-ID. Refuses CR/LF and other control
    characters in any header value (SMTP header injection), and anything but one plain
    address in From and To."""
    _check_address("sender", sender)
    _check_address("recipient", recipient)
    _check_header("subject", subject)
    if message_id is not None:
        _check_header("message_id", message_id)
    if "\x00" in body:
        raise HeaderInjectionError("body contains NUL")
    when = date if date is not None else datetime.now(UTC)
    if when.tzinfo is None:
        raise ValueError("naive datetime given as the mail date")

    message = EmailMessage(policy=email.policy.default)
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = format_datetime(when.astimezone(UTC))
    # make_msgid() without a domain asks DNS for the host name: slow on a kiosk off-line.
    message["Message-ID"] = message_id or make_msgid(domain=_domain_of(sender))
    # RFC 3834: an automatic notice; well-behaved auto-responders stay silent.
    message["Auto-Submitted"] = "auto-generated"
    # Normalise line ends so the base64 payload decodes to exactly what the template wrote.
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    message.set_content(text, subtype="plain", charset="utf-8", cte="base64")
    return message


# --------------------------------------------------------------------------- Maildir


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class MaildirTransport:
    """Delivers into a standard Maildir (``tmp/`` then an atomic move to ``new/``), readable
    by any mail client and by :func:`mypage_desktop.mail.maildir.read_maildir`. The folder is
    created 0700: the mails carry 認証キー."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        if not str(folder):
            raise ValueError("mail folder is not set")
        self.folder = Path(folder)

    def send(self, message: EmailMessage) -> None:
        data = message.as_bytes(policy=message.policy.clone(linesep="\n"))
        try:
            box = mailbox.Maildir(self.folder, factory=None, create=True)
            key = box.add(data)
            path = self.folder / "new" / key
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)  # the outbox marks the row sent right after this returns
            finally:
                os.close(fd)
            _fsync_dir(self.folder / "new")
        except OSError as exc:
            # Disk full, folder on an unplugged drive, permissions: fixable, so retry.
            raise TransientMailError(f"maildir-{type(exc).__name__}") from None


# --------------------------------------------------------------------------- SMTP


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def classify_smtp_error(exc: BaseException) -> MailError:
    """Map an smtplib / socket exception to a transient or permanent error with a safe code."""
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in exc.recipients.values()]
        code = max(codes) if codes else 550
        if 400 <= code < 500:
            return TransientMailError(f"smtp-rcpt-{code}")
        return PermanentMailError(f"smtp-rcpt-{code}")
    if isinstance(exc, smtplib.SMTPSenderRefused):
        # Our sender address is refused: a configuration problem that affects every mail.
        return TransientMailError(f"smtp-sender-{exc.smtp_code}")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return TransientMailError(f"smtp-auth-{exc.smtp_code}")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return TransientMailError("smtp-disconnected")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return TransientMailError("smtp-not-supported")
    if isinstance(exc, smtplib.SMTPResponseException):
        code = exc.smtp_code
        if code in _CONFIGURATION_CODES or not 500 <= code < 600:
            # 4xx, and odd codes (-1 for a garbled reply): try again.
            return TransientMailError(f"smtp-{code}")
        stage = "data" if isinstance(exc, smtplib.SMTPDataError) else "reply"
        return PermanentMailError(f"smtp-{stage}-{code}")
    if isinstance(exc, smtplib.SMTPException):
        return TransientMailError(f"smtp-{type(exc).__name__}")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return TransientMailError("tls-verify")
    if isinstance(exc, ssl.SSLError):
        return TransientMailError("tls-error")
    if isinstance(exc, TimeoutError | socket.timeout):
        return TransientMailError("timeout")
    if isinstance(exc, ConnectionRefusedError):
        return TransientMailError("connection-refused")
    if isinstance(exc, socket.gaierror):
        return TransientMailError("dns")
    if isinstance(exc, OSError):
        return TransientMailError(f"network-{type(exc).__name__}")
    return TransientMailError(f"error-{type(exc).__name__}")


class SmtpTransport:
    """One SMTP connection per mail (the outbox is small; a fresh connection recovers from
    everything). STARTTLS when asked (certificate and host name verified), implicit TLS on
    port 465, AUTH when a user is set. Passwords are sent only over TLS, except to a
    loopback relay."""

    def __init__(
        self,
        host: str,
        port: int,
        starttls: bool,
        user: str,
        password: str,
        timeout: float,
        *,
        implicit_tls: bool | None = None,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.starttls = starttls
        self.user = user
        self._password = password
        self.timeout = timeout
        self.implicit_tls = (port == 465) if implicit_tls is None else implicit_tls
        self._ssl_context = ssl_context
        # smtplib otherwise asks DNS for our FQDN on every connection (slow off-line).
        self.local_hostname = local_hostname or "localhost"
        if user and not (starttls or self.implicit_tls or _is_loopback(host)):
            raise ValueError("SMTP のユーザー認証には smtp_starttls（または 465 番ポート）が必要です")

    def __repr__(self) -> str:  # never shows the password
        return f"SmtpTransport(host={self.host!r}, port={self.port}, starttls={self.starttls})"

    def _context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _connect(self) -> smtplib.SMTP:
        if self.implicit_tls:
            return smtplib.SMTP_SSL(
                self.host,
                self.port,
                local_hostname=self.local_hostname,
                timeout=self.timeout,
                context=self._context(),
            )
        return smtplib.SMTP(self.host, self.port, local_hostname=self.local_hostname, timeout=self.timeout)

    def send(self, message: EmailMessage) -> None:
        try:
            smtp = self._connect()
        except Exception as exc:
            raise classify_smtp_error(exc) from None
        try:
            try:
                smtp.ehlo()
                if self.starttls and not self.implicit_tls:
                    smtp.starttls(context=self._context())
                    smtp.ehlo()
                if self.user:
                    smtp.login(self.user, self._password)
                refused = smtp.send_message(message)
            except Exception as exc:
                # ``from None``: smtplib's messages quote addresses; keep them out of tracebacks.
                raise classify_smtp_error(exc) from None
            if refused:  # only possible with several recipients; we send one
                codes = [code for code, _msg in refused.values()]
                raise PermanentMailError(f"smtp-rcpt-{max(codes)}")
        finally:
            # The server has accepted the mail once DATA succeeded: a failing QUIT must not
            # turn that into a retry (and a second copy).
            try:
                smtp.quit()
            except Exception:
                smtp.close()


# --------------------------------------------------------------------------- factory


def transport_from_settings(settings: Settings) -> MailTransport:
    """The transport the settings ask for: ``folder`` (Maildir) or ``smtp``. Raises
    :class:`~mypage_desktop.config.ConfigError` for a combination that cannot work."""
    try:
        if settings.mail_transport == "folder":
            if not settings.mail_folder:
                raise ValueError("mail_folder が設定されていません")
            return MaildirTransport(settings.mail_folder)
        if settings.mail_transport == "smtp":
            return SmtpTransport(
                settings.smtp_host,
                settings.smtp_port,
                settings.smtp_starttls,
                settings.smtp_user,
                settings.smtp_password,
                float(settings.smtp_timeout_seconds),
            )
        raise ValueError(f"mail_transport {settings.mail_transport!r} は使えません（folder か smtp）")
    except ValueError as exc:
        raise ConfigError(f"メール送信の設定に誤りがあります: {exc}") from None
