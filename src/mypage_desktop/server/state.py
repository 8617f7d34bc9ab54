"""What one server worker process holds: the engine (the only place the database credential
is used), the service context, the bounded hasher, the office CA's signer and the mail worker.

The server never migrates: it checks the schema at start and refuses with the command to run
(docs/office-server.md). Mail leaves from here, never from a PC: each worker process runs an
outbox worker, and the outbox's per-row claim (a lease) makes sure each mail is sent by one of
them only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text

from mypage_desktop.config import ConfigError, Settings
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import require_current_schema
from mypage_desktop.domain.caller import STAFF, Caller
from mypage_desktop.facade.local import build_context
from mypage_desktop.mail.transport import transport_from_settings
from mypage_desktop.mail.worker import OutboxWorker
from mypage_desktop.services.context import Clock, ServiceContext, database_clock, system_clock
from mypage_desktop.services.hashing import BoundedHasher, Hasher

log = logging.getLogger(__name__)
SERVER_CALLER = Caller("server", STAFF)  # the server itself (start-up work, the operator's CLI)
THREADS_PER_WORKER = 32  # calls served at once by one worker process (its database pool matches)


@dataclass
class ServerState:
    engine: Engine
    context: ServiceContext
    mail_worker: OutboxWorker | None

    def readiness_problem(self) -> str:
        """"" when the database answers and its schema is the one this code expects."""
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            require_current_schema(self.engine)
        except Exception as exc:  # any reason not to send traffic here
            return type(exc).__name__
        return ""

    def close(self) -> None:
        if self.mail_worker is not None:
            self.mail_worker.stop()
        self.engine.dispose()


def _signer(settings: Settings) -> tuple[bytes, bytes] | None:
    if not settings.server_ca_key_file:
        return None
    try:
        return Path(settings.server_ca_file).read_bytes(), Path(settings.server_ca_key_file).read_bytes()
    except OSError as exc:
        raise ConfigError(f"server_ca_key_file / server_ca_file を読めません（{type(exc).__name__}）") from None


def open_server_state(settings: Settings, *, clock: Clock = system_clock, hasher: Hasher | None = None,
                      start_mail_worker: bool = True) -> ServerState:
    engine = create_db_engine(settings.database_url, pool_size=THREADS_PER_WORKER, max_overflow=4,
                              pool_timeout=30)
    require_current_schema(engine)
    if clock is system_clock and engine.dialect.name == "postgresql":
        from mypage_desktop.db.engine import make_session_factory

        clock = database_clock(make_session_factory(engine))
    hasher = hasher or BoundedHasher(settings.argon2_time_cost, settings.argon2_memory_kib,
                                     settings.argon2_parallelism, workers=settings.server_hash_workers,
                                     queue=settings.server_hash_queue)
    ctx = build_context(settings, engine, clock, hasher, caller=SERVER_CALLER)
    ca = _signer(settings)
    if ca is not None:
        from mypage_desktop.pki import sign_device_request

        ca_cert, ca_key = ca
        ctx.device_signer = lambda csr, uid: sign_device_request(ca_cert, ca_key, csr, uid)
    worker = None
    if start_mail_worker:
        worker = OutboxWorker(ctx.session_factory, transport_from_settings(settings), settings.mail_sender, clock)
        ctx.mail_queued = worker.wake
        worker.start()
    return ServerState(engine, ctx, worker)
