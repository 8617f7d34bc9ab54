"""What one server worker process holds: the engine (the only place the database credential
is used), the service context, the bounded hasher, the office CA's signer and the mail worker.

The server never migrates: it checks the schema at start and refuses with the command to run
(docs/office-server.md). Mail leaves from here, never from a PC: one worker process at a time is
the sender (:class:`SenderElection`, a PostgreSQL session lock); if it dies, its connection and
lock go with it and another process takes over within ``ELECTION_SECONDS``. The outbox's per-row
claim (a lease) would keep a mail from going out twice even without the election.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from mypage_desktop.config import ConfigError, Settings
from mypage_desktop.db.engine import create_db_engine
from mypage_desktop.db.migrate import require_current_schema
from mypage_desktop.domain.caller import STAFF, Caller
from mypage_desktop.facade.local.backend import build_context
from mypage_desktop.mail.transport import transport_from_settings
from mypage_desktop.mail.worker import OutboxWorker
from mypage_desktop.pki import DeviceSigner, device_signer
from mypage_desktop.server.housekeeping import PURGE_INTERVAL_SECONDS, Housekeeping
from mypage_desktop.services.context import Clock, ServiceContext, database_clock, system_clock
from mypage_desktop.services.hashing import BoundedHasher, Hasher
from mypage_desktop.services.preregistration.seeker import purge_expired as purge_expired_preregistrations

log = logging.getLogger(__name__)
SENDER_LOCK = 0x6D797067  # "mypg": the advisory lock the mail sender holds
ELECTION_SECONDS = 15.0
SERVER_CALLER = Caller("server", STAFF)  # the server itself (start-up work, the operator's CLI)
THREADS_PER_WORKER = 32  # calls served at once by one worker process (its database pool matches)


class SenderElection:
    """Starts the mail worker in this process once it holds the sender lock (PostgreSQL), or
    at once (SQLite: one process). Tries again every ``ELECTION_SECONDS`` until it wins."""

    def __init__(self, engine: Engine, worker: OutboxWorker) -> None:
        self._engine = engine
        self._worker = worker
        self._stop = threading.Event()
        self._connection: Connection | None = None
        self.sending = False
        self._thread = threading.Thread(target=self._run, name="mail-sender-election", daemon=True)
        self._thread.start()

    def _try(self) -> bool:
        if self._engine.dialect.name != "postgresql":
            return True
        connection = self._engine.connect()
        won = bool(connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": SENDER_LOCK}).scalar())
        connection.commit()
        if won:
            self._connection = connection  # held open: the lock lives as long as it does
        else:
            connection.close()
        return won

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if self._try():
                    self.sending = True
                    self._worker.start()
                    return
            except Exception as exc:  # the database away for a moment: try again later
                log.warning("mail sender election failed (%s)", type(exc).__name__)
            self._stop.wait(ELECTION_SECONDS)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._worker.stop()
        if self._connection is not None:
            self._connection.close()


@dataclass
class ServerState:
    engine: Engine
    context: ServiceContext
    mail_sender: SenderElection | None
    housekeeping: Housekeeping | None = None

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
        if self.housekeeping is not None:
            self.housekeeping.stop()
        if self.mail_sender is not None:
            self.mail_sender.stop()
        self.engine.dispose()


def _signer(settings: Settings) -> DeviceSigner | None:
    if not settings.server_ca_key_file:
        return None
    try:
        return device_signer(Path(settings.server_ca_file), Path(settings.server_ca_key_file))
    except OSError as exc:
        raise ConfigError(f"server_ca_key_file / server_ca_file を読めません（{type(exc).__name__}）") from None


def open_server_state(settings: Settings, *, clock: Clock = system_clock, hasher: Hasher | None = None,
                      start_mail_worker: bool = True,
                      purge_interval: float = PURGE_INTERVAL_SECONDS) -> ServerState:
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
    ctx.device_signer = _signer(settings)
    purge_expired_preregistrations(ctx)  # docs/product-rules.md §preregistration
    sender = None
    if start_mail_worker:
        worker = OutboxWorker(ctx.session_factory, transport_from_settings(settings), settings.mail_sender, clock)
        ctx.mail_queued = worker.wake  # a no-op until this process is the sender
        sender = SenderElection(engine, worker)
    housekeeping = Housekeeping(lambda: purge_expired_preregistrations(ctx), purge_interval)
    housekeeping.start()
    return ServerState(engine, ctx, sender, housekeeping)
