"""Hook for ``bench/stall.py`` (bench/README.md): the registration-and-login flow on the
running qasync loop, so the benchmark can measure how long the GUI thread ever stalls.

Production argon2 parameters (``Settings`` defaults), a throw-away demo back end (SQLite +
mail folder under ``MYPAGE_DATA_DIR`` when set, else the system temp directory). Every
blocking call goes through ``run_blocking`` exactly as the windows do; the login itself goes
through a real :class:`LoginWindow` (fields set, ``submit`` as the ログイン button does) and
the logout through :class:`SessionOwner`.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mypage_desktop.ui.session.tasks import run_blocking

# Imported on a worker thread by the flow itself: importing them on the GUI thread (PySide6's
# import hook reads each module's source) would be a stall the app never has, because the
# app imports them at start-up, before any window is interactive.
_MODULES = ("mypage_desktop.facade.local.backend", "mypage_desktop.domain.email",
            "mypage_desktop.ui.devtools.demo_flow", "mypage_desktop.ui.login.seeker_window",
            "mypage_desktop.ui.shell.main_window", "mypage_desktop.ui.session.idle_monitor",
            "mypage_desktop.ui.mypage.registration_page", "mypage_desktop.ui.session.owner",
            "mypage_desktop.ui.session.reasons")  # ⊇ the controller's SESSION_MODULES (a test checks)

# A PC on the office server never loads the local back end (SQLAlchemy, the services).
_REMOTE_MODULES = tuple(name for name in _MODULES if name != "mypage_desktop.facade.local.backend")
LOGIN_TIMEOUT_SECONDS = 30.0


def _import_modules(names: tuple[str, ...] = _MODULES) -> dict[str, Any]:
    """What the controller does off the GUI thread once the backend is open."""
    from mypage_desktop.ui.shell.qt_warmup import create_qt_enums

    modules = {name.rsplit(".", 1)[1]: importlib.import_module(name) for name in names}
    create_qt_enums()
    gc.freeze()  # as the app does after start-up (see ui/shell/backend_start.py)
    return modules


async def _login(window: Any, email: str, password: str) -> tuple[str, Any]:
    done: asyncio.Future[tuple[str, Any]] = asyncio.get_running_loop().create_future()

    def on_logged_in(token: str, profile: Any) -> None:
        if not done.done():
            done.set_result((token, profile))

    window.logged_in.connect(on_logged_in)
    window.email_edit.setText(email)
    window.password.edit.setText(password)
    task = window.submit()
    if task is None:
        raise RuntimeError("the login window refused to submit")
    await asyncio.wait_for(task, LOGIN_TIMEOUT_SECONDS)
    if not done.done():
        raise RuntimeError("demo login failed: " + window.error_label.text())
    return done.result()


async def _until(done: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)  # the page paints what arrived


async def _login_to_logout(m: dict[str, Any], facade: Any, info: Any, email: str, password: str,
                           step: Callable[[str], None], windows: list[Any]) -> None:
    """The part both flows share: the login window, the main window until ホーム has loaded,
    and the logout. Windows are appended to ``windows`` for the caller to close."""
    step("login window")
    login = m["seeker_window"].LoginWindow(info, facade)
    windows.append(login)
    login.show()
    await asyncio.sleep(0.05)
    step("login")
    token, profile = await _login(login, email, password)
    step("main window")
    owner = m["owner"].SessionOwner(facade)
    owner.begin(token, profile)
    from mypage_desktop.ui.shell.controller_base import put_away  # as the controller does

    put_away(login)
    main = m["main_window"].MainWindow(owner, facade, info)
    windows.append(main)
    main.show()
    await asyncio.sleep(0.05)
    step("home loaded")
    await _until(lambda: not main.home.busy)
    step("logout")
    owner.end_session(m["reasons"].REASON_LOGOUT)
    await owner.wait_revoked()


async def run_registration_and_login_flow(mark: Callable[[str], None] | None = None) -> str | None:
    """Opens the demo seeker's My Page (key request, mail, key + password), logs in through
    the login window, shows the main window and logs out. Must run on a qasync loop."""
    step = mark or (lambda _phase: None)
    step("load modules")
    m = await run_blocking(_import_modules)
    demo_flow = m["demo_flow"]
    base = os.environ.get("MYPAGE_DATA_DIR")
    if base:
        Path(base).mkdir(parents=True, exist_ok=True)
    windows: list[Any] = []
    with tempfile.TemporaryDirectory(prefix="mypage-bench-", dir=base or None) as tmp:
        step("open backend")
        async with demo_flow.temporary_demo_backend(Path(tmp)) as backend:
            try:
                gc.freeze()
                facade = backend.facade
                info = await run_blocking(facade.app_info)
                step("register")
                key = await demo_flow.request_key(backend)
                step("password")
                await run_blocking(facade.complete_password_registration, demo_flow.DEMO_EMAIL, key,
                                   demo_flow.DEMO_PASSWORD, demo_flow.DEMO_PASSWORD)
                await demo_flow.deliver(backend)
                await _login_to_logout(m, facade, info, demo_flow.DEMO_EMAIL, demo_flow.DEMO_PASSWORD, step,
                                       windows)
                step("close")
            finally:
                for window in windows:
                    window.close()
                    window.deleteLater()
    masked = m["email"].mask_email(demo_flow.DEMO_EMAIL)
    return f"opened, logged in and out as {masked} (production argon2)"


def _open_configured_backend() -> Any:
    """What the app does at start-up, on a worker thread: settings from the environment and
    ``ui.shell.backend_start.open_backend`` (for ``server_url``: the TLS context and the first handshake)."""
    from mypage_desktop.config import load_settings
    from mypage_desktop.ui.shell.backend_start import open_backend

    return open_backend(load_settings())


async def run_remote_login_flow(email: str, password: str, mark: Callable[[str], None] | None = None,
                                open_backend: Callable[[], Any] | None = None) -> str | None:
    """``bench/run stall --backend remote``: a PC configured for the office server
    (``MYPAGE_SERVER_URL``, CA and device files in the environment) opens its back end, logs
    ``email`` in through the login window (argon2 runs on the server), shows the main window
    and logs out. ``open_backend`` replaces the configured one (tests). Must run on a qasync
    loop."""
    step = mark or (lambda _phase: None)
    step("load modules")
    m = await run_blocking(_import_modules, _REMOTE_MODULES)
    step("open backend")
    backend = await run_blocking(open_backend or _open_configured_backend)
    windows: list[Any] = []
    try:
        gc.freeze()
        facade = backend.facade
        info = await run_blocking(facade.app_info)
        await _login_to_logout(m, facade, info, email, password, step, windows)
        step("close")
    finally:
        for window in windows:
            window.close()
            window.deleteLater()
        await run_blocking(backend.close)
    kind = "kiosk" if info.kiosk_mode else "PC"
    return f"{kind} logged in and out as {m['email'].mask_email(email)} over the office server (argon2 there)"
