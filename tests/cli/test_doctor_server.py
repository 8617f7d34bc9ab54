"""``mypage-admin doctor`` on an office PC (issue 16): this PC's certificate (issued by the
office CA, expiry) and the office server (reachable with TLS, knows this PC's token)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from mypage_desktop import pki
from mypage_desktop.cli.doctor_server import check_certificate, check_server, server_findings
from mypage_desktop.config import Settings
from mypage_desktop.domain.caller import KIOSK
from mypage_desktop.server.app import create_app
from mypage_desktop.server.state import ServerState
from mypage_desktop.services.context import ServiceContext
from server_helpers import HttpxTransport, enrol, give_ca


@pytest.fixture(scope="module")
def office_ca() -> tuple[bytes, bytes]:
    return pki.create_ca("mypage doctor office CA")


def device_cert(ca: tuple[bytes, bytes], days: int = pki.DEVICE_DAYS, uid: str = "dev-kiosk-1") -> tuple[bytes, bytes]:
    key_pem, csr_pem = pki.make_device_request("new-pc")
    cert_pem, _serial = pki.sign_device_request(ca[0], ca[1], csr_pem.decode(), uid, days=days)
    return cert_pem.encode("ascii"), key_pem


def pc_settings(settings: Settings, tmp_path: Path, ca: tuple[bytes, bytes], token: str, url: str) -> Settings:
    tmp_path.mkdir(parents=True, exist_ok=True)
    cert, key = device_cert(ca)
    files = {"server_ca_file": ca[0], "device_cert_file": cert, "device_key_file": key,
             "device_token_file": token.encode("ascii")}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return dataclasses.replace(settings, server_url=url, **{name: str(tmp_path / name) for name in files})


def test_certificate_of_the_office_ca_is_ok_with_issuer_and_expiry(office_ca: tuple[bytes, bytes]) -> None:
    cert, _key = device_cert(office_ca)
    finding = check_certificate(office_ca[0], cert)
    expected = (dt.datetime.now(dt.UTC) + dt.timedelta(days=pki.DEVICE_DAYS)).astimezone(
        dt.timezone(dt.timedelta(hours=9)))
    assert finding.ok
    assert finding.text.startswith("dev-kiosk-1、発行者 mypage doctor office CA、有効期限 ")
    assert f"{expected:%Y年%m月}" in finding.text


def test_certificate_of_another_ca_is_ng(office_ca: tuple[bytes, bytes]) -> None:
    other = pki.create_ca("someone else's CA")
    cert, _key = device_cert(other)
    finding = check_certificate(office_ca[0], cert)
    assert not finding.ok and "事業所の認証局（mypage doctor office CA）が発行した証明書ではありません" in finding.text
    assert "server_ca_file" in finding.advice


def test_expired_and_nearly_expired_certificates_are_ng(office_ca: tuple[bytes, bytes]) -> None:
    soon, _key = device_cert(office_ca, days=10)
    nearly = check_certificate(office_ca[0], soon)
    assert not nearly.ok and nearly.text.startswith("まもなく期限が切れます")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=11)
    expired = check_certificate(office_ca[0], soon, now=later)
    assert not expired.ok and expired.text.startswith("期限が切れています") and "device enrol" in expired.advice
    garbage = check_certificate(office_ca[0], b"not a certificate")
    assert not garbage.ok and "PEM" in garbage.text


def test_server_answers_with_this_pcs_device_id_and_kind(ctx: ServiceContext, office_ca: tuple[bytes, bytes],
                                                          tmp_path: Path) -> None:
    give_ca(ctx, office_ca)
    uid, token = enrol(ctx, KIOSK, "キオスク1")
    settings = pc_settings(ctx.settings, tmp_path, office_ca, token, "https://office.test")
    engine = ctx.session_factory.kw["bind"]
    client = TestClient(create_app(ServerState(engine, ctx, None)), base_url="https://office.test")
    finding = check_server(settings, HttpxTransport(client))
    assert finding.ok, finding
    assert f"端末ID {uid}（kiosk、キオスク1）" in finding.text


def test_server_refusing_the_token_is_ng(ctx: ServiceContext, office_ca: tuple[bytes, bytes], tmp_path: Path) -> None:
    settings = pc_settings(ctx.settings, tmp_path, office_ca, "not-a-device-token", "https://office.test")
    engine = ctx.session_factory.kw["bind"]
    client = TestClient(create_app(ServerState(engine, ctx, None)), base_url="https://office.test")
    finding = check_server(settings, HttpxTransport(client))
    assert not finding.ok and "この端末を受け付けません" in finding.text and "device enrol" in finding.advice


def test_unreachable_server_is_ng_over_real_tls(settings: Settings, office_ca: tuple[bytes, bytes],
                                                tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    pc = pc_settings(settings, tmp_path, office_ca, "token", f"https://127.0.0.1:{port}")
    findings = server_findings(pc)
    assert [f.ok for f in findings] == [True, True, False]
    assert findings[2].text == f"https://127.0.0.1:{port} に接続できません（ConnectionRefusedError）"
    assert "mypage-server run" in findings[2].advice


@pytest.fixture
def tls_server(ctx: ServiceContext, office_ca: tuple[bytes, bytes], tmp_path: Path) -> Iterator[str]:
    """The real application over real mutual TLS (uvicorn in a thread, the office CA's server
    certificate, client certificates required), as `mypage-server run` serves it."""
    import ssl

    import uvicorn

    cert, key = pki.issue_server_certificate(office_ca[0], office_ca[1], ["127.0.0.1"])
    files = {"server.pem": cert, "server-key.pem": key, "ca.pem": office_ca[0]}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = ctx.session_factory.kw["bind"]
    config = uvicorn.Config(create_app(ServerState(engine, ctx, None)), host="127.0.0.1", port=port,
                            ssl_certfile=str(tmp_path / "server.pem"), ssl_keyfile=str(tmp_path / "server-key.pem"),
                            ssl_ca_certs=str(tmp_path / "ca.pem"), ssl_cert_reqs=ssl.CERT_REQUIRED,
                            log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"https://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=20)


def test_real_tls_with_this_pcs_certificate(ctx: ServiceContext, office_ca: tuple[bytes, bytes], tls_server: str,
                                            tmp_path: Path) -> None:
    give_ca(ctx, office_ca)
    uid, token = enrol(ctx, KIOSK, "キオスク2")
    pc = pc_settings(ctx.settings, tmp_path / "pc", office_ca, token, tls_server)
    findings = server_findings(pc)
    assert [f.ok for f in findings] == [True, True, True], findings
    assert f"端末ID {uid}（kiosk、キオスク2）" in findings[2].text


def test_real_tls_with_a_certificate_of_another_ca_is_ng(ctx: ServiceContext, office_ca: tuple[bytes, bytes],
                                                         tls_server: str, tmp_path: Path) -> None:
    give_ca(ctx, office_ca)
    _uid, token = enrol(ctx)
    pc = pc_settings(ctx.settings, tmp_path / "pc", office_ca, token, tls_server)
    other = pki.create_ca("someone else's CA")
    cert, key = device_cert(other)
    Path(pc.device_cert_file).write_bytes(cert)
    Path(pc.device_key_file).write_bytes(key)
    findings = server_findings(pc)
    assert not findings[1].ok  # the certificate check says so first
    assert not findings[2].ok and "に接続できません" in findings[2].text, findings[2]
    assert "証明書" in findings[2].advice
