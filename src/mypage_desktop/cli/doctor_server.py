"""``mypage-admin doctor`` on an office PC (``server_url`` set): this PC's enrolment files,
its certificate (issued by the office CA, not expired) and the office server (TLS with the
PC's certificate, ``/healthz``, ``/api/v1/info`` with the device token)."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from mypage_desktop.cli.findings import Finding
from mypage_desktop.config import ConfigError, Settings

if TYPE_CHECKING:
    from mypage_desktop.facade.remote.transport import Transport

ENROL = ("この PC で `mypage-admin device enrol --server URL --kind … --name … --ca office-ca.pem` を実行し、"
         "管理者の承認を受けてください")
RENEW_BEFORE = dt.timedelta(days=30)
FILES = ("server_ca_file", "device_cert_file", "device_key_file", "device_token_file")


def check_enrolment(settings: Settings) -> Finding:
    missing = [f"{name}（{getattr(settings, name)}）" for name in FILES if not Path(getattr(settings, name)).is_file()]
    if missing:
        return Finding("端末の登録", False, "登録のファイルがありません: " + "、".join(missing), ENROL)
    return Finding("端末の登録", True, "証明書・鍵・端末トークンがあります")


def _common_name(name: object) -> str:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    assert isinstance(name, x509.Name)
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else name.rfc4514_string()


def check_certificate(ca_pem: bytes, cert_pem: bytes, now: dt.datetime | None = None) -> Finding:
    """This PC's certificate: issued (and signed) by the office CA, valid now and for a while."""
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature

    from mypage_desktop.domain.timefmt import JST

    topic = "端末証明書"
    now = now or dt.datetime.now(dt.UTC)
    try:
        ca = x509.load_pem_x509_certificate(ca_pem)
        cert = x509.load_pem_x509_certificate(cert_pem)
    except ValueError:
        return Finding(topic, False, "証明書のファイルを読めません（PEM ではありません）", ENROL)
    expires = cert.not_valid_after_utc
    described = (f"{_common_name(cert.subject)}、発行者 {_common_name(cert.issuer)}、"
                 f"有効期限 {expires.astimezone(JST):%Y年%m月%d日}")
    try:
        cert.verify_directly_issued_by(ca)
    except (ValueError, TypeError, InvalidSignature):
        return Finding(topic, False, f"事業所の認証局（{_common_name(ca.subject)}）が発行した証明書ではありません"
                       f"（{described}）",
                       "server_ca_file が事業所の認証局の証明書か確認し、端末を登録し直してください")
    if expires <= now:
        return Finding(topic, False, f"期限が切れています（{described}）", ENROL)
    if expires - now < RENEW_BEFORE:
        return Finding(topic, False, f"まもなく期限が切れます（{described}）", "期限までに端末を登録し直してください")
    return Finding(topic, True, described)


def check_server(settings: Settings, transport: Transport | None = None) -> Finding:
    """``transport``: tests pass one to the in-process server; otherwise the PC's own, as the
    app makes it."""
    from mypage_desktop.domain.errors import DeviceRefused, ServiceUnavailable
    from mypage_desktop.facade.remote.client import RemoteConnection, make_transport
    from mypage_desktop.facade.remote.transport import Unreachable

    topic = "オフィスサーバー"
    try:
        token = Path(settings.device_token_file).read_text(encoding="ascii").strip()
        transport = transport or make_transport(settings)
    except (OSError, UnicodeDecodeError, ConfigError, ValueError):
        return Finding(topic, False, "端末の登録がないため接続を確認できません", ENROL)
    try:
        try:
            health = transport.request("GET", "/healthz", None, {})
        except Unreachable as exc:
            return _unreachable(settings, exc)
        if health.status != 200:
            return Finding(topic, False, f"/healthz が {health.status} を返しました",
                           "サーバーのログと `mypage-server check` を確認してください")
        try:
            info = RemoteConnection(transport, token).server_info()
        except DeviceRefused:
            return Finding(topic, False, "サーバーがこの端末を受け付けません（登録が取り消されたか、無効です）", ENROL)
        except ServiceUnavailable:
            return Finding(topic, False, "サーバーが端末の情報に答えません",
                           "サーバーのログと `mypage-server check` を確認してください")
    finally:
        transport.close()
    return Finding(topic, True, f"{settings.server_url} に接続できます。この PC: 端末ID {info.device_uid}"
                   f"（{info.device_kind}、{info.device_name}）、事業所 {info.office_name}")


def _tcp_reachable(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "", parts.port or 443), timeout=5):
            return True
    except OSError:
        return False


def _unreachable(settings: Settings, exc: Exception) -> Finding:
    """The TCP connection tells the two causes apart: a server that is not there, or a TLS
    handshake refused (with TLS 1.3 a refused client certificate shows only as a broken read).
    ``exc``'s message names the kind of failure (e.g. ConnectionRefusedError)."""
    if _tcp_reachable(settings.server_url):
        advice = ("TLS の接続が拒否されました。サーバーの証明書が事業所の認証局のものか、この PC の証明書"
                  "（device_cert_file）が有効で同じ認証局のものかを確認してください")
    else:
        advice = "server_url、ネットワーク、サーバーで `mypage-server run` が動いているかを確認してください"
    return Finding("オフィスサーバー", False, f"{settings.server_url} に接続できません（{exc}）", advice)


def server_findings(settings: Settings) -> list[Finding]:
    enrolment = check_enrolment(settings)
    if not enrolment.ok:
        return [enrolment]
    certificate = check_certificate(Path(settings.server_ca_file).read_bytes(),
                                    Path(settings.device_cert_file).read_bytes())
    return [enrolment, certificate, check_server(settings)]
