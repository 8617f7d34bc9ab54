"""Shared steps for the UI tests: opening the demo account through the façade (the calls the
wizard makes), starting the app controller on the test's backend, logging in like a user."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from mypage_desktop.domain import consent as versions
from mypage_desktop.domain.account_dto import Consent
from mypage_desktop.domain.demo_data import DEMO_PASSWORD, DEMO_SEEKER, UNOPENED_DEMO_SEEKER
from mypage_desktop.ui.devtools.typing import type_like_a_seeker
from mypage_desktop.ui.login.seeker_window import LoginWindow
from mypage_desktop.ui.shell.controller import AppController
from mypage_desktop.ui.shell.main_window import MainWindow

DEMO_EMAIL = DEMO_SEEKER.email
DEMO_BIRTH = DEMO_SEEKER.birth_fields
UNOPENED_EMAIL = UNOPENED_DEMO_SEEKER.email  # seeded, registered at the counter, never opened
GOOD_PASSWORD = DEMO_PASSWORD
WAIT_MS = 10_000
KEY_IN_MAIL = re.compile(r"認証キー：(\d{4}) ?(\d{4})")
SRC = Path(__file__).resolve().parents[2] / "src"


def run_app(tmp_path: Path, *args: str, timeout: float = 120, umask: int = -1,
            **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m mypage_desktop.ui.app`` offscreen, with its own config/data directories
    (``umask``: the child's, e.g. 0o022; -1 keeps ours)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MYPAGE_")}
    environment.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(SRC),
                       MYPAGE_DATA_DIR=str(tmp_path / "data"), MYPAGE_CONFIG_DIR=str(tmp_path / "cfg"),
                       MYPAGE_SITE_CONFIG_DIR=str(tmp_path / "site"), **env)
    return subprocess.run([sys.executable, "-m", "mypage_desktop.ui.app", *args], env=environment,
                          capture_output=True, text=True, timeout=timeout, check=False, umask=umask)


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a seeker (ui/devtools/typing.py): ASCII as key presses, Japanese as an IME
    commits it."""
    type_like_a_seeker(widget, text, qtbot.keyClicks)


def choose(qtbot: Any, combo: Any, value: object) -> None:
    """Picks a combo entry with the keyboard, as a user without a mouse would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value, f"{value!r} is not offered"


def consent() -> Consent:
    return Consent(versions.PRIVACY_POLICY_VERSION, versions.TERMS_OF_USE_VERSION, datetime.now(UTC))


def read_key(facade: Any, email: str = DEMO_EMAIL) -> str:
    """The key of the newest registration mail to ``email`` in the demo mailbox."""
    for mail in facade.demo_mailbox():
        match = KEY_IN_MAIL.search(mail.body)
        if mail.recipient == email and match:
            return match.group(1) + match.group(2)
    raise AssertionError("no key mail in the demo mailbox")


def open_demo_account(backend: Any, email: str = DEMO_EMAIL, birth: tuple[str, str, str] = DEMO_BIRTH,
                      password: str = GOOD_PASSWORD) -> None:
    """Step 2 (request), mail delivery, step 3 (key + password): the account can log in."""
    facade = backend.facade
    facade.request_password_registration(email, *birth, consent())
    backend.mail_worker.run_once()
    facade.complete_password_registration(email, read_key(facade, email), password, password)
    backend.mail_worker.run_once()


class SharedBackend:
    """The test's backend handed to the controller; the fixture, not the controller, closes it."""

    def __init__(self, backend: Any) -> None:
        self.facade = backend.facade

    def close(self) -> None:
        pass


def start_controller(qtbot: Any, backend: Any, *, kiosk: bool = False) -> AppController:
    """The seekers' app on the test's backend (as a shared-PC kiosk if ``kiosk``), its back end
    open and the session modules preloaded: a login finishing while PySide's enums are still being
    created on the worker thread can crash the interpreter (a race in the controller)."""
    info = backend.facade.app_info()
    if kiosk:
        info = dataclasses.replace(info, kiosk_mode=True)
    controller = AppController(info, lambda: SharedBackend(backend))
    qtbot.addWidget(controller.login_window)
    controller.start()
    qtbot.waitUntil(lambda: controller.facade is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: controller._ready is not None and controller._ready.is_set(), timeout=WAIT_MS)
    return controller


@contextmanager
def logged_in(qtbot: Any, backend: Any, *, kiosk: bool = False) -> Iterator[tuple[AppController, MainWindow]]:
    """The demo seeker logged in through the login window, its main window on screen; the
    session is ended (as at quitting) when the block is left."""
    controller = start_controller(qtbot, backend, kiosk=kiosk)
    try:
        log_in(qtbot, controller.login_window)
        qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible(),
                        timeout=WAIT_MS)
        assert controller.main_window is not None
        yield controller, controller.main_window
    finally:
        stop_controller(controller)


def open_apply_dialog(qtbot: Any, main: MainWindow, job_id: int) -> Any:
    """The 求人票 of ``job_id`` shown and its 「応募する」 clicked: the オンライン自主応募 dialog."""
    detail = main.jobs.detail
    with qtbot.waitSignal(detail.apply_state_changed, timeout=WAIT_MS):
        main._on_page_job_requested(job_id)
    qtbot.mouseClick(detail.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.apply_panel.dialog is not None, timeout=WAIT_MS)
    return detail.apply_panel.dialog


def stop_controller(controller: AppController) -> None:
    """What ``aboutToQuit`` does: ends the session (revocation awaited) and closes windows."""
    controller.on_about_to_quit()


def type_credentials(qtbot: Any, window: LoginWindow, email: str, password: str) -> None:
    window.email_edit.clear()
    qtbot.keyClicks(window.email_edit, email)
    window.password.edit.clear()
    qtbot.keyClicks(window.password.edit, password)


def log_in(qtbot: Any, window: LoginWindow, email: str = DEMO_EMAIL, password: str = GOOD_PASSWORD,
           *, press_enter: bool = False) -> None:
    """Types, presses ログイン (or Enter), and waits until the answer is on the screen."""
    type_credentials(qtbot, window, email, password)
    if press_enter:
        qtbot.keyClick(window.password.edit, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(window.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
