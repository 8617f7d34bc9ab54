"""Factories uvicorn calls in each worker process: the state is opened there (an engine and
its pool per process) and closed when the worker stops."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette

from mypage_desktop.config import Paths, load_settings
from mypage_desktop.logs import setup_logging
from mypage_desktop.server.state import ServerState, open_server_state


def _open(*, mail: bool = True) -> ServerState:
    paths = Paths.from_environment(os.environ)
    settings = load_settings(paths=paths)
    setup_logging(Path(os.environ["MYPAGE_SERVER_LOG_DIR"]) if os.environ.get("MYPAGE_SERVER_LOG_DIR")
                  else paths.data_dir, settings.log_level)
    return open_server_state(settings, start_mail_worker=mail)


def _with_lifespan(app: Starlette, state: ServerState) -> Starlette:
    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        state.close()

    app.router.lifespan_context = lifespan
    return app


def api() -> Starlette:
    from mypage_desktop.server.app import create_app

    state = _open()
    return _with_lifespan(create_app(state), state)


def enrolment() -> Starlette:
    from mypage_desktop.server.enrol_app import create_enrol_app

    state = _open(mail=False)
    return _with_lifespan(create_enrol_app(state), state)
