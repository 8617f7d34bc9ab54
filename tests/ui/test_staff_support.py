"""Helpers for the staff console tests (no tests here): staff accounts made the way
``mypage-admin create-staff`` makes them, the staff controller on the test's backend, a signed-in
console, and small user-like steps (type, click, answer a dialog)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from helpers import WAIT_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QMessageBox, QWidget
from test_job_support import type_text

from mypage_desktop.domain.staff_dto import ID_DOCUMENTS
from mypage_desktop.facade.local.staff import LocalStaffFacade
from mypage_desktop.services.staff.accounts import create_staff
from mypage_desktop.services.staff.sign_in import change_staff_password, staff_login
from mypage_desktop.ui.login.staff_window import StaffLoginWindow
from mypage_desktop.ui.shell.staff_controller import StaffController
from mypage_desktop.ui.staff.console_window import StaffConsole

__all__ = ["ADMIN_ID", "STAFF_PASSWORD", "Counter", "admin_counter_fixture", "answer_question", "answer_reauth",
           "choose", "click", "console_for", "counter_fixture", "first_id_document", "make_staff", "one_time_staff",
           "staff_log_in", "start_staff_controller", "type_into", "type_text"]

STAFF_PASSWORD = "Counter#Desk42"
ADMIN_ID = "admin.k"


def one_time_staff(ctx: Any, login_id: str = "sato.k", role: str = "職員", name: str = "佐藤 健") -> str:
    """``mypage-admin create-staff``: the account with its one-time password (returned)."""
    return create_staff(ctx, login_id=login_id, display_name=name, role=role).one_time_password


def make_staff(ctx: Any, login_id: str = "sato.k", role: str = "職員", name: str = "佐藤 健",
               password: str = STAFF_PASSWORD) -> None:
    """A staff member past the first-login password change (done through the services)."""
    first = one_time_staff(ctx, login_id, role, name)
    result = staff_login(ctx, login_id, first)
    assert result.token
    change_staff_password(ctx, result.token, first, password, password)


class TestStaffBackend:
    """The test's backend handed to the controller; the fixture, not the controller, closes it."""

    __test__ = False

    def __init__(self, backend: Any) -> None:
        self.facade = backend.facade
        self.staff_facade = LocalStaffFacade.for_backend(backend)

    def close(self) -> None:
        pass


def start_staff_controller(qtbot: Any, backend: Any) -> StaffController:
    controller = StaffController(backend.facade.app_info(), lambda: TestStaffBackend(backend))
    qtbot.addWidget(controller.login_window)
    controller.start()
    # Until the start-up revocation of stale staff sessions is done (the façade reaches the
    # sign-in after it): a session a test opens meanwhile would be revoked with them.
    qtbot.waitUntil(lambda: controller.login_window._facade is not None, timeout=WAIT_MS)
    return controller


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Empties the field, then types: ASCII as key presses, the rest as an IME commit."""
    edit.clear()
    type_text(qtbot, edit, text)


def click(qtbot: Any, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Picks an entry the way a keyboard user does: focus, then type until it is current."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setFocus()
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def staff_log_in(qtbot: Any, window: StaffLoginWindow, login_id: str = "sato.k",
                 password: str = STAFF_PASSWORD) -> None:
    if not window.locked:
        type_into(qtbot, window.login_id_edit, login_id)
    type_into(qtbot, window.password.edit, password)
    click(qtbot, window.login_button)
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)


def answer_reauth(qtbot: Any, console: StaffConsole, password: str = STAFF_PASSWORD) -> None:
    """The 「パスワードの再入力」 prompt appears; the staff member types the password and 確認."""
    qtbot.waitUntil(lambda: console.reauth.dialog is not None and console.reauth.dialog.isVisible(), timeout=WAIT_MS)
    dialog = console.reauth.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password.edit, password)
    click(qtbot, dialog.ok_button)


def answer_question(qtbot: Any, parent: QWidget, button_text: str) -> None:
    """The open confirmation box under ``parent``: press the button with this text."""
    def box() -> QMessageBox | None:
        boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
        return boxes[-1] if boxes else None

    qtbot.waitUntil(lambda: box() is not None, timeout=WAIT_MS)
    found = box()
    assert found is not None
    button = next(b for b in found.buttons() if b.text() == button_text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def first_id_document() -> str:
    return ID_DOCUMENTS[0]


@dataclass
class Counter:
    """A signed-in console on the test's backend."""

    controller: StaffController
    console: StaffConsole
    staff: LocalStaffFacade

    @property
    def owner(self) -> Any:
        return self.controller.owner

    def search(self, qtbot: Any, tab: int, **fields: str) -> None:
        lookup = self.console.lookup
        lookup.tabs.setCurrentIndex(tab)
        for name, text in fields.items():
            type_into(qtbot, getattr(lookup, f"{name}_edit"), text)
        click(qtbot, lookup.search_button)
        qtbot.waitUntil(lambda: lookup.search_button.isEnabled(), timeout=WAIT_MS)


def console_for(qtbot: Any, backend: Any, login_id: str = "sato.k") -> Iterator[Counter]:
    controller = start_staff_controller(qtbot, backend)
    try:
        staff_log_in(qtbot, controller.login_window, login_id)
        qtbot.waitUntil(lambda: controller.console is not None and controller.console.isVisible(), timeout=WAIT_MS)
        assert controller.console is not None
        yield Counter(controller, controller.console, LocalStaffFacade.for_backend(backend))
    finally:
        controller.on_about_to_quit()


@pytest.fixture(name="counter")
def counter_fixture(qtbot, qloop, backend, ctx) -> Iterator[Counter]:  # type: ignore[no-untyped-def]
    """A 職員 signed in to a shown console."""
    make_staff(ctx)
    yield from console_for(qtbot, backend)


@pytest.fixture(name="admin_counter")
def admin_counter_fixture(qtbot, qloop, backend, ctx) -> Iterator[Counter]:  # type: ignore[no-untyped-def]
    """A 管理者 signed in to a shown console."""
    make_staff(ctx, ADMIN_ID, "管理者", "高橋 管理")
    yield from console_for(qtbot, backend, ADMIN_ID)
