"""Only user input keeps a session alive; the idle warning; the server ends idle sessions (S2)."""

from __future__ import annotations

import pytest
from helpers import DEMO_EMAIL, GOOD_PASSWORD, open_demo_account
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from mypage_desktop.ui.session.idle_monitor import IdleMonitor
from mypage_desktop.ui.session.owner import SessionOwner


class Monotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def session(qtbot, qloop, backend, clock):  # type: ignore[no-untyped-def]
    open_demo_account(backend)
    result = backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD)
    assert result.token
    monotonic = Monotonic()
    owner = SessionOwner(backend.facade)
    owner.idle_monitor = IdleMonitor(owner, backend.facade, monotonic=monotonic)
    owner.begin(result.token, result.profile)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    yield owner, monotonic, field, clock
    owner.end_session("logout", blocking=True)
    owner.idle_monitor.warning.close()


def wait_idle_check(qtbot, owner: SessionOwner) -> None:  # type: ignore[no-untyped-def]
    assert owner.idle_monitor is not None
    qtbot.waitUntil(lambda: not owner.idle_monitor._busy, timeout=5000)


def advance(monotonic: Monotonic, clock, seconds: float) -> None:  # type: ignore[no-untyped-def]
    monotonic.now += seconds
    clock.advance(seconds=seconds)


def test_S2_key_press_keeps_the_session_and_idleness_ends_it(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    """S2: a key press before the limit keeps the session; without input it ends at the limit."""
    owner, monotonic, field, clock = session
    advance(monotonic, clock, 14 * 60)
    qtbot.keyClick(field, Qt.Key.Key_A)
    owner.idle_monitor.tick()
    wait_idle_check(qtbot, owner)
    advance(monotonic, clock, 14 * 60)  # 28 min since login, 14 since the key press
    owner.idle_monitor.tick()
    wait_idle_check(qtbot, owner)
    assert owner.active
    advance(monotonic, clock, 61)  # 15:01 without input
    with qtbot.waitSignal(owner.session_ended, timeout=5000) as ended:
        owner.idle_monitor.tick()
    assert ended.args == ["session.idle"] and not owner.active


def test_S2_login_screen_says_why_the_session_ended(qtbot, qloop, backend, clock) -> None:  # type: ignore[no-untyped-def]
    """S2/S4: after the server ends a session, the empty login window names the reason."""
    from helpers import log_in, start_controller, stop_controller

    open_demo_account(backend)
    controller = start_controller(qtbot, backend)
    try:
        log_in(qtbot, controller.login_window)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
        backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD)  # the same ID logs in on another PC
        owner = controller.owner
        assert owner.idle_monitor is not None
        with qtbot.waitSignal(owner.session_ended, timeout=10_000):
            owner.idle_monitor._polled_at -= 10  # the next tick asks the server
            owner.idle_monitor.tick()
        notice = controller.login_window.notice
        qtbot.waitUntil(notice.isVisible, timeout=5000)
        assert "別のパソコンで同じIDのログインがあった" in notice.text()
        assert controller.login_window.email_edit.text() == ""
    finally:
        stop_controller(controller)


def test_S2_background_calls_do_not_count_as_activity(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    owner, monotonic, _field, clock = session
    for _ in range(4):  # a status poll every few minutes, no input
        advance(monotonic, clock, 4 * 60)
        owner.idle_monitor.tick()
        wait_idle_check(qtbot, owner)
    qtbot.waitUntil(lambda: not owner.active, timeout=5000)


def test_S2_warning_counts_down_and_continue_keeps_the_session(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    owner, monotonic, _field, clock = session
    advance(monotonic, clock, 14 * 60 + 10)  # 50 s left
    owner.idle_monitor.tick()
    wait_idle_check(qtbot, owner)
    warning = owner.idle_monitor.warning
    qtbot.waitUntil(warning.isVisible, timeout=5000)
    assert "50秒" in warning.message.text()
    monotonic.now += 20
    owner.idle_monitor.tick()
    assert "30秒" in warning.message.text()
    qtbot.mouseClick(warning.continue_button, Qt.MouseButton.LeftButton)
    wait_idle_check(qtbot, owner)
    assert not warning.isVisible()
    advance(monotonic, clock, 10 * 60)
    owner.idle_monitor.tick()
    wait_idle_check(qtbot, owner)
    assert owner.active and not warning.isVisible()


def test_a_lost_database_ends_the_session_after_30_seconds_not_at_a_blip(qtbot, session, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue #6: a lost database connection also goes through the session's one end. While the
    server is unreachable it cannot enforce the idle limit, so the client ends the session."""
    from mypage_desktop.domain.errors import ServiceUnavailable
    from mypage_desktop.ui.session.idle_monitor import REASON_CONNECTION_LOST

    owner, monotonic, _field, clock = session
    facade = owner.idle_monitor._calls
    real_status = facade.session_status

    def unreachable(_token: str) -> None:
        raise ServiceUnavailable()

    monkeypatch.setattr(facade, "session_status", unreachable)
    for _ in range(3):  # 15 s without an answer: a blip
        advance(monotonic, clock, 5)
        owner.idle_monitor.tick()
        wait_idle_check(qtbot, owner)
    assert owner.active
    monkeypatch.setattr(facade, "session_status", real_status)  # back: the count starts again
    advance(monotonic, clock, 5)
    owner.idle_monitor.tick()
    wait_idle_check(qtbot, owner)
    monkeypatch.setattr(facade, "session_status", unreachable)
    for _ in range(6):  # 25 s since it went again
        advance(monotonic, clock, 5)
        owner.idle_monitor.tick()
        wait_idle_check(qtbot, owner)
    assert owner.active
    advance(monotonic, clock, 5)
    with qtbot.waitSignal(owner.session_ended, timeout=5000) as ended:
        owner.idle_monitor.tick()
    assert ended.args == [REASON_CONNECTION_LOST] and not owner.active
