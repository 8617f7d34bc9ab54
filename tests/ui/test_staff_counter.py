"""「窓口でマイページを開設」: the seeker's own opening wizard on the counter PC. The console is
hidden and the staff session paused meanwhile (nothing the seeker types counts as staff
activity, docs/security.md S2); afterwards the console comes back, or asks for the staff password
again when the staff idle limit passed."""

from __future__ import annotations

from helpers import (
    DEMO_EMAIL,
    GOOD_PASSWORD,
    WAIT_MS,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWizard
from test_staff_support import (  # noqa: F401 (counter_fixture: a fixture)
    STAFF_PASSWORD,
    Counter,
    click,
    counter_fixture,
    staff_log_in,
)
from test_wizard_support import agree, delivered_key, fill_email_page, fill_password_page, next_button

from mypage_desktop.ui.staff.lookup import Mode
from mypage_desktop.ui.wizard.flow import PageId


def open_wizard(qtbot, counter: Counter):  # type: ignore[no-untyped-def]
    click(qtbot, counter.console.wizard_button)
    qtbot.waitUntil(lambda: counter.controller.counter is not None and counter.controller.counter.wizard is not None,
                    timeout=WAIT_MS)
    wizard = counter.controller.counter.wizard
    qtbot.waitUntil(wizard.isVisible, timeout=WAIT_MS)
    return wizard


def cancel(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)


def test_the_wizard_hides_the_console_pauses_the_session_and_gives_it_back(qtbot, counter) -> None:  # type: ignore[no-untyped-def]
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
    console, owner = counter.console, counter.owner
    wizard = open_wizard(qtbot, counter)
    assert not console.isVisible() and wizard.windowTitle() == "求職者マイページの開設"
    assert owner.paused and owner.active
    assert not owner.idle_monitor._timer.isActive()  # no polls, no touches while the seeker types
    before = owner.idle_monitor._input_at
    qtbot.keyClicks(wizard, "abc")
    assert owner.idle_monitor._input_at == before  # the seeker's keys are not staff activity
    cancel(qtbot, wizard)
    qtbot.waitUntil(console.isVisible, timeout=WAIT_MS)
    assert not owner.paused and owner.idle_monitor._timer.isActive()
    assert counter.controller.counter.wizard is None
    assert console.panel.seeker is not None and console.panel.values["email"].text() == DEMO_EMAIL


def test_S2_the_staff_password_is_needed_when_the_idle_limit_passed(qtbot, counter, clock) -> None:  # type: ignore[no-untyped-def]
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
    console, controller, owner = counter.console, counter.controller, counter.owner
    old_token = owner._token
    wizard = open_wizard(qtbot, counter)
    clock.advance(minutes=10)
    qtbot.keyClicks(wizard, "abc")  # the seeker's input does not keep the staff session alive
    clock.advance(minutes=6)
    cancel(qtbot, wizard)
    login = controller.login_window
    qtbot.waitUntil(lambda: login.isVisible() and login.locked, timeout=WAIT_MS)
    assert not console.isVisible()
    assert login.login_id_edit.text() == "sato.k" and login.login_id_edit.isReadOnly()
    assert "もう一度パスワードを入力" in login.notice.text()
    staff_log_in(qtbot, login, password="Wrong#Pass99")
    assert login.error_label.text() == "職員IDまたはパスワードが正しくありません。" and not console.isVisible()
    clock.advance(seconds=31)
    staff_log_in(qtbot, login, password=STAFF_PASSWORD)
    qtbot.waitUntil(console.isVisible, timeout=WAIT_MS)
    assert controller.console is console and not login.isVisible() and not login.locked
    assert console.panel.values["email"].text() == DEMO_EMAIL  # the console as it was
    assert owner._token != old_token and not owner.paused
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)  # the new session works
    assert console.lookup.proxy.rowCount() == 1


def test_logout_from_the_lock_ends_the_session(qtbot, counter, clock) -> None:  # type: ignore[no-untyped-def]
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
    controller = counter.controller
    wizard = open_wizard(qtbot, counter)
    clock.advance(minutes=16)
    cancel(qtbot, wizard)
    login = controller.login_window
    qtbot.waitUntil(lambda: login.locked, timeout=WAIT_MS)
    click(qtbot, login.logout_button)
    qtbot.waitUntil(lambda: not counter.owner.active, timeout=WAIT_MS)
    assert controller.console is None and not login.locked and login.login_id_edit.text() == ""
    assert not login.login_id_edit.isReadOnly() and not login.logout_button.isVisible()


def test_the_seeker_opens_my_page_at_the_counter_with_their_own_password(qtbot, counter, backend) -> None:  # type: ignore[no-untyped-def]
    """The whole wizard at the counter: the seeker types their own password; the console (hidden
    meanwhile) never holds it and shows the account as opened afterwards."""
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
    console = counter.console
    assert console.panel.values["account"].text() == "未開設"
    wizard = open_wizard(qtbot, counter)
    agree(qtbot, wizard)
    fill_email_page(qtbot, wizard, DEMO_EMAIL, "1985", "4", "12")
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.PASSWORD, timeout=WAIT_MS)
    fill_password_page(qtbot, wizard, GOOD_PASSWORD, GOOD_PASSWORD, delivered_key(backend))
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=WAIT_MS)
    assert not console.isVisible()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(console.isVisible, timeout=WAIT_MS)
    assert all(GOOD_PASSWORD not in edit.text() for edit in console.findChildren(QLineEdit))
    counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
    assert console.panel.values["account"].text() == "開設済み"
    assert backend.facade.login(DEMO_EMAIL, GOOD_PASSWORD).ok
