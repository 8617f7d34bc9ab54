"""The desktop app on the remote back end (issue 10): the same windows over the office server
(the real application in-process), and a clear start-up message when the server is away."""

from __future__ import annotations

import pytest
from helpers import (
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
    log_in,
    open_demo_account,
    stop_controller,
)
from PySide6.QtWidgets import QLabel

from mypage_desktop.domain.caller import KIOSK
from mypage_desktop.domain.errors import ServiceUnavailable
from mypage_desktop.ui.shell.controller import AppController
from server_helpers import enrol, give_ca, remote_backend


class Kept:
    """The remote back end handed to the controller; the test closes the client."""

    def __init__(self, backend) -> None:  # type: ignore[no-untyped-def]
        self.facade = backend.facade
        self.staff_facade = backend.staff_facade

    def close(self) -> None:
        pass


@pytest.fixture
def ca():  # type: ignore[no-untyped-def]
    from mypage_desktop import pki

    return pki.create_ca("ui test office CA")


def test_a_kiosk_on_the_office_server_logs_in_and_out(qtbot, qloop, backend, ca) -> None:  # type: ignore[no-untyped-def]
    open_demo_account(backend)
    give_ca(backend.context, ca)
    _uid, token = enrol(backend.context, KIOSK, "キオスク1")
    remote, client = remote_backend(backend.context, token)
    info = remote.facade.app_info()
    assert info.kiosk_mode is True and info.demo_mode is False  # the device row says kiosk
    app = AppController(info, lambda: Kept(remote))
    qtbot.addWidget(app.login_window)
    app.start()
    qtbot.waitUntil(lambda: app.facade is not None, timeout=WAIT_MS)
    try:
        log_in(qtbot, app.login_window, DEMO_EMAIL, GOOD_PASSWORD)
        qtbot.waitUntil(lambda: app.main_window is not None and app.main_window.isVisible(), timeout=WAIT_MS)
        labels = [label.text() for label in app.main_window.findChildren(QLabel)]
        assert any("山形 太郎" in text for text in labels), labels
    finally:
        stop_controller(app)
        client.close()


def test_an_unreachable_office_server_is_named_at_start_up(qtbot, qloop, backend) -> None:  # type: ignore[no-untyped-def]
    def unreachable():  # type: ignore[no-untyped-def]
        raise ServiceUnavailable()

    app = AppController(backend.facade.app_info(), unreachable)
    qtbot.addWidget(app.login_window)
    with qtbot.waitSignal(app.backend_failed, timeout=WAIT_MS) as failed:
        app.start()
    assert "オフィスサーバーに接続できません" in failed.args[0]
    stop_controller(app)
