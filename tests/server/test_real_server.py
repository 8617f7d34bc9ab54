"""The real server lane (issue 10): ``mypage-server run`` with two worker processes on
127.0.0.1, TLS with client certificates from a test office CA, PostgreSQL with the owner and
the server's own least-privilege role. One server start for the whole lane (it is slow)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mypage_desktop import pki
from mypage_desktop.cli import device_commands
from mypage_desktop.config import Paths, Settings, load_settings
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import upgrade
from mypage_desktop.db.roles import grant_server_role
from mypage_desktop.demo.seed import seed_demo
from mypage_desktop.domain.caller import KIOSK
from mypage_desktop.domain.errors import DeviceRefused
from mypage_desktop.domain.jobs import JobConditions, SortOrder
from mypage_desktop.facade.local.backend import build_context
from mypage_desktop.facade.remote.client import open_remote_backend
from mypage_desktop.services.hashing import Hasher
from mypage_desktop.services.jobs.index_writer import upsert_postings
from mypage_desktop.services.staff import devices
from services.helpers import DEMO_EMAIL, GOOD_PASSWORD, open_account
from services.job_fixtures import FIXTURES

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
LIGHT_ARGON2 = {"MYPAGE_ARGON2_TIME_COST": "2", "MYPAGE_ARGON2_MEMORY_KIB": "19456", "MYPAGE_ARGON2_PARALLELISM": "1"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def url_as(pg_url: str, role: str) -> str:
    return make_url(pg_url).set(username=role).render_as_string(hide_password=False)


def office_database(pg_url: str, make_role: Callable[..., str]) -> tuple[str, str]:
    """(owner URL, server URL): the owner migrates and grants; the server gets data access only."""
    owner_role = make_role("LOGIN", prefix="mypage_own")
    superuser = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with superuser.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{make_url(pg_url).database}" OWNER TO "{owner_role}"'))
    superuser.dispose()
    server_role = make_role("LOGIN")
    owner = create_db_engine(url_as(pg_url, owner_role))
    upgrade(owner)
    grant_server_role(owner, server_role)
    owner.dispose()
    return url_as(pg_url, owner_role), url_as(pg_url, server_role)


def expired_client(ca_cert: bytes, ca_key: bytes, folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    ca = x509.load_pem_x509_certificate(ca_cert)
    signer = serialization.load_pem_private_key(ca_key, password=None)
    assert isinstance(signer, ec.EllipticCurvePrivateKey)
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "old")]))
            .issuer_name(ca.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=30)).not_valid_after(now - dt.timedelta(days=1))
            .sign(signer, hashes.SHA256()))
    cert_file, key_file = folder / "expired.pem", folder / "expired-key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


def refused_with(base: str, context: ssl.SSLContext) -> bool:
    """True when the TLS connection (or the first request on it) is refused."""
    try:
        with httpx.Client(base_url=base, verify=context, timeout=10) as client:
            client.get("/healthz")
    except httpx.HTTPError:
        return True
    return False


def wait_until(check: Callable[[], bool], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:  # type: ignore[no-redef]
    """One lane, not one per engine: the server is PostgreSQL only."""
    return dataclasses.replace(load_settings(env={}, paths=Paths(tmp_path / "cfg", tmp_path / "site",
                                                                 tmp_path / "data")), demo_mode=True)


def test_N1_N2_N3_an_enrolled_kiosk_works_and_strangers_are_refused(
    pg_url: str, make_role: Callable[..., str], tmp_path: Path, settings: Settings,
) -> None:
    owner_url, server_url = office_database(pg_url, make_role)
    ca_dir = tmp_path / "ca"
    ca_cert, ca_key = pki.create_ca("test office CA")
    server_cert, server_key = pki.issue_server_certificate(ca_cert, ca_key, ["127.0.0.1"])
    files = {"office-ca.pem": ca_cert, "office-ca-key.pem": ca_key, "server.pem": server_cert,
             "server-key.pem": server_key}
    for name, data in files.items():
        pki.write_private(ca_dir / name, data)

    # Seekers and postings, as the office's own tools would put them there (owner's role).
    owner_settings = dataclasses.replace(settings, database_url=owner_url)
    owner_engine = create_db_engine(owner_url)
    ctx = build_context(owner_settings, owner_engine, hasher=Hasher(2, 19456, 1))
    seed_demo(ctx)
    with ctx.session_factory.begin() as session:
        upsert_postings(session, FIXTURES, ctx.clock())
    open_account(ctx)

    port, enrol_port = free_port(), free_port()
    env = {**os.environ, **LIGHT_ARGON2, "MYPAGE_DATABASE_URL": server_url,
           "MYPAGE_SERVER_TLS_CERT_FILE": str(ca_dir / "server.pem"),
           "MYPAGE_SERVER_TLS_KEY_FILE": str(ca_dir / "server-key.pem"),
           "MYPAGE_SERVER_CA_FILE": str(ca_dir / "office-ca.pem"),
           "MYPAGE_SERVER_CA_KEY_FILE": str(ca_dir / "office-ca-key.pem"),
           "MYPAGE_SERVER_HOST": "127.0.0.1", "MYPAGE_SERVER_PORT": str(port),
           "MYPAGE_SERVER_ENROL_PORT": str(enrol_port), "MYPAGE_MAIL_FOLDER": str(tmp_path / "mail"),
           "MYPAGE_SERVER_LOG_DIR": str(tmp_path / "server-logs")}
    server = subprocess.Popen([sys.executable, "-m", "mypage_desktop.server.main", "run", "--workers", "2"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        trust_only = pki.client_ssl_context(ca_dir / "office-ca.pem")
        enrol_base = f"https://127.0.0.1:{enrol_port}"
        wait_until(lambda: not refused_with(enrol_base, trust_only))

        # A new kiosk enrols through the real listener; the operator approves its code.
        pc_site = tmp_path / "pc-site"
        pc_settings = load_settings(env={"MYPAGE_SERVER_URL": f"https://127.0.0.1:{port}"},
                                    paths=Paths(tmp_path / "pc-cfg", pc_site, tmp_path / "pc-data"))
        codes: list[str] = []
        real_post = device_commands.EnrolmentClient(ca_dir / "office-ca.pem", enrol_base)

        def recording_post(path: str, body: dict[str, str]) -> bytes:
            answer = real_post(path, body)
            if path.endswith("/start"):
                codes.append(answer.decode().split('"user_code":"')[1].split('"')[0])
            return answer

        args = argparse.Namespace(server=pc_settings.server_url, enrol_url=enrol_base, kind=KIOSK, name="キオスク1",
                                  ca=str(ca_dir / "office-ca.pem"), wait=60)
        outcome: list[int] = []
        enrolling = threading.Thread(target=lambda: outcome.append(device_commands.enrol_device(
            pc_settings, args, post=recording_post, sleep=lambda _s: time.sleep(0.2))))
        enrolling.start()
        wait_until(lambda: bool(codes))
        signer_ctx = dataclasses.replace(ctx, device_signer=lambda csr, uid: pki.sign_device_request(
            ca_cert, ca_key, csr, uid))
        devices.approve_as_operator(signer_ctx, codes[0])
        enrolling.join(30)
        real_post.close()
        assert outcome == [0]
        assert oct(Path(pc_settings.device_key_file).stat().st_mode & 0o777) == "0o600"
        assert oct(Path(pc_settings.device_token_file).stat().st_mode & 0o777) == "0o600"

        # N1: nothing on the PC names the database or its credential.
        for path in [*pc_site.rglob("*"), *(tmp_path / "pc-cfg").rglob("*")]:
            if path.is_file():
                assert b"postgresql" not in path.read_bytes() and b"mypage_srv" not in path.read_bytes()

        # The kiosk logs in, searches, keeps a job and logs out over mutual TLS.
        wait_until(lambda: port_open(port))
        kiosk = open_remote_backend(pc_settings)
        assert kiosk.server_info.device_kind == KIOSK and kiosk.facade.app_info().kiosk_mode
        token = kiosk.facade.login(DEMO_EMAIL, GOOD_PASSWORD).token
        assert token
        page = kiosk.facade.search_jobs(token, JobConditions(free_words="介護"), SortOrder.NEWEST)
        assert "06010-00000002" in [r.job_number for r in page.rows]  # 介護職員（介護福祉士）
        assert kiosk.facade.set_job_kept(token, page.rows[0].job_id, True)
        assert [k.job.job_id for k in kiosk.facade.kept_jobs(token)] == [page.rows[0].job_id]
        kiosk.facade.logout(token)
        assert kiosk.facade.session_status(token).active is False

        # N2: the main port refuses a PC without a certificate, with a foreign CA's, with an
        # expired one; and the PC refuses a server its own CA did not sign.
        base = f"https://127.0.0.1:{port}"
        assert refused_with(base, trust_only)
        foreign_cert, foreign_key = pki.create_ca("someone else's CA")
        key_pem, csr_pem = pki.make_device_request("intruder")
        intruder_cert, _serial = pki.sign_device_request(foreign_cert, foreign_key, csr_pem.decode(), "intruder")
        (tmp_path / "intruder.pem").write_text(intruder_cert)
        pki.write_private(tmp_path / "intruder-key.pem", key_pem)
        assert refused_with(base, pki.client_ssl_context(ca_dir / "office-ca.pem", tmp_path / "intruder.pem",
                                                         tmp_path / "intruder-key.pem"))
        old_cert, old_key = expired_client(ca_cert, ca_key, tmp_path)
        assert refused_with(base, pki.client_ssl_context(ca_dir / "office-ca.pem", old_cert, old_key))
        (tmp_path / "other-ca.pem").write_bytes(foreign_cert)
        assert refused_with(base, pki.client_ssl_context(tmp_path / "other-ca.pem", Path(pc_settings.device_cert_file),
                                                         Path(pc_settings.device_key_file)))

        # N3: a revoked device is refused on its next call.
        devices.revoke(ctx, None, devices.list_devices(ctx, None)[0].device_id)
        with pytest.raises(DeviceRefused):
            kiosk.facade.login(DEMO_EMAIL, GOOD_PASSWORD)
        kiosk.close()
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            output, _ = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
        owner_engine.dispose()
    assert b"Traceback" not in output, output.decode(errors="replace")[-3000:]
    log_text = "".join(p.read_text() for p in (tmp_path / "server-logs").rglob("*.log"))
    assert "access request=" in log_text and DEMO_EMAIL not in log_text and GOOD_PASSWORD not in log_text
