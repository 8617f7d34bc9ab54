"""A real office server for the benchmarks (issue 10), set up as an office would and torn down
after: a fresh PostgreSQL database on 127.0.0.1:5432 (user postgres, trust) with an owner role
that migrates and a least-privilege server role, a test office CA with a server certificate for
127.0.0.1, ``mypage-server run --workers N`` (uvicorn, mutual TLS) with **production** argon2,
postings from ``job_generator.bulk_load``, seekers with opened My Pages and enrolled devices.

Set-up shortcuts, none of which touches what is measured:

- Seekers are registered and opened through the services with a cheap argon2 (t=1, 1 MiB),
  then every password hash is replaced by one hash made with the production parameters, so
  the server verifies each login at full cost (and never needs a rehash).
- Devices are enrolled through ``services.devices`` (start, operator approval, poll), not
  over the enrolment listener: the same rows and certificates, without the polling waits.

Traffic goes to 127.0.0.1 only. Everything made here (database, roles, files) is removed
by :meth:`Office.close`, also after a failure."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from _procs import cpu_seconds, process_tree

PG_HOST, PG_PORT = "127.0.0.1", 5432
PG_ADMIN_URL = f"postgresql+psycopg://postgres@{PG_HOST}:{PG_PORT}/postgres"
PASSWORD = "Mogami#River7"
EMAIL = "bench.seeker{:04d}@example.jp"


def postgres_reachable() -> bool:
    try:
        with socket.create_connection((PG_HOST, PG_PORT), timeout=1):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Device:
    uid: str
    folder: Path  # device.pem, device-key.pem, device-token (and the office CA beside them)

    def env(self, office: Office) -> dict[str, str]:
        """The ``MYPAGE_*`` settings of a PC enrolled as this device."""
        return {"MYPAGE_SERVER_URL": office.url, "MYPAGE_SERVER_CA_FILE": str(office.ca_file),
                "MYPAGE_DEVICE_CERT_FILE": str(self.folder / "device.pem"),
                "MYPAGE_DEVICE_KEY_FILE": str(self.folder / "device-key.pem"),
                "MYPAGE_DEVICE_TOKEN_FILE": str(self.folder / "device-token")}

    def settings(self, office: Office):  # type: ignore[no-untyped-def]
        from mypage_desktop.config import Paths, load_settings

        root = self.folder / "pc"
        return load_settings(env=self.env(office), paths=Paths(root / "cfg", root / "site", root / "data"))


class Office:
    """Use as a context manager; ``start_server()`` once the data is in."""

    def __init__(self, *, workers: int = 2, extra_env: dict[str, str] | None = None) -> None:
        from sqlalchemy import create_engine

        self.workers = workers
        self.extra_env = extra_env or {}
        self.root = Path(tempfile.mkdtemp(prefix="mypage-office-"))
        self.database = f"mypage_bench_{uuid.uuid4().hex[:10]}"
        self.owner_role = f"mypage_own_{uuid.uuid4().hex[:10]}"
        self.server_role = f"mypage_srv_{uuid.uuid4().hex[:10]}"
        self.port, self.enrol_port = free_port(), free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.ca_file = self.root / "ca" / "office-ca.pem"
        self.server: subprocess.Popen[bytes] | None = None
        self.server_output = self.root / "server-output.txt"
        self.log_dir = self.root / "server-logs"
        self._admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        self._devices = 0
        self._seekers = 0
        self._created = False

    # -- set-up ----------------------------------------------------------------------
    def __enter__(self) -> Office:
        # A SIGTERM (a timeout around the benchmark) ends it through ``close`` like Ctrl-C:
        # no server, database or role is left behind.
        signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(128 + signal.SIGTERM))
        try:
            self._create()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _url(self, role: str, database: str | None = None) -> str:
        return f"postgresql+psycopg://{role}@{PG_HOST}:{PG_PORT}/{database or self.database}"

    def _create(self) -> None:
        from sqlalchemy import text

        from mypage_desktop import pki
        from mypage_desktop.config import Paths, load_settings
        from mypage_desktop.db.engine import create_db_engine
        from mypage_desktop.db.migrate import upgrade
        from mypage_desktop.db.roles import grant_server_role
        from mypage_desktop.facade.local.backend import build_context
        from mypage_desktop.services.hashing import Hasher

        with self._admin.connect() as connection:
            connection.execute(text(f'CREATE ROLE "{self.owner_role}" LOGIN'))
            connection.execute(text(f'CREATE ROLE "{self.server_role}" LOGIN'))
            self._created = True
            connection.execute(text(f'CREATE DATABASE "{self.database}" OWNER "{self.owner_role}" TEMPLATE template0 '
                                    "ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8'"))
        self.owner_engine = create_db_engine(self._url(self.owner_role))
        upgrade(self.owner_engine)
        grant_server_role(self.owner_engine, self.server_role)

        ca_cert, ca_key = pki.create_ca("bench office CA")
        server_cert, server_key = pki.issue_server_certificate(ca_cert, ca_key, ["127.0.0.1"])
        for name, data in {"office-ca.pem": ca_cert, "office-ca-key.pem": ca_key, "server.pem": server_cert,
                           "server-key.pem": server_key}.items():
            pki.write_private(self.root / "ca" / name, data)
        paths = Paths(self.root / "owner-cfg", self.root / "owner-site", self.root / "owner-data")
        settings = dataclasses.replace(load_settings(env={}, paths=paths), database_url=self._url(self.owner_role),
                                       key_requests_per_terminal_per_hour=1_000_000)
        # The office's own tools (owner role): registering seekers, approving devices.
        self.ctx = build_context(settings, self.owner_engine, hasher=Hasher(1, 1024, 1))
        self.ctx.device_signer = lambda csr, uid: pki.sign_device_request(ca_cert, ca_key, csr, uid)

    def add_postings(self, count: int, seed: int = 1) -> float:
        """``count`` generated postings (continuing the serials); returns the seconds it took."""
        from mypage_desktop.demo.jobs import bulk_load

        today = datetime.now(UTC).date()
        return bulk_load(self.ctx.session_factory, count, seed, today).seconds

    def vacuum_analyze(self) -> None:
        """What autovacuum does within a minute of a big load: statistics for the planner and
        hint bits set, so the first searches are not the ones that pay for them."""
        from sqlalchemy import text

        with self.owner_engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))

    def add_seekers(self, count: int) -> list[str]:
        """Registers and opens ``count`` more seekers; all share :data:`PASSWORD`, stored as one
        production-strength hash. Returns their emails."""
        import re

        from sqlalchemy import delete, select, update

        from mypage_desktop.db.account_models import LoginAccount
        from mypage_desktop.db.mail_models import MailOutbox
        from mypage_desktop.domain import consent as versions
        from mypage_desktop.domain.account_dto import Consent
        from mypage_desktop.services.accounts import opening
        from mypage_desktop.services.accounts.seeker_registration import register_seeker
        from mypage_desktop.services.hashing import Hasher

        emails = []
        for index in range(self._seekers, self._seekers + count):
            email = EMAIL.format(index)
            birth = date(1970, 1, 1) + timedelta(days=37 * index)
            register_seeker(self.ctx, name="山形 太郎", name_kana="ヤマガタ タロウ", birthdate=birth,
                            applied_on=datetime.now(UTC).date() - timedelta(days=7), email=email)
            consent = Consent(versions.PRIVACY_POLICY_VERSION, versions.TERMS_OF_USE_VERSION, self.ctx.clock())
            opening.request_password_registration(self.ctx, email, str(birth.year), str(birth.month),
                                                       str(birth.day), consent)
            with self.ctx.session_factory() as session:
                body = session.scalars(select(MailOutbox.body).where(MailOutbox.recipient == email)
                                       .order_by(MailOutbox.id.desc())).first() or ""
            match = re.search(r"認証キー：(\d{4}) (\d{4})", body)
            if match is None:
                raise RuntimeError(f"no key mail for seeker {index}")
            opening.complete_password_registration(self.ctx, email, match.group(1) + match.group(2),
                                                        PASSWORD, PASSWORD)
            emails.append(email)
        self._seekers += count
        production = Hasher().hash(PASSWORD)  # Settings() defaults: t=3, 64 MiB, p=4
        with self.ctx.session_factory.begin() as session:
            session.execute(update(LoginAccount).where(LoginAccount.email.in_(emails))
                            .values(password_hash=production))
            session.execute(delete(MailOutbox))  # the key mails: nothing for the server to send
        return emails

    def enrol(self, count: int, kind: str) -> list[Device]:
        from mypage_desktop import pki
        from mypage_desktop.services.staff import devices

        made = []
        for _ in range(count):
            self._devices += 1
            key, csr = pki.make_device_request(f"bench-{self._devices}")
            started = devices.start_enrolment(self.ctx, csr.decode(), kind, f"ベンチ端末{self._devices}")
            devices.approve_as_operator(self.ctx, started.user_code)
            state = devices.poll_enrolment(self.ctx, started.poll_secret)
            folder = self.root / "devices" / f"{self._devices:04d}"
            pki.write_private(folder / "device-key.pem", key)
            pki.write_private(folder / "device.pem", state.certificate_pem.encode())
            pki.write_private(folder / "device-token", state.device_token.encode())
            made.append(Device(state.device_uid, folder))
        return made

    # -- the server ------------------------------------------------------------------
    def server_env(self) -> dict[str, str]:
        ca = self.root / "ca"
        env = {key: value for key, value in os.environ.items() if not key.startswith("MYPAGE_")}
        env.update({"MYPAGE_DATABASE_URL": self._url(self.server_role),
                    "MYPAGE_SERVER_TLS_CERT_FILE": str(ca / "server.pem"),
                    "MYPAGE_SERVER_TLS_KEY_FILE": str(ca / "server-key.pem"),
                    "MYPAGE_SERVER_CA_FILE": str(ca / "office-ca.pem"),
                    "MYPAGE_SERVER_CA_KEY_FILE": str(ca / "office-ca-key.pem"),
                    "MYPAGE_SERVER_HOST": "127.0.0.1", "MYPAGE_SERVER_PORT": str(self.port),
                    "MYPAGE_SERVER_ENROL_PORT": str(self.enrol_port),
                    "MYPAGE_MAIL_FOLDER": str(self.root / "mail"), "MYPAGE_SERVER_LOG_DIR": str(self.log_dir),
                    "MYPAGE_CONFIG_DIR": str(self.root / "server-cfg"),
                    "MYPAGE_SITE_CONFIG_DIR": str(self.root / "server-site"),
                    "MYPAGE_DATA_DIR": str(self.root / "server-data")})
        env.update(self.extra_env)
        return env

    def start_server(self, probe: Device, timeout: float = 90.0) -> None:
        """Starts ``mypage-server run`` and waits until ``probe`` gets an answer over mutual TLS."""
        from mypage_desktop.facade.remote.client import open_remote_backend

        with open(self.server_output, "ab") as output:
            self.server = subprocess.Popen(
                [sys.executable, "-m", "mypage_desktop.server.main", "run", "--workers", str(self.workers)],
                env=self.server_env(), stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        settings = probe.settings(self)
        while True:
            if self.server.poll() is not None:
                raise RuntimeError(f"the server stopped (exit {self.server.returncode}): {self.output_tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the server did not answer in {timeout:.0f} s: {self.output_tail()}")
            if self._port_open():
                try:
                    open_remote_backend(settings).close()
                    return
                except Exception:  # a worker still starting: try again
                    pass
            time.sleep(0.3)

    def _port_open(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False

    def output_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.server_output.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def server_pids(self) -> list[int]:
        return process_tree(self.server.pid) if self.server is not None else []

    def server_cpu_seconds(self) -> float:
        return sum(cpu_seconds(pid) for pid in self.server_pids())

    def access_ms(self) -> dict[str, list[float]]:
        """Server-side milliseconds per call, from the access log (its own clock)."""
        import json
        import re

        found: dict[str, list[float]] = {}
        pattern = re.compile(r"call=(\S+) status=(\d+) ms=([\d.]+)")
        for path in sorted(self.log_dir.rglob("*.log*")):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    message = json.loads(line).get("msg", "")
                except ValueError:
                    continue
                match = pattern.search(message)
                if match:
                    found.setdefault(match.group(1), []).append(float(match.group(3)))
        return found

    def clear_access_log(self) -> None:
        for path in self.log_dir.rglob("*.log*"):
            path.write_bytes(b"")  # the workers keep appending at the (new) end

    def stop_server(self) -> str:
        if self.server is None:
            return ""
        self.server.send_signal(signal.SIGTERM)
        try:
            self.server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            for pid in reversed(self.server_pids()):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            self.server.wait()
        self.server = None
        return self.output_tail(40)

    def close(self) -> None:
        from sqlalchemy import text

        try:
            self.stop_server()
        finally:
            engine = getattr(self, "owner_engine", None)
            if engine is not None:
                engine.dispose()
            if self._created:
                with self._admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)'))
                    for role in (self.server_role, self.owner_role):
                        connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
            self._admin.dispose()
            shutil.rmtree(self.root, ignore_errors=True)


@contextlib.contextmanager
def kiosk_office(postings: int = 3_000) -> Iterator[tuple[Office, Device, str]]:
    """A running office server with ``postings`` postings, one opened seeker and one enrolled
    kiosk: (office, the kiosk's device, the seeker's email; the password is :data:`PASSWORD`)."""
    from mypage_desktop.domain.caller import KIOSK

    with Office() as office:
        office.add_postings(postings)
        (email,) = office.add_seekers(1)
        device, probe = office.enrol(2, KIOSK)
        office.vacuum_analyze()
        office.start_server(probe)
        yield office, device, email
