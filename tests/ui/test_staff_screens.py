"""The staff screens rendered offscreen to PNG (sign-in, lock message, first-login password
change, console with results, 求職登録, email change, the password prompt, 監査ログ, 端末管理 with
its approval question), for a
reviewer to look at, in both themes (a staff PC set to high contrast gets ハイコントラスト). Each state
is audited for names, roles and Tab order, and for contrast and theme colours as the seeker's
screens are (tests/ui/test_contrast.py). ``MYPAGE_STAFF_SCREENS=DIR`` keeps them in DIR;
otherwise in the test's temporary directory. Also the ``--staff`` start-up end to end
(READY/ASYNC, clean exit)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import (
    DEMO_EMAIL,
    WAIT_MS,
    run_app,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from test_contrast import THEMES, border_findings, foreign_colours, stylesheet_findings, themed  # noqa: F401
from test_staff_support import (
    ADMIN_ID,
    answer_question,
    click,
    console_for,
    make_staff,
    one_time_staff,
    staff_log_in,
    start_staff_controller,
    type_into,
)

from mypage_desktop import pki
from mypage_desktop.domain.caller import COUNTER, KIOSK, STAFF
from mypage_desktop.services.staff import devices
from mypage_desktop.ui.devtools.a11y_audit import Audit, audit_window
from mypage_desktop.ui.devtools.screen_profiles import (
    REAL_PROFILES,
    RENDER_HOOKS,
    ScreenShooter,
    rendered,
    simulated_screen,
)
from mypage_desktop.ui.staff.console_window import PREFERRED_SIZE, Section
from mypage_desktop.ui.staff.lookup import Mode
from mypage_desktop.ui.widgets import style
from mypage_desktop.ui.widgets.screen_fit import fit_to_screen
from server_helpers import enrol, give_ca


def save(qtbot, widget: QWidget, out: Path, name: str) -> Path:  # type: ignore[no-untyped-def]
    widget.show()
    qtbot.wait(60)  # lay out and paint
    path = out / name
    rendered(widget, path)
    assert widget.grab().save(str(path))
    return path


@pytest.fixture(autouse=True)
def audited() -> Iterator[list[Audit]]:
    """Every staff screen state drawn here gets the keyboard and screen-reader audit of
    tests/ui/test_a11y_screens.py (names, roles, Tab in reading order: docs/accessibility.md)."""
    audits: list[Audit] = []
    colours: list[str] = []

    def hook(window: QWidget, path: Path) -> None:
        audits.append(audit_window(window, path.stem))
        theme = style.colours()
        colours.extend(f"{path.stem} ({theme.name}): {line}" for line in [
            *foreign_colours(window, theme), *stylesheet_findings(window, theme.window),
            *border_findings(window, theme.window)])

    RENDER_HOOKS.append(hook)
    try:
        yield audits
    finally:
        RENDER_HOOKS.remove(hook)
    problems = [line for audit in audits for line in audit.problems()] + colours
    if report := os.environ.get("MYPAGE_A11Y_REPORT"):
        with open(report, "a", encoding="utf-8") as out:
            out.write(f"{len(audits)} staff states, {sum(len(a.controls) for a in audits)} focusable, "
                      f"{sum(len(a.unnamed) for a in audits)} unnamed, "
                      f"{sum(len(a.order_violations) for a in audits)} against the reading order, "
                      f"{sum(len(a.tab_traps) for a in audits)} Tab traps\n")
            out.write("".join(line + "\n" for line in problems))
    assert not problems, "\n".join(problems)


def shots_dir(tmp_path: Path) -> Path:
    out = Path(os.environ.get("MYPAGE_STAFF_SCREENS") or tmp_path / "staff-shots")
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.mark.parametrize("themed", THEMES, indirect=True)
def test_render_the_staff_screens(qtbot, qloop, backend, ctx, clock, tmp_path, themed) -> None:  # type: ignore[no-untyped-def]  # noqa: F811  (the fixture of test_contrast)
    out = shots_dir(tmp_path) / themed.name
    out.mkdir(exist_ok=True)
    written: list[Path] = []
    make_staff(ctx, ADMIN_ID, "管理者", "高橋 管理")
    first = one_time_staff(ctx, "suzuki.h", "職員", "鈴木 花")
    controller = start_staff_controller(qtbot, backend)
    login = controller.login_window
    try:
        login.resize(760, 640)
        written.append(save(qtbot, login, out, "s00_staff_login.png"))
        for _ in range(3):
            staff_log_in(qtbot, login, ADMIN_ID, "Wrong#Pass99")
            clock.advance(seconds=31)
        written.append(save(qtbot, login, out, "s01_staff_login_failed.png"))
        login._countdown.stop()
        login.reset()
        staff_log_in(qtbot, login, "suzuki.h", first)
        written.append(save(qtbot, login, out, "s02_first_password_change.png"))
        click(qtbot, login.change_panel.cancel_button)
        qtbot.waitUntil(lambda: not login.changing_password, timeout=WAIT_MS)
        # The lock after the counter wizard when the idle limit passed (flow: test_staff_counter.py):
        login.show_locked("admin.k", "高橋 管理", "マイページの開設の間に、職員の画面の操作のない時間が"
                          "上限を超えました。続けるには、もう一度パスワードを入力してください。")
        written.append(save(qtbot, login, out, "s03_console_locked.png"))
        login.reset()
    finally:
        controller.on_about_to_quit()

    session = console_for(qtbot, backend, ADMIN_ID)
    counter = next(session)
    console = counter.console
    try:
        console.resize(1280, 820)
        counter.search(qtbot, Mode.KANA, kana="ヤマガタ タロウ", year="1985", month="4", day="12")
        written.append(save(qtbot, console, out, "s10_console_seeker.png"))
        for profile in REAL_PROFILES:  # as it opens on office screens, the whole screen drawn
            with simulated_screen(profile):
                fit_to_screen(console, PREFERRED_SIZE)
                name = f"s10_console_{profile.name}.png"
                shot = asyncio.ensure_future(ScreenShooter(profile).save(console, out / name))
                qtbot.waitUntil(shot.done, timeout=WAIT_MS)
                written.append(shot.result())
        console.setWindowState(Qt.WindowState.WindowNoState)
        console.resize(1280, 820)
        click(qtbot, console.panel.email_button)
        dialog = console.account_actions.dialog
        type_into(qtbot, dialog.email_edit, "taro@")
        click(qtbot, dialog.ok_button)
        written.append(save(qtbot, dialog, out, "s11_email_change.png"))
        dialog.reject()
        click(qtbot, console.panel.unlock_button)
        id_dialog = console.account_actions.dialog
        written.append(save(qtbot, id_dialog, out, "s12_id_check.png"))
        id_dialog.reject()
        click(qtbot, console.register_button)
        registration = console.registration.dialog
        click(qtbot, registration.form.submit_button)
        written.append(save(qtbot, registration, out, "s13_registration.png"))
        registration.reject()
        console.seeker_tabs.setCurrentIndex(1)
        written.append(save(qtbot, console, out, "s14_referral_form.png"))
        console.seeker_tabs.setCurrentIndex(0)
        click(qtbot, console.panel.void_button)
        answer_question(qtbot, console, "無効にする")
        qtbot.waitUntil(console.panel.result_label.isVisible, timeout=WAIT_MS)
        written.append(save(qtbot, console, out, "s15_console_result.png"))
        console.select_section(Section.AUDIT)
        view = console.audit.view
        qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
        written.append(save(qtbot, console, out, "s16_audit_log.png"))
        written += render_devices(qtbot, console, ctx, clock, out)
        console.select_section(Section.COUNTER)
        counter.search(qtbot, Mode.EMAIL, email=DEMO_EMAIL)
        click(qtbot, console.panel.email_button)
        dialog = console.account_actions.dialog
        type_into(qtbot, dialog.email_edit, "taro.new@example.jp")
        dialog.document.setCurrentIndex(0)
        click(qtbot, dialog.ok_button)
        qtbot.waitUntil(lambda: console.reauth.dialog is not None and console.reauth.dialog.isVisible(),
                        timeout=WAIT_MS)
        written.append(save(qtbot, console.reauth.dialog, out, "s17_reauth.png"))
        console.reauth.dialog.reject()
    finally:
        session.close()  # signs out and closes the windows
    assert all(path.stat().st_size > 5000 for path in written)


def render_devices(qtbot, console, ctx, clock, out: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """「端末管理」 with enrolled PCs (one revoked, one seen), two waiting, a wrong code's message;
    then the question before approving."""
    give_ca(ctx, pki.create_ca("mypage test office CA"))
    _uid, kiosk_token = enrol(ctx, KIOSK, "利用者コーナー1")
    enrol(ctx, KIOSK, "利用者コーナー2")
    counter_uid, _ = enrol(ctx, COUNTER, "窓口3（雇用保険）")
    enrol(ctx, STAFF, "職業相談部門 職員PC")
    devices.revoke(ctx, None, next(d.device_id for d in devices.list_devices(ctx, None) if d.uid == counter_uid))
    clock.advance(minutes=4)
    devices.authenticate(ctx, kiosk_token)
    codes = [devices.start_enrolment(ctx, pki.make_device_request("pc")[1].decode(), kind, name).user_code
             for kind, name in ((COUNTER, "窓口4"), (KIOSK, "利用者コーナー3"))]
    console.select_section(Section.DEVICES)
    view = console.devices.view
    qtbot.waitUntil(lambda: view.pending_status.text() != "", timeout=WAIT_MS)
    type_into(qtbot, view.code_edit, "bcdf-ghj")
    click(qtbot, view.approve_button)
    written = [save(qtbot, console, out, "s18_devices.png")]
    type_into(qtbot, view.code_edit, codes[0].lower())
    click(qtbot, view.approve_button)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in view.findChildren(QMessageBox)), timeout=WAIT_MS)
    box = next(b for b in view.findChildren(QMessageBox) if b.isVisible())
    written.append(save(qtbot, box, out, "s19_device_approve.png"))
    box.reject()
    return written


def test_staff_flag_starts_the_console_sign_in_and_quits_cleanly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``--staff`` goes through the same start-up as the seeker app (READY, then ASYNC once the
    qasync loop runs), opens the backend and revokes this PC's stale staff sessions, then exits 0."""
    result = run_app(tmp_path, "--staff", "--demo", MYPAGE_BENCH_STARTUP="1")
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.split()
    assert lines[0] == "READY" and lines[2] == "ASYNC"
