"""Building messages, header-injection refusal, error classification, SMTP with STARTTLS."""

from __future__ import annotations

import shutil
import smtplib
import socket
import ssl
import subprocess
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from mail_helpers import RECIPIENT, SENDER, START, SUBJECT, SinkHandler, free_port

from mypage_desktop.config import ConfigError, Settings
from mypage_desktop.mail.transport import (
    HeaderInjectionError,
    MaildirTransport,
    MailTransport,
    PermanentMailError,
    SmtpTransport,
    TransientMailError,
    build_message,
    classify_smtp_error,
    transport_from_settings,
)

BODY = "求職者マイページのパスワード登録申込を受け付けました。\n認証キー：1234 5678\n"


def test_build_message_is_a_proper_japanese_mail() -> None:
    message = build_message(SENDER, RECIPIENT, SUBJECT, BODY, date=START, message_id="<a.1@example.jp>")
    raw = message.as_bytes()
    header_block = raw.split(b"\n\n", 1)[0]
    # Headers are pure ASCII: the subject travels as an RFC 2047 encoded word.
    header_block.decode("ascii")
    assert b"=?utf-8?" in header_block.lower()
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message["Content-Transfer-Encoding"] == "base64"
    assert message["MIME-Version"] == "1.0"
    assert message["Message-ID"] == "<a.1@example.jp>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert parsedate_to_datetime(str(message["Date"])) == START

    parsed = BytesParser(policy=default_policy).parsebytes(raw)
    assert str(parsed["Subject"]) == SUBJECT
    assert str(parsed["From"]) == SENDER
    assert str(parsed["To"]) == RECIPIENT
    assert isinstance(parsed, EmailMessage)
    assert parsed.get_content() == BODY


def test_build_message_makes_a_message_id_without_dns() -> None:
    message = build_message(SENDER, RECIPIENT, SUBJECT, BODY)
    assert str(message["Message-ID"]).endswith("@mail.hellowork.mhlw.go.jp>")
    assert message["Date"] is not None


@pytest.mark.parametrize(
    "field, value",
    [
        ("subject", "件名\r\nBcc: evil@example.com"),
        ("subject", "件名\nBcc: evil@example.com"),
        ("subject", "件名\rX: y"),
        ("subject", "件名\x00"),
        ("subject", "件名\tタブ"),
        ("subject", "件名\u2028改行"),
        ("subject", "件名\x85"),
        ("recipient", "taro@example.jp\r\nBcc: evil@example.com"),
        ("recipient", "taro@example.jp, evil@example.com"),
        ("recipient", "Evil <evil@example.com>"),
        ("recipient", "taro@example.jp\n"),
        ("recipient", "ｔaro@example.jp"),
        ("sender", "system@example.jp\r\nX-Injected: 1"),
    ],
)
def test_header_injection_is_refused(field: str, value: str) -> None:
    """docs/security.md I2 (control characters stop SMTP injection), P1 (the value is not echoed)."""
    values = {"sender": SENDER, "recipient": RECIPIENT, "subject": SUBJECT}
    values[field] = value
    with pytest.raises(HeaderInjectionError) as caught:
        build_message(values["sender"], values["recipient"], values["subject"], BODY)
    assert "evil" not in str(caught.value) and "taro" not in str(caught.value)


def test_body_keeps_its_line_breaks_but_refuses_nul() -> None:
    message = build_message(SENDER, RECIPIENT, SUBJECT, "一行目\r\n二行目\n")
    assert message.get_content() == "一行目\n二行目\n"
    with pytest.raises(HeaderInjectionError):
        build_message(SENDER, RECIPIENT, SUBJECT, "a\x00b")


def test_naive_date_is_refused() -> None:
    with pytest.raises(ValueError):
        build_message(SENDER, RECIPIENT, SUBJECT, BODY, date=START.replace(tzinfo=None))


@pytest.mark.parametrize(
    "exc, kind, code",
    [
        (ConnectionRefusedError(111, "refused"), TransientMailError, "connection-refused"),
        (TimeoutError("timed out"), TransientMailError, "timeout"),
        (socket.gaierror(-2, "Name or service not known"), TransientMailError, "dns"),
        (smtplib.SMTPServerDisconnected("gone"), TransientMailError, "smtp-disconnected"),
        (smtplib.SMTPConnectError(421, b"busy"), TransientMailError, "smtp-421"),
        (
            smtplib.SMTPRecipientsRefused({RECIPIENT: (550, b"5.1.1 <taro.yamada@example.jp> unknown")}),
            PermanentMailError,
            "smtp-rcpt-550",
        ),
        (
            smtplib.SMTPRecipientsRefused({RECIPIENT: (450, b"4.2.0 mailbox busy")}),
            TransientMailError,
            "smtp-rcpt-450",
        ),
        (smtplib.SMTPDataError(554, b"rejected"), PermanentMailError, "smtp-data-554"),
        (smtplib.SMTPDataError(451, b"try later"), TransientMailError, "smtp-451"),
        (smtplib.SMTPSenderRefused(550, b"no", SENDER), TransientMailError, "smtp-sender-550"),
        (smtplib.SMTPAuthenticationError(535, b"bad credentials"), TransientMailError, "smtp-auth-535"),
        (smtplib.SMTPNotSupportedError("STARTTLS"), TransientMailError, "smtp-not-supported"),
        (ssl.SSLCertVerificationError("bad cert"), TransientMailError, "tls-verify"),
    ],
)
def test_errors_are_classified_with_short_codes(exc: BaseException, kind: type, code: str) -> None:
    """docs/security.md P1: the stored code never carries the server's text (it quotes addresses)."""
    error = classify_smtp_error(exc)
    assert type(error) is kind
    assert error.code == code
    assert "@" not in error.code


def test_smtp_to_a_closed_port_is_transient() -> None:
    transport = SmtpTransport("127.0.0.1", free_port(), False, "", "", 2.0)
    message = build_message(SENDER, RECIPIENT, SUBJECT, BODY)
    with pytest.raises(TransientMailError) as caught:
        transport.send(message)
    assert caught.value.code == "connection-refused"
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_smtp_password_needs_tls_except_on_loopback() -> None:
    """Credentials are not sent in clear text over the network."""
    with pytest.raises(ValueError):
        SmtpTransport("smtp.example.jp", 25, False, "user", "secret", 5.0)
    SmtpTransport("smtp.example.jp", 587, True, "user", "secret", 5.0)
    SmtpTransport("smtp.example.jp", 465, False, "user", "secret", 5.0)
    SmtpTransport("127.0.0.1", 25, False, "user", "secret", 5.0)
    assert "secret" not in repr(SmtpTransport("smtp.example.jp", 587, True, "user", "secret", 5.0))


def test_transport_from_settings(tmp_path: Path) -> None:
    folder = transport_from_settings(Settings(mail_transport="folder", mail_folder=str(tmp_path / "mb")))
    assert isinstance(folder, MaildirTransport)
    assert isinstance(folder, MailTransport)
    smtp = transport_from_settings(
        Settings(mail_transport="smtp", smtp_host="relay.example.jp", smtp_port=587, smtp_starttls=True)
    )
    assert isinstance(smtp, SmtpTransport)
    assert (smtp.host, smtp.port, smtp.starttls, smtp.timeout) == ("relay.example.jp", 587, True, 10.0)
    with pytest.raises(ConfigError):
        transport_from_settings(Settings(mail_transport="folder", mail_folder=""))
    with pytest.raises(ConfigError, match="smtp_starttls"):
        transport_from_settings(
            Settings(mail_transport="smtp", smtp_host="relay.example.jp", smtp_user="u", smtp_password="p")
        )


def _self_signed_cert(directory: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl command not available to make a test certificate")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def test_smtp_starttls_and_login(tmp_path: Path, smtp_server_factory: Any) -> None:
    """STARTTLS with a verified certificate, then AUTH; the server refuses AUTH without TLS."""
    cert, key = _self_signed_cert(tmp_path)
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        assert isinstance(data, LoginPassword)
        logins.append((data.login, data.password))
        ok = data.login == b"mailer" and data.password == b"pw-123"
        return AuthResult(success=ok, handled=False)

    handler = SinkHandler()
    server = smtp_server_factory(
        handler=handler,
        tls_context=server_context,
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
    )
    server.start()
    client_context = ssl.create_default_context(cafile=str(cert))
    transport = SmtpTransport("127.0.0.1", server.port, True, "mailer", "pw-123", 5.0, ssl_context=client_context)
    transport.send(build_message(SENDER, RECIPIENT, SUBJECT, BODY))
    assert logins == [(b"mailer", b"pw-123")]
    assert [str(m["Subject"]) for m in handler.parsed()] == [SUBJECT]

    wrong = SmtpTransport("127.0.0.1", server.port, True, "mailer", "wrong", 5.0, ssl_context=client_context)
    with pytest.raises(TransientMailError) as caught:
        wrong.send(build_message(SENDER, RECIPIENT, SUBJECT, BODY))
    assert caught.value.code == "smtp-auth-535"

    untrusted = SmtpTransport("127.0.0.1", server.port, True, "mailer", "pw-123", 5.0)
    with pytest.raises(TransientMailError) as caught:
        untrusted.send(build_message(SENDER, RECIPIENT, SUBJECT, BODY))
    assert caught.value.code == "tls-verify"
    assert len(handler.envelopes) == 1
